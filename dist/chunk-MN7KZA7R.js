import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);

// lib/runtime/logger.js
var silentLogger = {
  debug() {
  },
  info() {
  },
  warning() {
  },
  error() {
  },
  group: (_name, work) => work()
};
function outermostGroup(open, close) {
  let depth = 0;
  return async (name, work) => {
    if (depth > 0)
      return work();
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
function consoleLogger(options = {}) {
  let indent = "";
  const write = (prefix, message) => {
    process.stderr.write(`${indent}${prefix}${message}
`);
  };
  return {
    debug: (message) => {
      if (options.verbose)
        write("debug: ", message);
    },
    info: (message) => write("", message),
    warning: (message) => write("warning: ", message),
    error: (message) => write("error: ", message),
    group: outermostGroup((name) => {
      write("", `\u25B8 ${name}`);
      indent = "  ";
    }, () => {
      indent = "";
    })
  };
}

export {
  silentLogger,
  outermostGroup,
  consoleLogger
};
