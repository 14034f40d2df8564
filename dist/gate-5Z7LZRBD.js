import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  shellSyntaxIn,
  splitCommandLine
} from "./chunk-JVNNI34W.js";
import {
  require_node_os
} from "./chunk-UQCJ7XO3.js";
import {
  loadXmlParser
} from "./chunk-CB6XYMLR.js";
import {
  debug,
  require_crypto,
  require_path,
  runActionBody
} from "./chunk-O6CT3JMY.js";
import {
  codeSpan,
  markdownTable
} from "./chunk-BA2AZJKK.js";
import {
  systemClock
} from "./chunk-OM7WSSN2.js";
import {
  defineAction,
  input
} from "./chunk-PWNCWC4J.js";
import {
  quoteValue
} from "./chunk-3564UZ2R.js";
import {
  formatDuration
} from "./chunk-BB4YEEFY.js";
import {
  require_node_crypto
} from "./chunk-RIBDMVJD.js";
import {
  require_fs,
  require_os
} from "./chunk-JI7MCFGA.js";
import "./chunk-MN7KZA7R.js";
import "./chunk-5TBTIP7P.js";
import {
  require_promises
} from "./chunk-QNM66WSQ.js";
import {
  ConfigurationError,
  ReportedFailure,
  errorMessage
} from "./chunk-4KYU7GAX.js";
import {
  require_node_fs
} from "./chunk-5LQ3PGOO.js";
import {
  require_node_path
} from "./chunk-G7PDO2DP.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-TTC2ININ.js";

// builtin:string_decoder
var require_string_decoder = __commonJS({
  "builtin:string_decoder"(exports, module) {
    module.exports = __require("string_decoder");
  }
});

// builtin:events
var require_events = __commonJS({
  "builtin:events"(exports, module) {
    module.exports = __require("events");
  }
});

// builtin:child_process
var require_child_process = __commonJS({
  "builtin:child_process"(exports, module) {
    module.exports = __require("child_process");
  }
});

// builtin:assert
var require_assert = __commonJS({
  "builtin:assert"(exports, module) {
    module.exports = __require("assert");
  }
});

// builtin:timers
var require_timers = __commonJS({
  "builtin:timers"(exports, module) {
    module.exports = __require("timers");
  }
});

// builtin:stream
var require_stream = __commonJS({
  "builtin:stream"(exports, module) {
    module.exports = __require("stream");
  }
});

// builtin:util
var require_util = __commonJS({
  "builtin:util"(exports, module) {
    module.exports = __require("util");
  }
});

// lib/actions/gate.js
var import_node_crypto = __toESM(require_node_crypto(), 1);
var import_promises3 = __toESM(require_promises(), 1);
var import_node_os = __toESM(require_node_os(), 1);
var import_node_path6 = __toESM(require_node_path(), 1);

// lib/gates/gate.js
var import_node_fs2 = __toESM(require_node_fs(), 1);
var import_promises2 = __toESM(require_promises(), 1);
var import_node_path5 = __toESM(require_node_path(), 1);

// node_modules/@actions/exec/lib/exec.js
var import_string_decoder = __toESM(require_string_decoder(), 1);

// node_modules/@actions/exec/lib/toolrunner.js
var os = __toESM(require_os(), 1);
var events = __toESM(require_events(), 1);
var child = __toESM(require_child_process(), 1);
var path3 = __toESM(require_path(), 1);

// node_modules/@actions/io/lib/io.js
var import_assert = __toESM(require_assert(), 1);
var path2 = __toESM(require_path(), 1);

