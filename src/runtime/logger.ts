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
  /**
   * Runs `work` with its lines in a group called `name`: a collapsible log group on the runner
   * (https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands#grouping-log-lines),
   * indented lines in the CLI. A group inside a group only runs its work (the runner cannot nest
   * groups). Resolves or rejects as `work` does; the group is closed either way.
   */
  group<T>(name: string, work: () => Promise<T>): Promise<T>;
}

/** A logger that drops everything (handy default for library calls). */
export const silentLogger: Logger = {
  debug() {},
  info() {},
  warning() {},
  error() {},
  group: (_name, work) => work(),
};

/**
 * The group bookkeeping every logger shares: `open(name)` and `close()` run around `work` for the
 * outermost group only; inner groups just run their work.
 */
export function outermostGroup(open: (name: string) => void, close: () => void): Logger['group'] {
  let depth = 0;
  return async (name, work) => {
    if (depth > 0) return work();
    depth++;
    open(name);
    try {
      return await work();
    } finally {
      depth--;
      close();
    }
  };
}

/**
 * A logger that writes to stderr, so stdout stays free for a command's result (for example
 * `greenlight rehearse --json`). `debug` lines are shown only when `verbose` is true.
 */
export function consoleLogger(options: { verbose?: boolean } = {}): Logger {
  let indent = '';
  const write = (prefix: string, message: string): void => {
    process.stderr.write(`${indent}${prefix}${message}\n`);
  };
  return {
    debug: (message) => {
      if (options.verbose) write('debug: ', message);
    },
    info: (message) => write('', message),
    warning: (message) => write('warning: ', message),
    error: (message) => write('error: ', message),
    group: outermostGroup(
      (name) => {
        write('', `▸ ${name}`);
        indent = '  ';
      },
      () => {
        indent = '';
      },
    ),
  };
}

/** One recorded log line, as kept by {@link recordingLogger}. */
export interface LogLine {
  level: 'debug' | 'info' | 'warning' | 'error';
  message: string;
}

/**
 * A logger that keeps every line in `lines` and the name of every outermost group it opened in
 * `groups`, in order (for tests and for summaries).
 */
export function recordingLogger(): Logger & { lines: LogLine[]; groups: string[] } {
  const lines: LogLine[] = [];
  const groups: string[] = [];
  const at =
    (level: LogLine['level']) =>
    (message: string): void => {
      lines.push({ level, message });
    };
  return {
    lines,
    groups,
    debug: at('debug'),
    info: at('info'),
    warning: at('warning'),
    error: at('error'),
    group: outermostGroup(
      (name) => groups.push(name),
      () => {},
    ),
  };
}
