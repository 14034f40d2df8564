/** The `::error` workflow-command lines a step printed (from its run, or its stdout). */
export function errorLines(step: { stdout: string } | string): string[] {
  const stdout = typeof step === 'string' ? step : step.stdout;
  return stdout.split('\n').filter((l) => l.startsWith('::error'));
}