// node_modules/@actions/io/lib/io-util.js
var fs = __toESM(require_fs(), 1);
var path = __toESM(require_path(), 1);
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve5) {
      resolve5(value);
    });
  }
  return new (P || (P = Promise))(function(resolve5, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve5(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs.constants.O_RDONLY;
function exists(fsPath) {
  return __awaiter(this, void 0, void 0, function* () {
    try {
      yield stat(fsPath);
    } catch (err) {
      if (err.code === "ENOENT") {
        return false;
      }
      throw err;
    }
    return true;
  });
}
function isRooted(p) {
  p = normalizeSeparators(p);
  if (!p) {
    throw new Error('isRooted() parameter "p" cannot be empty');
  }
  if (IS_WINDOWS) {
    return p.startsWith("\\") || /^[A-Z]:/i.test(p);
  }
  return p.startsWith("/");
}
function tryGetExecutablePath(filePath, extensions) {
  return __awaiter(this, void 0, void 0, function* () {
    let stats = void 0;
    try {
      stats = yield stat(filePath);
    } catch (err) {
      if (err.code !== "ENOENT") {
        console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
      }
    }
    if (stats && stats.isFile()) {
      if (IS_WINDOWS) {
        const upperExt = path.extname(filePath).toUpperCase();
        if (extensions.some((validExt) => validExt.toUpperCase() === upperExt)) {
          return filePath;
        }
      } else {
        if (isUnixExecutable(stats)) {
          return filePath;
        }
      }
    }
    const originalFilePath = filePath;
    for (const extension of extensions) {
      filePath = originalFilePath + extension;
      stats = void 0;
      try {
        stats = yield stat(filePath);
      } catch (err) {
        if (err.code !== "ENOENT") {
          console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
        }
      }
      if (stats && stats.isFile()) {
        if (IS_WINDOWS) {
          try {
            const directory = path.dirname(filePath);
            const upperName = path.basename(filePath).toUpperCase();
            for (const actualName of yield readdir(directory)) {
              if (upperName === actualName.toUpperCase()) {
                filePath = path.join(directory, actualName);
                break;
              }
            }
          } catch (err) {
            console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
          }
          return filePath;
        } else {
          if (isUnixExecutable(stats)) {
            return filePath;
          }
        }
      }
    }
    return "";
  });
}
function normalizeSeparators(p) {
  p = p || "";
  if (IS_WINDOWS) {
    p = p.replace(/\//g, "\\");
    return p.replace(/\\\\+/g, "\\");
  }
  return p.replace(/\/\/+/g, "/");
}
function isUnixExecutable(stats) {
  return (stats.mode & 1) > 0 || (stats.mode & 8) > 0 && process.getgid !== void 0 && stats.gid === process.getgid() || (stats.mode & 64) > 0 && process.getuid !== void 0 && stats.uid === process.getuid();
}

// node_modules/@actions/io/lib/io.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve5) {
      resolve5(value);
    });
  }
  return new (P || (P = Promise))(function(resolve5, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve5(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function which(tool, check) {
  return __awaiter2(this, void 0, void 0, function* () {
    if (!tool) {
      throw new Error("parameter 'tool' is required");
    }
    if (check) {
      const result = yield which(tool, false);
      if (!result) {
        if (IS_WINDOWS) {
          throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
        } else {
          throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
        }
      }
      return result;
    }
    const matches = yield findInPath(tool);
    if (matches && matches.length > 0) {
      return matches[0];
    }
    return "";
  });
}
function findInPath(tool) {
  return __awaiter2(this, void 0, void 0, function* () {
    if (!tool) {
      throw new Error("parameter 'tool' is required");
    }
    const extensions = [];
    if (IS_WINDOWS && process.env["PATHEXT"]) {
      for (const extension of process.env["PATHEXT"].split(path2.delimiter)) {
        if (extension) {
          extensions.push(extension);
        }
      }
    }
    if (isRooted(tool)) {
      const filePath = yield tryGetExecutablePath(tool, extensions);
      if (filePath) {
        return [filePath];
      }
      return [];
    }
    if (tool.includes(path2.sep)) {
      return [];
    }
    const directories = [];
    if (process.env.PATH) {
      for (const p of process.env.PATH.split(path2.delimiter)) {
        if (p) {
          directories.push(p);
        }
      }
    }
    const matches = [];
    for (const directory of directories) {
      const filePath = yield tryGetExecutablePath(path2.join(directory, tool), extensions);
      if (filePath) {
        matches.push(filePath);
      }
    }
    return matches;
  });
}

// node_modules/@actions/exec/lib/toolrunner.js
var import_timers = __toESM(require_timers(), 1);
var __awaiter3 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve5) {
      resolve5(value);
    });
  }
  return new (P || (P = Promise))(function(resolve5, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve5(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var IS_WINDOWS2 = process.platform === "win32";
var ToolRunner = class extends events.EventEmitter {
  constructor(toolPath, args, options) {
    super();
    if (!toolPath) {
      throw new Error("Parameter 'toolPath' cannot be null or empty.");
    }
    this.toolPath = toolPath;
    this.args = args || [];
    this.options = options || {};
  }
  _debug(message) {
    if (this.options.listeners && this.options.listeners.debug) {
      this.options.listeners.debug(message);
    }
  }
  _getCommandString(options, noPrefix) {
    const toolPath = this._getSpawnFileName();
    const args = this._getSpawnArgs(options);
    let cmd = noPrefix ? "" : "[command]";
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        cmd += toolPath;
        for (const a of args) {
          cmd += ` ${a}`;
        }
      } else if (options.windowsVerbatimArguments) {
        cmd += `"${toolPath}"`;
        for (const a of args) {
          cmd += ` ${a}`;
        }
      } else {
        cmd += this._windowsQuoteCmdArg(toolPath);
        for (const a of args) {
          cmd += ` ${this._windowsQuoteCmdArg(a)}`;
        }
      }
    } else {
      cmd += toolPath;
      for (const a of args) {
        cmd += ` ${a}`;
      }
    }
    return cmd;
  }
  _processLineBuffer(data, strBuffer, onLine) {
    try {
      let s = strBuffer + data.toString();
      let n = s.indexOf(os.EOL);
      while (n > -1) {
        const line = s.substring(0, n);
        onLine(line);
        s = s.substring(n + os.EOL.length);
        n = s.indexOf(os.EOL);
      }
      return s;
    } catch (err) {
      this._debug(`error processing line. Failed with error ${err}`);
      return "";
    }
  }
  _getSpawnFileName() {
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        return process.env["COMSPEC"] || "cmd.exe";
      }
    }
    return this.toolPath;
  }
  _getSpawnArgs(options) {
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
        for (const a of this.args) {
          argline += " ";
          argline += options.windowsVerbatimArguments ? a : this._windowsQuoteCmdArg(a);
        }
        argline += '"';
        return [argline];
      }
    }
    return this.args;
  }
  _endsWith(str, end) {
    return str.endsWith(end);
  }
  _isCmdFile() {
    const upperToolPath = this.toolPath.toUpperCase();
    return this._endsWith(upperToolPath, ".CMD") || this._endsWith(upperToolPath, ".BAT");
  }
  _windowsQuoteCmdArg(arg) {
    if (!this._isCmdFile()) {
      return this._uvQuoteCmdArg(arg);
    }
    if (!arg) {
      return '""';
    }
    const cmdSpecialChars = [
      " ",
      "	",
      "&",
      "(",
      ")",
      "[",
      "]",
      "{",
      "}",
      "^",
      "=",
      ";",
      "!",
      "'",
      "+",
      ",",
      "`",
      "~",
      "|",
      "<",
      ">",
      '"'
    ];
    let needsQuotes = false;
    for (const char of arg) {
      if (cmdSpecialChars.some((x) => x === char)) {
        needsQuotes = true;
        break;
      }
    }
    if (!needsQuotes) {
      return arg;
    }
    let reverse = '"';
    let quoteHit = true;
    for (let i = arg.length; i > 0; i--) {
      reverse += arg[i - 1];
      if (quoteHit && arg[i - 1] === "\\") {
        reverse += "\\";
      } else if (arg[i - 1] === '"') {
        quoteHit = true;
        reverse += '"';
      } else {
        quoteHit = false;
      }
    }
    reverse += '"';
    return reverse.split("").reverse().join("");
  }
  _uvQuoteCmdArg(arg) {
    if (!arg) {
      return '""';
    }
    if (!arg.includes(" ") && !arg.includes("	") && !arg.includes('"')) {
      return arg;
    }
    if (!arg.includes('"') && !arg.includes("\\")) {
      return `"${arg}"`;
    }
    let reverse = '"';
    let quoteHit = true;
    for (let i = arg.length; i > 0; i--) {
      reverse += arg[i - 1];
      if (quoteHit && arg[i - 1] === "\\") {
        reverse += "\\";
      } else if (arg[i - 1] === '"') {
        quoteHit = true;
        reverse += "\\";
      } else {
        quoteHit = false;
      }
    }
    reverse += '"';
    return reverse.split("").reverse().join("");
  }
  _cloneExecOptions(options) {
    options = options || {};
    const result = {
      cwd: options.cwd || process.cwd(),
      env: options.env || process.env,
      silent: options.silent || false,
      windowsVerbatimArguments: options.windowsVerbatimArguments || false,
      failOnStdErr: options.failOnStdErr || false,
      ignoreReturnCode: options.ignoreReturnCode || false,
      delay: options.delay || 1e4
    };
    result.outStream = options.outStream || process.stdout;
    result.errStream = options.errStream || process.stderr;
    return result;
  }
  _getSpawnOptions(options, toolPath) {
    options = options || {};
    const result = {};
    result.cwd = options.cwd;
    result.env = options.env;
    result["windowsVerbatimArguments"] = options.windowsVerbatimArguments || this._isCmdFile();
    if (options.windowsVerbatimArguments) {
      result.argv0 = `"${toolPath}"`;
    }
    return result;
  }
  /**
   * Exec a tool.
   * Output will be streamed to the live console.
   * Returns promise with return code
   *
   * @param     tool     path to tool to exec
   * @param     options  optional exec options.  See ExecOptions
   * @returns   number
   */
  exec() {
    return __awaiter3(this, void 0, void 0, function* () {
      if (!isRooted(this.toolPath) && (this.toolPath.includes("/") || IS_WINDOWS2 && this.toolPath.includes("\\"))) {
        this.toolPath = path3.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
      }
      this.toolPath = yield which(this.toolPath, true);
      return new Promise((resolve5, reject) => __awaiter3(this, void 0, void 0, function* () {
        this._debug(`exec tool: ${this.toolPath}`);
        this._debug("arguments:");
        for (const arg of this.args) {
          this._debug(`   ${arg}`);
        }
        const optionsNonNull = this._cloneExecOptions(this.options);
        if (!optionsNonNull.silent && optionsNonNull.outStream) {
          optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + os.EOL);
        }
        const state = new ExecState(optionsNonNull, this.toolPath);
        state.on("debug", (message) => {
          this._debug(message);
        });
        if (this.options.cwd && !(yield exists(this.options.cwd))) {
          return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
        }
        const fileName = this._getSpawnFileName();
        const cp = child.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
        let stdbuffer = "";
        if (cp.stdout) {
          cp.stdout.on("data", (data) => {
            if (this.options.listeners && this.options.listeners.stdout) {
              this.options.listeners.stdout(data);
            }
            if (!optionsNonNull.silent && optionsNonNull.outStream) {
              optionsNonNull.outStream.write(data);
            }
            stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
              if (this.options.listeners && this.options.listeners.stdline) {
                this.options.listeners.stdline(line);
              }
            });
          });
        }
        let errbuffer = "";
        if (cp.stderr) {
          cp.stderr.on("data", (data) => {
            state.processStderr = true;
            if (this.options.listeners && this.options.listeners.stderr) {
              this.options.listeners.stderr(data);
            }
            if (!optionsNonNull.silent && optionsNonNull.errStream && optionsNonNull.outStream) {
              const s = optionsNonNull.failOnStdErr ? optionsNonNull.errStream : optionsNonNull.outStream;
              s.write(data);
            }
            errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
              if (this.options.listeners && this.options.listeners.errline) {
                this.options.listeners.errline(line);
              }
            });
          });
        }
        cp.on("error", (err) => {
          state.processError = err.message;
          state.processExited = true;
          state.processClosed = true;
          state.CheckComplete();
        });
        cp.on("exit", (code) => {
          state.processExitCode = code;
          state.processExited = true;
          this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
          state.CheckComplete();
        });
        cp.on("close", (code) => {
          state.processExitCode = code;
          state.processExited = true;
          state.processClosed = true;
          this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
          state.CheckComplete();
        });
        state.on("done", (error, exitCode) => {
          if (stdbuffer.length > 0) {
            this.emit("stdline", stdbuffer);
          }
          if (errbuffer.length > 0) {
            this.emit("errline", errbuffer);
          }
          cp.removeAllListeners();
          if (error) {
            reject(error);
          } else {
            resolve5(exitCode);
          }
        });
        if (this.options.input) {
          if (!cp.stdin) {
            throw new Error("child process missing stdin");
          }
          cp.stdin.end(this.options.input);
        }
      }));
    });
  }
};
function argStringToArray(argString) {
  const args = [];
  let inQuotes = false;
  let escaped = false;
  let arg = "";
  function append(c) {
    if (escaped && c !== '"') {
      arg += "\\";
    }
    arg += c;
    escaped = false;
  }
  for (let i = 0; i < argString.length; i++) {
    const c = argString.charAt(i);
    if (c === '"') {
      if (!escaped) {
        inQuotes = !inQuotes;
      } else {
        append(c);
      }
      continue;
    }
    if (c === "\\" && escaped) {
      append(c);
      continue;
    }
    if (c === "\\" && inQuotes) {
      escaped = true;
      continue;
    }
    if (c === " " && !inQuotes) {
      if (arg.length > 0) {
        args.push(arg);
        arg = "";
      }
      continue;
    }
    append(c);
  }
  if (arg.length > 0) {
    args.push(arg.trim());
  }
  return args;
}
var ExecState = class _ExecState extends events.EventEmitter {
  constructor(options, toolPath) {
    super();
    this.processClosed = false;
    this.processError = "";
    this.processExitCode = 0;
    this.processExited = false;
    this.processStderr = false;
    this.delay = 1e4;
    this.done = false;
    this.timeout = null;
    if (!toolPath) {
      throw new Error("toolPath must not be empty");
    }
    this.options = options;
    this.toolPath = toolPath;
    if (options.delay) {
      this.delay = options.delay;
    }
  }
  CheckComplete() {
    if (this.done) {
      return;
    }
    if (this.processClosed) {
      this._setResult();
    } else if (this.processExited) {
      this.timeout = (0, import_timers.setTimeout)(_ExecState.HandleTimeout, this.delay, this);
    }
  }
  _debug(message) {
    this.emit("debug", message);
  }
  _setResult() {
    let error;
    if (this.processExited) {
      if (this.processError) {
        error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
      } else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
        error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
      } else if (this.processStderr && this.options.failOnStdErr) {
        error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
      }
    }
    if (this.timeout) {
      clearTimeout(this.timeout);
      this.timeout = null;
    }
    this.done = true;
    this.emit("done", error, this.processExitCode);
  }
  static HandleTimeout(state) {
    if (state.done) {
      return;
    }
    if (!state.processClosed && state.processExited) {
      const message = `The STDIO streams did not close within ${state.delay / 1e3} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
      state._debug(message);
    }
    state._setResult();
  }
};

// node_modules/@actions/exec/lib/exec.js
var __awaiter4 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve5) {
      resolve5(value);
    });
  }
  return new (P || (P = Promise))(function(resolve5, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve5(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function exec(commandLine, args, options) {
  return __awaiter4(this, void 0, void 0, function* () {
    const commandArgs = argStringToArray(commandLine);
    if (commandArgs.length === 0) {
      throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
    }
    const toolPath = commandArgs[0];
    args = commandArgs.slice(1).concat(args || []);
    const runner = new ToolRunner(toolPath, args, options);
    return runner.exec();
  });
}
function getExecOutput(commandLine, args, options) {
  return __awaiter4(this, void 0, void 0, function* () {
    var _a2, _b;
    let stdout = "";
    let stderr = "";
    const stdoutDecoder = new import_string_decoder.StringDecoder("utf8");
    const stderrDecoder = new import_string_decoder.StringDecoder("utf8");
    const originalStdoutListener = (_a2 = options === null || options === void 0 ? void 0 : options.listeners) === null || _a2 === void 0 ? void 0 : _a2.stdout;
    const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
    const stdErrListener = (data) => {
      stderr += stderrDecoder.write(data);
      if (originalStdErrListener) {
        originalStdErrListener(data);
      }
    };
    const stdOutListener = (data) => {
      stdout += stdoutDecoder.write(data);
      if (originalStdoutListener) {
        originalStdoutListener(data);
      }
    };
    const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
    const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
    stdout += stdoutDecoder.end();
    stderr += stderrDecoder.end();
    return {
      exitCode,
      stdout,
      stderr
    };
  });
}

// lib/gates/command.js
async function checkCommand(run2, shell, cwd) {
  if (shell) {
    if (!await which("bash", false) && !await which("sh", false) && process.platform !== "win32")
      throw new ConfigurationError("input 'shell': true needs bash or sh on PATH, found neither");
    return;
  }
  if (/[\r\n]/.test(run2))
    throw new ConfigurationError("input 'run': expected one command line, got several lines; set shell: true or run a script");
  const offending = shellSyntaxIn(run2);
  if (offending !== void 0)
    throw new ConfigurationError(`input 'run': runs without a shell, so '${offending}' would be a literal word; set shell: true or run a script`);
  const program = splitCommandLine(run2)[0] ?? "";
  if (!program)
    throw new ConfigurationError("input 'run': expected a command, got an empty line");
  const found = program.includes("/") || program.includes("\\") ? program : await which(program, false);
  if (!found)
    throw new ConfigurationError(`input 'run': '${program}' was not found on PATH (working directory ${cwd})`);
}
async function runCommand(run2, options) {
  const started = options.clock.now();
  const execOptions = {
    cwd: options.cwd,
    ignoreReturnCode: true,
    ...options.env ? { env: options.env } : {}
  };
  let output;
  if (!options.shell)
    output = await getExecOutput(run2, void 0, execOptions);
  else if (process.platform === "win32")
    output = await getExecOutput("cmd", ["/d", "/s", "/c", run2], {
      ...execOptions,
      windowsVerbatimArguments: true
    });
  else if (await which("bash", false))
    output = await getExecOutput("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", run2], execOptions);
  else
    output = await getExecOutput("sh", ["-e", "-c", run2], execOptions);
  return { ...output, durationMs: options.clock.now() - started };
}

// lib/gates/types.js
var REPORT_FORMATS = [
  "eslint-json",
  "junit-xml",
  "vitest-json",
  "jest-json",
  "coverage-summary",
  "tsc",
  "prettier",
  "npm-audit"
];
var COVERAGE_METRICS = ["lines", "statements", "functions", "branches"];

// lib/gates/limits.js
function items(raw) {
  return raw.split(/[,\n]/).map((item) => item.trim()).filter(Boolean);
}
function parseCoverageThreshold(raw) {
  const threshold = {};
  const expected = `expected metric=percent pairs such as lines=80,branches=70 (metrics ${COVERAGE_METRICS.join(", ")})`;
  for (const item of items(raw)) {
    const [name, value] = item.includes("=") ? item.split("=", 2).map((part) => part.trim()) : ["lines", item];
    const pct = Number(value);
    if (!COVERAGE_METRICS.includes(name ?? "") || value === "" || !Number.isFinite(pct) || pct < 0 || pct > 100)
      throw new ConfigurationError(`input 'coverage-threshold': ${expected}, got '${item}'`);
    threshold[name] = pct;
  }
  return threshold;
}
var UNITS = {
  b: 1,
  kb: 1e3,
  kib: 1024,
  mb: 1e3 ** 2,
  mib: 1024 ** 2,
  gb: 1e3 ** 3,
  gib: 1024 ** 3
};
function parseBytes(text) {
  const match3 = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  if (!match3)
    return void 0;
  const unit = UNITS[(match3[2] || "b").toLowerCase()];
  return unit === void 0 ? void 0 : Math.floor(Number(match3[1]) * unit);
}
function parseSizeBudgets(raw) {
  return items(raw).map((item) => {
    const at = item.lastIndexOf("=");
    const glob = at > 0 ? item.slice(0, at).trim() : "";
    const written = at > 0 ? item.slice(at + 1).trim() : "";
    const bytes = parseBytes(written);
    if (!glob || bytes === void 0)
      throw new ConfigurationError(`input 'size-budget': expected glob=size pairs such as dist/**/*.js=250kB (units B, kB, KiB, MB, MiB), got '${item}'`);
    return { glob, bytes, written };
  });
}
function formatBytes(bytes) {
  if (bytes < 1e3)
    return `${bytes} B`;
  if (bytes < 1e3 ** 2)
    return `${(bytes / 1e3).toFixed(2)} kB`;
  return `${(bytes / 1e3 ** 2).toFixed(2)} MB`;
}

// lib/gates/reports/shared.js
var import_node_path = __toESM(require_node_path(), 1);
function rootRelative(path10, options) {
  const absolute = (0, import_node_path.resolve)(options.cwd, path10);
  const inside = (0, import_node_path.relative)(options.root, absolute);
  if (inside === "" || inside === ".." || inside.startsWith(`..${import_node_path.sep}`) || (0, import_node_path.isAbsolute)(inside))
    return void 0;
  return inside.split(import_node_path.sep).join("/");
}
function reportError(expected, got) {
  return new ConfigurationError(`input 'report': expected ${expected}, got ${got}`);
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function finiteNumber(value) {
  return typeof value === "number" && Number.isFinite(value) ? value : void 0;
}
function position(value) {
  return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : void 0;
}
function nonEmptyString(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
function roundMs(ms) {
  return Math.round(ms * 1e3) / 1e3;
}
function parseJson(text, expected) {
  const body = text.replace(/^\uFEFF/, "").trim();
  if (body === "")
    throw reportError(expected, "an empty report");
  try {
    return JSON.parse(body);
  } catch {
    const start = body.search(/^[[{]/m);
    if (start > 0) {
      try {
        return JSON.parse(body.slice(start));
      } catch {
      }
    }
    throw reportError(expected, `text that is not JSON: ${quoteValue(firstLine(body), 80)}`);
  }
}
function describeJson(value) {
  if (Array.isArray(value)) {
    if (value.length === 0)
      return "an empty JSON array";
    return `a JSON array whose first item is ${describeJson(value[0])}`;
  }
  if (isRecord(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0)
      return "an empty JSON object";
    const shown = keys.slice(0, 6).map((key) => quoteValue(key, 40));
    return `a JSON object with keys ${shown.join(", ")}${keys.length > 6 ? ", \u2026" : ""}`;
  }
  if (value === null)
    return "JSON null";
  return `a JSON ${typeof value} ${quoteValue(String(value), 40)}`;
}
function describeStructured(text) {
  const body = text.replace(/^\uFEFF/, "").trimStart();
  if (body.startsWith("<"))
    return `XML: ${quoteValue(firstLine(body), 80)}`;
  if (body.startsWith("{") || body.startsWith("[")) {
    try {
      return describeJson(JSON.parse(body));
    } catch {
      return void 0;
    }
  }
  return void 0;
}
function firstLine(text) {
  return text.split(/\r?\n/, 1)[0] ?? "";
}
function stripAnsi(text) {
  return text.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g, "");
}
function messageHead(text, maxLines = 6) {
  const kept = [];
  for (const raw of stripAnsi(text).split(/\r?\n/)) {
    if (/^\s+at\s/.test(raw) || /^\s*(?:>\s*)?\d*\s*\|/.test(raw))
      break;
    const line = raw.trim();
    if (line !== "")
      kept.push(line);
    if (kept.length === maxLines)
      break;
  }
  return kept.length > 0 ? kept.join("\n") : void 0;
}

// lib/gates/reports/coverage-summary.js
var EXPECTED = 'an istanbul coverage-summary.json (an object with "total": { lines, statements, \u2026 })';
function parseCoverageSummary(text) {
  const data = parseJson(text, EXPECTED);
  if (!isRecord(data) || !isRecord(data.total))
    throw reportError(EXPECTED, describeJson(data));
  const coverage = {};
  for (const metric of COVERAGE_METRICS) {
    const read = readMetric(data.total[metric]);
    if (read !== void 0)
      coverage[metric] = read;
  }
  if (Object.keys(coverage).length === 0) {
    throw reportError(EXPECTED, `"total" as ${describeJson(data.total)}`);
  }
  return { format: "coverage-summary", problems: [], tests: [], coverage };
}
function readMetric(value) {
  if (!isRecord(value))
    return void 0;
  const total = finiteNumber(value.total);
  const covered = finiteNumber(value.covered);
  if (total === void 0 || covered === void 0)
    return void 0;
  const pct = finiteNumber(value.pct) ?? (total === 0 ? 100 : Math.round(covered / total * 1e4) / 100);
  return { total, covered, pct };
}

// lib/gates/reports/eslint.js
var EXPECTED2 = "ESLint JSON (an array of results, from eslint --format json)";
function parseEslintJson(text, options) {
  const data = parseJson(text, EXPECTED2);
  const results = isRecord(data) && Array.isArray(data.results) ? data.results : data;
  if (!Array.isArray(results))
    throw reportError(EXPECTED2, describeJson(data));
  const docsUrls = isRecord(data) && isRecord(data.metadata) ? rulesDocs(data.metadata.rulesMeta) : /* @__PURE__ */ new Map();
  const problems = [];
  for (const result of results) {
    if (!isRecord(result) || typeof result.filePath !== "string" || !Array.isArray(result.messages)) {
      throw reportError(EXPECTED2, `an array holding ${describeJson(result)} (no filePath and messages)`);
    }
    const file = rootRelative(result.filePath, options);
    for (const message of result.messages) {
      if (!isRecord(message))
        continue;
      const severity = message.severity === 2 ? "error" : message.severity === 1 ? "warning" : void 0;
      if (severity === void 0)
        continue;
      const rule = nonEmptyString(message.ruleId);
      const problem = { severity, message: String(message.message ?? "") };
      if (file !== void 0)
        problem.file = file;
      assignPosition(problem, message);
      if (rule !== void 0)
        problem.rule = rule;
      const url = rule === void 0 ? void 0 : docsUrls.get(rule);
      if (url !== void 0)
        problem.url = url;
      problems.push(problem);
    }
  }
  return { format: "eslint-json", problems, tests: [] };
}
function assignPosition(problem, message) {
  const line = position(message.line);
  if (line === void 0)
    return;
  problem.line = line;
  const column = position(message.column);
  if (column !== void 0)
    problem.column = column;
  const endLine = position(message.endLine);
  if (endLine !== void 0)
    problem.endLine = endLine;
  const endColumn = position(message.endColumn);
  if (endColumn !== void 0)
    problem.endColumn = endColumn;
}
function rulesDocs(rulesMeta) {
  const urls = /* @__PURE__ */ new Map();
  if (!isRecord(rulesMeta))
    return urls;
  for (const [rule, meta] of Object.entries(rulesMeta)) {
    const url = isRecord(meta) && isRecord(meta.docs) ? nonEmptyString(meta.docs.url) : void 0;
    if (url !== void 0)
      urls.set(rule, url);
  }
  return urls;
}

// lib/gates/reports/jest-json.js
function parseJestJson(text, format, options) {
  const expected = `${format === "jest-json" ? "Jest's --json output" : "Vitest's JSON report"} (an object with testResults)`;
  const data = parseJson(text, expected);
  if (!isRecord(data) || !Array.isArray(data.testResults))
    throw reportError(expected, describeJson(data));
  const tests = [];
  for (const fileResult of data.testResults) {
    if (!isRecord(fileResult))
      continue;
    const path10 = nonEmptyString(fileResult.name);
    const file = path10 === void 0 ? void 0 : rootRelative(path10, options);
    const assertions = Array.isArray(fileResult.assertionResults) ? fileResult.assertionResults : [];
    let anyFailed = false;
    for (const assertion of assertions) {
      if (!isRecord(assertion))
        continue;
      const test = readAssertion(assertion, file);
      if (test.status === "failed")
        anyFailed = true;
      tests.push(test);
    }
    if (fileResult.status === "failed" && !anyFailed) {
      const suite = { name: file ?? path10 ?? "test file", status: "failed" };
      if (file !== void 0)
        suite.file = file;
      const message = typeof fileResult.message === "string" ? messageHead(fileResult.message) : void 0;
      if (message !== void 0)
        suite.message = message;
      tests.push(suite);
    }
  }
  return { format, problems: [], tests };
}
function readAssertion(assertion, file) {
  const ancestors = Array.isArray(assertion.ancestorTitles) ? assertion.ancestorTitles.filter((title2) => typeof title2 === "string") : [];
  const title = typeof assertion.title === "string" ? assertion.title : String(assertion.fullName ?? "");
  const test = { name: [...ancestors, title].join(" > "), status: statusOf(assertion.status) };
  if (file !== void 0)
    test.file = file;
  const line = isRecord(assertion.location) ? position(assertion.location.line) : void 0;
  if (line !== void 0)
    test.line = line;
  const duration = finiteNumber(assertion.duration);
  if (duration !== void 0 && duration >= 0)
    test.durationMs = roundMs(duration);
  if (test.status === "failed" && Array.isArray(assertion.failureMessages)) {
    const first = assertion.failureMessages[0];
    const message = typeof first === "string" ? messageHead(first) : void 0;
    if (message !== void 0)
      test.message = message;
  }
  return test;
}
function statusOf(status) {
  if (status === "passed")
    return "passed";
  if (status === "failed")
    return "failed";
  return "skipped";
}

// lib/gates/reports/junit.js
var EXPECTED3 = "JUnit XML (<testsuites> or <testsuite> holding <testcase> elements)";
var REPEATED = /* @__PURE__ */ new Set(["testsuite", "testcase", "failure", "error", "skipped"]);
function parseJunitXml(text, options) {
  const body = text.replace(/^\uFEFF/, "").trim();
  if (body === "")
    throw reportError(EXPECTED3, "an empty report");
  if (!body.startsWith("<"))
    throw reportError(EXPECTED3, `text that is not XML: ${quoteValue(firstLine(body), 80)}`);
  const { XMLParser, XMLValidator } = loadXmlParser();
  const valid = XMLValidator.validate(body);
  if (valid !== true) {
    throw reportError(EXPECTED3, `XML that does not parse: ${valid.err.msg} (line ${valid.err.line})`);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    attributesGroupName: "@",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    htmlEntities: true,
    // numeric character references (&#x1B;) as well as &lt; and friends
    isArray: (tagName) => REPEATED.has(tagName)
  });
  const document = parser.parse(body);
  const rootSuites = isRecord(document) ? rootSuitesOf(document) : void 0;
  if (rootSuites === void 0) {
    const rootName = isRecord(document) ? Object.keys(document).find((name) => !name.startsWith("?")) : void 0;
    throw reportError(EXPECTED3, rootName === void 0 ? "XML without elements" : `XML with root <${rootName}>`);
  }
  const tests = [];
  for (const suite of rootSuites)
    collectSuite(suite, void 0, tests, options);
  return { format: "junit-xml", problems: [], tests };
}
function rootSuitesOf(document) {
  if ("testsuites" in document) {
    const container = document.testsuites;
    return isRecord(container) && Array.isArray(container.testsuite) ? container.testsuite : [];
  }
  if (Array.isArray(document.testsuite))
    return document.testsuite;
  return void 0;
}
function collectSuite(suite, parentFile, tests, options) {
  if (!isRecord(suite))
    return;
  const attributes = attributesOf(suite);
  const suiteFile = nonEmptyString(attributes.file) ?? parentFile;
  for (const testcase of Array.isArray(suite.testcase) ? suite.testcase : []) {
    if (isRecord(testcase))
      tests.push(readCase(testcase, suiteFile, options));
  }
  for (const nested of Array.isArray(suite.testsuite) ? suite.testsuite : []) {
    collectSuite(nested, suiteFile, tests, options);
  }
}
function readCase(testcase, suiteFile, options) {
  const attributes = attributesOf(testcase);
  const name = nonEmptyString(attributes.name) ?? "";
  const classname = nonEmptyString(attributes.classname);
  const classIsPath = classname !== void 0 && isPathLike(classname);
  const fullName = classname === void 0 || classIsPath || name === classname || name.startsWith(`${classname} `) ? name || (classname ?? "") : `${classname} > ${name}`;
  const failure = firstOf(testcase.failure) ?? firstOf(testcase.error);
  const status = failure !== void 0 ? "failed" : "skipped" in testcase ? "skipped" : "passed";
  const result = { name: fullName, status };
  const path10 = nonEmptyString(attributes.file) ?? suiteFile ?? (classIsPath ? classname : void 0);
  const file = path10 === void 0 ? void 0 : rootRelative(path10, options);
  if (file !== void 0)
    result.file = file;
  const line = position(Number(attributes.line));
  if (line !== void 0)
    result.line = line;
  const seconds = Number(attributes.time);
  if (attributes.time !== void 0 && Number.isFinite(seconds) && seconds >= 0)
    result.durationMs = roundMs(seconds * 1e3);
  if (failure !== void 0) {
    const message = failureMessage(failure);
    if (message !== void 0)
      result.message = message;
  }
  return result;
}
function attributesOf(element) {
  const group = element["@"];
  if (!isRecord(group))
    return {};
  const attributes = {};
  for (const [key, value] of Object.entries(group)) {
    if (typeof value === "string")
      attributes[key] = value;
  }
  return attributes;
}
function firstOf(elements) {
  return Array.isArray(elements) && elements.length > 0 ? elements[0] : void 0;
}
function failureMessage(failure) {
  if (typeof failure === "string")
    return messageHead(failure);
  if (!isRecord(failure))
    return void 0;
  const attribute = nonEmptyString(attributesOf(failure).message);
  if (attribute !== void 0)
    return messageHead(attribute);
  const body = failure["#text"];
  return typeof body === "string" ? messageHead(body) : void 0;
}
function isPathLike(classname) {
  return !/\s/.test(classname) && (/[\\/]/.test(classname) || /\.[cm]?[jt]sx?$/.test(classname));
}

// lib/gates/reports/npm-audit.js
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path2 = __toESM(require_node_path(), 1);
var AUDIT_SEVERITIES = ["info", "low", "moderate", "high", "critical"];
var EXPECTED4 = 'npm audit --json output of npm 7 or later (an object with "vulnerabilities")';
function parseNpmAudit(text, options) {
  const data = parseJson(text, EXPECTED4);
  if (!isRecord(data) || !isRecord(data.vulnerabilities)) {
    const npmError = isRecord(data) ? npmErrorOf(data) : void 0;
    throw reportError(EXPECTED4, npmError ?? describeJson(data));
  }
  const manifest = (0, import_node_fs.existsSync)((0, import_node_path2.join)(options.cwd, "package.json")) ? rootRelative((0, import_node_path2.join)(options.cwd, "package.json"), options) : void 0;
  const level = options.auditLevel ?? "info";
  const problems = [];
  for (const [name, vulnerability] of Object.entries(data.vulnerabilities)) {
    if (!isRecord(vulnerability))
      continue;
    const severity = severityOf(vulnerability.severity);
    const advisories = (Array.isArray(vulnerability.via) ? vulnerability.via : []).filter(isRecord);
    const through = (Array.isArray(vulnerability.via) ? vulnerability.via : []).filter((via) => typeof via === "string");
    const titles = [
      ...new Set(advisories.map((advisory) => nonEmptyString(advisory.title)).filter(isString))
    ];
    const what = titles.length > 0 ? titles.join("; ") : `depends on vulnerable ${through.join(", ") || "packages"}`;
    const range2 = nonEmptyString(vulnerability.range);
    const problem = {
      severity: rank(severity) >= rank(level) ? "error" : "notice",
      message: `${severity}: ${what} (${name}${range2 === void 0 ? "" : ` ${range2}`})`,
      rule: name
    };
    const url = mostSevere(advisories);
    if (url !== void 0)
      problem.url = url;
    if (manifest !== void 0)
      problem.file = manifest;
    problems.push(problem);
  }
  return { format: "npm-audit", problems, tests: [] };
}
function auditProblems(report, level) {
  const problems = report.problems.map((problem) => {
    const severity = /^(info|low|moderate|high|critical): /.exec(problem.message)?.[1];
    if (report.format !== "npm-audit" || severity === void 0)
      return problem;
    const graded = {
      ...problem,
      severity: rank(severityOf(severity)) >= rank(level) ? "error" : "notice"
    };
    return graded;
  });
  return { ...report, problems };
}
function severityOf(value) {
  return AUDIT_SEVERITIES.find((severity) => severity === value) ?? "high";
}
function rank(severity) {
  return AUDIT_SEVERITIES.indexOf(severity);
}
function isString(value) {
  return value !== void 0;
}
function mostSevere(advisories) {
  let best;
  for (const advisory of advisories) {
    const url = nonEmptyString(advisory.url);
    const advisoryRank = rank(severityOf(advisory.severity));
    if (url !== void 0 && (best === void 0 || advisoryRank > best.rank))
      best = { url, rank: advisoryRank };
  }
  return best?.url;
}
function npmErrorOf(data) {
  if (isRecord(data.error)) {
    const code = nonEmptyString(data.error.code);
    const summary = nonEmptyString(data.error.summary);
    if (code !== void 0 || summary !== void 0) {
      return `npm's error${code === void 0 ? "" : ` ${code}`}: ${quoteValue(summary ?? "", 200)}`;
    }
  }
  if (isRecord(data.advisories))
    return 'the npm 6 / pnpm shape ("advisories"), which is not read';
  const message = nonEmptyString(data.message);
  if (message !== void 0 && "statusCode" in data)
    return `npm's error: ${quoteValue(message, 200)}`;
  return void 0;
}

