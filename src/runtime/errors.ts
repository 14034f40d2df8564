/**
 * A mistake in what the user gave us (an input, a config file, a missing secret), as opposed to
 * a bug or an outage. Its message is one line that names the input and what was expected; the
 * action entry prints it with `core.setFailed` and no stack trace.
 */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

/** The message of any thrown value, without a stack. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * An expected failure whose message is already the whole story for the user: checks failed,
 * production unhealthy, a rollback that did not converge, a provider that refused or timed out.
 * Like {@link ConfigurationError} it is printed as its one-line message with no stack.
 */
export class ReportedFailure extends Error {
  override name = 'ReportedFailure';
}
