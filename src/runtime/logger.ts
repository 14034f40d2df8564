/**
 * The logging seam between the domain and whoever runs it. Domain code never imports
 * `@actions/core`; the action entries pass a runner-backed logger, the CLI a console one,
 * tests a recording one.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
}

/** A logger that drops everything (handy default for library calls). */
export const silentLogger: Logger = {
  debug() {},
  info() {},
  warning() {},
  error() {},
};

/**
 * A logger that writes to stderr, so stdout stays free for a command's result (for example
 * `greenlight rehearse --json`). `debug` lines are shown only when `verbose` is true.
 */
export function consoleLogger(options: { verbose?: boolean } = {}): Logger {
  const write = (prefix: string, message: string): void => {
    process.stderr.write(`${prefix}${message}\n`);
  };
  return {
    debug: (m) => {
      if (options.verbose) write('debug: ', m);
    },
    info: (m) => write('', m),
    warning: (m) => write('warning: ', m),
    error: (m) => write('error: ', m),
  };
}

/** One recorded log line, as kept by {@link recordingLogger}. */
export interface LogLine {
  level: keyof Logger;
  message: string;
}

/** A logger that keeps every line in `lines` (for tests and for summaries). */
export function recordingLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at =
    (level: keyof Logger) =>
    (message: string): void => {
      lines.push({ level, message });
    };
  return { lines, debug: at('debug'), info: at('info'), warning: at('warning'), error: at('error') };
}