// lib/gates/reports/prettier.js
var EXPECTED5 = "the output of prettier --check or --list-different (lines like [warn] src/a.ts)";
var NOT_FORMATTED = "not formatted (prettier --check)";
var PARSE_ERROR = /^\[error\] (.+?): ([A-Za-z]*Error): (.*?)(?: \((\d+):(\d+)\))?$/;
var ERROR_DETAIL = /^\[error\]\s+(?:(?:>\s*)?\d*\s*\||at\s)/;
var STATUS = /^(?:Checking formatting\.\.\.|All matched files use Prettier code style!|Error occurred when checking code style|Code style issues found|> |npm (?:ERR!|error|warn)\b)/;
function isPrettierLine(line) {
  return /^\[(?:warn|error)\] \S/.test(line) || line.startsWith("Checking formatting...");
}
function parsePrettier(text, options) {
  const lines = stripAnsi(text).split(/\r?\n/).map((line) => line.trimEnd());
  const checkMode = lines.some((line) => line.startsWith("Checking formatting...") || line.startsWith("[warn] "));
  const problems = [];
  const unformatted = (path10) => {
    const problem = { severity: "error", message: NOT_FORMATTED };
    const file = rootRelative(path10, options);
    if (file !== void 0)
      problem.file = file;
    problems.push(problem);
  };
  for (const line of lines) {
    if (line === "" || ERROR_DETAIL.test(line))
      continue;
    if (line.startsWith("[warn] ")) {
      const rest = line.slice("[warn] ".length).trim();
      if (isPath(rest))
        unformatted(rest);
      continue;
    }
    if (line.startsWith("[error] ")) {
      problems.push(errorProblem(line, options));
      continue;
    }
    if (!checkMode && !STATUS.test(line) && !line.startsWith("["))
      unformatted(line.trim());
  }
  if (problems.length === 0) {
    const structured = describeStructured(text);
    if (structured !== void 0)
      throw reportError(EXPECTED5, structured);
  }
  return { format: "prettier", problems, tests: [] };
}
function isPath(text) {
  if (text === "" || STATUS.test(text))
    return false;
  return !/\s/.test(text) || /\.[A-Za-z0-9]+$/.test(text);
}
function errorProblem(line, options) {
  const parsed = PARSE_ERROR.exec(line);
  if (parsed === null)
    return { severity: "error", message: line.slice("[error] ".length).trim() };
  const [, path10 = "", errorName = "", message = "", lineText, columnText] = parsed;
  const problem = { severity: "error", message: `${errorName}: ${message}` };
  const file = rootRelative(path10, options);
  if (file !== void 0)
    problem.file = file;
  if (lineText !== void 0)
    problem.line = Number(lineText);
  if (columnText !== void 0)
    problem.column = Number(columnText);
  return problem;
}

// lib/gates/reports/tsc.js
var EXPECTED6 = "tsc's console output (lines like src/a.ts(3,7): error TS2322: \u2026)";
var PLAIN = /^(.+?)\((\d+),(\d+)\): (error|warning|message) (TS\d+): (.*)$/;
var PRETTY = /^(.+?):(\d+):(\d+) - (error|warning|message) (TS\d+): (.*)$/;
var GLOBAL = /^(error|warning|message) (TS\d+): (.*)$/;
function isTscDiagnostic(line) {
  return PLAIN.test(line) || PRETTY.test(line) || GLOBAL.test(line);
}
function parseTsc(text, options) {
  const problems = [];
  let current;
  for (const raw of stripAnsi(text).split(/\r?\n/)) {
    const line = raw.trimEnd();
    const diagnostic = readDiagnostic(line, options);
    if (diagnostic !== void 0) {
      problems.push(diagnostic);
      current = diagnostic;
    } else if (current !== void 0 && /^\s+\S/.test(line)) {
      current.message += `
${line.replace(/^ {2}/, "")}`;
    } else {
      current = void 0;
    }
  }
  if (problems.length === 0) {
    const structured = describeStructured(text);
    if (structured !== void 0)
      throw reportError(EXPECTED6, structured);
  }
  return { format: "tsc", problems, tests: [] };
}
function readDiagnostic(line, options) {
  const located = PLAIN.exec(line) ?? PRETTY.exec(line);
  if (located !== null) {
    const [, path10 = "", lineText = "", columnText = "", category2 = "", code2 = "", message2 = ""] = located;
    const problem = { severity: severityOf2(category2), message: message2 };
    const file = rootRelative(path10, options);
    if (file !== void 0)
      problem.file = file;
    problem.line = Number(lineText);
    problem.column = Number(columnText);
    problem.rule = code2;
    return problem;
  }
  const global = GLOBAL.exec(line);
  if (global === null)
    return void 0;
  const [, category = "", code = "", message = ""] = global;
  return { severity: severityOf2(category), message, rule: code };
}
function severityOf2(category) {
  if (category === "error")
    return "error";
  if (category === "warning")
    return "warning";
  return "notice";
}

