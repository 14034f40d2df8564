/**
 * Reads the files the runner gives a step for outputs (`GITHUB_OUTPUT`) and environment
 * (`GITHUB_ENV`): lines `name=value`, or heredocs `name<<DELIMITER` … `DELIMITER` as
 * `core.setOutput` writes them
 * (https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands#setting-an-output-parameter).
 */
export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i] as string);
      if (i >= lines.length) throw new Error(`file command '${name}': delimiter '${delimiter}' never closes`);
      values[name] = body.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`file command line ${i + 1}: expected name=value or name<<DELIMITER`);
    values[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return values;
}