// lib/gates/reports/detect.js
var import_node_path3 = __toESM(require_node_path(), 1);
function detectFormat(text, fileName) {
  return fromContent(text) ?? (fileName === void 0 ? void 0 : fromName((0, import_node_path3.basename)(fileName)));
}
function fromContent(text) {
  const body = text.replace(/^\uFEFF/, "").trim();
  if (body === "")
    return void 0;
  if (body.startsWith("<"))
    return /<testsuites?[\s>/]/.test(body) ? "junit-xml" : void 0;
  const json = jsonOf(body);
  if (json !== void 0)
    return fromJson(json);
  const lines = stripAnsi(body).split(/\r?\n/);
  if (lines.some(isTscDiagnostic))
    return "tsc";
  if (lines.some(isPrettierLine))
    return "prettier";
  return void 0;
}
function jsonOf(body) {
  const start = body.search(/^[[{]/m);
  if (start < 0)
    return void 0;
  try {
    return JSON.parse(body.slice(start));
  } catch {
    return void 0;
  }
}
function fromJson(json) {
  if (Array.isArray(json)) {
    const eslintLike = json.every((item) => isRecord(item) && "filePath" in item && "messages" in item);
    return eslintLike ? "eslint-json" : void 0;
  }
  if (!isRecord(json))
    return void 0;
  if (Array.isArray(json.results) && isRecord(json.metadata))
    return "eslint-json";
  if (Array.isArray(json.testResults)) {
    const jest = "numRuntimeErrorTestSuites" in json || "openHandles" in json || "wasInterrupted" in json;
    return jest ? "jest-json" : "vitest-json";
  }
  if (isRecord(json.total) && (isRecord(json.total.lines) || isRecord(json.total.statements))) {
    return "coverage-summary";
  }
  if (isRecord(json.vulnerabilities) || "auditReportVersion" in json)
    return "npm-audit";
  return void 0;
}
var NAME_HINTS = [
  [/coverage-summary/i, "coverage-summary"],
  [/junit|\.xml$/i, "junit-xml"],
  [/eslint/i, "eslint-json"],
  [/vitest/i, "vitest-json"],
  [/jest/i, "jest-json"],
  [/tsc|typecheck/i, "tsc"],
  [/prettier/i, "prettier"],
  [/audit/i, "npm-audit"]
];
function fromName(name) {
  return NAME_HINTS.find(([pattern]) => pattern.test(name))?.[1];
}

// lib/gates/reports/index.js
function parseReport(text, format, options) {
  switch (format) {
    case "eslint-json":
      return parseEslintJson(text, options);
    case "junit-xml":
      return parseJunitXml(text, options);
    case "vitest-json":
    case "jest-json":
      return parseJestJson(text, format, options);
    case "coverage-summary":
      return parseCoverageSummary(text);
    case "tsc":
      return parseTsc(text, options);
    case "prettier":
      return parsePrettier(text, options);
    case "npm-audit":
      return parseNpmAudit(text, options);
    default: {
      const unknown = format;
      throw new ConfigurationError(`input 'report-format': expected one of ${REPORT_FORMATS.join(", ")}, got ${quoteValue(String(unknown))}`);
    }
  }
}

// node_modules/@actions/glob/lib/internal-globber.js
var fs2 = __toESM(require_fs(), 1);

// node_modules/@actions/glob/lib/internal-glob-options-helper.js
function getOptions(copy) {
  const result = {
    followSymbolicLinks: true,
    implicitDescendants: true,
    matchDirectories: true,
    omitBrokenSymbolicLinks: true,
    excludeHiddenFiles: false
  };
  if (copy) {
    if (typeof copy.followSymbolicLinks === "boolean") {
      result.followSymbolicLinks = copy.followSymbolicLinks;
      debug(`followSymbolicLinks '${result.followSymbolicLinks}'`);
    }
    if (typeof copy.implicitDescendants === "boolean") {
      result.implicitDescendants = copy.implicitDescendants;
      debug(`implicitDescendants '${result.implicitDescendants}'`);
    }
    if (typeof copy.matchDirectories === "boolean") {
      result.matchDirectories = copy.matchDirectories;
      debug(`matchDirectories '${result.matchDirectories}'`);
    }
    if (typeof copy.omitBrokenSymbolicLinks === "boolean") {
      result.omitBrokenSymbolicLinks = copy.omitBrokenSymbolicLinks;
      debug(`omitBrokenSymbolicLinks '${result.omitBrokenSymbolicLinks}'`);
    }
    if (typeof copy.excludeHiddenFiles === "boolean") {
      result.excludeHiddenFiles = copy.excludeHiddenFiles;
      debug(`excludeHiddenFiles '${result.excludeHiddenFiles}'`);
    }
  }
  return result;
}

// node_modules/@actions/glob/lib/internal-globber.js
var path8 = __toESM(require_path(), 1);

// node_modules/@actions/glob/lib/internal-path-helper.js
var path4 = __toESM(require_path(), 1);
var import_assert2 = __toESM(require_assert(), 1);
var IS_WINDOWS3 = process.platform === "win32";
function dirname4(p) {
  p = safeTrimTrailingSeparator(p);
  if (IS_WINDOWS3 && /^\\\\[^\\]+(\\[^\\]+)?$/.test(p)) {
    return p;
  }
  let result = path4.dirname(p);
  if (IS_WINDOWS3 && /^\\\\[^\\]+\\[^\\]+\\$/.test(result)) {
    result = safeTrimTrailingSeparator(result);
  }
  return result;
}
function ensureAbsoluteRoot(root, itemPath) {
  (0, import_assert2.default)(root, `ensureAbsoluteRoot parameter 'root' must not be empty`);
  (0, import_assert2.default)(itemPath, `ensureAbsoluteRoot parameter 'itemPath' must not be empty`);
  if (hasAbsoluteRoot(itemPath)) {
    return itemPath;
  }
  if (IS_WINDOWS3) {
    if (itemPath.match(/^[A-Z]:[^\\/]|^[A-Z]:$/i)) {
      let cwd = process.cwd();
      (0, import_assert2.default)(cwd.match(/^[A-Z]:\\/i), `Expected current directory to start with an absolute drive root. Actual '${cwd}'`);
      if (itemPath[0].toUpperCase() === cwd[0].toUpperCase()) {
        if (itemPath.length === 2) {
          return `${itemPath[0]}:\\${cwd.substr(3)}`;
        } else {
          if (!cwd.endsWith("\\")) {
            cwd += "\\";
          }
          return `${itemPath[0]}:\\${cwd.substr(3)}${itemPath.substr(2)}`;
        }
      } else {
        return `${itemPath[0]}:\\${itemPath.substr(2)}`;
      }
    } else if (normalizeSeparators2(itemPath).match(/^\\$|^\\[^\\]/)) {
      const cwd = process.cwd();
      (0, import_assert2.default)(cwd.match(/^[A-Z]:\\/i), `Expected current directory to start with an absolute drive root. Actual '${cwd}'`);
      return `${cwd[0]}:\\${itemPath.substr(1)}`;
    }
  }
  (0, import_assert2.default)(hasAbsoluteRoot(root), `ensureAbsoluteRoot parameter 'root' must have an absolute root`);
  if (root.endsWith("/") || IS_WINDOWS3 && root.endsWith("\\")) {
  } else {
    root += path4.sep;
  }
  return root + itemPath;
}
function hasAbsoluteRoot(itemPath) {
  (0, import_assert2.default)(itemPath, `hasAbsoluteRoot parameter 'itemPath' must not be empty`);
  itemPath = normalizeSeparators2(itemPath);
  if (IS_WINDOWS3) {
    return itemPath.startsWith("\\\\") || /^[A-Z]:\\/i.test(itemPath);
  }
  return itemPath.startsWith("/");
}
function hasRoot(itemPath) {
  (0, import_assert2.default)(itemPath, `isRooted parameter 'itemPath' must not be empty`);
  itemPath = normalizeSeparators2(itemPath);
  if (IS_WINDOWS3) {
    return itemPath.startsWith("\\") || /^[A-Z]:/i.test(itemPath);
  }
  return itemPath.startsWith("/");
}
function normalizeSeparators2(p) {
  p = p || "";
  if (IS_WINDOWS3) {
    p = p.replace(/\//g, "\\");
    const isUnc = /^\\\\+[^\\]/.test(p);
    return (isUnc ? "\\" : "") + p.replace(/\\\\+/g, "\\");
  }
  return p.replace(/\/\/+/g, "/");
}
function safeTrimTrailingSeparator(p) {
  if (!p) {
    return "";
  }
  p = normalizeSeparators2(p);
  if (!p.endsWith(path4.sep)) {
    return p;
  }
  if (p === path4.sep) {
    return p;
  }
  if (IS_WINDOWS3 && /^[A-Z]:\\$/i.test(p)) {
    return p;
  }
  return p.substr(0, p.length - 1);
}

// node_modules/@actions/glob/lib/internal-match-kind.js
var MatchKind;
(function(MatchKind2) {
  MatchKind2[MatchKind2["None"] = 0] = "None";
  MatchKind2[MatchKind2["Directory"] = 1] = "Directory";
  MatchKind2[MatchKind2["File"] = 2] = "File";
  MatchKind2[MatchKind2["All"] = 3] = "All";
})(MatchKind || (MatchKind = {}));

// node_modules/@actions/glob/lib/internal-pattern-helper.js
var IS_WINDOWS4 = process.platform === "win32";
function getSearchPaths(patterns) {
  patterns = patterns.filter((x) => !x.negate);
  const searchPathMap = {};
  for (const pattern of patterns) {
    const key = IS_WINDOWS4 ? pattern.searchPath.toUpperCase() : pattern.searchPath;
    searchPathMap[key] = "candidate";
  }
  const result = [];
  for (const pattern of patterns) {
    const key = IS_WINDOWS4 ? pattern.searchPath.toUpperCase() : pattern.searchPath;
    if (searchPathMap[key] === "included") {
      continue;
    }
    let foundAncestor = false;
    let tempKey = key;
    let parent = dirname4(tempKey);
    while (parent !== tempKey) {
      if (searchPathMap[parent]) {
        foundAncestor = true;
        break;
      }
      tempKey = parent;
      parent = dirname4(tempKey);
    }
    if (!foundAncestor) {
      result.push(pattern.searchPath);
      searchPathMap[key] = "included";
    }
  }
  return result;
}
function match(patterns, itemPath) {
  let result = MatchKind.None;
  for (const pattern of patterns) {
    if (pattern.negate) {
      result &= ~pattern.match(itemPath);
    } else {
      result |= pattern.match(itemPath);
    }
  }
  return result;
}
function partialMatch(patterns, itemPath) {
  return patterns.some((x) => !x.negate && x.partialMatch(itemPath));
}

// node_modules/@actions/glob/lib/internal-pattern.js
var os2 = __toESM(require_os(), 1);
var path7 = __toESM(require_path(), 1);
var import_assert4 = __toESM(require_assert(), 1);

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items2) {
  for (let i = 0; i < items2.length; i++) {
    target.push(items2[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open2 = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open2.push(i);
    } else if (c === 125 && open2.length) {
      open2.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open2.length; i++) {
    const at = open2[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/@actions/glob/node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/@actions/glob/node_modules/minimatch/dist/esm/brace-expressions.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}", true],
  "[:alpha:]": ["\\p{L}\\p{Nl}", true],
  "[:ascii:]": ["\\x00-\\x7f", false],
  "[:blank:]": ["\\p{Zs}\\t", true],
  "[:cntrl:]": ["\\p{Cc}", true],
  "[:digit:]": ["\\p{Nd}", true],
  "[:graph:]": ["\\p{Z}\\p{C}", true, true],
  "[:lower:]": ["\\p{Ll}", true],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}", true],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f", true],
  "[:upper:]": ["\\p{Lu}", true],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}", true],
  "[:xdigit:]": ["A-Fa-f0-9", false]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var rangesToString = (ranges) => ranges.join("");
var parseClass = (glob, position2) => {
  const pos = position2;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let uflag = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = glob.charAt(i);
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return ["$.", false, glob.length - pos, true];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          uflag = uflag || u;
          continue WHILE;
        }
      }
    }
    escaping = false;
    if (rangeStart) {
      if (c > rangeStart) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(c));
      } else if (c === rangeStart) {
        ranges.push(braceEscape(c));
      }
      rangeStart = "";
      i++;
      continue;
    }
    if (glob.startsWith("-]", i + 1)) {
      ranges.push(braceEscape(c + "-"));
      i += 2;
      continue;
    }
    if (glob.startsWith("-", i + 1)) {
      rangeStart = c;
      i += 2;
      continue;
    }
    ranges.push(braceEscape(c));
    i++;
  }
  if (endPos < i) {
    return ["", false, 0, false];
  }
  if (!ranges.length && !negs.length) {
    return ["$.", false, glob.length - pos, true];
  }
  if (negs.length === 0 && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
    const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
    return [regexpEscape(r), false, endPos - pos, false];
  }
  const sranges = "[" + (negate ? "^" : "") + rangesToString(ranges) + "]";
  const snegs = "[" + (negate ? "" : "^") + rangesToString(negs) + "]";
  const comb = ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs;
  return [comb, uflag, endPos - pos, true];
};

// node_modules/@actions/glob/node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/@actions/glob/node_modules/minimatch/dist/esm/ast.js
var _a;
var types = /* @__PURE__ */ new Set(["!", "?", "+", "*", "@"]);
var isExtglobType = (c) => types.has(c);
var isExtglobAST = (c) => isExtglobType(c.type);
var adoptionMap = /* @__PURE__ */ new Map([
  ["!", ["@"]],
  ["?", ["?", "@"]],
  ["@", ["@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@"]]
]);
var adoptionWithSpaceMap = /* @__PURE__ */ new Map([
  ["!", ["?"]],
  ["@", ["?"]],
  ["+", ["?", "*"]]
]);
var adoptionAnyMap = /* @__PURE__ */ new Map([
  ["!", ["?", "@"]],
  ["?", ["?", "@"]],
  ["@", ["?", "@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@", "?", "*"]]
]);
var usurpMap = /* @__PURE__ */ new Map([
  ["!", /* @__PURE__ */ new Map([["!", "@"]])],
  [
    "?",
    /* @__PURE__ */ new Map([
      ["*", "*"],
      ["+", "*"]
    ])
  ],
  [
    "@",
    /* @__PURE__ */ new Map([
      ["!", "!"],
      ["?", "?"],
      ["@", "@"],
      ["*", "*"],
      ["+", "+"]
    ])
  ],
  [
    "+",
    /* @__PURE__ */ new Map([
      ["?", "*"],
      ["*", "*"]
    ])
  ]
]);
var startNoTraversal = "(?!(?:^|/)\\.\\.?(?:$|/))";
var startNoDot = "(?!\\.)";
var addPatternStart = /* @__PURE__ */ new Set(["[", "."]);
var justDots = /* @__PURE__ */ new Set(["..", "."]);
var reSpecials = new Set("().*{}+?[]^$\\!");
var regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var qmark = "[^/]";
var star = qmark + "*?";
var starNoEmpty = qmark + "+?";
var ID = 0;
var AST = class {
  type;
  #root;
  #hasMagic;
  #uflag = false;
  #parts = [];
  #parent;
  #parentIndex;
  #negs;
  #filledNegs = false;
  #options;
  #toString;
  // set to true if it's an extglob with no children
  // (which really means one child of '')
  #emptyExt = false;
  id = ++ID;
  get depth() {
    return (this.#parent?.depth ?? -1) + 1;
  }
  [Symbol.for("nodejs.util.inspect.custom")]() {
    return {
      "@@type": "AST",
      id: this.id,
      type: this.type,
      root: this.#root.id,
      parent: this.#parent?.id,
      depth: this.depth,
      partsLength: this.#parts.length,
      parts: this.#parts
    };
  }
  constructor(type, parent, options = {}) {
    this.type = type;
    if (type)
      this.#hasMagic = true;
    this.#parent = parent;
    this.#root = this.#parent ? this.#parent.#root : this;
    this.#options = this.#root === this ? options : this.#root.#options;
    this.#negs = this.#root === this ? [] : this.#root.#negs;
    if (type === "!" && !this.#root.#filledNegs)
      this.#negs.push(this);
    this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
  }
  get hasMagic() {
    if (this.#hasMagic !== void 0)
      return this.#hasMagic;
    for (const p of this.#parts) {
      if (typeof p === "string")
        continue;
      if (p.type || p.hasMagic)
        return this.#hasMagic = true;
    }
    return this.#hasMagic;
  }
  // reconstructs the pattern
  toString() {
    return this.#toString !== void 0 ? this.#toString : !this.type ? this.#toString = this.#parts.map((p) => String(p)).join("") : this.#toString = this.type + "(" + this.#parts.map((p) => String(p)).join("|") + ")";
  }
  #fillNegs() {
    if (this !== this.#root)
      throw new Error("should only call on root");
    if (this.#filledNegs)
      return this;
    this.toString();
    this.#filledNegs = true;
    let n;
    while (n = this.#negs.pop()) {
      if (n.type !== "!")
        continue;
      let p = n;
      let pp = p.#parent;
      while (pp) {
        for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
          for (const part of n.#parts) {
            if (typeof part === "string") {
              throw new Error("string part in extglob AST??");
            }
            part.copyIn(pp.#parts[i]);
          }
        }
        p = pp;
        pp = p.#parent;
      }
    }
    return this;
  }
  push(...parts) {
    for (const p of parts) {
      if (p === "")
        continue;
      if (typeof p !== "string" && !(p instanceof _a && p.#parent === this)) {
        throw new Error("invalid part: " + p);
      }
      this.#parts.push(p);
    }
  }
  toJSON() {
    const ret = this.type === null ? this.#parts.slice().map((p) => typeof p === "string" ? p : p.toJSON()) : [this.type, ...this.#parts.map((p) => p.toJSON())];
    if (this.isStart() && !this.type)
      ret.unshift([]);
    if (this.isEnd() && (this === this.#root || this.#root.#filledNegs && this.#parent?.type === "!")) {
      ret.push({});
    }
    return ret;
  }
  isStart() {
    if (this.#root === this)
      return true;
    if (!this.#parent?.isStart())
      return false;
    if (this.#parentIndex === 0)
      return true;
    const p = this.#parent;
    for (let i = 0; i < this.#parentIndex; i++) {
      const pp = p.#parts[i];
      if (!(pp instanceof _a && pp.type === "!")) {
        return false;
      }
    }
    return true;
  }
  isEnd() {
    if (this.#root === this)
      return true;
    if (this.#parent?.type === "!")
      return true;
    if (!this.#parent?.isEnd())
      return false;
    if (!this.type)
      return this.#parent?.isEnd();
    const pl = this.#parent ? this.#parent.#parts.length : 0;
    return this.#parentIndex === pl - 1;
  }
  copyIn(part) {
    if (typeof part === "string")
      this.push(part);
    else
      this.push(part.clone(this));
  }
  clone(parent) {
    const c = new _a(this.type, parent);
    for (const p of this.#parts) {
      c.copyIn(p);
    }
    return c;
  }
  static #parseAST(str, ast, pos, opt, extDepth) {
    const maxDepth = opt.maxExtglobRecursion ?? 2;
    let escaping = false;
    let inBrace = false;
    let braceStart = -1;
    let braceNeg = false;
    if (ast.type === null) {
      let i2 = pos;
      let acc2 = "";
      while (i2 < str.length) {
        const c = str.charAt(i2++);
        if (escaping || c === "\\") {
          escaping = !escaping;
          acc2 += c;
          continue;
        }
        if (inBrace) {
          if (i2 === braceStart + 1) {
            if (c === "^" || c === "!") {
              braceNeg = true;
            }
          } else if (c === "]" && !(i2 === braceStart + 2 && braceNeg)) {
            inBrace = false;
          }
          acc2 += c;
          continue;
        } else if (c === "[") {
          inBrace = true;
          braceStart = i2;
          braceNeg = false;
          acc2 += c;
          continue;
        }
        const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i2) === "(" && extDepth <= maxDepth;
        if (doRecurse) {
          ast.push(acc2);
          acc2 = "";
          const ext2 = new _a(c, ast);
          i2 = _a.#parseAST(str, ext2, i2, opt, extDepth + 1);
          ast.push(ext2);
          continue;
        }
        acc2 += c;
      }
      ast.push(acc2);
      return i2;
    }
    let i = pos + 1;
    let part = new _a(null, ast);
    const parts = [];
    let acc = "";
    while (i < str.length) {
      const c = str.charAt(i++);
      if (escaping || c === "\\") {
        escaping = !escaping;
        acc += c;
        continue;
      }
      if (inBrace) {
        if (i === braceStart + 1) {
          if (c === "^" || c === "!") {
            braceNeg = true;
          }
        } else if (c === "]" && !(i === braceStart + 2 && braceNeg)) {
          inBrace = false;
        }
        acc += c;
        continue;
      } else if (c === "[") {
        inBrace = true;
        braceStart = i;
        braceNeg = false;
        acc += c;
        continue;
      }
      const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i) === "(" && /* c8 ignore start - the maxDepth is sufficient here */
      (extDepth <= maxDepth || ast && ast.#canAdoptType(c));
      if (doRecurse) {
        const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
        part.push(acc);
        acc = "";
        const ext2 = new _a(c, part);
        part.push(ext2);
        i = _a.#parseAST(str, ext2, i, opt, extDepth + depthAdd);
        continue;
      }
      if (c === "|") {
        part.push(acc);
        acc = "";
        parts.push(part);
        part = new _a(null, ast);
        continue;
      }
      if (c === ")") {
        if (acc === "" && ast.#parts.length === 0) {
          ast.#emptyExt = true;
        }
        part.push(acc);
        acc = "";
        ast.push(...parts, part);
        return i;
      }
      acc += c;
    }
    ast.type = null;
    ast.#hasMagic = void 0;
    ast.#parts = [str.substring(pos - 1)];
    return i;
  }
  #canAdoptWithSpace(child2) {
    return this.#canAdopt(child2, adoptionWithSpaceMap);
  }
  #canAdopt(child2, map = adoptionMap) {
    if (!child2 || typeof child2 !== "object" || child2.type !== null || child2.#parts.length !== 1 || this.type === null) {
      return false;
    }
    const gc = child2.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canAdoptType(gc.type, map);
  }
  #canAdoptType(c, map = adoptionAnyMap) {
    return !!map.get(this.type)?.includes(c);
  }
  #adoptWithSpace(child2, index) {
    const gc = child2.#parts[0];
    const blank = new _a(null, gc, this.options);
    blank.#parts.push("");
    gc.push(blank);
    this.#adopt(child2, index);
  }
  #adopt(child2, index) {
    const gc = child2.#parts[0];
    this.#parts.splice(index, 1, ...gc.#parts);
    for (const p of gc.#parts) {
      if (typeof p === "object")
        p.#parent = this;
    }
    this.#toString = void 0;
  }
  #canUsurpType(c) {
    const m = usurpMap.get(this.type);
    return !!m?.has(c);
  }
  #canUsurp(child2) {
    if (!child2 || typeof child2 !== "object" || child2.type !== null || child2.#parts.length !== 1 || this.type === null || this.#parts.length !== 1) {
      return false;
    }
    const gc = child2.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canUsurpType(gc.type);
  }
  #usurp(child2) {
    const m = usurpMap.get(this.type);
    const gc = child2.#parts[0];
    const nt = m?.get(gc.type);
    if (!nt)
      return false;
    this.#parts = gc.#parts;
    for (const p of this.#parts) {
      if (typeof p === "object") {
        p.#parent = this;
      }
    }
    this.type = nt;
    this.#toString = void 0;
    this.#emptyExt = false;
  }
  static fromGlob(pattern, options = {}) {
    const ast = new _a(null, void 0, options);
    _a.#parseAST(pattern, ast, 0, options, 0);
    return ast;
  }
  // returns the regular expression if there's magic, or the unescaped
  // string if not.
  toMMPattern() {
    if (this !== this.#root)
      return this.#root.toMMPattern();
    const glob = this.toString();
    const [re, body, hasMagic, uflag] = this.toRegExpSource();
    const anyMagic = hasMagic || this.#hasMagic || this.#options.nocase && !this.#options.nocaseMagicOnly && glob.toUpperCase() !== glob.toLowerCase();
    if (!anyMagic) {
      return body;
    }
    const flags = (this.#options.nocase ? "i" : "") + (uflag ? "u" : "");
    return Object.assign(new RegExp(`^${re}$`, flags), {
      _src: re,
      _glob: glob
    });
  }
  get options() {
    return this.#options;
  }
  // returns the string match, the regexp source, whether there's magic
  // in the regexp (so a regular expression is required) and whether or
  // not the uflag is needed for the regular expression (for posix classes)
  // TODO: instead of injecting the start/end at this point, just return
  // the BODY of the regexp, along with the start/end portions suitable
  // for binding the start/end in either a joined full-path makeRe context
  // (where we bind to (^|/), or a standalone matchPart context (where
  // we bind to ^, and not /).  Otherwise slashes get duped!
  //
  // In part-matching mode, the start is:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: ^(?!\.\.?$)
  // - if dots allowed or not possible: ^
  // - if dots possible and not allowed: ^(?!\.)
  // end is:
  // - if not isEnd(): nothing
  // - else: $
  //
  // In full-path matching mode, we put the slash at the START of the
  // pattern, so start is:
  // - if first pattern: same as part-matching mode
  // - if not isStart(): nothing
  // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
  // - if dots allowed or not possible: /
  // - if dots possible and not allowed: /(?!\.)
  // end is:
  // - if last pattern, same as part-matching mode
  // - else nothing
  //
  // Always put the (?:$|/) on negated tails, though, because that has to be
  // there to bind the end of the negated pattern portion, and it's easier to
  // just stick it in now rather than try to inject it later in the middle of
  // the pattern.
  //
  // We can just always return the same end, and leave it up to the caller
  // to know whether it's going to be used joined or in parts.
  // And, if the start is adjusted slightly, can do the same there:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
  // - if dots allowed or not possible: (?:/|^)
  // - if dots possible and not allowed: (?:/|^)(?!\.)
  //
  // But it's better to have a simpler binding without a conditional, for
  // performance, so probably better to return both start options.
  //
  // Then the caller just ignores the end if it's not the first pattern,
  // and the start always gets applied.
  //
  // But that's always going to be $ if it's the ending pattern, or nothing,
  // so the caller can just attach $ at the end of the pattern when building.
  //
  // So the todo is:
  // - better detect what kind of start is needed
  // - return both flavors of starting pattern
  // - attach $ at the end of the pattern when creating the actual RegExp
  //
  // Ah, but wait, no, that all only applies to the root when the first pattern
  // is not an extglob. If the first pattern IS an extglob, then we need all
  // that dot prevention biz to live in the extglob portions, because eg
  // +(*|.x*) can match .xy but not .yx.
  //
  // So, return the two flavors if it's #root and the first child is not an
  // AST, otherwise leave it to the child AST to handle it, and there,
  // use the (?:^|/) style of start binding.
  //
  // Even simplified further:
  // - Since the start for a join is eg /(?!\.) and the start for a part
  // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
  // or start or whatever) and prepend ^ or / at the Regexp construction.
  toRegExpSource(allowDot) {
    const dot = allowDot ?? !!this.#options.dot;
    if (this.#root === this) {
      this.#flatten();
      this.#fillNegs();
    }
    if (!isExtglobAST(this)) {
      const noEmpty = this.isStart() && this.isEnd() && !this.#parts.some((s) => typeof s !== "string");
      const src = this.#parts.map((p) => {
        const [re, _, hasMagic, uflag] = typeof p === "string" ? _a.#parseGlob(p, this.#hasMagic, noEmpty) : p.toRegExpSource(allowDot);
        this.#hasMagic = this.#hasMagic || hasMagic;
        this.#uflag = this.#uflag || uflag;
        return re;
      }).join("");
      let start2 = "";
      if (this.isStart()) {
        if (typeof this.#parts[0] === "string") {
          const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
          if (!dotTravAllowed) {
            const aps = addPatternStart;
            const needNoTrav = (
              // dots are allowed, and the pattern starts with [ or .
              dot && aps.has(src.charAt(0)) || // the pattern starts with \., and then [ or .
              src.startsWith("\\.") && aps.has(src.charAt(2)) || // the pattern starts with \.\., and then [ or .
              src.startsWith("\\.\\.") && aps.has(src.charAt(4))
            );
            const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
            start2 = needNoTrav ? startNoTraversal : needNoDot ? startNoDot : "";
          }
        }
      }
      let end = "";
      if (this.isEnd() && this.#root.#filledNegs && this.#parent?.type === "!") {
        end = "(?:$|\\/)";
      }
      const final2 = start2 + src + end;
      return [
        final2,
        unescape(src),
        this.#hasMagic = !!this.#hasMagic,
        this.#uflag
      ];
    }
    const repeated = this.type === "*" || this.type === "+";
    const start = this.type === "!" ? "(?:(?!(?:" : "(?:";
    let body = this.#partsToRegExp(dot);
    if (this.isStart() && this.isEnd() && !body && this.type !== "!") {
      const s = this.toString();
      const me = this;
      me.#parts = [s];
      me.type = null;
      me.#hasMagic = void 0;
      return [s, unescape(this.toString()), false, false];
    }
    let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ? "" : this.#partsToRegExp(true);
    if (bodyDotAllowed === body) {
      bodyDotAllowed = "";
    }
    if (bodyDotAllowed) {
      body = `(?:${body})(?:${bodyDotAllowed})*?`;
    }
    let final = "";
    if (this.type === "!" && this.#emptyExt) {
      final = (this.isStart() && !dot ? startNoDot : "") + starNoEmpty;
    } else {
      const close = this.type === "!" ? (
        // !() must match something,but !(x) can match ''
        "))" + (this.isStart() && !dot && !allowDot ? startNoDot : "") + star + ")"
      ) : this.type === "@" ? ")" : this.type === "?" ? ")?" : this.type === "+" && bodyDotAllowed ? ")" : this.type === "*" && bodyDotAllowed ? `)?` : `)${this.type}`;
      final = start + body + close;
    }
    return [
      final,
      unescape(body),
      this.#hasMagic = !!this.#hasMagic,
      this.#uflag
    ];
  }
  #flatten() {
    if (!isExtglobAST(this)) {
      for (const p of this.#parts) {
        if (typeof p === "object") {
          p.#flatten();
        }
      }
    } else {
      let iterations = 0;
      let done = false;
      do {
        done = true;
        for (let i = 0; i < this.#parts.length; i++) {
          const c = this.#parts[i];
          if (typeof c === "object") {
            c.#flatten();
            if (this.#canAdopt(c)) {
              done = false;
              this.#adopt(c, i);
            } else if (this.#canAdoptWithSpace(c)) {
              done = false;
              this.#adoptWithSpace(c, i);
            } else if (this.#canUsurp(c)) {
              done = false;
              this.#usurp(c);
            }
          }
        }
      } while (!done && ++iterations < 10);
    }
    this.#toString = void 0;
  }
  #partsToRegExp(dot) {
    return this.#parts.map((p) => {
      if (typeof p === "string") {
        throw new Error("string type in extglob ast??");
      }
      const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
      this.#uflag = this.#uflag || uflag;
      return re;
    }).filter((p) => !(this.isStart() && this.isEnd()) || !!p).join("|");
  }
  static #parseGlob(glob, hasMagic, noEmpty = false) {
    let escaping = false;
    let re = "";
    let uflag = false;
    let inStar = false;
    for (let i = 0; i < glob.length; i++) {
      const c = glob.charAt(i);
      if (escaping) {
        escaping = false;
        re += (reSpecials.has(c) ? "\\" : "") + c;
        continue;
      }
      if (c === "*") {
        if (inStar)
          continue;
        inStar = true;
        re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
        hasMagic = true;
        continue;
      } else {
        inStar = false;
      }
      if (c === "\\") {
        if (i === glob.length - 1) {
          re += "\\\\";
        } else {
          escaping = true;
        }
        continue;
      }
      if (c === "[") {
        const [src, needUflag, consumed, magic] = parseClass(glob, i);
        if (consumed) {
          re += src;
          uflag = uflag || needUflag;
          i += consumed - 1;
          hasMagic = hasMagic || magic;
          continue;
        }
      }
      if (c === "?") {
        re += qmark;
        hasMagic = true;
        continue;
      }
      re += regExpEscape(c);
    }
    return [re, unescape(glob), !!hasMagic, uflag];
  }
};
_a = AST;

// node_modules/@actions/glob/node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&");
  }
  return windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
};

// node_modules/@actions/glob/node_modules/minimatch/dist/esm/index.js
var minimatch = (p, pattern, options = {}) => {
  assertValidPattern(pattern);
  if (!options.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return new Minimatch(pattern, options).match(p);
};
var starDotExtRE = /^\*+([^+@!?*[(]*)$/;
var starDotExtTest = (ext2) => (f) => !f.startsWith(".") && f.endsWith(ext2);
var starDotExtTestDot = (ext2) => (f) => f.endsWith(ext2);
var starDotExtTestNocase = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => !f.startsWith(".") && f.toLowerCase().endsWith(ext2);
};
var starDotExtTestNocaseDot = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => f.toLowerCase().endsWith(ext2);
};
var starDotStarRE = /^\*+\.\*+$/;
var starDotStarTest = (f) => !f.startsWith(".") && f.includes(".");
var starDotStarTestDot = (f) => f !== "." && f !== ".." && f.includes(".");
var dotStarRE = /^\.\*+$/;
var dotStarTest = (f) => f !== "." && f !== ".." && f.startsWith(".");
var starRE = /^\*+$/;
var starTest = (f) => f.length !== 0 && !f.startsWith(".");
var starTestDot = (f) => f.length !== 0 && f !== "." && f !== "..";
var qmarksRE = /^\?+([^+@!?*[(]*)?$/;
var qmarksTestNocase = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestNocaseDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTest = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTestNoExt = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && !f.startsWith(".");
};
var qmarksTestNoExtDot = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && f !== "." && f !== "..";
};
var defaultPlatform = typeof process === "object" && process ? typeof process.env === "object" && process.env && process.env.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path5 = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep4 = defaultPlatform === "win32" ? path5.win32.sep : path5.posix.sep;
minimatch.sep = sep4;
var GLOBSTAR = Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var qmark2 = "[^/]";
var star2 = qmark2 + "*?";
var twoStarDot = "(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?";
var twoStarNoDot = "(?:(?!(?:\\/|^)\\.).)*?";
var filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    AST: class AST extends orig.AST {
      /* c8 ignore start */
      constructor(type, parent, options = {}) {
        super(type, parent, ext(def, options));
      }
      /* c8 ignore stop */
      static fromGlob(pattern, options = {}) {
        return orig.AST.fromGlob(pattern, ext(def, options));
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
var match2 = (list, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match2;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var regExpEscape2 = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  regexp;
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    const awe = "allowWindowsEscape";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[awe] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.regexp = null;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.make();
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  debug(..._) {
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.braceExpand())];
    if (options.debug) {
      this.debug = (...args) => console.error(...args);
    }
    this.debug(this.pattern, this.globSet);
    const rawGlobParts = this.globSet.map((s) => this.slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.debug(this.pattern, this.globParts);
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && !globMagic.test(s[3]);
        const isDrive = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, 4),
            ...s.slice(4).map((ss) => this.parse(ss))
          ];
        } else if (isDrive) {
          return [s[0], ...s.slice(1).map((ss) => this.parse(ss))];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.debug(this.pattern, set);
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && typeof p[3] === "string" && /^[a-z]:$/i.test(p[3])) {
          p[2] = "?";
        }
      }
    }
    this.debug(this.pattern, this.set);
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  levelTwoFileOptimize(parts) {
    if (!Array.isArray(parts)) {
      parts = this.slashSplit(parts);
    }
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      let dd = 0;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**" && !(this.isWindows && /^[a-z]:$/i.test(p))) {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd -= 2;
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        let dd = 0;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd -= 2;
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
  //
  // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
  // ^-- not valid because ** doens't follow symlinks
  secondPhasePreProcess(globParts) {
    for (let i = 0; i < globParts.length - 1; i++) {
      for (let j = i + 1; j < globParts.length; j++) {
        const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
        if (matched) {
          globParts[i] = [];
          globParts[j] = matched;
          break;
        }
      }
    }
    return globParts.filter((gs) => gs.length);
  }
  partsMatch(a, b, emptyGSMatch = false) {
    let ai = 0;
    let bi = 0;
    let result = [];
    let which2 = "";
    while (ai < a.length && bi < b.length) {
      if (a[ai] === b[bi]) {
        result.push(which2 === "b" ? b[bi] : a[ai]);
        ai++;
        bi++;
      } else if (emptyGSMatch && a[ai] === "**" && b[bi] === a[ai + 1]) {
        result.push(a[ai]);
        ai++;
      } else if (emptyGSMatch && b[bi] === "**" && a[ai] === b[bi + 1]) {
        result.push(b[bi]);
        bi++;
      } else if (a[ai] === "*" && b[bi] && (this.options.dot || !b[bi].startsWith(".")) && b[bi] !== "**") {
        if (which2 === "b")
          return false;
        which2 = "a";
        result.push(a[ai]);
        ai++;
        bi++;
      } else if (b[bi] === "*" && a[ai] && (this.options.dot || !a[ai].startsWith(".")) && a[ai] !== "**") {
        if (which2 === "a")
          return false;
        which2 = "b";
        result.push(b[bi]);
        ai++;
        bi++;
      } else {
        return false;
      }
    }
    return a.length === b.length && result;
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // set partial to true to test if, for example,
  // "/a/b" matches the start of "/*/b/*/d"
  // Partial means, if you run out of file before you run
  // out of pattern, then that's fine, as long as all
  // the parts match.
  matchOne(file, pattern, partial = false) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          pattern[pdi] = fd;
          patternStartIndex = pdi;
          fileStartIndex = fdi;
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      file = this.levelTwoFileOptimize(file);
    }
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const [head, body, tail] = partial ? [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1),
      []
    ] : [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1, lastgs),
      pattern.slice(lastgs + 1)
    ];
    if (head.length) {
      const fileHead = file.slice(fileIndex, fileIndex + head.length);
      if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i2 = fileIndex; i2 < file.length - fileTailMatch; i2++) {
        const f = String(file[i2]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    const bodySegments = [[[], 0]];
    let currentBody = bodySegments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        currentBody = [[], 0];
        bodySegments.push(currentBody);
      } else {
        currentBody[0].push(b);
        nonGsParts++;
      }
    }
    let i = bodySegments.length - 1;
    const fileLength = file.length - fileTailMatch;
    for (const b of bodySegments) {
      b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
    }
    return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      for (let i = fileIndex; i < file.length; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, after] = bs;
    while (fileIndex <= after) {
      const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
        if (sub !== false) {
          return sub;
        }
      }
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = file.length, pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      this.debug("matchOne loop");
      let p = pattern[pi];
      let f = file[fi];
      this.debug(pattern, p, f);
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      let hit;
      if (typeof p === "string") {
        hit = f === p;
        this.debug("string match", p, f, hit);
      } else {
        hit = p.test(f);
        this.debug("pattern match", p, f, hit);
      }
      if (!hit)
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    let m;
    let fastTest = null;
    if (m = pattern.match(starRE)) {
      fastTest = options.dot ? starTestDot : starTest;
    } else if (m = pattern.match(starDotExtRE)) {
      fastTest = (options.nocase ? options.dot ? starDotExtTestNocaseDot : starDotExtTestNocase : options.dot ? starDotExtTestDot : starDotExtTest)(m[1]);
    } else if (m = pattern.match(qmarksRE)) {
      fastTest = (options.nocase ? options.dot ? qmarksTestNocaseDot : qmarksTestNocase : options.dot ? qmarksTestDot : qmarksTest)(m);
    } else if (m = pattern.match(starDotStarRE)) {
      fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
    } else if (m = pattern.match(dotStarRE)) {
      fastTest = dotStarTest;
    }
    const re = AST.fromGlob(pattern, this.options).toMMPattern();
    if (fastTest && typeof re === "object") {
      Reflect.defineProperty(re, "test", { value: fastTest });
    }
    return re;
  }
  makeRe() {
    if (this.regexp || this.regexp === false)
      return this.regexp;
    const set = this.set;
    if (!set.length) {
      this.regexp = false;
      return this.regexp;
    }
    const options = this.options;
    const twoStar = options.noglobstar ? star2 : options.dot ? twoStarDot : twoStarNoDot;
    const flags = new Set(options.nocase ? ["i"] : []);
    let re = set.map((pattern) => {
      const pp = pattern.map((p) => {
        if (p instanceof RegExp) {
          for (const f of p.flags.split(""))
            flags.add(f);
        }
        return typeof p === "string" ? regExpEscape2(p) : p === GLOBSTAR ? GLOBSTAR : p._src;
      });
      pp.forEach((p, i) => {
        const next = pp[i + 1];
        const prev = pp[i - 1];
        if (p !== GLOBSTAR || prev === GLOBSTAR) {
          return;
        }
        if (prev === void 0) {
          if (next !== void 0 && next !== GLOBSTAR) {
            pp[i + 1] = "(?:\\/|" + twoStar + "\\/)?" + next;
          } else {
            pp[i] = twoStar;
          }
        } else if (next === void 0) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + ")?";
        } else if (next !== GLOBSTAR) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + "\\/)" + next;
          pp[i + 1] = GLOBSTAR;
        }
      });
      const filtered = pp.filter((p) => p !== GLOBSTAR);
      if (this.partial && filtered.length >= 1) {
        const prefixes = [];
        for (let i = 1; i <= filtered.length; i++) {
          prefixes.push(filtered.slice(0, i).join("/"));
        }
        return "(?:" + prefixes.join("|") + ")";
      }
      return filtered.join("/");
    }).join("|");
    const [open2, close] = set.length > 1 ? ["(?:", ")"] : ["", ""];
    re = "^" + open2 + re + close + "$";
    if (this.partial) {
      re = "^(?:\\/|" + open2 + re.slice(1, -1) + close + ")$";
    }
    if (this.negate)
      re = "^(?!" + re + ").+$";
    try {
      this.regexp = new RegExp(re, [...flags].join(""));
    } catch {
      this.regexp = false;
    }
    return this.regexp;
  }
  slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    this.debug("match", f, this.pattern);
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    if (this.isWindows) {
      f = f.split("\\").join("/");
    }
    const ff = this.slashSplit(f);
    this.debug(this.pattern, "split", ff);
    const set = this.set;
    this.debug(this.pattern, "set", set);
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (const pattern of set) {
      let file = ff;
      if (options.matchBase && pattern.length === 1) {
        file = [filename];
      }
      const hit = this.matchOne(file, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// node_modules/@actions/glob/lib/internal-path.js
var path6 = __toESM(require_path(), 1);
var import_assert3 = __toESM(require_assert(), 1);
var IS_WINDOWS5 = process.platform === "win32";
var Path = class {
  /**
   * Constructs a Path
   * @param itemPath Path or array of segments
   */
  constructor(itemPath) {
    this.segments = [];
    if (typeof itemPath === "string") {
      (0, import_assert3.default)(itemPath, `Parameter 'itemPath' must not be empty`);
      itemPath = safeTrimTrailingSeparator(itemPath);
      if (!hasRoot(itemPath)) {
        this.segments = itemPath.split(path6.sep);
      } else {
        let remaining = itemPath;
        let dir = dirname4(remaining);
        while (dir !== remaining) {
          const basename7 = path6.basename(remaining);
          this.segments.unshift(basename7);
          remaining = dir;
          dir = dirname4(remaining);
        }
        this.segments.unshift(remaining);
      }
    } else {
      (0, import_assert3.default)(itemPath.length > 0, `Parameter 'itemPath' must not be an empty array`);
      for (let i = 0; i < itemPath.length; i++) {
        let segment = itemPath[i];
        (0, import_assert3.default)(segment, `Parameter 'itemPath' must not contain any empty segments`);
        segment = normalizeSeparators2(itemPath[i]);
        if (i === 0 && hasRoot(segment)) {
          segment = safeTrimTrailingSeparator(segment);
          (0, import_assert3.default)(segment === dirname4(segment), `Parameter 'itemPath' root segment contains information for multiple segments`);
          this.segments.push(segment);
        } else {
          (0, import_assert3.default)(!segment.includes(path6.sep), `Parameter 'itemPath' contains unexpected path separators`);
          this.segments.push(segment);
        }
      }
    }
  }
  /**
   * Converts the path to it's string representation
   */
  toString() {
    let result = this.segments[0];
    let skipSlash = result.endsWith(path6.sep) || IS_WINDOWS5 && /^[A-Z]:$/i.test(result);
    for (let i = 1; i < this.segments.length; i++) {
      if (skipSlash) {
        skipSlash = false;
      } else {
        result += path6.sep;
      }
      result += this.segments[i];
    }
    return result;
  }
};

// node_modules/@actions/glob/lib/internal-pattern.js
var IS_WINDOWS6 = process.platform === "win32";
var Pattern = class _Pattern {
  constructor(patternOrNegate, isImplicitPattern = false, segments, homedir2) {
    this.negate = false;
    let pattern;
    if (typeof patternOrNegate === "string") {
      pattern = patternOrNegate.trim();
    } else {
      segments = segments || [];
      (0, import_assert4.default)(segments.length, `Parameter 'segments' must not empty`);
      const root = _Pattern.getLiteral(segments[0]);
      (0, import_assert4.default)(root && hasAbsoluteRoot(root), `Parameter 'segments' first element must be a root path`);
      pattern = new Path(segments).toString().trim();
      if (patternOrNegate) {
        pattern = `!${pattern}`;
      }
    }
    while (pattern.startsWith("!")) {
      this.negate = !this.negate;
      pattern = pattern.substr(1).trim();
    }
    pattern = _Pattern.fixupPattern(pattern, homedir2);
    this.segments = new Path(pattern).segments;
    this.trailingSeparator = normalizeSeparators2(pattern).endsWith(path7.sep);
    pattern = safeTrimTrailingSeparator(pattern);
    let foundGlob = false;
    const searchSegments = this.segments.map((x) => _Pattern.getLiteral(x)).filter((x) => !foundGlob && !(foundGlob = x === ""));
    this.searchPath = new Path(searchSegments).toString();
    this.rootRegExp = new RegExp(_Pattern.regExpEscape(searchSegments[0]), IS_WINDOWS6 ? "i" : "");
    this.isImplicitPattern = isImplicitPattern;
    const minimatchOptions = {
      dot: true,
      nobrace: true,
      nocase: IS_WINDOWS6,
      nocomment: true,
      noext: true,
      nonegate: true
    };
    pattern = IS_WINDOWS6 ? pattern.replace(/\\/g, "/") : pattern;
    this.minimatch = new Minimatch(pattern, minimatchOptions);
  }
  /**
   * Matches the pattern against the specified path
   */
  match(itemPath) {
    if (this.segments[this.segments.length - 1] === "**") {
      itemPath = normalizeSeparators2(itemPath);
      if (!itemPath.endsWith(path7.sep) && this.isImplicitPattern === false) {
        itemPath = `${itemPath}${path7.sep}`;
      }
    } else {
      itemPath = safeTrimTrailingSeparator(itemPath);
    }
    if (this.minimatch.match(itemPath)) {
      return this.trailingSeparator ? MatchKind.Directory : MatchKind.All;
    }
    return MatchKind.None;
  }
  /**
   * Indicates whether the pattern may match descendants of the specified path
   */
  partialMatch(itemPath) {
    itemPath = safeTrimTrailingSeparator(itemPath);
    if (dirname4(itemPath) === itemPath) {
      return this.rootRegExp.test(itemPath);
    }
    return this.minimatch.matchOne(itemPath.split(IS_WINDOWS6 ? /\\+/ : /\/+/), this.minimatch.set[0], true);
  }
  /**
   * Escapes glob patterns within a path
   */
  static globEscape(s) {
    return (IS_WINDOWS6 ? s : s.replace(/\\/g, "\\\\")).replace(/(\[)(?=[^/]+\])/g, "[[]").replace(/\?/g, "[?]").replace(/\*/g, "[*]");
  }
  /**
   * Normalizes slashes and ensures absolute root
   */
  static fixupPattern(pattern, homedir2) {
    (0, import_assert4.default)(pattern, "pattern cannot be empty");
    const literalSegments = new Path(pattern).segments.map((x) => _Pattern.getLiteral(x));
    (0, import_assert4.default)(literalSegments.every((x, i) => (x !== "." || i === 0) && x !== ".."), `Invalid pattern '${pattern}'. Relative pathing '.' and '..' is not allowed.`);
    (0, import_assert4.default)(!hasRoot(pattern) || literalSegments[0], `Invalid pattern '${pattern}'. Root segment must not contain globs.`);
    pattern = normalizeSeparators2(pattern);
    if (pattern === "." || pattern.startsWith(`.${path7.sep}`)) {
      pattern = _Pattern.globEscape(process.cwd()) + pattern.substr(1);
    } else if (pattern === "~" || pattern.startsWith(`~${path7.sep}`)) {
      homedir2 = homedir2 || os2.homedir();
      (0, import_assert4.default)(homedir2, "Unable to determine HOME directory");
      (0, import_assert4.default)(hasAbsoluteRoot(homedir2), `Expected HOME directory to be a rooted path. Actual '${homedir2}'`);
      pattern = _Pattern.globEscape(homedir2) + pattern.substr(1);
    } else if (IS_WINDOWS6 && (pattern.match(/^[A-Z]:$/i) || pattern.match(/^[A-Z]:[^\\]/i))) {
      let root = ensureAbsoluteRoot("C:\\dummy-root", pattern.substr(0, 2));
      if (pattern.length > 2 && !root.endsWith("\\")) {
        root += "\\";
      }
      pattern = _Pattern.globEscape(root) + pattern.substr(2);
    } else if (IS_WINDOWS6 && (pattern === "\\" || pattern.match(/^\\[^\\]/))) {
      let root = ensureAbsoluteRoot("C:\\dummy-root", "\\");
      if (!root.endsWith("\\")) {
        root += "\\";
      }
      pattern = _Pattern.globEscape(root) + pattern.substr(1);
    } else {
      pattern = ensureAbsoluteRoot(_Pattern.globEscape(process.cwd()), pattern);
    }
    return normalizeSeparators2(pattern);
  }
  /**
   * Attempts to unescape a pattern segment to create a literal path segment.
   * Otherwise returns empty string.
   */
  static getLiteral(segment) {
    let literal = "";
    for (let i = 0; i < segment.length; i++) {
      const c = segment[i];
      if (c === "\\" && !IS_WINDOWS6 && i + 1 < segment.length) {
        literal += segment[++i];
        continue;
      } else if (c === "*" || c === "?") {
        return "";
      } else if (c === "[" && i + 1 < segment.length) {
        let set = "";
        let closed = -1;
        for (let i2 = i + 1; i2 < segment.length; i2++) {
          const c2 = segment[i2];
          if (c2 === "\\" && !IS_WINDOWS6 && i2 + 1 < segment.length) {
            set += segment[++i2];
            continue;
          } else if (c2 === "]") {
            closed = i2;
            break;
          } else {
            set += c2;
          }
        }
        if (closed >= 0) {
          if (set.length > 1) {
            return "";
          }
          if (set) {
            literal += set;
            i = closed;
            continue;
          }
        }
      }
      literal += c;
    }
    return literal;
  }
  /**
   * Escapes regexp special characters
   * https://javascript.info/regexp-escaping
   */
  static regExpEscape(s) {
    return s.replace(/[[\\^$.|?*+()]/g, "\\$&");
  }
};

// node_modules/@actions/glob/lib/internal-search-state.js
var SearchState = class {
  constructor(path10, level) {
    this.path = path10;
    this.level = level;
  }
};

// node_modules/@actions/glob/lib/internal-globber.js
var __awaiter5 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve5) {
      resolve5(value);
    });
  }
  return new (P || (P = Promise))(function(resolve5, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve5(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var __asyncValues = function(o) {
  if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
  var m = o[Symbol.asyncIterator], i;
  return m ? m.call(o) : (o = typeof __values === "function" ? __values(o) : o[Symbol.iterator](), i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function() {
    return this;
  }, i);
  function verb(n) {
    i[n] = o[n] && function(v) {
      return new Promise(function(resolve5, reject) {
        v = o[n](v), settle(resolve5, reject, v.done, v.value);
      });
    };
  }
  function settle(resolve5, reject, d, v) {
    Promise.resolve(v).then(function(v2) {
      resolve5({ value: v2, done: d });
    }, reject);
  }
};
var __await = function(v) {
  return this instanceof __await ? (this.v = v, this) : new __await(v);
};
var __asyncGenerator = function(thisArg, _arguments, generator) {
  if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
  var g = generator.apply(thisArg, _arguments || []), i, q = [];
  return i = Object.create((typeof AsyncIterator === "function" ? AsyncIterator : Object).prototype), verb("next"), verb("throw"), verb("return", awaitReturn), i[Symbol.asyncIterator] = function() {
    return this;
  }, i;
  function awaitReturn(f) {
    return function(v) {
      return Promise.resolve(v).then(f, reject);
    };
  }
  function verb(n, f) {
    if (g[n]) {
      i[n] = function(v) {
        return new Promise(function(a, b) {
          q.push([n, v, a, b]) > 1 || resume(n, v);
        });
      };
      if (f) i[n] = f(i[n]);
    }
  }
  function resume(n, v) {
    try {
      step(g[n](v));
    } catch (e) {
      settle(q[0][3], e);
    }
  }
  function step(r) {
    r.value instanceof __await ? Promise.resolve(r.value.v).then(fulfill, reject) : settle(q[0][2], r);
  }
  function fulfill(value) {
    resume("next", value);
  }
  function reject(value) {
    resume("throw", value);
  }
  function settle(f, v) {
    if (f(v), q.shift(), q.length) resume(q[0][0], q[0][1]);
  }
};
var IS_WINDOWS7 = process.platform === "win32";
var DefaultGlobber = class _DefaultGlobber {
  constructor(options) {
    this.patterns = [];
    this.searchPaths = [];
    this.options = getOptions(options);
  }
  getSearchPaths() {
    return this.searchPaths.slice();
  }
  glob() {
    return __awaiter5(this, void 0, void 0, function* () {
      var _a2, e_1, _b, _c;
      const result = [];
      try {
        for (var _d = true, _e = __asyncValues(this.globGenerator()), _f; _f = yield _e.next(), _a2 = _f.done, !_a2; _d = true) {
          _c = _f.value;
          _d = false;
          const itemPath = _c;
          result.push(itemPath);
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          if (!_d && !_a2 && (_b = _e.return)) yield _b.call(_e);
        } finally {
          if (e_1) throw e_1.error;
        }
      }
      return result;
    });
  }
  globGenerator() {
    return __asyncGenerator(this, arguments, function* globGenerator_1() {
      const options = getOptions(this.options);
      const patterns = [];
      for (const pattern of this.patterns) {
        patterns.push(pattern);
        if (options.implicitDescendants && (pattern.trailingSeparator || pattern.segments[pattern.segments.length - 1] !== "**")) {
          patterns.push(new Pattern(pattern.negate, true, pattern.segments.concat("**")));
        }
      }
      const stack = [];
      for (const searchPath of getSearchPaths(patterns)) {
        debug(`Search path '${searchPath}'`);
        try {
          yield __await(fs2.promises.lstat(searchPath));
        } catch (err) {
          if (err.code === "ENOENT") {
            continue;
          }
          throw err;
        }
        stack.unshift(new SearchState(searchPath, 1));
      }
      const traversalChain = [];
      while (stack.length) {
        const item = stack.pop();
        const match3 = match(patterns, item.path);
        const partialMatch2 = !!match3 || partialMatch(patterns, item.path);
        if (!match3 && !partialMatch2) {
          continue;
        }
        const stats = yield __await(
          _DefaultGlobber.stat(item, options, traversalChain)
          // Broken symlink, or symlink cycle detected, or no longer exists
        );
        if (!stats) {
          continue;
        }
        if (options.excludeHiddenFiles && path8.basename(item.path).match(/^\./)) {
          continue;
        }
        if (stats.isDirectory()) {
          if (match3 & MatchKind.Directory && options.matchDirectories) {
            yield yield __await(item.path);
          } else if (!partialMatch2) {
            continue;
          }
          const childLevel = item.level + 1;
          const childItems = (yield __await(fs2.promises.readdir(item.path))).map((x) => new SearchState(path8.join(item.path, x), childLevel));
          stack.push(...childItems.reverse());
        } else if (match3 & MatchKind.File) {
          yield yield __await(item.path);
        }
      }
    });
  }
  /**
   * Constructs a DefaultGlobber
   */
  static create(patterns, options) {
    return __awaiter5(this, void 0, void 0, function* () {
      const result = new _DefaultGlobber(options);
      if (IS_WINDOWS7) {
        patterns = patterns.replace(/\r\n/g, "\n");
        patterns = patterns.replace(/\r/g, "\n");
      }
      const lines = patterns.split("\n").map((x) => x.trim());
      for (const line of lines) {
        if (!line || line.startsWith("#")) {
          continue;
        } else {
          result.patterns.push(new Pattern(line));
        }
      }
      result.searchPaths.push(...getSearchPaths(result.patterns));
      return result;
    });
  }
  static stat(item, options, traversalChain) {
    return __awaiter5(this, void 0, void 0, function* () {
      let stats;
      if (options.followSymbolicLinks) {
        try {
          stats = yield fs2.promises.stat(item.path);
        } catch (err) {
          if (err.code === "ENOENT") {
            if (options.omitBrokenSymbolicLinks) {
              debug(`Broken symlink '${item.path}'`);
              return void 0;
            }
            throw new Error(`No information found for the path '${item.path}'. This may indicate a broken symbolic link.`);
          }
          throw err;
        }
      } else {
        stats = yield fs2.promises.lstat(item.path);
      }
      if (stats.isDirectory() && options.followSymbolicLinks) {
        const realPath = yield fs2.promises.realpath(item.path);
        while (traversalChain.length >= item.level) {
          traversalChain.pop();
        }
        if (traversalChain.some((x) => x === realPath)) {
          debug(`Symlink cycle detected for path '${item.path}' and realpath '${realPath}'`);
          return void 0;
        }
        traversalChain.push(realPath);
      }
      return stats;
    });
  }
};

// node_modules/@actions/glob/lib/internal-hash-files.js
var crypto = __toESM(require_crypto(), 1);
var fs3 = __toESM(require_fs(), 1);
var stream = __toESM(require_stream(), 1);
var util = __toESM(require_util(), 1);
var path9 = __toESM(require_path(), 1);

// node_modules/@actions/glob/lib/glob.js
var __awaiter6 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve5) {
      resolve5(value);
    });
  }
  return new (P || (P = Promise))(function(resolve5, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve5(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function create(patterns, options) {
  return __awaiter6(this, void 0, void 0, function* () {
    return yield DefaultGlobber.create(patterns, options);
  });
}

// lib/gates/sizes.js
var import_promises = __toESM(require_promises(), 1);
var import_node_path4 = __toESM(require_node_path(), 1);
function isSizeReport(value) {
  if (!value || typeof value !== "object")
    return false;
  const files = value.files;
  return !!files && typeof files === "object" && Object.values(files).every((bytes) => typeof bytes === "number");
}
async function measureSizes(budgets, cwd, root, base) {
  const sizes = [];
  const unmatched = [];
  for (const budget of budgets) {
    const pattern = (0, import_node_path4.isAbsolute)(budget.glob) ? budget.glob : (0, import_node_path4.join)(cwd, budget.glob);
    const globber = await create(pattern, { matchDirectories: false, implicitDescendants: false });
    const files = (await globber.glob()).sort();
    if (files.length === 0)
      unmatched.push(budget.glob);
    for (const path10 of files) {
      const file = (0, import_node_path4.relative)(root, path10).split(import_node_path4.sep).join("/");
      const bytes = (await (0, import_promises.stat)(path10)).size;
      const baseBytes = base?.files[file];
      sizes.push({ file, bytes, budget, ...baseBytes !== void 0 ? { baseBytes } : {} });
    }
  }
  return { sizes, unmatched };
}

// lib/gates/gate.js
var PRESETS = ["audit", "format", "size"];
var AUDIT_LEVELS = ["low", "moderate", "high", "critical"];
function packageManager(cwd) {
  if ((0, import_node_fs2.existsSync)((0, import_node_path5.resolve)(cwd, "pnpm-lock.yaml")))
    return "pnpm";
  if ((0, import_node_fs2.existsSync)((0, import_node_path5.resolve)(cwd, "yarn.lock")))
    return "yarn";
  if ((0, import_node_fs2.existsSync)((0, import_node_path5.resolve)(cwd, "package-lock.json")) || (0, import_node_fs2.existsSync)((0, import_node_path5.resolve)(cwd, "npm-shrinkwrap.json")))
    return "npm";
  return void 0;
}
function presetPlan(preset, options) {
  if (preset === "size") {
    if (options.sizeBudgets.length === 0)
      throw new ConfigurationError("input 'size-budget': the size preset needs budgets such as dist/**/*.js=250kB");
    return { name: "size", run: options.run, format: void 0, reportingExitCodes: [0] };
  }
  if (preset === "format")
    return {
      name: "format",
      run: options.run ?? "npx --no-install prettier --check .",
      format: "prettier",
      // prettier --check exits 1 when files are unformatted, 2 when it failed to run.
      reportingExitCodes: [0, 1]
    };
  const manager = packageManager(options.cwd);
  const audit = { npm: "npm audit --json", pnpm: "pnpm audit --json" };
  const line = options.run ?? (manager ? audit[manager] : void 0);
  if (!line)
    throw new ConfigurationError(manager === "yarn" ? "input 'preset': audit reads npm and pnpm audit reports; for yarn set run to a command printing npm audit JSON" : `input 'working-directory': the audit preset needs a package-lock.json or pnpm-lock.yaml in ${options.cwd}`);
  return { name: "audit", run: line, format: "npm-audit", reportingExitCodes: [0, 1] };
}
async function readInput(path10, input2, after) {
  try {
    return await (0, import_promises2.readFile)(path10, "utf8");
  } catch (error) {
    const code = error.code;
    throw new ReportedFailure(code === "ENOENT" ? `input '${input2}': no file at ${path10}${after}` : `input '${input2}': cannot read ${path10}: ${errorMessage(error)}`);
  }
}
var EMPTY_REPORT = (format) => ({ format, problems: [], tests: [] });
async function runGate(options) {
  const plan = options.preset ? presetPlan(options.preset, options) : { name: options.name, run: options.run, format: void 0, reportingExitCodes: [0] };
  const name = options.preset && options.name === "gate" ? plan.name : options.name;
  if (!plan.run && !options.report && options.sizeBudgets.length === 0)
    throw new ConfigurationError("input 'run': expected a command (or a preset, a report, or size-budget)");
  if (plan.run)
    await checkCommand(plan.run, options.shell, options.cwd);
  const format = options.reportFormat !== "auto" ? options.reportFormat : plan.format ?? "auto";
  const consoleFormat = !options.report && format !== "auto" && format !== "coverage-summary";
  const annotatedByMatchers = !!plan.run && !options.report && (format === "auto" || format === "tsc");
  let command;
  if (plan.run) {
    const line = plan.run;
    command = await options.logger.group(`${name}: ${line}`, () => runCommand(line, { shell: options.shell, cwd: options.cwd, clock: options.clock }));
  }
  const exitNote = command ? ` after the command (it exited with ${command.exitCode})` : "";
  let report = EMPTY_REPORT(format === "auto" ? "eslint-json" : format);
  if (options.report) {
    const path10 = (0, import_node_path5.resolve)(options.cwd, options.report);
    const text = await readInput(path10, "report", exitNote);
    const detected = format === "auto" ? detectFormat(text, (0, import_node_path5.basename)(path10)) : format;
    if (!detected)
      throw new ConfigurationError(`input 'report-format': cannot tell the format of ${options.report}; set report-format (eslint-json, junit-xml, vitest-json, jest-json, coverage-summary, tsc, prettier or npm-audit)`);
    report = parseReport(text, detected, { root: options.root, cwd: options.cwd });
  } else if (consoleFormat && command) {
    report = parseReport(`${command.stdout}
${command.stderr}`, format, {
      root: options.root,
      cwd: options.cwd
    });
  }
  if (options.preset === "audit")
    report = auditProblems(report, options.auditLevel);
  if (options.coverageReport) {
    const path10 = (0, import_node_path5.resolve)(options.cwd, options.coverageReport);
    const coverage = parseReport(await readInput(path10, "coverage-report", exitNote), "coverage-summary", {
      root: options.root,
      cwd: options.cwd
    }).coverage;
    report = { ...report, ...coverage ? { coverage } : {} };
  }
  let base = {};
  if (options.baseReport)
    base = await readBase((0, import_node_path5.resolve)(options.cwd, options.baseReport), options);
  const { sizes, unmatched } = options.sizeBudgets.length > 0 ? await measureSizes(options.sizeBudgets, options.cwd, options.root, base.sizes) : { sizes: [], unmatched: [] };
  for (const glob of unmatched)
    report.problems.push({ severity: "warning", message: `size-budget '${glob}' matched no file` });
  const errors = report.problems.filter((problem) => problem.severity === "error").length;
  const warnings = report.problems.filter((problem) => problem.severity === "warning").length;
  const tests = {
    passed: report.tests.filter((test) => test.status === "passed").length,
    failed: report.tests.filter((test) => test.status === "failed").length,
    skipped: report.tests.filter((test) => test.status === "skipped").length
  };
  const failures = [];
  if (command && !plan.reportingExitCodes.includes(command.exitCode))
    failures.push(`the command exited with ${command.exitCode}`);
  else if (command && command.exitCode !== 0 && report.problems.length === 0 && report.tests.length === 0)
    failures.push(`the command exited with ${command.exitCode} but reported no problem (did it run?)`);
  const overWarnings = options.maxWarnings >= 0 && warnings > options.maxWarnings;
  if (errors > 0 || overWarnings)
    failures.push(`${plural(errors, "error")}, ${plural(warnings, "warning")}${options.maxWarnings >= 0 ? ` (max ${options.maxWarnings})` : ""}`);
  if (tests.failed > 0)
    failures.push(`${tests.failed} of ${report.tests.length} tests failed`);
  for (const [metric, minimum] of Object.entries(options.coverageThreshold)) {
    const measured = report.coverage?.[metric];
    if (!measured)
      failures.push(`no ${metric} coverage to compare with ${minimum}% (coverage-threshold needs a coverage-summary report)`);
    else if (measured.pct < minimum)
      failures.push(`coverage ${metric} ${measured.pct}% < ${minimum}%`);
  }
  const over = sizes.filter((size) => size.bytes > size.budget.bytes);
  if (over.length > 0)
    failures.push(`${plural(over.length, "file")} over budget (${over.slice(0, 3).map((size) => `${size.file} ${formatBytes(size.bytes)} > ${size.budget.written}`).join(", ")}${over.length > 3 ? ` and ${over.length - 3} more` : ""})`);
  return {
    name,
    passed: failures.length === 0,
    failures,
    ...command && plan.run ? { command: { line: plan.run, exitCode: command.exitCode } } : {},
    durationMs: command?.durationMs ?? 0,
    report,
    errors,
    warnings,
    tests,
    ...base.coverage ? { baseCoverage: base.coverage } : {},
    coverageThreshold: options.coverageThreshold,
    sizes,
    annotatedByMatchers,
    maxWarnings: options.maxWarnings
  };
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
async function readBase(path10, options) {
  const text = await readInput(path10, "base-report", "");
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ReportedFailure(`input 'base-report': expected JSON (a gate result file or coverage-summary.json), got unparsable text in ${path10}`);
  }
  const own = value;
  if (isSizeReport(value) || own && typeof own === "object" && "coverage" in own)
    return {
      ...isSizeReport(value) ? { sizes: value } : {},
      ...own.coverage ? { coverage: own.coverage } : {}
    };
  const coverage = parseReport(text, "coverage-summary", { root: options.root, cwd: options.cwd }).coverage;
  return coverage ? { coverage } : {};
}
function gateResultFile(result) {
  const files = {};
  for (const size of result.sizes)
    files[size.file] = size.bytes;
  return `${JSON.stringify({
    name: result.name,
    passed: result.passed,
    ...result.report.coverage ? { coverage: result.report.coverage } : {},
    files
  }, null, 2)}
`;
}

// lib/gates/matchers.js
var TSC = {
  owner: "tsc",
  pattern: [
    {
      regexp: "^([^\\s(][^(]*)\\((\\d+),(\\d+)\\):\\s+(error|warning)\\s+(TS\\d+):\\s*(.*)$",
      file: 1,
      line: 2,
      column: 3,
      severity: 4,
      code: 5,
      message: 6
    }
  ]
};
var ESLINT_STYLISH = {
  owner: "eslint-stylish",
  pattern: [
    { regexp: "^\\s*([^\\s].*\\.[A-Za-z0-9]+)$", file: 1 },
    {
      regexp: "^\\s+(\\d+):(\\d+)\\s+(error|warning)\\s+(.+?)\\s{2,}(\\S+)$",
      line: 1,
      column: 2,
      severity: 3,
      message: 4,
      code: 5,
      loop: true
    }
  ]
};
var PROBLEM_MATCHERS = {
  "tsc.json": `${JSON.stringify({ problemMatcher: [TSC] }, null, 2)}
`,
  "eslint-stylish.json": `${JSON.stringify({ problemMatcher: [ESLINT_STYLISH] }, null, 2)}
`
};

// lib/gates/summary.js
var MAX_ROWS = 50;
function gateAnnotations(result) {
  const annotations = [];
  if (!result.annotatedByMatchers)
    for (const problem of result.report.problems)
      annotations.push({
        kind: problem.severity,
        message: problem.url ? `${problem.message} (${problem.url})` : problem.message,
        title: `${result.name}${problem.rule ? `: ${problem.rule}` : ""}`,
        ...placement(problem)
      });
  for (const test of result.report.tests.filter((item) => item.status === "failed"))
    annotations.push({
      kind: "error",
      message: test.message ?? "failed",
      title: `${result.name}: ${test.name}`,
      ...test.file ? { file: test.file } : {},
      ...test.file && test.line !== void 0 ? { line: test.line } : {}
    });
  for (const size of result.sizes.filter((item) => item.bytes > item.budget.bytes))
    annotations.push({
      kind: "error",
      message: `${formatBytes(size.bytes)} is over its budget of ${size.budget.written} (${size.budget.glob})`,
      title: `${result.name}: size budget`,
      file: size.file
    });
  return annotations;
}
function placement(problem) {
  if (!problem.file)
    return {};
  return {
    file: problem.file,
    ...problem.line !== void 0 ? { line: problem.line } : {},
    ...problem.column !== void 0 ? { column: problem.column } : {},
    ...problem.endLine !== void 0 ? { endLine: problem.endLine } : {},
    ...problem.endColumn !== void 0 ? { endColumn: problem.endColumn } : {}
  };
}
function failureLine(result) {
  return `${result.name}: ${result.failures.join("; ")}`;
}
function delta(now, base, unit) {
  if (base === void 0)
    return "";
  const change = now - base;
  return change === 0 ? "\xB10" : `${change > 0 ? "+" : "\u2212"}${unit(Math.abs(change))}`;
}
function limitRows(items2) {
  return items2.length > MAX_ROWS ? { shown: items2.slice(0, MAX_ROWS), more: `

\u2026and ${items2.length - MAX_ROWS} more.` } : { shown: items2, more: "" };
}
function gateMarkdown(result) {
  const parts = [];
  parts.push(`### ${result.passed ? "\u2705" : "\u274C"} ${result.name} ${result.passed ? "passed" : `failed: ${result.failures.join("; ")}`}`);
  const lines = result.report.coverage?.lines;
  const testCount = result.report.tests.length;
  parts.push(markdownTable(["gate", "result", "errors", "warnings", "tests", "coverage (lines)", "duration"], [
    [
      result.name,
      result.passed ? "\u2705 passed" : "\u274C failed",
      String(result.errors),
      result.maxWarnings >= 0 ? `${result.warnings} (max ${result.maxWarnings})` : String(result.warnings),
      testCount > 0 ? `${result.tests.passed} passed, ${result.tests.failed} failed, ${result.tests.skipped} skipped` : "",
      lines ? `${lines.pct}%` : "",
      result.command ? formatDuration(result.durationMs) : ""
    ]
  ]));
  if (result.command && result.command.exitCode !== 0)
    parts.push(`The command ${codeSpanText(result.command.line)} exited with ${result.command.exitCode}.`);
  const problems = [...result.report.problems].sort((a, b) => rank2(a.severity) - rank2(b.severity));
  if (problems.length > 0) {
    const { shown, more } = limitRows(problems);
    parts.push(`**Problems** (${problems.length})

${markdownTable(["where", "severity", "rule", "message"], shown.map((problem) => [
      problem.file ? codeSpan(`${problem.file}${problem.line !== void 0 ? `:${problem.line}` : ""}${problem.column !== void 0 ? `:${problem.column}` : ""}`) : "",
      problem.severity,
      problem.rule ? codeSpan(problem.rule) : "",
      problem.url ? `${problem.message} (${problem.url})` : problem.message
    ]))}${more}`);
  }
  const failed = result.report.tests.filter((test) => test.status === "failed");
  if (failed.length > 0) {
    const { shown, more } = limitRows(failed);
    parts.push(`**Failed tests** (${failed.length})

${markdownTable(["test", "where", "message"], shown.map((test) => [
      test.name,
      test.file ? codeSpan(`${test.file}${test.line !== void 0 ? `:${test.line}` : ""}`) : "",
      (test.message ?? "").split("\n").slice(0, 3).join(" ")
    ]))}${more}`);
  }
  const coverage = result.report.coverage;
  if (coverage) {
    const rows = [];
    for (const metric of COVERAGE_METRICS) {
      const measured = coverage[metric];
      if (!measured)
        continue;
      const minimum = result.coverageThreshold[metric];
      const base = result.baseCoverage?.[metric]?.pct;
      rows.push([
        metric,
        `${measured.pct}% (${measured.covered}/${measured.total})`,
        minimum === void 0 ? "" : `${measured.pct >= minimum ? "\u2705" : "\u274C"} ${minimum}%`,
        base === void 0 ? "" : `${base}%`,
        delta(measured.pct, base, (value) => `${Number(value.toFixed(2))} pp`)
      ]);
    }
    parts.push(`**Coverage**

${markdownTable(["metric", "coverage", "threshold", "base", "change"], rows)}`);
  }
  if (result.sizes.length > 0) {
    const { shown, more } = limitRows(result.sizes);
    parts.push(`**Sizes**

${markdownTable(["file", "size", "budget", "base", "change"], shown.map((size) => [
      codeSpan(size.file),
      formatBytes(size.bytes),
      `${size.bytes <= size.budget.bytes ? "\u2705" : "\u274C"} ${size.budget.written}`,
      size.baseBytes === void 0 ? "" : formatBytes(size.baseBytes),
      delta(size.bytes, size.baseBytes, formatBytes)
    ]))}${more}`);
  }
  const timed = result.report.tests.filter((test) => test.durationMs !== void 0);
  if (timed.length > 0) {
    const slowest = [...timed].sort((a, b) => (b.durationMs ?? 0) - (a.durationMs ?? 0)).slice(0, 10);
    parts.push(`**Slowest tests**

${markdownTable(["test", "duration"], slowest.map((test) => [test.name, formatDuration(test.durationMs ?? 0)]))}`);
  }
  return parts.join("\n\n");
}
function rank2(severity) {
  return severity === "error" ? 0 : severity === "warning" ? 1 : 2;
}
function codeSpanText(text) {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match3) => match3[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${text.startsWith("`") || text.endsWith("`") ? ` ${text} ` : text}${fence}`;
}

// lib/actions/gate.inputs.js
var gateSpec = defineAction({
  name: "gate",
  inputs: {
    name: input.string({
      description: `The gate's label in logs, the summary and the failure line (lint, typecheck, test, build, or any label). Defaults to the preset's name, else "gate".`
    }),
    run: input.string({
      description: "The command. Parsed into argv and run without a shell (quotes and backslashes as in a POSIX shell; no pipes, globs or variables) unless `shell` is true. Optional with a preset, with `report` alone (a report an earlier step wrote) or with only `size-budget`."
    }),
    shell: input.boolean({
      description: "Run `run` through bash (sh on macOS/Linux without bash, cmd on Windows) instead of parsing it into argv.",
      default: "false"
    }),
    preset: input.choice(PRESETS, {
      description: "A ready-made gate: audit (npm/pnpm audit, findings at or above audit-level), format (prettier --check, one annotation per unformatted file) or size (size-budget over a build output directory). Fills in name, run and report-format."
    }),
    "working-directory": input.string({
      description: "Directory the command runs in, relative to the workspace.",
      default: "."
    }),
    report: input.string({
      description: "Path of the machine-readable report the command writes (relative to working-directory). Without it, eslint and tsc problems are still annotated from the console through problem matchers."
    }),
    "report-format": input.choice(["auto", ...REPORT_FORMATS], {
      description: "Format of `report` (or of the console output): auto (from the file name and content), eslint-json, junit-xml, vitest-json, jest-json, coverage-summary, tsc, prettier or npm-audit.",
      default: "auto"
    }),
    "max-warnings": input.number({
      description: "Warnings allowed before the gate fails; -1 for no limit.",
      default: "-1",
      integer: true,
      min: -1
    }),
    "coverage-threshold": input.string({
      description: "Minimum coverage per metric in percent, e.g. lines=80,branches=70 (metrics lines, statements, functions, branches). Needs a coverage-summary report."
    }),
    "coverage-report": input.string({
      description: "Path of an istanbul coverage-summary.json (relative to working-directory) when `report` holds the test results."
    }),
    "size-budget": input.string({
      description: "Byte budgets per glob, comma- or newline-separated, e.g. dist/**/*.js=250kB (B, kB = 1000 B, KiB = 1024 B, MB, MiB). Each file matching a glob must fit its budget; relative to working-directory."
    }),
    "base-report": input.string({
      description: "The same gate's result file (its `result-file` output) or an istanbul coverage-summary.json from the base branch, for coverage and size deltas in the summary."
    }),
    "audit-level": input.choice(AUDIT_LEVELS, {
      description: "The audit preset's threshold: low, moderate, high or critical.",
      default: "moderate"
    }),
    annotate: input.boolean({
      description: "Annotate problems and failed tests at file:line (10 per type, as GitHub shows per step; the rest are in the summary).",
      default: "true"
    })
  },
  outputs: {
    passed: "'true' when the gate passed, else 'false'.",
    errors: "Problems of severity error (lint and type errors, audit findings at or above the level, unformatted files).",
    warnings: "Problems of severity warning.",
    "tests-passed": "Passed test cases (test reports only).",
    "tests-failed": "Failed test cases (test reports only).",
    "tests-skipped": "Skipped test cases (test reports only).",
    "coverage-lines": "Line coverage in percent, when a coverage report was read.",
    "duration-ms": "How long the command ran, in ms.",
    "result-file": "Path of a JSON file with this gate's coverage and sizes: upload it from the base branch and pass it as base-report."
  }
});

// lib/actions/gate.js
async function run() {
  await runActionBody(gateSpec, async (inputs, ctx) => {
    const root = (0, import_node_path6.resolve)(ctx.env.GITHUB_WORKSPACE || process.cwd());
    const cwd = (0, import_node_path6.resolve)(root, inputs["working-directory"]);
    const coverageThreshold = parseCoverageThreshold(inputs["coverage-threshold"] ?? "");
    const sizeBudgets = parseSizeBudgets(inputs["size-budget"] ?? "");
    const run2 = inputs.run?.trim() || void 0;
    if (!inputs.preset && !run2 && !inputs.report?.trim() && sizeBudgets.length === 0)
      throw new ConfigurationError("input 'run': expected a command (or a preset, a report, or size-budget)");
    const annotatedFromConsole = !inputs.report && ["auto", "tsc"].includes(inputs["report-format"]);
    const temp = ctx.env.RUNNER_TEMP || (0, import_node_os.tmpdir)();
    if (inputs.annotate && annotatedFromConsole && run2 && !inputs.preset) {
      const folder = await (0, import_promises3.mkdtemp)((0, import_node_path6.join)(temp, "greenlight-matchers-"));
      for (const [file, json] of Object.entries(PROBLEM_MATCHERS)) {
        await (0, import_promises3.writeFile)((0, import_node_path6.join)(folder, file), json);
        ctx.logger.info(`::add-matcher::${(0, import_node_path6.join)(folder, file)}`);
      }
    }
    const result = await runGate({
      name: inputs.name?.trim() || "gate",
      run: run2,
      shell: inputs.shell,
      preset: inputs.preset,
      cwd,
      root,
      report: inputs.report?.trim() || void 0,
      reportFormat: inputs["report-format"],
      maxWarnings: inputs["max-warnings"],
      coverageThreshold,
      coverageReport: inputs["coverage-report"]?.trim() || void 0,
      sizeBudgets,
      baseReport: inputs["base-report"]?.trim() || void 0,
      auditLevel: inputs["audit-level"],
      clock: systemClock,
      logger: ctx.logger
    });
    ctx.setOutput("passed", result.passed);
    ctx.setOutput("errors", result.errors);
    ctx.setOutput("warnings", result.warnings);
    ctx.setOutput("tests-passed", result.tests.passed);
    ctx.setOutput("tests-failed", result.tests.failed);
    ctx.setOutput("tests-skipped", result.tests.skipped);
    ctx.setOutput("coverage-lines", result.report.coverage?.lines?.pct ?? "");
    ctx.setOutput("duration-ms", Math.round(result.durationMs));
    const resultFile = (0, import_node_path6.join)(temp, `greenlight-gate-${(0, import_node_crypto.randomUUID)()}.json`);
    await (0, import_promises3.writeFile)(resultFile, gateResultFile(result));
    ctx.setOutput("result-file", resultFile);
    ctx.summary(gateMarkdown(result));
    if (inputs.annotate) {
      const annotations = gateAnnotations(result);
      for (const kind of ["error", "warning", "notice"])
        ctx.annotate(kind, annotations.filter((annotation) => annotation.kind === kind));
    }
    if (!result.passed)
      throw new ReportedFailure(failureLine(result));
    ctx.logger.info(`${result.name} passed`);
  });
}
export {
  run
};
