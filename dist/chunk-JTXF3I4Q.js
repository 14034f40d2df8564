import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  runHealthCheck
} from "./chunk-RTJV3R3G.js";
import {
  require_node_util
} from "./chunk-2NKKUOZP.js";
import {
  parseChecks
} from "./chunk-DPEQO4DT.js";
import {
  pLimit
} from "./chunk-4SUBSKSH.js";
import {
  formatDuration
} from "./chunk-BB4YEEFY.js";
import {
  require_node_crypto
} from "./chunk-RIBDMVJD.js";
import {
  writeOnce
} from "./chunk-BGYQRYCX.js";
import {
  GitHubError
} from "./chunk-PQDK4F2P.js";
import {
  require_ajv
} from "./chunk-V24XHRWZ.js";
import {
  require_promises
} from "./chunk-QNM66WSQ.js";
import {
  ConfigurationError,
  errorMessage
} from "./chunk-4KYU7GAX.js";
import {
  require_node_path
} from "./chunk-G7PDO2DP.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-TTC2ININ.js";

// node_modules/object-hash/index.js
var require_object_hash = __commonJS({
  "node_modules/object-hash/index.js"(exports, module) {
    "use strict";
    var crypto = __require("crypto");
    exports = module.exports = objectHash;
    function objectHash(object, options) {
      options = applyDefaults(object, options);
      return hash(object, options);
    }
    exports.sha1 = function(object) {
      return objectHash(object);
    };
    exports.keys = function(object) {
      return objectHash(object, { excludeValues: true, algorithm: "sha1", encoding: "hex" });
    };
    exports.MD5 = function(object) {
      return objectHash(object, { algorithm: "md5", encoding: "hex" });
    };
    exports.keysMD5 = function(object) {
      return objectHash(object, { algorithm: "md5", encoding: "hex", excludeValues: true });
    };
    var hashes = crypto.getHashes ? crypto.getHashes().slice() : ["sha1", "md5"];
    hashes.push("passthrough");
    var encodings = ["buffer", "hex", "binary", "base64"];
    function applyDefaults(object, sourceOptions) {
      sourceOptions = sourceOptions || {};
      var options = {};
      options.algorithm = sourceOptions.algorithm || "sha1";
      options.encoding = sourceOptions.encoding || "hex";
      options.excludeValues = sourceOptions.excludeValues ? true : false;
      options.algorithm = options.algorithm.toLowerCase();
      options.encoding = options.encoding.toLowerCase();
      options.ignoreUnknown = sourceOptions.ignoreUnknown !== true ? false : true;
      options.respectType = sourceOptions.respectType === false ? false : true;
      options.respectFunctionNames = sourceOptions.respectFunctionNames === false ? false : true;
      options.respectFunctionProperties = sourceOptions.respectFunctionProperties === false ? false : true;
      options.unorderedArrays = sourceOptions.unorderedArrays !== true ? false : true;
      options.unorderedSets = sourceOptions.unorderedSets === false ? false : true;
      options.unorderedObjects = sourceOptions.unorderedObjects === false ? false : true;
      options.replacer = sourceOptions.replacer || void 0;
      options.excludeKeys = sourceOptions.excludeKeys || void 0;
      if (typeof object === "undefined") {
        throw new Error("Object argument required.");
      }
      for (var i = 0; i < hashes.length; ++i) {
        if (hashes[i].toLowerCase() === options.algorithm.toLowerCase()) {
          options.algorithm = hashes[i];
        }
      }
      if (hashes.indexOf(options.algorithm) === -1) {
        throw new Error('Algorithm "' + options.algorithm + '"  not supported. supported values: ' + hashes.join(", "));
      }
      if (encodings.indexOf(options.encoding) === -1 && options.algorithm !== "passthrough") {
        throw new Error('Encoding "' + options.encoding + '"  not supported. supported values: ' + encodings.join(", "));
      }
      return options;
    }
    function isNativeFunction(f) {
      if (typeof f !== "function") {
        return false;
      }
      var exp = /^function\s+\w*\s*\(\s*\)\s*{\s+\[native code\]\s+}$/i;
      return exp.exec(Function.prototype.toString.call(f)) != null;
    }
    function hash(object, options) {
      var hashingStream;
      if (options.algorithm !== "passthrough") {
        hashingStream = crypto.createHash(options.algorithm);
      } else {
        hashingStream = new PassThrough();
      }
      if (typeof hashingStream.write === "undefined") {
        hashingStream.write = hashingStream.update;
        hashingStream.end = hashingStream.update;
      }
      var hasher = typeHasher(options, hashingStream);
      hasher.dispatch(object);
      if (!hashingStream.update) {
        hashingStream.end("");
      }
      if (hashingStream.digest) {
        return hashingStream.digest(options.encoding === "buffer" ? void 0 : options.encoding);
      }
      var buf = hashingStream.read();
      if (options.encoding === "buffer") {
        return buf;
      }
      return buf.toString(options.encoding);
    }
    exports.writeToStream = function(object, options, stream) {
      if (typeof stream === "undefined") {
        stream = options;
        options = {};
      }
      options = applyDefaults(object, options);
      return typeHasher(options, stream).dispatch(object);
    };
    function typeHasher(options, writeTo, context) {
      context = context || [];
      var write = function(str) {
        if (writeTo.update) {
          return writeTo.update(str, "utf8");
        } else {
          return writeTo.write(str, "utf8");
        }
      };
      return {
        dispatch: function(value) {
          if (options.replacer) {
            value = options.replacer(value);
          }
          var type = typeof value;
          if (value === null) {
            type = "null";
          }
          return this["_" + type](value);
        },
        _object: function(object) {
          var pattern = /\[object (.*)\]/i;
          var objString = Object.prototype.toString.call(object);
          var objType = pattern.exec(objString);
          if (!objType) {
            objType = "unknown:[" + objString + "]";
          } else {
            objType = objType[1];
          }
          objType = objType.toLowerCase();
          var objectNumber = null;
          if ((objectNumber = context.indexOf(object)) >= 0) {
            return this.dispatch("[CIRCULAR:" + objectNumber + "]");
          } else {
            context.push(object);
          }
          if (typeof Buffer !== "undefined" && Buffer.isBuffer && Buffer.isBuffer(object)) {
            write("buffer:");
            return write(object);
          }
          if (objType !== "object" && objType !== "function" && objType !== "asyncfunction") {
            if (this["_" + objType]) {
              this["_" + objType](object);
            } else if (options.ignoreUnknown) {
              return write("[" + objType + "]");
            } else {
              throw new Error('Unknown object type "' + objType + '"');
            }
          } else {
            var keys = Object.keys(object);
            if (options.unorderedObjects) {
              keys = keys.sort();
            }
            if (options.respectType !== false && !isNativeFunction(object)) {
              keys.splice(0, 0, "prototype", "__proto__", "constructor");
            }
            if (options.excludeKeys) {
              keys = keys.filter(function(key) {
                return !options.excludeKeys(key);
              });
            }
            write("object:" + keys.length + ":");
            var self = this;
            return keys.forEach(function(key) {
              self.dispatch(key);
              write(":");
              if (!options.excludeValues) {
                self.dispatch(object[key]);
              }
              write(",");
            });
          }
        },
        _array: function(arr, unordered) {
          unordered = typeof unordered !== "undefined" ? unordered : options.unorderedArrays !== false;
          var self = this;
          write("array:" + arr.length + ":");
          if (!unordered || arr.length <= 1) {
            return arr.forEach(function(entry) {
              return self.dispatch(entry);
            });
          }
          var contextAdditions = [];
          var entries = arr.map(function(entry) {
            var strm = new PassThrough();
            var localContext = context.slice();
            var hasher = typeHasher(options, strm, localContext);
            hasher.dispatch(entry);
            contextAdditions = contextAdditions.concat(localContext.slice(context.length));
            return strm.read().toString();
          });
          context = context.concat(contextAdditions);
          entries.sort();
          return this._array(entries, false);
        },
        _date: function(date) {
          return write("date:" + date.toJSON());
        },
        _symbol: function(sym) {
          return write("symbol:" + sym.toString());
        },
        _error: function(err) {
          return write("error:" + err.toString());
        },
        _boolean: function(bool) {
          return write("bool:" + bool.toString());
        },
        _string: function(string) {
          write("string:" + string.length + ":");
          write(string.toString());
        },
        _function: function(fn) {
          write("fn:");
          if (isNativeFunction(fn)) {
            this.dispatch("[native]");
          } else {
            this.dispatch(fn.toString());
          }
          if (options.respectFunctionNames !== false) {
            this.dispatch("function-name:" + String(fn.name));
          }
          if (options.respectFunctionProperties) {
            this._object(fn);
          }
        },
        _number: function(number) {
          return write("number:" + number.toString());
        },
        _xml: function(xml) {
          return write("xml:" + xml.toString());
        },
        _null: function() {
          return write("Null");
        },
        _undefined: function() {
          return write("Undefined");
        },
        _regexp: function(regex) {
          return write("regex:" + regex.toString());
        },
        _uint8array: function(arr) {
          write("uint8array:");
          return this.dispatch(Array.prototype.slice.call(arr));
        },
        _uint8clampedarray: function(arr) {
          write("uint8clampedarray:");
          return this.dispatch(Array.prototype.slice.call(arr));
        },
        _int8array: function(arr) {
          write("int8array:");
          return this.dispatch(Array.prototype.slice.call(arr));
        },
        _uint16array: function(arr) {
          write("uint16array:");
          return this.dispatch(Array.prototype.slice.call(arr));
        },
        _int16array: function(arr) {
          write("int16array:");
          return this.dispatch(Array.prototype.slice.call(arr));
        },
        _uint32array: function(arr) {
          write("uint32array:");
          return this.dispatch(Array.prototype.slice.call(arr));
        },
        _int32array: function(arr) {
          write("int32array:");
          return this.dispatch(Array.prototype.slice.call(arr));
        },
        _float32array: function(arr) {
          write("float32array:");
          return this.dispatch(Array.prototype.slice.call(arr));
        },
        _float64array: function(arr) {
          write("float64array:");
          return this.dispatch(Array.prototype.slice.call(arr));
        },
        _arraybuffer: function(arr) {
          write("arraybuffer:");
          return this.dispatch(new Uint8Array(arr));
        },
        _url: function(url) {
          return write("url:" + url.toString(), "utf8");
        },
        _map: function(map2) {
          write("map:");
          var arr = Array.from(map2);
          return this._array(arr, options.unorderedSets !== false);
        },
        _set: function(set) {
          write("set:");
          var arr = Array.from(set);
          return this._array(arr, options.unorderedSets !== false);
        },
        _file: function(file) {
          write("file:");
          return this.dispatch([file.name, file.size, file.type, file.lastModfied]);
        },
        _blob: function() {
          if (options.ignoreUnknown) {
            return write("[blob]");
          }
          throw Error('Hashing Blob objects is currently not supported\n(see https://github.com/puleos/object-hash/issues/26)\nUse "options.replacer" or "options.ignoreUnknown"\n');
        },
        _domwindow: function() {
          return write("domwindow");
        },
        _bigint: function(number) {
          return write("bigint:" + number.toString());
        },
        /* Node.js standard native objects */
        _process: function() {
          return write("process");
        },
        _timer: function() {
          return write("timer");
        },
        _pipe: function() {
          return write("pipe");
        },
        _tcp: function() {
          return write("tcp");
        },
        _udp: function() {
          return write("udp");
        },
        _tty: function() {
          return write("tty");
        },
        _statwatcher: function() {
          return write("statwatcher");
        },
        _securecontext: function() {
          return write("securecontext");
        },
        _connection: function() {
          return write("connection");
        },
        _zlib: function() {
          return write("zlib");
        },
        _context: function() {
          return write("context");
        },
        _nodescript: function() {
          return write("nodescript");
        },
        _httpparser: function() {
          return write("httpparser");
        },
        _dataview: function() {
          return write("dataview");
        },
        _signal: function() {
          return write("signal");
        },
        _fsevent: function() {
          return write("fsevent");
        },
        _tlswrap: function() {
          return write("tlswrap");
        }
      };
    }
    function PassThrough() {
      return {
        buf: "",
        write: function(b) {
          this.buf += b;
        },
        end: function(b) {
          this.buf += b;
        },
        read: function() {
          return this.buf;
        }
      };
    }
  }
});

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      "\xA0",
      "\u1680",
      "\u2000",
      "\u2001",
      "\u2002",
      "\u2003",
      "\u2004",
      "\u2005",
      "\u2006",
      "\u2007",
      "\u2008",
      "\u2009",
      "\u200A",
      "\u2028",
      "\u2029",
      "\u202F",
      "\u205F",
      "\u3000",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug = require_debug();
    exports = module.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse2 = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse2;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse2 = require_parse();
    var valid = (version, options) => {
      const v = parse2(version, options);
      return v ? v.version : null;
    };
    module.exports = valid;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    var parse2 = require_parse();
    var clean = (version, options) => {
      const s = parse2(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module.exports = clean;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var inc = (version, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch (er) {
        return null;
      }
    };
    module.exports = inc;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports, module) {
    "use strict";
    var parse2 = require_parse();
    var diff = (version1, version2) => {
      const v1 = parse2(version1, null, true);
      const v2 = parse2(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix = highHasPre ? "pre" : "";
      if (v1.major !== v2.major) {
        return prefix + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v2.patch) {
        return prefix + "patch";
      }
      return "prerelease";
    };
    module.exports = diff;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var major = (a, loose) => new SemVer(a, loose).major;
    module.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var minor = (a, loose) => new SemVer(a, loose).minor;
    module.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var patch = (a, loose) => new SemVer(a, loose).patch;
    module.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    var parse2 = require_parse();
    var prerelease = (version, options) => {
      const parsed = parse2(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module.exports = prerelease;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare2 = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare2;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var rcompare = (a, b, loose) => compare2(b, a, loose);
    module.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var compareLoose = (a, b) => compare2(a, b, true);
    module.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compareBuild = (a, b, loose) => {
      const versionA = new SemVer(a, loose);
      const versionB = new SemVer(b, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose));
    module.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var gt = (a, b, loose) => compare2(a, b, loose) > 0;
    module.exports = gt;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var lt = (a, b, loose) => compare2(a, b, loose) < 0;
    module.exports = lt;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var eq = (a, b, loose) => compare2(a, b, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var neq = (a, b, loose) => compare2(a, b, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var gte = (a, b, loose) => compare2(a, b, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare2 = require_compare();
    var lte = (a, b, loose) => compare2(a, b, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse2 = require_parse();
    var { safeRe: re, t } = require_re();
    var coerce2 = (version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build2 = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse2(`${major}.${minor}.${patch}${prerelease}${build2}`, options);
    };
    module.exports = coerce2;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    var parse2 = require_parse();
    var constants = require_constants();
    var SemVer = require_semver();
    var truncate = (version, truncation, options) => {
      if (!constants.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse2(versionStringToParse, options);
    };
    var doTruncation = (version, truncation) => {
      if (isPrerelease(truncation)) {
        return version.version;
      }
      version.prerelease = [];
      switch (truncation) {
        case "major":
          version.minor = 0;
          version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    };
    var isPrerelease = (type) => {
      return type.startsWith("pre");
    };
    module.exports = truncate;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached = cache.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache();
    var cache = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    var ANY = Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var satisfies = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    };
    module.exports = satisfies;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var maxSatisfying = (versions, range, options) => {
      let max = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!max || maxSV.compare(v) === -1) {
            max = v;
            maxSV = new SemVer(max, options);
          }
        }
      });
      return max;
    };
    module.exports = maxSatisfying;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var minSatisfying = (versions, range, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!min || minSV.compare(v) === 1) {
            min = v;
            minSV = new SemVer(min, options);
          }
        }
      });
      return min;
    };
    module.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var gt = require_gt();
    var minVersion = (range, loose) => {
      range = new Range(range, loose);
      let minver = new SemVer("0.0.0");
      if (range.test(minver)) {
        return minver;
      }
      minver = new SemVer("0.0.0-0");
      if (range.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        });
        if (setMin && (!minver || gt(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range.test(minver)) {
        return minver;
      }
      return null;
    };
    module.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var validRange = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module.exports = validRange;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range = require_range();
    var satisfies = require_satisfies();
    var gt = require_gt();
    var lt = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside = (version, range, hilo, options) => {
      version = new SemVer(version, options);
      range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt;
          ltefn = lte;
          ltfn = lt;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt;
          ltefn = gte;
          ltfn = gt;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version, range, options)) {
        return false;
      }
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let high = null;
        let low = null;
        comparators.forEach((comparator) => {
          if (comparator.semver === ANY) {
            comparator = new Comparator(">=0.0.0");
          }
          high = high || comparator;
          low = low || comparator;
          if (gtfn(comparator.semver, high.semver, options)) {
            high = comparator;
          } else if (ltfn(comparator.semver, low.semver, options)) {
            low = comparator;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version, low.semver)) {
          return false;
        }
      }
      return true;
    };
    module.exports = outside;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var gtr = (version, range, options) => outside(version, range, ">", options);
    module.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var ltr = (version, range, options) => outside(version, range, "<", options);
    module.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var intersects = (r1, r2, options) => {
      r1 = new Range(r1, options);
      r2 = new Range(r2, options);
      return r1.intersects(r2, options);
    };
    module.exports = intersects;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports, module) {
    "use strict";
    var satisfies = require_satisfies();
    var compare2 = require_compare();
    module.exports = (versions, range, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v = versions.sort((a, b) => compare2(a, b, options));
      for (const version of v) {
        const included = satisfies(version, range, options);
        if (included) {
          prev = version;
          if (!first) {
            first = version;
          }
        } else {
          if (prev) {
            set.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set.push([first, null]);
      }
      const ranges = [];
      for (const [min, max] of set) {
        if (min === max) {
          ranges.push(min);
        } else if (!max && min === v[0]) {
          ranges.push("*");
        } else if (!max) {
          ranges.push(`>=${min}`);
        } else if (min === v[0]) {
          ranges.push(`<=${max}`);
        } else {
          ranges.push(`${min} - ${max}`);
        }
      }
      const simplified = ranges.join(" || ");
      const original = typeof range.raw === "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var satisfies = require_satisfies();
    var compare2 = require_compare();
    var subset = (sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range(sub, options);
      dom = new Range(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    };
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = (sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt, lt;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt = higherGT(gt, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt = lowerLT(lt, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt && lt) {
        gtltComp = compare2(gt.semver, lt.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt.operator !== ">=" || lt.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt && !satisfies(eq, String(gt), options)) {
          return null;
        }
        if (lt && !satisfies(eq, String(lt), options)) {
          return null;
        }
        for (const c of dom) {
          if (!satisfies(eq, String(c), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : false;
      let needDomGTPre = gt && !options.includePrerelease && gt.semver.prerelease.length ? gt.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c of dom) {
        hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
        hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
        if (gt) {
          if (needDomGTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c.operator === ">" || c.operator === ">=") {
            higher = higherGT(gt, c, options);
            if (higher === c && higher !== gt) {
              return false;
            }
          } else if (gt.operator === ">=" && !c.test(gt.semver)) {
            return false;
          }
        }
        if (lt) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt, c, options);
            if (lower === c && lower !== lt) {
              return false;
            }
          } else if (lt.operator === "<=" && !c.test(lt.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt || gt) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt && hasDomLT && !lt && gtltComp !== 0) {
        return false;
      }
      if (lt && hasDomGT && !gt && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    };
    var higherGT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare2(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 ? b : b.operator === ">" && a.operator === ">=" ? b : a;
    };
    var lowerLT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare2(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 ? b : b.operator === "<" && a.operator === "<=" ? b : a;
    };
    module.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports, module) {
    "use strict";
    var internalRe = require_re();
    var constants = require_constants();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse2 = require_parse();
    var valid = require_valid();
    var clean = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare2 = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt = require_gt();
    var lt = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte = require_gte();
    var lte = require_lte();
    var cmp = require_cmp();
    var coerce2 = require_coerce();
    var truncate = require_truncate();
    var Comparator = require_comparator();
    var Range = require_range();
    var satisfies = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange = require_valid2();
    var outside = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
    module.exports = {
      parse: parse2,
      valid,
      clean,
      inc,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare: compare2,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt,
      lt,
      eq,
      neq,
      gte,
      lte,
      cmp,
      coerce: coerce2,
      truncate,
      Comparator,
      Range,
      satisfies,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside,
      gtr,
      ltr,
      intersects,
      simplifyRange,
      subset,
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// node_modules/imurmurhash/imurmurhash.js
var require_imurmurhash = __commonJS({
  "node_modules/imurmurhash/imurmurhash.js"(exports, module) {
    (function() {
      var cache;
      function MurmurHash32(key, seed) {
        var m = this instanceof MurmurHash32 ? this : cache;
        m.reset(seed);
        if (typeof key === "string" && key.length > 0) {
          m.hash(key);
        }
        if (m !== this) {
          return m;
        }
      }
      ;
      MurmurHash32.prototype.hash = function(key) {
        var h1, k1, i, top, len;
        len = key.length;
        this.len += len;
        k1 = this.k1;
        i = 0;
        switch (this.rem) {
          case 0:
            k1 ^= len > i ? key.charCodeAt(i++) & 65535 : 0;
          case 1:
            k1 ^= len > i ? (key.charCodeAt(i++) & 65535) << 8 : 0;
          case 2:
            k1 ^= len > i ? (key.charCodeAt(i++) & 65535) << 16 : 0;
          case 3:
            k1 ^= len > i ? (key.charCodeAt(i) & 255) << 24 : 0;
            k1 ^= len > i ? (key.charCodeAt(i++) & 65280) >> 8 : 0;
        }
        this.rem = len + this.rem & 3;
        len -= this.rem;
        if (len > 0) {
          h1 = this.h1;
          while (1) {
            k1 = k1 * 11601 + (k1 & 65535) * 3432906752 & 4294967295;
            k1 = k1 << 15 | k1 >>> 17;
            k1 = k1 * 13715 + (k1 & 65535) * 461832192 & 4294967295;
            h1 ^= k1;
            h1 = h1 << 13 | h1 >>> 19;
            h1 = h1 * 5 + 3864292196 & 4294967295;
            if (i >= len) {
              break;
            }
            k1 = key.charCodeAt(i++) & 65535 ^ (key.charCodeAt(i++) & 65535) << 8 ^ (key.charCodeAt(i++) & 65535) << 16;
            top = key.charCodeAt(i++);
            k1 ^= (top & 255) << 24 ^ (top & 65280) >> 8;
          }
          k1 = 0;
          switch (this.rem) {
            case 3:
              k1 ^= (key.charCodeAt(i + 2) & 65535) << 16;
            case 2:
              k1 ^= (key.charCodeAt(i + 1) & 65535) << 8;
            case 1:
              k1 ^= key.charCodeAt(i) & 65535;
          }
          this.h1 = h1;
        }
        this.k1 = k1;
        return this;
      };
      MurmurHash32.prototype.result = function() {
        var k1, h1;
        k1 = this.k1;
        h1 = this.h1;
        if (k1 > 0) {
          k1 = k1 * 11601 + (k1 & 65535) * 3432906752 & 4294967295;
          k1 = k1 << 15 | k1 >>> 17;
          k1 = k1 * 13715 + (k1 & 65535) * 461832192 & 4294967295;
          h1 ^= k1;
        }
        h1 ^= this.len;
        h1 ^= h1 >>> 16;
        h1 = h1 * 51819 + (h1 & 65535) * 2246770688 & 4294967295;
        h1 ^= h1 >>> 13;
        h1 = h1 * 44597 + (h1 & 65535) * 3266445312 & 4294967295;
        h1 ^= h1 >>> 16;
        return h1 >>> 0;
      };
      MurmurHash32.prototype.reset = function(seed) {
        this.h1 = typeof seed === "number" ? seed : 0;
        this.rem = this.k1 = this.len = 0;
        return this;
      };
      cache = new MurmurHash32();
      if (typeof module != "undefined") {
        module.exports = MurmurHash32;
      } else {
        this.MurmurHash3 = MurmurHash32;
      }
    })();
  }
});

// lib/flags/managed.js
var import_node_util = __toESM(require_node_util(), 1);
var TOTAL_WEIGHT = 1e4;
var DEFAULT_STAGES = [1, 10, 25, 50, 100];
var MANAGED_BY = "greenlight";
function servedPercent(flag) {
  if (flag.rolloutBasisPoints !== void 0)
    return flag.rolloutBasisPoints / 100;
  return flag.defaultVariant === "on" ? 100 : 0;
}
var orgIn = (orgs) => ({ in: [{ var: "orgId" }, orgs] });
function fractional(basisPoints, bucketBy) {
  const weights = [
    ["on", basisPoints],
    ["off", TOTAL_WEIGHT - basisPoints]
  ];
  return bucketBy === "orgId" ? { fractional: [{ cat: [{ var: "$flagd.flagKey" }, { var: "orgId" }] }, ...weights] } : { fractional: weights };
}
function targetingOf(flag) {
  const branches = [];
  if (flag.allow.length > 0)
    branches.push(orgIn(flag.allow), "on");
  if (flag.deny.length > 0)
    branches.push(orgIn(flag.deny), "off");
  if (flag.rolloutBasisPoints !== void 0) {
    if (flag.bucketBy === "orgId")
      branches.push({ "!": { var: "orgId" } }, null);
    branches.push(fractional(flag.rolloutBasisPoints, flag.bucketBy));
  } else if (branches.length > 0) {
    branches.push(null);
  }
  if (branches.length === 0)
    return void 0;
  return branches.length === 1 ? branches[0] : { if: branches };
}
function flagJson(flag) {
  const targeting = targetingOf(flag);
  const metadata = {
    ...flag.metadata,
    managedBy: MANAGED_BY,
    bucketBy: flag.bucketBy,
    canaryStages: flag.stages.join(",")
  };
  delete metadata.rolloutBasisPoints;
  delete metadata.archived;
  if (flag.rolloutBasisPoints !== void 0)
    metadata.rolloutBasisPoints = flag.rolloutBasisPoints;
  if (flag.archived)
    metadata.archived = true;
  return {
    state: flag.enabled ? "ENABLED" : "DISABLED",
    variants: { on: true, off: false },
    defaultVariant: flag.defaultVariant,
    ...targeting === void 0 ? {} : { targeting },
    metadata
  };
}
function parseStages(text) {
  const stages = text.split(",").map((part) => Number(part.trim()));
  const valid = stages.length > 0 && stages.every((stage, index) => Number.isFinite(stage) && stage > 0 && stage <= 100 && (index === 0 || stage > (stages[index - 1] ?? 0))) && stages.at(-1) === 100;
  return valid ? stages : void 0;
}
function orgsOf(rule) {
  const args = rule?.in;
  if (!Array.isArray(args) || args.length !== 2)
    return void 0;
  const [variable, list] = args;
  if (!(0, import_node_util.isDeepStrictEqual)(variable, { var: "orgId" }) || !Array.isArray(list))
    return void 0;
  return list.every((org) => typeof org === "string") ? list : void 0;
}
function basisPointsOf(rule) {
  const args = rule?.fractional;
  if (!Array.isArray(args))
    return void 0;
  const on = args.find((entry) => Array.isArray(entry) && entry[0] === "on");
  return typeof on?.[1] === "number" ? on[1] : void 0;
}
function readManagedFlag(json) {
  if (!json || typeof json !== "object")
    return void 0;
  const flag = json;
  const metadata = { ...flag.metadata ?? {} };
  const bucketBy = metadata.bucketBy === "orgId" ? "orgId" : "targetingKey";
  const stages = parseStages(String(metadata.canaryStages ?? DEFAULT_STAGES.join(","))) ?? DEFAULT_STAGES;
  let allow = [];
  let deny = [];
  let rolloutBasisPoints;
  const rules = flag.targeting;
  const branches = rules === void 0 ? [] : Array.isArray(rules.if) ? [...rules.if] : [rules];
  if (branches.length >= 2 && orgsOf(branches[0]) && branches[1] === "on") {
    allow = orgsOf(branches[0]) ?? [];
    branches.splice(0, 2);
  }
  if (branches.length >= 2 && orgsOf(branches[0]) && branches[1] === "off") {
    deny = orgsOf(branches[0]) ?? [];
    branches.splice(0, 2);
  }
  if (branches.length > 0 && branches.at(-1) !== null)
    rolloutBasisPoints = basisPointsOf(branches.at(-1));
  const candidate = {
    enabled: flag.state === "ENABLED",
    archived: metadata.archived === true,
    defaultVariant: flag.defaultVariant === "on" ? "on" : "off",
    rolloutBasisPoints,
    bucketBy,
    allow,
    deny,
    stages,
    metadata
  };
  const rebuilt = flagJson(candidate);
  const same = rebuilt.state === flag.state && (0, import_node_util.isDeepStrictEqual)(flag.variants, rebuilt.variants) && Object.keys(flag.variants ?? {}).join() === "on,off" && flag.defaultVariant === rebuilt.defaultVariant && (0, import_node_util.isDeepStrictEqual)(flag.targeting, rebuilt.targeting) && (rolloutBasisPoints === void 0 || Number.isInteger(rolloutBasisPoints) && rolloutBasisPoints > 0 && rolloutBasisPoints < TOTAL_WEIGHT);
  return same ? candidate : void 0;
}

// lib/flags/describe.js
function describeFlagState(json) {
  const flag = readManagedFlag(json);
  if (!flag)
    return `unmanaged (${String(json.state)})`;
  if (flag.archived)
    return "archived";
  const rollout = flag.rolloutBasisPoints;
  const served = rollout !== void 0 ? flag.stages.includes(rollout / 100) ? `canary stage ${flag.stages.indexOf(rollout / 100) + 1}/${flag.stages.length} (${rollout / 100}%)` : `rollout ${rollout / 100}%` : flag.defaultVariant;
  return flag.enabled ? served : `killed (was ${served})`;
}
function describeOverrides(json) {
  const flag = readManagedFlag(json);
  if (!flag)
    return "";
  return [...flag.allow.map((org) => `${org}\u2192on`), ...flag.deny.map((org) => `${org}\u2192off`)].join(", ");
}
function oneLine(text) {
  return text.replace(/\s+/g, " ").trim().slice(0, 200);
}
function commitMessage(change, request, context) {
  const trailers = [
    `Flag-Operation: ${request.operation}`,
    ...request.reason ? [`Flag-Reason: ${oneLine(request.reason)}`] : [],
    `Requested-By: @${oneLine(request.actor)}`,
    ...context.workflowRunUrl ? [`Workflow-Run: ${context.workflowRunUrl}`] : []
  ];
  return `flags(${oneLine(context.environment)}): ${oneLine(change.description)}

${trailers.join("\n")}
`;
}

// node_modules/@openfeature/core/dist/esm/index.js
var StandardResolutionReasons = {
  /**
   * The resolved value is static (no dynamic evaluation).
   */
  STATIC: "STATIC",
  /**
   *  The resolved value was configured statically, or otherwise fell back to a pre-configured value.
   */
  DEFAULT: "DEFAULT",
  /**
   * The resolved value was the result of a dynamic evaluation, such as a rule or specific user-targeting.
   */
  TARGETING_MATCH: "TARGETING_MATCH",
  /**
   * The resolved value was the result of pseudorandom assignment.
   */
  SPLIT: "SPLIT",
  /**
   * The resolved value was retrieved from cache.
   */
  CACHED: "CACHED",
  /**
   * The resolved value was the result of the flag being disabled in the management system.
   */
  DISABLED: "DISABLED",
  /**
   * The reason for the resolved value could not be determined.
   */
  UNKNOWN: "UNKNOWN",
  /**
   * The resolved value is non-authoritative or possibly out of date.
   */
  STALE: "STALE",
  /**
   * The resolved value was the result of an error.
   *
   * Note: The `errorCode` and `errorMessage` fields may contain additional details of this error.
   */
  ERROR: "ERROR"
};
var ErrorCode = /* @__PURE__ */ ((ErrorCode2) => {
  ErrorCode2["PROVIDER_NOT_READY"] = "PROVIDER_NOT_READY";
  ErrorCode2["PROVIDER_FATAL"] = "PROVIDER_FATAL";
  ErrorCode2["FLAG_NOT_FOUND"] = "FLAG_NOT_FOUND";
  ErrorCode2["PARSE_ERROR"] = "PARSE_ERROR";
  ErrorCode2["TYPE_MISMATCH"] = "TYPE_MISMATCH";
  ErrorCode2["TARGETING_KEY_MISSING"] = "TARGETING_KEY_MISSING";
  ErrorCode2["INVALID_CONTEXT"] = "INVALID_CONTEXT";
  ErrorCode2["GENERAL"] = "GENERAL";
  return ErrorCode2;
})(ErrorCode || {});
var OpenFeatureError = class _OpenFeatureError extends Error {
  constructor(message, options) {
    super(message);
    Object.setPrototypeOf(this, _OpenFeatureError.prototype);
    this.name = "OpenFeatureError";
    this.cause = options == null ? void 0 : options.cause;
  }
};
var GeneralError = class _GeneralError extends OpenFeatureError {
  constructor(message, options) {
    super(message, options);
    Object.setPrototypeOf(this, _GeneralError.prototype);
    this.name = "GeneralError";
    this.code = "GENERAL";
  }
};
var ParseError = class _ParseError extends OpenFeatureError {
  constructor(message, options) {
    super(message, options);
    Object.setPrototypeOf(this, _ParseError.prototype);
    this.name = "ParseError";
    this.code = "PARSE_ERROR";
  }
};
var DefaultLogger = class {
  error(...args) {
    console.error(...args);
  }
  warn(...args) {
    console.warn(...args);
  }
  info() {
  }
  debug() {
  }
};
var LOG_LEVELS = ["error", "warn", "info", "debug"];
var SafeLogger = class {
  constructor(logger) {
    this.fallbackLogger = new DefaultLogger();
    try {
      for (const level of LOG_LEVELS) {
        if (!logger[level] || typeof logger[level] !== "function") {
          throw new Error(`The provided logger is missing the ${level} method.`);
        }
      }
      this.logger = logger;
    } catch (err) {
      console.error(err);
      console.error("Falling back to the default logger.");
      this.logger = this.fallbackLogger;
    }
  }
  error(...args) {
    this.log("error", ...args);
  }
  warn(...args) {
    this.log("warn", ...args);
  }
  info(...args) {
    this.log("info", ...args);
  }
  debug(...args) {
    this.log("debug", ...args);
  }
  log(level, ...args) {
    try {
      this.logger[level](...args);
    } catch (error) {
      this.fallbackLogger[level](...args);
    }
  }
};

// node_modules/@openfeature/flagd-core/index.esm.js
var import_object_hash = __toESM(require_object_hash());

// node_modules/json-logic-engine/dist/esm/index.js
function precoerceNumber(item) {
  if (Number.isNaN(item)) throw NaN;
  if (!item) return item;
  if (item && typeof item === "object") throw NaN;
  return item;
}
function assertSize(arr, size) {
  if (!Array.isArray(arr) || arr.length < size) throw { type: "Invalid Arguments" };
  return arr;
}
function assertAllowedDepth(item, depthAllowed = 0) {
  if (!item) return item;
  if (depthAllowed === Infinity) return item;
  if (typeof item !== "object") return item;
  if (Array.isArray(item)) {
    for (let i = 0; i < item.length; i++) {
      if (typeof item[i] === "object" && item[i]) {
        if (depthAllowed === 0) throw { type: "Exceeded Allowed Depth" };
        assertAllowedDepth(item[i], depthAllowed - 1);
      }
    }
  } else {
    const keys = Object.keys(item);
    for (let i = 0; i < keys.length; i++) {
      const val = item[keys[i]];
      if (typeof val === "object" && val) {
        if (depthAllowed === 0) throw { type: "Exceeded Allowed Depth" };
        assertAllowedDepth(val, depthAllowed - 1);
      }
    }
  }
  return item;
}
function compareCheck(item, prev, strict) {
  if (strict || (typeof item === "string" || item === null) && (typeof prev === "string" || prev === null)) return item;
  if (Number.isNaN(+precoerceNumber(item)) && prev !== null) throw NaN;
  if (Number.isNaN(+precoerceNumber(prev))) throw NaN;
  if (prev === null && !item) return null;
  if (item === null && !prev) return 0;
  return item;
}
async function filter(arr, iter) {
  const result = [];
  let index = 0;
  for (const item of arr) {
    if (await iter(item, index++, arr)) result.push(item);
  }
  return result;
}
async function some(arr, iter) {
  let index = 0;
  for (const item of arr) {
    if (await iter(item, index++, arr)) return true;
  }
  return false;
}
async function every(arr, iter) {
  let index = 0;
  for (const item of arr) {
    if (!await iter(item, index++, arr)) return false;
  }
  return true;
}
async function map(arr, iter) {
  const result = [];
  let index = 0;
  for (const item of arr) {
    result.push(await iter(item, index++, arr));
  }
  return result;
}
async function reduce(arr, iter, defaultValue, maxDepth = 0) {
  if (arr.length === 0) {
    if (typeof defaultValue !== "undefined") return defaultValue;
    throw new Error("Array has no elements.");
  }
  const start = typeof defaultValue === "undefined" ? 1 : 0;
  let data = assertAllowedDepth(start ? arr[0] : defaultValue, maxDepth);
  for (let i = start; i < arr.length; i++) {
    data = assertAllowedDepth(await iter(data, arr[i]), maxDepth);
  }
  return data;
}
var asyncIterators = {
  filter,
  some,
  every,
  map,
  reduce
};
var Sync = Symbol.for("json_logic_sync");
var Compiled = Symbol.for("json_logic_compiled");
var OriginalImpl = Symbol.for("json_logic_original");
var Unfound = Symbol.for("json_logic_unfound");
function isSync(item) {
  if (typeof item === "function") return item[Sync] === true;
  if (Array.isArray(item)) return item.every(isSync);
  if (item && item.asyncMethod && !item.method) return false;
  return true;
}
function declareSync(obj, sync = true) {
  obj[Sync] = sync;
  return obj;
}
function coerceArray(value) {
  return Array.isArray(value) ? value : [value];
}
var counts = /* @__PURE__ */ new WeakMap();
function countArguments(fn) {
  if (!fn || typeof fn !== "function" || !fn.length) return 0;
  if (!counts.has(fn)) counts.set(fn, _countArguments(fn));
  return counts.get(fn);
}
function _countArguments(fn) {
  if (!fn || typeof fn !== "function" || !fn.length) return 0;
  let fnStr = fn.toString();
  if (fnStr[0] !== "(" && fnStr[0] !== "f") return 0;
  fnStr = fnStr.substring(fnStr.indexOf("("), fnStr.indexOf("{")).replace(/=>/g, "");
  const regex = /\.{3}|=/;
  if (regex.test(fnStr)) return 0;
  return fn.length;
}
function compileTemplate(strings, ...items) {
  let res2 = "";
  const buildState = this;
  for (let i = 0; i < strings.length; i++) {
    res2 += strings[i];
    if (i < items.length) {
      if (typeof items[i] === "function") {
        this.methods.push(items[i]);
        if (!isSync(items[i])) buildState.asyncDetected = true;
        res2 += (isSync(items[i]) ? "" : " await ") + "methods[" + (buildState.methods.length - 1) + "]";
      } else if (items[i] && typeof items[i][Compiled] !== "undefined") res2 += items[i][Compiled];
      else res2 += buildString(items[i], buildState);
    }
  }
  return { [Compiled]: res2 };
}
function isPrimitive(x, preserveObject) {
  if (typeof x === "number" && (x === Infinity || x === -Infinity || Number.isNaN(x))) return false;
  return x === null || x === void 0 || ["Number", "String", "Boolean"].includes(x.constructor.name) || !preserveObject && x.constructor.name === "Object";
}
function isDeterministic$1(method, engine, buildState) {
  if (Array.isArray(method)) {
    return method.every((i) => isDeterministic$1(i, engine, buildState));
  }
  if (method && typeof method === "object") {
    const func = Object.keys(method)[0];
    const lower = method[func];
    if (engine.isData(method, func)) return true;
    if (func === void 0) return true;
    if (!engine.methods[func]) throw { type: "Unknown Operator", key: func };
    if (engine.methods[func].lazy) {
      return typeof engine.methods[func].deterministic === "function" ? engine.methods[func].deterministic(lower, buildState) : engine.methods[func].deterministic;
    }
    return typeof engine.methods[func].deterministic === "function" ? engine.methods[func].deterministic(lower, buildState) : engine.methods[func].deterministic && isDeterministic$1(lower, engine, buildState);
  }
  return true;
}
function isDeepSync(method, engine) {
  if (!engine.async) return true;
  if (Array.isArray(method)) return method.every((i) => isDeepSync(i, engine));
  if (method && typeof method === "object") {
    const keys = Object.keys(method);
    if (keys.length === 0) return true;
    const func = keys[0];
    const lower = method[func];
    if (!isSync(engine.methods[func])) return false;
    if (engine.methods[func].lazy) {
      if (typeof engine.methods[func][Sync] === "function" && engine.methods[func][Sync](method, { engine })) return true;
      return false;
    }
    return isDeepSync(lower, engine);
  }
  return true;
}
function buildString(method, buildState = {}) {
  const {
    notTraversed = [],
    async,
    processing = [],
    values = [],
    engine
  } = buildState;
  function pushValue(value, preserveObject = false) {
    if (isPrimitive(value, preserveObject)) return JSON.stringify(value);
    values.push(value);
    return `values[${values.length - 1}]`;
  }
  if (Array.isArray(method)) {
    let res2 = "";
    for (let i = 0; i < method.length; i++) {
      if (i > 0) res2 += ",";
      res2 += buildString(method[i], buildState);
    }
    return "[" + res2 + "]";
  }
  let asyncDetected = false;
  function makeAsync(result) {
    buildState.asyncDetected = buildState.asyncDetected || asyncDetected;
    if (async && asyncDetected) return `await ${result}`;
    return result;
  }
  if (method && typeof method === "object") {
    const keys = Object.keys(method);
    const func = keys[0];
    if (!func) return pushValue(method);
    if (!engine.methods[func] || keys.length > 1) {
      if (engine.isData(method, func)) return pushValue(method, true);
      throw { type: "Unknown Operator", key: func };
    }
    if (!buildState.engine.disableInline && engine.methods[func] && isDeterministic$1(method, engine, buildState)) {
      if (isDeepSync(method, engine)) {
        return pushValue((engine.fallback || engine).run(method), true);
      } else if (!buildState.avoidInlineAsync) {
        processing.push(engine.run(method).then((i) => pushValue(i)));
        return `__%%%${processing.length - 1}%%%__`;
      } else {
        buildState.asyncDetected = true;
        return `(await ${pushValue(engine.run(method))})`;
      }
    }
    let lower = method[func];
    if ((!lower || typeof lower !== "object") && !engine.methods[func].lazy) lower = [lower];
    if (engine.methods[func] && engine.methods[func].compile) {
      let str = engine.methods[func].compile(lower, buildState);
      if (str[Compiled]) str = str[Compiled];
      if ((str || "").startsWith("await")) buildState.asyncDetected = true;
      if (str !== false) return str;
    }
    let coerce2 = engine.methods[func].optimizeUnary ? "" : "coerceArray";
    if (!coerce2 && Array.isArray(lower) && lower.length === 1 && !Array.isArray(lower[0])) lower = lower[0];
    else if (coerce2 && Array.isArray(lower)) coerce2 = "";
    const argumentsDict = [", context", ", context, above", ", context, above, engine"];
    if (typeof engine.methods[func] === "function") {
      asyncDetected = !isSync(engine.methods[func]);
      const argumentsNeeded = argumentsDict[countArguments(engine.methods[func]) - 1] || argumentsDict[2];
      return makeAsync(`engine.methods["${func}"](${coerce2}(` + buildString(lower, buildState) + ")" + argumentsNeeded + ")");
    } else {
      asyncDetected = Boolean(async && engine.methods[func] && engine.methods[func].asyncMethod);
      const argCount = countArguments(asyncDetected ? engine.methods[func].asyncMethod : engine.methods[func].method);
      let argumentsNeeded = argumentsDict[argCount - 1] || argumentsDict[2];
      if (asyncDetected && typeof engine.methods[func][Sync] === "function" && engine.methods[func][Sync](lower, { engine })) {
        asyncDetected = false;
        argumentsNeeded = argumentsNeeded.replace("engine", "engine.fallback");
      }
      if (engine.methods[func] && !engine.methods[func].lazy) {
        return makeAsync(`engine.methods["${func}"]${asyncDetected ? ".asyncMethod" : ".method"}(${coerce2}(` + buildString(lower, buildState) + ")" + argumentsNeeded + ")");
      } else {
        notTraversed.push(lower);
        return makeAsync(`engine.methods["${func}"]${asyncDetected ? ".asyncMethod" : ".method"}(notTraversed[${notTraversed.length - 1}]` + argumentsNeeded + ")");
      }
    }
  }
  return pushValue(method);
}
function build(method, buildState = {}) {
  Object.assign(
    buildState,
    Object.assign(
      {
        notTraversed: [],
        methods: [],
        state: {},
        processing: [],
        async: buildState.engine.async,
        asyncDetected: false,
        values: [],
        compile: compileTemplate
      },
      buildState
    )
  );
  const str = buildString(method, buildState);
  return processBuiltString(method, str, buildState);
}
function processBuiltString(method, str, buildState) {
  const {
    engine,
    methods,
    notTraversed,
    processing = [],
    values
  } = buildState;
  const above = [];
  processing.forEach((item, x) => {
    str = str.replace(`__%%%${x}%%%__`, item);
  });
  const final = `(values, methods, notTraversed, asyncIterators, engine, above, coerceArray, precoerceNumber, assertSize, compareCheck, assertAllowedDepth) => ${buildState.asyncDetected ? "async" : ""} (context ${buildState.extraArguments ? "," + buildState.extraArguments : ""}) => { ${str.includes("prev") ? "let prev;" : ""} const result = ${str}; return result }`;
  return Object.assign(
    (typeof globalThis !== "undefined" ? globalThis : global).eval(final)(values, methods, notTraversed, asyncIterators, engine, above, coerceArray, precoerceNumber, assertSize, compareCheck, assertAllowedDepth),
    {
      [Sync]: !buildState.asyncDetected,
      deterministic: !str.includes("("),
      aboveDetected: typeof str === "string" && str.includes(", above")
    }
  );
}
var getIsOptionalChainingSupported = () => {
  if (typeof res !== "undefined") return res;
  try {
    const test = {};
    const isUndefined = (typeof globalThis !== "undefined" ? globalThis : global).eval("(test) => test?.foo?.bar")(test);
    return res = isUndefined === void 0;
  } catch (err) {
    return res = false;
  }
};
var res;
var parsedPaths = /* @__PURE__ */ new Map();
function splitPathMemoized(str) {
  if (parsedPaths.has(str)) return parsedPaths.get(str);
  if (parsedPaths.size > 2048) parsedPaths.clear();
  const parts = splitPath(str);
  parsedPaths.set(str, parts);
  return parts;
}
function splitPath(str, separator = ".", escape = "\\", up = "/") {
  const parts = [];
  let current = "";
  for (let i = 0; i < str.length; i++) {
    const char = str[i];
    if (char === escape) {
      if (str[i + 1] === separator || str[i + 1] === up) {
        current += str[i + 1];
        i++;
      } else if (str[i + 1] === escape) {
        current += escape;
        i++;
      } else current += escape;
    } else if (char === separator) {
      parts.push(current);
      current = "";
    } else current += char;
  }
  if (parts.length !== str.length) parts.push(current);
  return parts;
}
var legacyMethods = {
  get: {
    [Sync]: true,
    method: ([data, key, defaultValue], context, above, engine) => {
      const notFound = defaultValue === void 0 ? null : defaultValue;
      const subProps = splitPathMemoized(String(key));
      for (let i = 0; i < subProps.length; i++) {
        if (data === null || data === void 0) return notFound;
        data = data[subProps[i]];
        if (data === void 0) return notFound;
      }
      if (engine.allowFunctions || typeof data[key] !== "function") return data;
      return null;
    },
    deterministic: true,
    compile: (data, buildState) => {
      let defaultValue = null;
      let key = data;
      let obj = null;
      if (Array.isArray(data) && data.length <= 3) {
        obj = data[0];
        key = data[1];
        defaultValue = typeof data[2] === "undefined" ? null : data[2];
        if (key && typeof key === "object") return false;
        key = key.toString();
        const pieces = splitPathMemoized(key);
        if (!getIsOptionalChainingSupported()) {
          return `(((a,b) => (typeof a === 'undefined' || a === null) ? b : a)(${pieces.reduce(
            (text, i) => `(${text}||0)[${JSON.stringify(i)}]`,
            `(${buildString(obj, buildState)}||0)`
          )}, ${buildString(defaultValue, buildState)}))`;
        }
        return `((${buildString(obj, buildState)})${pieces.map((i) => `?.[${buildString(i, buildState)}]`).join("")} ?? ${buildString(defaultValue, buildState)})`;
      }
      return false;
    }
  },
  var: {
    [OriginalImpl]: true,
    [Sync]: true,
    method: (key, context, above, engine) => {
      let b;
      if (Array.isArray(key)) {
        b = key[1];
        key = key[0];
      }
      let iter = 0;
      while (typeof key === "string" && key.startsWith("../") && iter < above.length) {
        context = above[iter++];
        key = key.substring(3);
        if (iter === above.length && Array.isArray(context)) {
          iter = 0;
          above = context;
          context = above[iter++];
        }
      }
      const notFound = b === void 0 ? null : b;
      if (typeof key === "undefined" || key === "" || key === null) {
        if (engine.allowFunctions || typeof context !== "function") return context;
        return null;
      }
      const subProps = splitPathMemoized(String(key));
      for (let i = 0; i < subProps.length; i++) {
        if (context === null || context === void 0) return notFound;
        context = context[subProps[i]];
        if (context === void 0) return notFound;
      }
      if (engine.allowFunctions || typeof context !== "function") return context;
      return null;
    },
    deterministic: (data, buildState) => buildState.insideIterator && !String(data).includes("../../"),
    optimizeUnary: true,
    compile: (data, buildState) => {
      let key = data;
      let defaultValue = null;
      if (!key || typeof data === "string" || typeof data === "number" || Array.isArray(data) && data.length <= 2) {
        if (Array.isArray(data)) {
          key = data[0];
          defaultValue = typeof data[1] === "undefined" ? null : data[1];
        }
        if (key === "../index" && buildState.iteratorCompile) return "index";
        if (typeof key === "undefined" || key === null || key === "") return "context";
        if (typeof key !== "string" && typeof key !== "number") return false;
        key = key.toString();
        if (key.includes("../")) return false;
        const pieces = splitPathMemoized(key);
        if (!getIsOptionalChainingSupported()) {
          const res3 = `((((a,b) => (typeof a === 'undefined' || a === null) ? b : a)(${pieces.reduce(
            (text, i) => `(${text}||0)[${JSON.stringify(i)}]`,
            "(context||0)"
          )}, ${buildString(defaultValue, buildState)})))`;
          if (buildState.engine.allowFunctions) return res3;
          return `(typeof (prev = ${res3}) === 'function' ? null : prev)`;
        }
        const res2 = `(context${pieces.map((i) => `?.[${JSON.stringify(i)}]`).join("")} ?? ${buildString(defaultValue, buildState)})`;
        if (buildState.engine.allowFunctions) return res2;
        return `(typeof (prev = ${res2}) === 'function' ? null : prev)`;
      }
      return false;
    }
  },
  missing: {
    [Sync]: true,
    optimizeUnary: false,
    method: (checked, context) => {
      if (!checked.length) return [];
      const missing = [];
      for (let i = 0; i < checked.length; i++) {
        const path = splitPathMemoized(String(checked[i]));
        let data = context;
        let found = true;
        for (let j = 0; j < path.length; j++) {
          if (!data) {
            found = false;
            break;
          }
          data = data[path[j]];
          if (data === void 0) {
            found = false;
            break;
          }
        }
        if (!found) missing.push(checked[i]);
      }
      return missing;
    },
    compile: (data, buildState) => {
      if (!Array.isArray(data)) return false;
      if (data.length === 0) return buildState.compile`[]`;
      if (data.length === 1 && typeof data[0] === "string" && !data[0].includes(".")) return buildState.compile`(context || 0)[${data[0]}] === undefined ? [${data[0]}] : []`;
      if (data.length === 2 && typeof data[0] === "string" && typeof data[1] === "string" && !data[0].includes(".") && !data[1].includes(".")) return buildState.compile`(context || 0)[${data[0]}] === undefined ? (context || 0)[${data[1]}] === undefined ? [${data[0]}, ${data[1]}] : [${data[0]}] : (context || 0)[${data[1]}] === undefined ? [${data[1]}] : []`;
      return false;
    },
    deterministic: (data, buildState) => {
      if (Array.isArray(data) && data.length === 0) return true;
      return false;
    }
  },
  missing_some: {
    [Sync]: true,
    optimizeUnary: false,
    method: ([needCount, options], context) => {
      const missing = legacyMethods.missing.method(options, context);
      if (options.length - missing.length >= needCount) return [];
      return missing;
    },
    compile: ([needCount, options], buildState) => {
      if (!Array.isArray(options)) return false;
      let compilation = legacyMethods.missing.compile(options, buildState);
      if (!compilation) compilation = buildState.compile`engine.methods.missing.method(${{ [Compiled]: JSON.stringify(options) }}, context)`;
      return buildState.compile`${options.length} - (prev = ${compilation}).length < ${needCount} ? prev : []`;
    },
    deterministic: false
  }
};
var legacyMethods$1 = { ...legacyMethods };
var INVALID_ARGUMENTS = { type: "Invalid Arguments" };
function isDeterministic(method, engine, buildState) {
  if (Array.isArray(method)) {
    return method.every((i) => isDeterministic(i, engine, buildState));
  }
  if (method && typeof method === "object") {
    const func = Object.keys(method)[0];
    const lower = method[func];
    if (engine.isData(method, func) || func === void 0) return true;
    if (!engine.methods[func]) throw { type: "Unknown Operator", key: func };
    if (engine.methods[func].lazy) {
      return typeof engine.methods[func].deterministic === "function" ? engine.methods[func].deterministic(lower, buildState) : engine.methods[func].deterministic;
    }
    return typeof engine.methods[func].deterministic === "function" ? engine.methods[func].deterministic(lower, buildState) : engine.methods[func].deterministic && isDeterministic(lower, engine, buildState);
  }
  return true;
}
function isSyncDeep(method, engine, buildState) {
  if (Array.isArray(method)) {
    return method.every((i) => isSyncDeep(i, engine, buildState));
  }
  if (method && typeof method === "object") {
    const func = Object.keys(method)[0];
    const lower = method[func];
    if (engine.isData(method, func) || func === void 0) return true;
    if (!engine.methods[func]) throw { type: "Unknown Operator", key: func };
    if (engine.methods[func].lazy) return typeof engine.methods[func][Sync] === "function" ? engine.methods[func][Sync](lower, buildState) : engine.methods[func][Sync];
    return typeof engine.methods[func][Sync] === "function" ? engine.methods[func][Sync](lower, buildState) : engine.methods[func][Sync] && isSyncDeep(lower, engine, buildState);
  }
  return true;
}
function runOptimizedOrFallback(logic, engine, data, above) {
  if (!logic) return logic;
  if (typeof logic !== "object") return logic;
  if (!engine.disableInterpretedOptimization && engine.optimizedMap.has(logic)) {
    const optimized = engine.optimizedMap.get(logic);
    if (typeof optimized === "function") return optimized(data, above);
    return optimized;
  }
  return engine.run(logic, data, { above });
}
var oldAll = createArrayIterativeMethod("every", true);
var defaultMethods = {
  "+": (data) => {
    if (!data) return 0;
    if (typeof data === "string") return precoerceNumber(+data);
    if (typeof data === "number") return precoerceNumber(+data);
    if (typeof data === "boolean") return precoerceNumber(+data);
    if (typeof data === "object" && !Array.isArray(data)) throw NaN;
    let res2 = 0;
    for (let i = 0; i < data.length; i++) {
      if (data[i] && typeof data[i] === "object") throw NaN;
      res2 += +data[i];
    }
    if (Number.isNaN(res2)) throw NaN;
    return res2;
  },
  "*": (data) => {
    if (data.length === 0) return 1;
    let res2 = 1;
    for (let i = 0; i < data.length; i++) {
      if (data[i] && typeof data[i] === "object") throw NaN;
      res2 *= +data[i];
    }
    if (Number.isNaN(res2)) throw NaN;
    return res2;
  },
  "/": (data) => {
    if (data[0] && typeof data[0] === "object") throw NaN;
    if (data.length === 0) throw INVALID_ARGUMENTS;
    if (data.length === 1) {
      if (!+data[0] || data[0] && typeof data[0] === "object") throw NaN;
      return 1 / +data[0];
    }
    let res2 = +data[0];
    for (let i = 1; i < data.length; i++) {
      if (data[i] && typeof data[i] === "object" || !data[i]) throw NaN;
      res2 /= +data[i];
    }
    if (Number.isNaN(res2) || res2 === Infinity) throw NaN;
    return res2;
  },
  "-": (data) => {
    if (!data) return 0;
    if (typeof data === "string") return precoerceNumber(-data);
    if (typeof data === "number") return precoerceNumber(-data);
    if (typeof data === "boolean") return precoerceNumber(-data);
    if (typeof data === "object" && !Array.isArray(data)) throw NaN;
    if (data[0] && typeof data[0] === "object") throw NaN;
    if (data.length === 0) throw INVALID_ARGUMENTS;
    if (data.length === 1) return -data[0];
    let res2 = data[0];
    for (let i = 1; i < data.length; i++) {
      if (data[i] && typeof data[i] === "object") throw NaN;
      res2 -= +data[i];
    }
    if (Number.isNaN(res2)) throw NaN;
    return res2;
  },
  "%": (data) => {
    if (data[0] && typeof data[0] === "object") throw NaN;
    if (data.length < 2) throw INVALID_ARGUMENTS;
    let res2 = +data[0];
    for (let i = 1; i < data.length; i++) {
      if (data[i] && typeof data[i] === "object") throw NaN;
      res2 %= +data[i];
    }
    if (Number.isNaN(res2)) throw NaN;
    return res2;
  },
  throw: (type) => {
    if (Array.isArray(type)) type = type[0];
    if (typeof type === "object") throw type;
    throw { type };
  },
  max: (data) => {
    if (!data.length || typeof data[0] !== "number") throw INVALID_ARGUMENTS;
    let max = data[0];
    for (let i = 1; i < data.length; i++) {
      if (typeof data[i] !== "number") throw INVALID_ARGUMENTS;
      if (data[i] > max) max = data[i];
    }
    return max;
  },
  min: (data) => {
    if (!data.length || typeof data[0] !== "number") throw INVALID_ARGUMENTS;
    let min = data[0];
    for (let i = 1; i < data.length; i++) {
      if (typeof data[i] !== "number") throw INVALID_ARGUMENTS;
      if (data[i] < min) min = data[i];
    }
    return min;
  },
  in: ([item, array]) => (array || []).includes(item),
  preserve: {
    lazy: true,
    method: declareSync((i) => i, true),
    [Sync]: () => true
  },
  if: {
    [OriginalImpl]: true,
    method: (input, context, above, engine) => {
      if (!Array.isArray(input)) throw INVALID_ARGUMENTS;
      if (input.length === 1) return runOptimizedOrFallback(input[0], engine, context, above);
      if (input.length < 2) return null;
      input = [...input];
      if (input.length % 2 !== 1) input.push(null);
      const onFalse = input.pop();
      while (input.length) {
        const check = input.shift();
        const onTrue = input.shift();
        const test = runOptimizedOrFallback(check, engine, context, above);
        if (engine.truthy(test)) return runOptimizedOrFallback(onTrue, engine, context, above);
      }
      return runOptimizedOrFallback(onFalse, engine, context, above);
    },
    [Sync]: (data, buildState) => isSyncDeep(data, buildState.engine, buildState),
    deterministic: (data, buildState) => {
      return isDeterministic(data, buildState.engine, buildState);
    },
    asyncMethod: async (input, context, above, engine) => {
      if (!Array.isArray(input)) throw INVALID_ARGUMENTS;
      if (input.length === 1) return engine.run(input[0], context, { above });
      if (input.length < 2) return null;
      input = [...input];
      if (input.length % 2 !== 1) input.push(null);
      const onFalse = input.pop();
      while (input.length) {
        const check = input.shift();
        const onTrue = input.shift();
        const test = await engine.run(check, context, { above });
        if (engine.truthy(test)) return engine.run(onTrue, context, { above });
      }
      return engine.run(onFalse, context, { above });
    },
    lazy: true
  },
  "<": createComparator("<", (a, b) => a < b),
  "<=": createComparator("<=", (a, b) => a <= b),
  ">": createComparator(">", (a, b) => a > b),
  ">=": createComparator(">=", (a, b) => a >= b),
  // eslint-disable-next-line eqeqeq
  "==": createComparator("==", (a, b) => a == b),
  "===": createComparator("===", (a, b) => a === b),
  // eslint-disable-next-line eqeqeq
  "!=": createComparator("!=", (a, b) => a != b),
  "!==": createComparator("!==", (a, b) => a !== b),
  or: {
    [Sync]: (data, buildState) => isSyncDeep(data, buildState.engine, buildState),
    method: (arr, context, above, engine) => {
      if (!Array.isArray(arr)) throw INVALID_ARGUMENTS;
      if (!arr.length) return null;
      let item;
      for (let i = 0; i < arr.length; i++) {
        item = runOptimizedOrFallback(arr[i], engine, context, above);
        if (engine.truthy(item)) return item;
      }
      return item;
    },
    asyncMethod: async (arr, _1, _2, engine) => {
      if (!Array.isArray(arr)) throw INVALID_ARGUMENTS;
      if (!arr.length) return null;
      let item;
      for (let i = 0; i < arr.length; i++) {
        item = await engine.run(arr[i], _1, { above: _2 });
        if (engine.truthy(item)) return item;
      }
      return item;
    },
    deterministic: (data, buildState) => isDeterministic(data, buildState.engine, buildState),
    compile: (data, buildState) => {
      let res2 = buildState.compile``;
      if (Array.isArray(data)) {
        if (!data.length) return buildState.compile`null`;
        for (let i = 0; i < data.length; i++) res2 = buildState.compile`${res2} engine.truthy(prev = ${data[i]}) ? prev : `;
        res2 = buildState.compile`${res2} prev`;
        return res2;
      }
      return false;
    },
    lazy: true
  },
  "??": {
    [Sync]: (data, buildState) => isSyncDeep(data, buildState.engine, buildState),
    method: (arr, context, above, engine) => {
      if (!Array.isArray(arr)) throw INVALID_ARGUMENTS;
      let item;
      for (let i = 0; i < arr.length; i++) {
        item = runOptimizedOrFallback(arr[i], engine, context, above);
        if (item !== null && item !== void 0) return item;
      }
      if (item === void 0) return null;
      return item;
    },
    asyncMethod: async (arr, _1, _2, engine) => {
      if (!Array.isArray(arr)) throw INVALID_ARGUMENTS;
      let item;
      for (let i = 0; i < arr.length; i++) {
        item = await engine.run(arr[i], _1, { above: _2 });
        if (item !== null && item !== void 0) return item;
      }
      if (item === void 0) return null;
      return item;
    },
    deterministic: (data, buildState) => isDeterministic(data, buildState.engine, buildState),
    compile: (data, buildState) => {
      if (!getIsOptionalChainingSupported()) return false;
      if (Array.isArray(data) && data.length) {
        return `(${data.map((i, x) => {
          const built = buildString(i, buildState);
          if (Array.isArray(i) || !i || typeof i !== "object" || x === data.length - 1) return built;
          return "(" + built + ")";
        }).join(" ?? ")})`;
      }
      return `(${buildString(data, buildState)}).reduce((a,b) => (a) ?? b, null)`;
    },
    lazy: true
  },
  try: {
    [Sync]: (data, buildState) => isSyncDeep(data, buildState.engine, buildState),
    method: (arr, context, above, engine) => {
      if (!Array.isArray(arr)) arr = [arr];
      let item;
      let lastError;
      for (let i = 0; i < arr.length; i++) {
        try {
          if (lastError) item = runOptimizedOrFallback(arr[i], engine, { type: lastError.type || lastError.error || lastError.message || lastError.constructor.name }, [null, context, above]);
          else item = runOptimizedOrFallback(arr[i], engine, context, above);
          return item;
        } catch (e) {
          if (Number.isNaN(e)) lastError = { message: "NaN" };
          else lastError = e;
        }
      }
      throw lastError;
    },
    asyncMethod: async (arr, _1, _2, engine) => {
      if (!Array.isArray(arr)) arr = [arr];
      let item;
      let lastError;
      for (let i = 0; i < arr.length; i++) {
        try {
          if (lastError) item = await engine.run(arr[i], { type: lastError.type || lastError.error || lastError.message || lastError.constructor.name }, { above: [null, _1, _2] });
          else item = await engine.run(arr[i], _1, { above: _2 });
          return item;
        } catch (e) {
          if (Number.isNaN(e)) lastError = { message: "NaN" };
          else lastError = e;
        }
      }
      throw lastError;
    },
    deterministic: (data, buildState) => {
      return isDeterministic(data[0], buildState.engine, { ...buildState, insideTry: true }) && isDeterministic(data, buildState.engine, { ...buildState, insideIterator: true, insideTry: true });
    },
    lazy: true,
    compile: (data, buildState) => {
      if (!Array.isArray(data) || !data.length) return false;
      let res2;
      try {
        if ("+" in data[0] && data.length > 1) {
          res2 = buildState.compile`((context, above) => { try { const precoerceNumber = a => a; return Number.isNaN(prev = ${data[0]}) ? ${data[1]} : prev  } catch(err) { above = [null, context, above]; context = { type: err.type || err.message || err.toString() }; `;
        } else {
          res2 = buildState.compile`((context, above) => { try { return ${data[0]} } catch(err) { above = [null, context, above]; context = { type: err.type || err.message || err.toString() }; `;
        }
      } catch (err) {
        if (Number.isNaN(err)) err = { type: "NaN" };
        res2 = { [Compiled]: `((context, above) => { { above = [null, context, above]; context = ${JSON.stringify(err)}; ` };
      }
      if (data.length > 1) {
        for (let i = 1; i < data.length; i++) {
          try {
            if (i === data.length - 1) res2 = buildState.compile`${res2} try { return ${data[i]} } catch(err) { throw err; } `;
            else res2 = buildState.compile`${res2} try { return ${data[i]} } catch(err) { context = { type: err.type || err.message || err.toString() }; } `;
          } catch (err) {
            if (Number.isNaN(err)) err = { type: "NaN" };
            if (i === data.length - 1) res2 = buildState.compile`${res2} throw ${{ [Compiled]: JSON.stringify(err) }} `;
            else res2 = buildState.compile`${res2} ${{ [Compiled]: `context = ${JSON.stringify(err)};` }}`;
          }
        }
      } else {
        if (res2[Compiled].includes("err")) res2 = buildState.compile`${res2} throw err;`;
        else res2 = buildState.compile`${res2} throw context;`;
      }
      res2 = buildState.compile`${res2} } })(context, above)`;
      if (res2[Compiled].includes("await")) res2[Compiled] = res2[Compiled].replace("((context", "await (async (context");
      return res2;
    }
  },
  and: {
    [Sync]: (data, buildState) => isSyncDeep(data, buildState.engine, buildState),
    method: (arr, context, above, engine) => {
      if (!Array.isArray(arr)) throw INVALID_ARGUMENTS;
      if (!arr.length) return null;
      let item;
      for (let i = 0; i < arr.length; i++) {
        item = runOptimizedOrFallback(arr[i], engine, context, above);
        if (!engine.truthy(item)) return item;
      }
      return item;
    },
    asyncMethod: async (arr, _1, _2, engine) => {
      if (!Array.isArray(arr)) throw INVALID_ARGUMENTS;
      if (!arr.length) return null;
      let item;
      for (let i = 0; i < arr.length; i++) {
        item = await engine.run(arr[i], _1, { above: _2 });
        if (!engine.truthy(item)) return item;
      }
      return item;
    },
    lazy: true,
    deterministic: (data, buildState) => isDeterministic(data, buildState.engine, buildState),
    compile: (data, buildState) => {
      let res2 = buildState.compile``;
      if (Array.isArray(data)) {
        if (!data.length) return buildState.compile`null`;
        for (let i = 0; i < data.length; i++) res2 = buildState.compile`${res2} !engine.truthy(prev = ${data[i]}) ? prev : `;
        res2 = buildState.compile`${res2} prev`;
        return res2;
      }
      return false;
    }
  },
  substr: ([string, from, end]) => {
    if (end < 0) {
      const result = string.substr(from);
      return result.substr(0, result.length + end);
    }
    return string.substr(from, end);
  },
  length: {
    method: (data, context, above, engine) => {
      if (!data) throw INVALID_ARGUMENTS;
      const parsed = runOptimizedOrFallback(data, engine, context, above);
      const i = Array.isArray(data) ? parsed[0] : parsed;
      if (typeof i === "string" || Array.isArray(i)) return i.length;
      if (i && typeof i === "object") return Object.keys(i).length;
      throw INVALID_ARGUMENTS;
    },
    asyncMethod: async (data, context, above, engine) => {
      if (!data) throw INVALID_ARGUMENTS;
      const parsed = await runOptimizedOrFallback(data, engine, context, above);
      const i = Array.isArray(data) ? parsed[0] : parsed;
      if (typeof i === "string" || Array.isArray(i)) return i.length;
      if (i && typeof i === "object") return Object.keys(i).length;
      throw INVALID_ARGUMENTS;
    },
    deterministic: (data, buildState) => isDeterministic(data, buildState.engine, buildState),
    lazy: true
  },
  exists: {
    method: (key, context, above, engine) => {
      const result = defaultMethods.val.method(key, context, above, engine, Unfound);
      return result !== Unfound;
    },
    deterministic: false
  },
  val: {
    [OriginalImpl]: true,
    [Sync]: true,
    method: (args, context, above, engine, unFound = null) => {
      if (Array.isArray(args) && args.length === 1 && !Array.isArray(args[0])) args = args[0];
      if (!Array.isArray(args)) {
        if (unFound && !(context && args in context)) return unFound;
        if (context === null || context === void 0) return null;
        const result2 = context[args];
        if (typeof result2 === "undefined") return null;
        return result2;
      }
      let result = context;
      let start = 0;
      if (Array.isArray(args[0]) && args[0].length === 1) {
        start++;
        const climb = +Math.abs(args[0][0]);
        let pos = 0;
        for (let i = 0; i < climb; i++) {
          result = above[pos++];
          if (i === above.length - 1 && Array.isArray(result)) {
            above = result;
            result = result[0];
            pos = 1;
          }
        }
      }
      for (let i = start; i < args.length; i++) {
        if (unFound && !(result && args[i] in result)) return unFound;
        if (result === null || result === void 0) return null;
        result = result[args[i]];
      }
      if (typeof result === "undefined") return unFound;
      if (typeof result === "function" && !engine.allowFunctions) return unFound;
      return result;
    },
    optimizeUnary: true,
    deterministic: (data, buildState) => {
      if (buildState.insideIterator) {
        if (Array.isArray(data) && Array.isArray(data[0]) && Math.abs(data[0][0]) >= 2) return false;
        return true;
      }
      return false;
    },
    compile: (data, buildState) => {
      function wrapNull(data2) {
        let res2;
        if (!getIsOptionalChainingSupported()) res2 = buildState.compile`(((a) => a === null || a === undefined ? null : a)(${data2}))`;
        else res2 = buildState.compile`(${data2} ?? null)`;
        if (!buildState.engine.allowFunctions) res2 = buildState.compile`(typeof (prev = ${res2}) === 'function' ? null : prev)`;
        return res2;
      }
      if (typeof data === "object" && !Array.isArray(data)) {
        if (isSyncDeep(data, buildState.engine, buildState) && isDeterministic(data, buildState.engine, buildState) && !buildState.engine.disableInline) data = (buildState.engine.fallback || buildState.engine).run(data, buildState.context, { above: buildState.above });
        else return false;
      }
      if (Array.isArray(data) && Array.isArray(data[0])) {
        if (buildState.iteratorCompile && Math.abs(data[0][0] || 0) === 1 && data[1] === "index") return buildState.compile`index`;
        return false;
      }
      if (Array.isArray(data) && data.length === 1) data = data[0];
      if (data === null) return wrapNull(buildState.compile`context`);
      if (!Array.isArray(data)) {
        if (getIsOptionalChainingSupported()) return wrapNull(buildState.compile`context?.[${data}]`);
        return wrapNull(buildState.compile`(context || 0)[${data}]`);
      }
      if (Array.isArray(data)) {
        let res2 = buildState.compile`context`;
        for (let i = 0; i < data.length; i++) {
          if (data[i] === null) continue;
          if (getIsOptionalChainingSupported()) res2 = buildState.compile`${res2}?.[${data[i]}]`;
          else res2 = buildState.compile`(${res2}|| 0)[${data[i]}]`;
        }
        return wrapNull(buildState.compile`(${res2})`);
      }
      return false;
    }
  },
  map: createArrayIterativeMethod("map"),
  some: {
    ...createArrayIterativeMethod("some", true),
    method: (input, context, above, engine) => {
      if (!Array.isArray(input)) throw INVALID_ARGUMENTS;
      let [selector, mapper] = input;
      selector = runOptimizedOrFallback(selector, engine, context, above) || [];
      for (let i = 0; i < selector.length; i++) {
        if (engine.truthy(runOptimizedOrFallback(mapper, engine, selector[i], [selector, context, above]))) return true;
      }
      return false;
    }
  },
  all: {
    [Sync]: oldAll[Sync],
    method: (args, context, above, engine) => {
      if (!Array.isArray(args)) throw INVALID_ARGUMENTS;
      const selector = runOptimizedOrFallback(args[0], engine, context, above) || [];
      if (Array.isArray(selector) && selector.length === 0) return false;
      const mapper = args[1];
      for (let i = 0; i < selector.length; i++) {
        if (!engine.truthy(runOptimizedOrFallback(mapper, engine, selector[i], [selector, context, above]))) return false;
      }
      return true;
    },
    asyncMethod: async (args, context, above, engine) => {
      if (Array.isArray(args)) {
        const first = await engine.run(args[0], context, above);
        if (Array.isArray(first) && first.length === 0) return false;
      }
      return oldAll.asyncMethod(args, context, above, engine);
    },
    compile: (data, buildState) => {
      if (!Array.isArray(data)) return false;
      return buildState.compile`Array.isArray(prev = ${data[0]}) && prev.length === 0 ? false : ${oldAll.compile([{ [Compiled]: "prev" }, data[1]], buildState)}`;
    },
    deterministic: oldAll.deterministic,
    lazy: oldAll.lazy
  },
  none: {
    [Sync]: (data, buildState) => isSyncDeep(data, buildState.engine, buildState),
    lazy: true,
    method: (val, context, above, engine) => !defaultMethods.some.method(val, context, above, engine),
    asyncMethod: async (val, context, above, engine) => !await defaultMethods.some.asyncMethod(val, context, above, engine),
    compile: (data, buildState) => {
      const result = defaultMethods.some.compile(data, buildState);
      return result ? buildState.compile`!(${result})` : false;
    }
  },
  merge: (args) => {
    if (!Array.isArray(args)) return [args];
    const result = [];
    for (let i = 0; i < args.length; i++) {
      if (Array.isArray(args[i])) {
        for (let j = 0; j < args[i].length; j++) {
          result.push(args[i][j]);
        }
      } else result.push(args[i]);
    }
    return result;
  },
  filter: createArrayIterativeMethod("filter", true),
  reduce: {
    deterministic: (data, buildState) => {
      return isDeterministic(data[0], buildState.engine, buildState) && isDeterministic(data[1], buildState.engine, {
        ...buildState,
        insideIterator: true
      });
    },
    compile: (data, buildState) => {
      if (!Array.isArray(data)) throw INVALID_ARGUMENTS;
      const { async } = buildState;
      let [selector, mapper, defaultValue] = data;
      selector = buildString(selector, buildState);
      if (typeof defaultValue !== "undefined") {
        defaultValue = buildString(defaultValue, buildState);
      }
      const mapState = {
        ...buildState,
        extraArguments: "above",
        avoidInlineAsync: true
      };
      mapper = build(mapper, mapState);
      const aboveArray = mapper.aboveDetected ? "[null, context, above]" : "null";
      const verifyAccumulator = buildState.engine.options.maxDepth === Infinity ? "" : "assertAllowedDepth";
      buildState.methods.push(mapper);
      if (async) {
        if (!isSync(mapper) || selector.includes("await")) {
          buildState.asyncDetected = true;
          if (typeof defaultValue !== "undefined") {
            return `await asyncIterators.reduce(${selector} || [], (a,b) => methods[${buildState.methods.length - 1}]({ accumulator: a, current: b }, ${aboveArray}), ${defaultValue}, ${buildState.engine.options.maxDepth})`;
          }
          return `await asyncIterators.reduce(${selector} || [], (a,b) => methods[${buildState.methods.length - 1}]({ accumulator: a, current: b }, ${aboveArray}), undefined, ${buildState.engine.options.maxDepth})`;
        }
      }
      if (typeof defaultValue !== "undefined") {
        return `(${selector} || []).reduce((a,b) => ${verifyAccumulator}(methods[${buildState.methods.length - 1}]({ accumulator: a, current: b }, ${aboveArray})), ${verifyAccumulator}(${defaultValue}))`;
      }
      return `(${selector} || []).reduce((a,b) => ${verifyAccumulator}(methods[${buildState.methods.length - 1}]({ accumulator: a, current: b }, ${aboveArray})))`;
    },
    method: (input, context, above, engine) => {
      if (!Array.isArray(input)) throw INVALID_ARGUMENTS;
      let [selector, mapper, defaultValue] = input;
      defaultValue = assertAllowedDepth(runOptimizedOrFallback(defaultValue, engine, context, above), engine.options.maxDepth);
      selector = runOptimizedOrFallback(selector, engine, context, above) || [];
      let func = (accumulator, current) => assertAllowedDepth(engine.run(mapper, { accumulator, current }, { above: [selector, context, above] }), engine.options.maxDepth);
      if (engine.optimizedMap.has(mapper) && typeof engine.optimizedMap.get(mapper) === "function") {
        const optimized = engine.optimizedMap.get(mapper);
        func = (accumulator, current) => assertAllowedDepth(optimized({ accumulator, current }, [selector, context, above]), engine.options.maxDepth);
      }
      if (typeof defaultValue === "undefined") return selector.reduce(func);
      return selector.reduce(func, defaultValue);
    },
    [Sync]: (data, buildState) => isSyncDeep(data, buildState.engine, buildState),
    asyncMethod: async (input, context, above, engine) => {
      if (!Array.isArray(input)) throw INVALID_ARGUMENTS;
      let [selector, mapper, defaultValue] = input;
      defaultValue = assertAllowedDepth(await engine.run(defaultValue, context, { above }), engine.options.maxDepth);
      selector = await engine.run(selector, context, { above }) || [];
      return asyncIterators.reduce(
        selector,
        (accumulator, current) => {
          return engine.run(
            mapper,
            {
              accumulator,
              current
            },
            {
              above: [selector, context, above]
            }
          );
        },
        defaultValue,
        engine.options.maxDepth
      );
    },
    lazy: true
  },
  "!": (value, _1, _2, engine) => Array.isArray(value) ? !engine.truthy(value[0]) : !engine.truthy(value),
  "!!": (value, _1, _2, engine) => Boolean(Array.isArray(value) ? engine.truthy(value[0]) : engine.truthy(value)),
  cat: {
    [OriginalImpl]: true,
    [Sync]: true,
    method: (arr) => {
      if (typeof arr === "string") return arr;
      if (!Array.isArray(arr)) return arr.toString();
      let res2 = "";
      for (let i = 0; i < arr.length; i++) {
        if (arr[i] === null || arr[i] === void 0) continue;
        res2 += arr[i];
      }
      return res2;
    },
    deterministic: true,
    optimizeUnary: true,
    compile: (data, buildState) => {
      if (typeof data === "string") return JSON.stringify(data);
      if (typeof data === "number") return '"' + JSON.stringify(data) + '"';
      if (!Array.isArray(data)) return false;
      let res2 = buildState.compile`''`;
      for (let i = 0; i < data.length; i++) res2 = buildState.compile`${res2} + ${data[i]}`;
      return buildState.compile`(${res2})`;
    }
  },
  keys: ([obj]) => typeof obj === "object" ? Object.keys(obj) : [],
  pipe: {
    lazy: true,
    [Sync]: (data, buildState) => isSyncDeep(data, buildState.engine, buildState),
    method: (args, context, above, engine) => {
      if (!Array.isArray(args)) throw new Error("Data for pipe must be an array");
      let answer = engine.run(args[0], context, { above: [args, context, above] });
      for (let i = 1; i < args.length; i++) answer = engine.run(args[i], answer, { above: [args, context, above] });
      return answer;
    },
    asyncMethod: async (args, context, above, engine) => {
      if (!Array.isArray(args)) throw new Error("Data for pipe must be an array");
      let answer = await engine.run(args[0], context, { above: [args, context, above] });
      for (let i = 1; i < args.length; i++) answer = await engine.run(args[i], answer, { above: [args, context, above] });
      return answer;
    },
    compile: (args, buildState) => {
      let res2 = buildState.compile`${args[0]}`;
      for (let i = 1; i < args.length; i++) res2 = buildState.compile`${build(args[i], { ...buildState, extraArguments: "above" })}(${res2}, [null, context, above])`;
      return res2;
    },
    deterministic: (data, buildState) => {
      if (!Array.isArray(data)) return false;
      data = [...data];
      const first = data.shift();
      return isDeterministic(first, buildState.engine, buildState) && isDeterministic(data, buildState.engine, { ...buildState, insideIterator: true });
    }
  },
  eachKey: {
    lazy: true,
    [Sync]: (data, buildState) => isSyncDeep(Object.values(data[Object.keys(data)[0]]), buildState.engine, buildState),
    method: (object, context, above, engine) => {
      const result = Object.keys(object).reduce((accumulator, key) => {
        const item = object[key];
        Object.defineProperty(accumulator, key, {
          enumerable: true,
          value: engine.run(item, context, { above })
        });
        return accumulator;
      }, {});
      return result;
    },
    deterministic: (data, buildState) => {
      if (data && typeof data === "object") {
        return Object.values(data).every((i) => {
          return isDeterministic(i, buildState.engine, buildState);
        });
      }
      throw INVALID_ARGUMENTS;
    },
    compile: (data, buildState) => {
      if (data && typeof data === "object") {
        const result = `({ ${Object.keys(data).reduce((accumulator, key) => {
          accumulator.push(
            // @ts-ignore Never[] is not accurate
            `${JSON.stringify(key)}: ${buildString(data[key], buildState)}`
          );
          return accumulator;
        }, []).join(",")} })`;
        return result;
      }
      throw INVALID_ARGUMENTS;
    },
    asyncMethod: async (object, context, above, engine) => {
      const result = await asyncIterators.reduce(
        Object.keys(object),
        async (accumulator, key) => {
          const item = object[key];
          Object.defineProperty(accumulator, key, {
            enumerable: true,
            value: await engine.run(item, context, { above })
          });
          return accumulator;
        },
        {},
        Infinity
      );
      return result;
    }
  }
};
function createComparator(name, func) {
  const opStr = { [Compiled]: name };
  const strict = name.length === 3;
  return {
    method: (args, context, above, engine) => {
      if (!Array.isArray(args) || args.length <= 1) throw INVALID_ARGUMENTS;
      if (args.length === 2) {
        const a = runOptimizedOrFallback(args[0], engine, context, above);
        const b = runOptimizedOrFallback(args[1], engine, context, above);
        if (strict || (typeof a === "string" || a === null) && (typeof b === "string" || b === null)) return func(a, b);
        if (Number.isNaN(+precoerceNumber(a))) throw NaN;
        if (Number.isNaN(+precoerceNumber(b)) && a !== null) throw NaN;
        return func(+a, +b);
      }
      let prev = runOptimizedOrFallback(args[0], engine, context, above);
      for (let i = 1; i < args.length; i++) {
        const current = runOptimizedOrFallback(args[i], engine, context, above);
        if (strict || (typeof current === "string" || current === null) && (typeof prev === "string" || prev === null)) {
          if (!func(prev, current)) return false;
        }
        if (Number.isNaN(+precoerceNumber(current)) && prev !== null) throw NaN;
        if (i === 1 && Number.isNaN(+precoerceNumber(prev))) throw NaN;
        if (!func(+prev, +current)) return false;
        prev = current;
      }
      return true;
    },
    asyncMethod: async (args, context, above, engine) => {
      if (!Array.isArray(args) || args.length <= 1) throw INVALID_ARGUMENTS;
      if (args.length === 2) {
        const a = await runOptimizedOrFallback(args[0], engine, context, above);
        const b = await runOptimizedOrFallback(args[1], engine, context, above);
        if (strict || (typeof a === "string" || a === null) && (typeof b === "string" || b === null)) return func(a, b);
        if (Number.isNaN(+precoerceNumber(a))) throw NaN;
        if (Number.isNaN(+precoerceNumber(b)) && a !== null) throw NaN;
        return func(+a, +b);
      }
      let prev = await runOptimizedOrFallback(args[0], engine, context, above);
      for (let i = 1; i < args.length; i++) {
        const current = await runOptimizedOrFallback(args[i], engine, context, above);
        if (strict || (typeof current === "string" || current === null) && (typeof prev === "string" || prev === null)) {
          if (!func(prev, current)) return false;
        }
        if (Number.isNaN(+precoerceNumber(current)) && prev !== null) throw NaN;
        if (i === 1 && Number.isNaN(+precoerceNumber(prev))) throw NaN;
        if (!func(+prev, +current)) return false;
        prev = current;
      }
      return true;
    },
    compile: (data, buildState) => {
      if (!Array.isArray(data)) return false;
      if (data.length < 2) return false;
      if (data.length === 2) return buildState.compile`((prev = ${data[0]}) ${opStr} compareCheck(${data[1]}, prev, ${strict}))`;
      let res2 = buildState.compile`((prev = ${data[0]}) ${opStr} (prev = compareCheck(${data[1]}, prev, ${strict})))`;
      for (let i = 2; i < data.length; i++) res2 = buildState.compile`(${res2} && prev ${opStr} (prev = compareCheck(${data[i]}, prev, ${strict})))`;
      return res2;
    },
    [OriginalImpl]: true,
    [Sync]: (data, buildState) => isSyncDeep(data, buildState.engine, buildState),
    deterministic: (data, buildState) => isDeterministic(data, buildState.engine, buildState),
    lazy: true
  };
}
function createArrayIterativeMethod(name, useTruthy = false) {
  return {
    deterministic: (data, buildState) => {
      return isDeterministic(data[0], buildState.engine, buildState) && isDeterministic(data[1], buildState.engine, {
        ...buildState,
        insideIterator: true
      });
    },
    [OriginalImpl]: true,
    [Sync]: (data, buildState) => isSyncDeep(data, buildState.engine, buildState),
    method: (input, context, above, engine) => {
      if (!Array.isArray(input)) throw INVALID_ARGUMENTS;
      let [selector, mapper] = input;
      selector = runOptimizedOrFallback(selector, engine, context, above) || [];
      return selector[name]((i, index) => {
        if (!mapper || typeof mapper !== "object") return useTruthy ? engine.truthy(mapper) : mapper;
        const result = runOptimizedOrFallback(mapper, engine, i, [{ iterator: selector, index }, context, above]);
        return useTruthy ? engine.truthy(result) : result;
      });
    },
    asyncMethod: async (input, context, above, engine) => {
      if (!Array.isArray(input)) throw INVALID_ARGUMENTS;
      let [selector, mapper] = input;
      selector = await engine.run(selector, context, { above }) || [];
      return asyncIterators[name](selector, async (i, index) => {
        if (!mapper || typeof mapper !== "object") return useTruthy ? engine.truthy(mapper) : mapper;
        const result = await engine.run(mapper, i, {
          above: [{ iterator: selector, index }, context, above]
        });
        return useTruthy ? engine.truthy(result) : result;
      });
    },
    compile: (data, buildState) => {
      if (!Array.isArray(data)) throw INVALID_ARGUMENTS;
      const { async } = buildState;
      const [selector, mapper] = data;
      const mapState = {
        ...buildState,
        avoidInlineAsync: true,
        iteratorCompile: true,
        extraArguments: "index, above"
      };
      const method = build(mapper, mapState);
      const aboveArray = method.aboveDetected ? buildState.compile`[{ iterator: z, index: x }, context, above]` : buildState.compile`null`;
      const useTruthyMethod = useTruthy ? buildState.compile`engine.truthy` : buildState.compile``;
      if (async) {
        if (!isSync(method)) {
          buildState.asyncDetected = true;
          return buildState.compile`await asyncIterators[${name}](${selector} || [], async (i, x, z) => ${useTruthyMethod}(${method}(i, x, ${aboveArray})))`;
        }
      }
      return buildState.compile`(${selector} || [])[${name}]((i, x, z) => ${useTruthyMethod}(${method}(i, x, ${aboveArray})))`;
    },
    lazy: true
  };
}
defaultMethods.every = defaultMethods.all;
defaultMethods["?:"] = defaultMethods.if;
Object.keys(defaultMethods).forEach((item) => {
  if (typeof defaultMethods[item] === "function") {
    defaultMethods[item][Sync] = true;
  }
  defaultMethods[item].deterministic = typeof defaultMethods[item].deterministic === "undefined" ? true : defaultMethods[item].deterministic;
});
defaultMethods.if.compile = function(data, buildState) {
  if (!Array.isArray(data)) return false;
  if (data.length < 3) return false;
  data = [...data];
  if (data.length % 2 !== 1) data.push(null);
  const onFalse = data.pop();
  let res2 = buildState.compile``;
  while (data.length) {
    const condition = data.shift();
    const onTrue = data.shift();
    res2 = buildState.compile`${res2} engine.truthy(${condition}) ? ${onTrue} : `;
  }
  return buildState.compile`(${res2} ${onFalse})`;
};
function numberCoercion(i, buildState) {
  if (Array.isArray(i)) return precoerceNumber(NaN);
  if (typeof i === "number" || typeof i === "boolean") return "+" + buildString(i, buildState);
  if (typeof i === "string") return "+" + precoerceNumber(+i);
  const f = buildString(i, buildState);
  if (/^-?\d+(\.\d*)?$/.test(f)) return "+" + f;
  if (f.startsWith('"')) return "+" + precoerceNumber(+JSON.parse(f));
  if (f === "true") return "1";
  if (f === "false") return "0";
  if (f === "null") return "0";
  if (f.startsWith("[") || f.startsWith("{")) return precoerceNumber(NaN);
  return `(+precoerceNumber(${f}))`;
}
defaultMethods["+"].compile = function(data, buildState) {
  if (Array.isArray(data)) {
    if (data.length === 0) return "(+0)";
    return `precoerceNumber(${data.map((i) => numberCoercion(i, buildState)).join(" + ")})`;
  }
  if (typeof data === "string" || typeof data === "number" || typeof data === "boolean") return `precoerceNumber(+${buildString(data, buildState)})`;
  return buildState.compile`(Array.isArray(prev = ${data}) ? prev.reduce((a,b) => (+a)+(+precoerceNumber(b)), 0) : precoerceNumber(+prev))`;
};
defaultMethods["%"].compile = function(data, buildState) {
  if (Array.isArray(data)) {
    if (data.length < 2) throw INVALID_ARGUMENTS;
    return `precoerceNumber(${data.map((i) => numberCoercion(i, buildState)).join(" % ")})`;
  }
  return `assertSize(${buildString(data, buildState)}, 2).reduce((a,b) => (+precoerceNumber(a))%(+precoerceNumber(b)))`;
};
defaultMethods.in.compile = function(data, buildState) {
  if (!Array.isArray(data)) return false;
  return buildState.compile`(${data[1]} || []).includes(${data[0]})`;
};
defaultMethods["-"].compile = function(data, buildState) {
  if (Array.isArray(data)) {
    if (data.length === 0) throw INVALID_ARGUMENTS;
    return `${data.length === 1 ? "-" : ""}precoerceNumber(${data.map((i) => numberCoercion(i, buildState)).join(" - ")})`;
  }
  if (typeof data === "string" || typeof data === "number") return `(-${buildString(data, buildState)})`;
  return buildState.compile`(Array.isArray(prev = ${data}) ? prev.length === 1 ? -precoerceNumber(prev[0]) : assertSize(prev, 1).reduce((a,b) => (+precoerceNumber(a))-(+precoerceNumber(b))) : -precoerceNumber(+prev))`;
};
defaultMethods["/"].compile = function(data, buildState) {
  if (Array.isArray(data)) {
    if (data.length === 0) throw INVALID_ARGUMENTS;
    if (data.length === 1) data = [1, data[0]];
    return `precoerceNumber(${data.map((i, x) => {
      let res2 = numberCoercion(i, buildState);
      if (x && res2 === "+0") precoerceNumber(NaN);
      if (x) res2 = `precoerceNumber(${res2} || NaN)`;
      return res2;
    }).join(" / ")})`;
  }
  return `assertSize(prev = ${buildString(data, buildState)}, 1) && prev.length === 1 ? 1 / precoerceNumber(prev[0] || NaN) : prev.reduce((a,b) => (+precoerceNumber(a))/(+precoerceNumber(b || NaN)))`;
};
defaultMethods["*"].compile = function(data, buildState) {
  if (Array.isArray(data)) {
    if (data.length === 0) return "1";
    return `precoerceNumber(${data.map((i) => numberCoercion(i, buildState)).join(" * ")})`;
  }
  return `(${buildString(data, buildState)}).reduce((a,b) => (+precoerceNumber(a))*(+precoerceNumber(b)), 1)`;
};
defaultMethods["!"].compile = function(data, buildState) {
  if (Array.isArray(data)) return buildState.compile`(!engine.truthy(${data[0]}))`;
  return buildState.compile`(!engine.truthy(${data}))`;
};
defaultMethods.not = defaultMethods["!"];
defaultMethods["!!"].compile = function(data, buildState) {
  if (Array.isArray(data)) return buildState.compile`(!!engine.truthy(${data[0]}))`;
  return buildState.compile`(!!engine.truthy(${data}))`;
};
defaultMethods.none.deterministic = defaultMethods.some.deterministic;
defaultMethods.throw.deterministic = (data, buildState) => {
  return buildState.insideTry && isDeterministic(data, buildState.engine, buildState);
};
defaultMethods["+"].optimizeUnary = defaultMethods["-"].optimizeUnary = defaultMethods["!"].optimizeUnary = defaultMethods["!!"].optimizeUnary = defaultMethods.cat.optimizeUnary = defaultMethods.throw.optimizeUnary = true;
var defaultMethods$1 = {
  ...defaultMethods,
  ...legacyMethods$1
};
var omitUndefined = function omitUndefined2(obj) {
  Object.keys(obj).forEach((key) => {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  });
  return obj;
};
function getMethod$1(logic, engine, methodName, above) {
  const method = engine.methods[methodName];
  const called = method.method ? method.method : method;
  if (method.lazy) {
    const args2 = logic[methodName];
    return (data, abv) => called(args2, data, abv || above, engine);
  }
  let args = logic[methodName];
  if ((!args || typeof args !== "object") && !method.optimizeUnary) args = [args];
  if (Array.isArray(args) && args.length === 1 && method.optimizeUnary && !Array.isArray(args[0])) args = args[0];
  if (Array.isArray(args)) {
    const optimizedArgs = args.map((l) => optimize$1(l, engine, above));
    if (optimizedArgs.every((l) => typeof l !== "function")) return (data, abv) => called(optimizedArgs, data, abv || above, engine);
    if (optimizedArgs.length === 1) {
      const first = optimizedArgs[0];
      return (data, abv) => called([first(data, abv)], data, abv || above, engine);
    }
    if (optimizedArgs.length === 2) {
      const [first, second] = optimizedArgs;
      if (typeof first === "function" && typeof second === "function") return (data, abv) => called([first(data, abv), second(data, abv)], data, abv || above, engine);
      if (typeof first === "function") return (data, abv) => called([first(data, abv), second], data, abv || above, engine);
      return (data, abv) => called([first, second(data, abv)], data, abv || above, engine);
    }
    return (data, abv) => {
      const evaluatedArgs = optimizedArgs.map((l) => typeof l === "function" ? l(data, abv) : l);
      return called(evaluatedArgs, data, abv || above, engine);
    };
  } else {
    const optimizedArgs = optimize$1(args, engine, above);
    if (method.optimizeUnary) {
      const singleLayer = (data) => !data || typeof data[optimizedArgs] === "undefined" || typeof data[optimizedArgs] === "function" && !engine.allowFunctions ? null : data[optimizedArgs];
      if (typeof optimizedArgs === "function") return (data, abv) => called(optimizedArgs(data, abv), data, abv || above, engine);
      if ((methodName === "var" || methodName === "val") && engine.methods[methodName][OriginalImpl]) {
        if (!optimizedArgs && methodName !== "val") return (data) => data === null || typeof data === "undefined" || typeof data === "function" && !engine.allowFunctions ? null : data;
        if (methodName === "val" || typeof optimizedArgs === "number" || !optimizedArgs.includes(".") && !optimizedArgs.includes("\\")) return singleLayer;
        if (methodName === "var" && !optimizedArgs.startsWith("../")) {
          const path = splitPathMemoized(String(optimizedArgs));
          let prev;
          if (path.length === 2) {
            const [first, second] = path;
            return (data) => (typeof (prev = data && data[first] && data[first][second]) !== "function" || engine.allowFunctions) && typeof prev !== "undefined" ? prev : null;
          }
          if (path.length === 3) {
            const [first, second, third] = path;
            return (data) => (typeof (prev = data && data[first] && data[first][second] && data[first][second][third]) !== "function" || engine.allowFunctions) && typeof prev !== "undefined" ? prev : null;
          }
        }
      }
      return (data, abv) => called(optimizedArgs, data, abv || above, engine);
    }
    if (typeof optimizedArgs === "function") return (data, abv) => called(coerceArray(optimizedArgs(data, abv)), data, abv || above, engine);
    return (data, abv) => called(coerceArray(optimizedArgs), data, abv || above, engine);
  }
}
var comparisons = {
  "<": (a, b) => a < b,
  "<=": (a, b) => a <= b,
  ">": (a, b) => a > b,
  ">=": (a, b) => a >= b,
  // eslint-disable-next-line eqeqeq
  "==": (a, b) => a == b,
  "===": (a, b) => a === b,
  // eslint-disable-next-line eqeqeq
  "!=": (a, b) => a != b,
  "!==": (a, b) => a !== b
};
function checkIdioms(logic, engine, above) {
  if (logic.val && engine.methods.val[OriginalImpl] && Array.isArray(logic.val) && logic.val.length <= 3 && logic.val.every((i) => typeof i !== "object")) {
    let prev;
    if (logic.val.length === 1) {
      const first = logic.val[0];
      return (data) => (typeof (prev = data && data[first]) !== "function" || engine.allowFunctions) && typeof prev !== "undefined" ? prev : null;
    }
    if (logic.val.length === 2) {
      const [first, second] = logic.val;
      return (data) => (typeof (prev = data && data[first] && data[first][second]) !== "function" || engine.allowFunctions) && typeof prev !== "undefined" ? prev : null;
    }
    if (logic.val.length === 3) {
      const [first, second, third] = logic.val;
      return (data) => (typeof (prev = data && data[first] && data[first][second] && data[first][second][third]) !== "function" || engine.allowFunctions) && typeof prev !== "undefined" ? prev : null;
    }
  }
  if ((logic.if || logic["?:"]) && engine.methods.if[OriginalImpl] && Array.isArray(logic.if || logic["?:"]) && (logic.if || logic["?:"]).length === 3) {
    const [condition, truthy, falsy] = logic.if || logic["?:"];
    const C = optimize$1(condition, engine, above);
    const T = optimize$1(truthy, engine, above);
    const F = optimize$1(falsy, engine, above);
    if (typeof C === "function" && typeof T === "function" && typeof F === "function") return (data, abv) => engine.truthy(C(data, abv)) ? T(data, abv) : F(data, abv);
    if (typeof C === "function" && typeof T === "function") return (data, abv) => engine.truthy(C(data, abv)) ? T(data, abv) : F;
    if (typeof C === "function" && typeof F === "function") return (data, abv) => engine.truthy(C(data, abv)) ? T : F(data, abv);
    if (typeof C === "function") return (data, abv) => engine.truthy(C(data, abv)) ? T : F;
    return engine.truthy(C) ? T : F;
  }
  if (logic.filter && engine.methods.filter[OriginalImpl] && Array.isArray(logic.filter) && logic.filter.length === 2) {
    const [collection, filter2] = logic.filter;
    const filterF = optimize$1(filter2, engine, above);
    if (typeof filterF !== "function") return engine.truthy(filterF) ? optimize$1(collection, engine, above) : [];
  }
  for (const comparison in comparisons) {
    if (logic[comparison] && Array.isArray(logic[comparison]) && engine.methods[comparison][OriginalImpl]) {
      const _comparisonFunc = comparisons[comparison];
      const comparisonFunc = comparison.length === 3 ? _comparisonFunc : function comparisonFunc2(a, b) {
        if ((typeof a === "string" || a === null) && (typeof b === "string" || b === null)) return _comparisonFunc(a, b);
        if (Number.isNaN(+precoerceNumber(a))) throw NaN;
        if (Number.isNaN(+precoerceNumber(b)) && a !== null) throw NaN;
        return _comparisonFunc(+a, +b);
      };
      if (logic[comparison].length === 2) {
        const [a, b] = logic[comparison];
        const A = optimize$1(a, engine, above);
        const B = optimize$1(b, engine, above);
        if (typeof A === "function" && typeof B === "function") return (data, abv) => comparisonFunc(A(data, abv), B(data, abv));
        if (typeof A === "function") return (data, abv) => comparisonFunc(A(data, abv), B);
        if (typeof B === "function") return (data, abv) => comparisonFunc(A, B(data, abv));
        return comparisonFunc(A, B);
      }
      if (logic[comparison].length === 3) {
        const [a, b, c] = logic[comparison];
        const A = optimize$1(a, engine, above);
        const B = optimize$1(b, engine, above);
        const C = optimize$1(c, engine, above);
        let prev;
        if (typeof A === "function" && typeof B === "function" && typeof C === "function") return (data, abv) => comparisonFunc(A(data, abv), prev = B(data, abv)) && comparisonFunc(prev, C(data, abv));
        if (typeof A === "function" && typeof B === "function") return (data, abv) => comparisonFunc(A(data, abv), prev = B(data, abv)) && comparisonFunc(prev, C);
        if (typeof A === "function" && typeof C === "function") return (data, abv) => comparisonFunc(A(data, abv), B) && comparisonFunc(B, C(data, abv));
        if (typeof B === "function" && typeof C === "function") return (data, abv) => comparisonFunc(A, prev = B(data, abv)) && comparisonFunc(prev, C(data, abv));
        if (typeof A === "function") return (data, abv) => comparisonFunc(A(data, abv), B) && comparisonFunc(B, C);
        if (typeof B === "function") return (data, abv) => comparisonFunc(A, prev = B(data, abv)) && comparisonFunc(prev, C);
        if (typeof C === "function") return (data, abv) => comparisonFunc(A, B) && comparisonFunc(B, C(data, abv));
        return comparisonFunc(A, B) && comparisonFunc(B, C);
      }
    }
  }
  if (logic.reduce && Array.isArray(logic.reduce)) {
    let [root, mapper, defaultValue] = logic.reduce;
    if (mapper["+"] && mapper["+"].length === 2 && (mapper["+"][0] || 0).var && (mapper["+"][1] || 0).var) {
      const accumulatorFound = mapper["+"][0].var === "accumulator" || mapper["+"][1].var === "accumulator";
      const currentFound = mapper["+"][0].var === "current" || mapper["+"][1].var === "current";
      defaultValue = defaultValue || 0;
      if (accumulatorFound && currentFound) return optimize$1({ "+": [{ "+": root }, defaultValue] }, engine, above);
    }
    if (mapper["*"] && mapper["*"].length === 2 && (mapper["*"][0] || 0).var && (mapper["*"][1] || 0).var) {
      const accumulatorFound = mapper["*"][0].var === "accumulator" || mapper["*"][1].var === "accumulator";
      const currentFound = mapper["*"][0].var === "current" || mapper["*"][1].var === "current";
      defaultValue = typeof defaultValue === "undefined" ? 1 : defaultValue;
      if (accumulatorFound && currentFound) return optimize$1({ "*": [{ "*": root }, defaultValue] }, engine, above);
    }
  }
}
function optimize$1(logic, engine, above = []) {
  if (Array.isArray(logic)) {
    const arr = logic.map((l) => optimize$1(l, engine, above));
    if (arr.every((l) => typeof l !== "function")) return arr;
    return (data, abv) => arr.map((l) => typeof l === "function" ? l(data, abv) : l);
  }
  if (logic && typeof logic === "object") {
    const idiomEnhancement = checkIdioms(logic, engine, above);
    if (typeof idiomEnhancement !== "undefined") return idiomEnhancement;
    const keys = Object.keys(logic);
    const methodName = keys[0];
    if (keys.length === 0) return logic;
    const isData = engine.isData(logic, methodName);
    if (isData) return () => logic;
    if (keys.length > 1) throw { type: "Unknown Operator" };
    const deterministic = !engine.disableInline && isDeterministic$1(logic, engine, { engine });
    if (methodName in engine.methods) {
      const result = getMethod$1(logic, engine, methodName, above);
      if (deterministic) return result();
      return result;
    }
    throw { type: "Unknown Operator", key: methodName };
  }
  return logic;
}
var LogicEngine = class {
  /**
   * Creates a new instance of the Logic Engine.
  *
   * @param {Object} methods An object that stores key-value pairs between the names of the commands & the functions they execute.
   * @param {{ disableInline?: Boolean, disableInterpretedOptimization?: Boolean, permissive?: boolean, maxDepth?: number, maxArrayLength?: number, maxStringLength?: number }} options
   */
  constructor(methods = defaultMethods$1, options = { disableInline: false, disableInterpretedOptimization: false, permissive: false, maxDepth: 0, maxArrayLength: 1 << 15, maxStringLength: 1 << 16 }) {
    this.disableInline = options.disableInline;
    this.disableInterpretedOptimization = options.disableInterpretedOptimization;
    this.methods = { ...methods };
    this.optimizedMap = /* @__PURE__ */ new WeakMap();
    this.missesSinceSeen = 0;
    this.options = { disableInline: options.disableInline, disableInterpretedOptimization: options.disableInterpretedOptimization, maxDepth: options.maxDepth || 0, maxArrayLength: options.maxArrayLength || 1 << 15, maxStringLength: options.maxStringLength || 1 << 16 };
    if (!this.isData) {
      if (!options.permissive) this.isData = () => false;
      else this.isData = (data, key) => !(key in this.methods);
    }
  }
  /**
   * Determines the truthiness of a value.
   * You can override this method to change the way truthiness is determined.
   * @param {*} value
   * @returns
   */
  truthy(value) {
    if (!value) return value;
    if (Array.isArray(value)) return value.length > 0;
    if (typeof value === "object") {
      if (value[Symbol.iterator]) {
        if ("length" in value && value.length === 0) return false;
        if ("size" in value && value.size === 0) return false;
      }
      if (value.constructor.name === "Object") return Object.keys(value).length > 0;
    }
    return value;
  }
  /**
   * An internal method used to parse through the JSON Logic at a lower level.
   * @param {*} logic The logic being executed.
   * @param {*} context The context of the logic being run (input to the function.)
   * @param {*} above The context above (can be used for handlebars-style data traversal.)
   * @returns {{ result: *, func: string }}
   */
  _parse(logic, context, above, func, length) {
    const data = logic[func];
    if (this.isData(logic, func)) return logic;
    if (!this.methods[func] || length > 1) throw { type: "Unknown Operator", key: func };
    if ((func === "var" || func === "val") && this.methods[func][OriginalImpl]) {
      const input = !data || typeof data !== "object" ? data : this.run(data, context, { above });
      return this.methods[func].method(input, context, above, this, null);
    }
    if (typeof this.methods[func] === "function") {
      const input = !data || typeof data !== "object" ? [data] : coerceArray(this.run(data, context, { above }));
      return this.methods[func](input, context, above, this);
    }
    if (typeof this.methods[func] === "object") {
      const { method, lazy } = this.methods[func];
      const parsedData = !lazy ? !data || typeof data !== "object" ? [data] : coerceArray(this.run(data, context, { above })) : data;
      return method(parsedData, context, above, this);
    }
    throw new Error(`Method '${func}' is not set up properly.`);
  }
  /**
   *
   * @param {String} name The name of the method being added.
   * @param {((args: any, context: any, above: any[], engine: LogicEngine) => any) |{ lazy?: Boolean, traverse?: Boolean, method: (args: any, context: any, above: any[], engine: LogicEngine) => any, deterministic?: Function | Boolean }} method
   * @param {{ deterministic?: Boolean, optimizeUnary?: Boolean }} annotations This is used by the compiler to help determine if it can optimize the function being generated.
   */
  addMethod(name, method, { deterministic, optimizeUnary } = {}) {
    if (typeof method === "function") method = { method, lazy: false };
    else method = { ...method, lazy: typeof method.traverse !== "undefined" ? !method.traverse : method.lazy };
    Object.assign(method, omitUndefined({ deterministic, optimizeUnary }));
    this.methods[name] = declareSync(method);
  }
  /**
   * Adds a batch of functions to the engine
   * @param {String} name
   * @param {Object} obj
   * @param {{ deterministic?: Boolean, async?: Boolean, sync?: Boolean }} annotations Not recommended unless you're sure every function from the module will match these annotations.
   */
  addModule(name, obj, annotations) {
    Object.getOwnPropertyNames(obj).forEach((key) => {
      if (typeof obj[key] === "function" || typeof obj[key] === "object") this.addMethod(`${name}${name ? "." : ""}${key}`, obj[key], annotations);
    });
  }
  /**
   * Runs the logic against the data.
   *
   * NOTE: With interpreted optimizations enabled, it will cache the execution plan for the logic for
   * future invocations; if you plan to modify the logic, you should disable this feature, by passing
   * `disableInterpretedOptimization: true` in the constructor.
   *
   * If it detects that a bunch of dynamic objects are being passed in, and it doesn't see the same object,
   * it will disable the interpreted optimization.
   *
   * @param {*} logic The logic to be executed
   * @param {*} data The data being passed in to the logic to be executed against.
   * @param {{ above?: any }} options Options for the invocation
   * @returns {*}
   */
  run(logic, data = {}, options = {}) {
    const { above = [] } = options;
    if (!this.disableInterpretedOptimization && typeof logic === "object" && logic) {
      if (this.missesSinceSeen > 500) {
        this.disableInterpretedOptimization = true;
        this.missesSinceSeen = 0;
      }
      if (!this.optimizedMap.has(logic)) {
        this.optimizedMap.set(logic, optimize$1(logic, this, above));
        this.missesSinceSeen++;
        const grab = this.optimizedMap.get(logic);
        return typeof grab === "function" ? grab(data, above) : grab;
      } else {
        this.missesSinceSeen = 0;
        const grab = this.optimizedMap.get(logic);
        return typeof grab === "function" ? grab(data, above) : grab;
      }
    }
    if (Array.isArray(logic)) {
      const res2 = new Array(logic.length);
      for (let i = 0; i < logic.length; i++) res2[i] = this.run(logic[i], data, { above });
      return res2;
    }
    if (logic && typeof logic === "object") {
      const keys = Object.keys(logic);
      if (keys.length > 0) {
        const func = keys[0];
        return this._parse(logic, data, above, func, keys.length);
      }
    }
    return logic;
  }
  /**
   *
   * @param {*} logic The logic to be built.
   * @param {{ top?: Boolean, above?: any }} options
   * @returns {Function}
   */
  build(logic, options = {}) {
    const { above = [], top = true } = options;
    const constructedFunction = build(logic, { engine: this, above });
    if (top === false && constructedFunction.deterministic) return constructedFunction();
    return constructedFunction;
  }
};

// node_modules/@openfeature/flagd-core/index.esm.js
var import_semver = __toESM(require_semver2());
var import_imurmurhash = __toESM(require_imurmurhash());
var flagdPropertyKey = "$flagd";
var flagKeyPropertyKey = "flagKey";
var timestampPropertyKey = "timestamp";
var targetingPropertyKey = "targetingKey";
var loggerSymbol = Symbol.for("flagd.logger");
function getLoggerFromContext(context) {
  const logger = context[loggerSymbol];
  if (!logger) {
    throw new Error("Logger not found in context");
  }
  return logger;
}
var startsWithRule = "starts_with";
var endsWithRule = "ends_with";
function startsWith(data, context) {
  return compare(startsWithRule, data, context);
}
function endsWith(data, context) {
  return compare(endsWithRule, data, context);
}
function compare(method, data, context) {
  const logger = getLoggerFromContext(context);
  if (!Array.isArray(data)) {
    logger.debug("Invalid comparison configuration: input is not an array");
    return null;
  }
  if (data.length != 2) {
    logger.debug(`Invalid comparison configuration: invalid array length ${data.length}`);
    return null;
  }
  if (typeof data[0] !== "string" || typeof data[1] !== "string") {
    logger.debug("Invalid comparison configuration: array values are not strings");
    return null;
  }
  switch (method) {
    case startsWithRule:
      return data[0].startsWith(data[1]);
    case endsWithRule:
      return data[0].endsWith(data[1]);
    default:
      logger.debug(`Invalid comparison configuration: Invalid method '${method}'`);
      return null;
  }
}
var semVerRule = "sem_ver";
function normalizeVersion(raw) {
  const str = String(raw).replace(/^[vV]/, "");
  const strict = (0, import_semver.parse)(str);
  if (strict) {
    return strict;
  }
  if (/^\d+(\.\d+)?$/.test(str)) {
    return (0, import_semver.coerce)(str);
  }
  return null;
}
function semVer(data, context) {
  const logger = getLoggerFromContext(context);
  if (!Array.isArray(data)) {
    logger.debug(`Invalid ${semVerRule} configuration: Expected an array`);
    return null;
  }
  const args = Array.from(data);
  if (args.length != 3) {
    logger.debug(`Invalid ${semVerRule} configuration: Expected 3 arguments, got ${args.length}`);
    return null;
  }
  const semVer1 = normalizeVersion(args[0]);
  const semVer2 = normalizeVersion(args[2]);
  if (!semVer1 || !semVer2) {
    logger.debug(`Invalid ${semVerRule} configuration: Unable to parse semver`);
    return null;
  }
  const operator = String(args[1]);
  const result = (0, import_semver.compare)(semVer1, semVer2);
  switch (operator) {
    case "=":
      return result == 0;
    case "!=":
      return result != 0;
    case "<":
      return result < 0;
    case "<=":
      return result <= 0;
    case ">=":
      return result >= 0;
    case ">":
      return result > 0;
    case "^":
      return semVer1.major == semVer2.major;
    case "~":
      return semVer1.major == semVer2.major && semVer1.minor == semVer2.minor;
  }
  logger.debug(`Invalid ${semVerRule} configuration: Unknown operator '${operator}'`);
  return null;
}
var fractionalRule = "fractional";
function fractional2(data, context) {
  const logger = getLoggerFromContext(context);
  if (!Array.isArray(data)) {
    return null;
  }
  const args = Array.from(data);
  if (args.length < 1) {
    logger.debug(`Invalid ${fractionalRule} configuration: Expected at least 1 bucket, got ${args.length}`);
    return null;
  }
  const flagdProperties = context[flagdPropertyKey];
  if (!flagdProperties) {
    logger.debug("Missing flagd properties, cannot perform fractional targeting");
    return null;
  }
  let bucketBy;
  let buckets;
  if (typeof args[0] == "string") {
    bucketBy = args[0];
    buckets = args.slice(1, args.length);
  } else {
    const targetingKey = context[targetingPropertyKey];
    if (!targetingKey) {
      logger.debug("Missing targetingKey property, cannot perform fractional targeting");
      return null;
    }
    bucketBy = `${flagdProperties[flagKeyPropertyKey]}${targetingKey}`;
    buckets = args;
  }
  let bucketingList;
  try {
    bucketingList = toBucketingList(buckets);
  } catch (err) {
    logger.debug(`Invalid ${fractionalRule} configuration: `, err.message);
    return null;
  }
  const MAX_WEIGHT = 2147483647;
  if (bucketingList.totalWeight > MAX_WEIGHT) {
    logger.debug(`Invalid ${fractionalRule} configuration: sum of weights exceeds Math.MaxInt32 (${MAX_WEIGHT}), got ${bucketingList.totalWeight}`);
    return null;
  }
  const hashUint32 = BigInt(new import_imurmurhash.default(bucketBy).result() >>> 0);
  const bucket = hashUint32 * BigInt(bucketingList.totalWeight) >> BigInt(32);
  let sum = BigInt(0);
  for (let i = 0; i < bucketingList.fractions.length; i++) {
    const bucketEntry = bucketingList.fractions[i];
    sum += BigInt(bucketEntry.fraction);
    if (sum > bucket) {
      return bucketEntry.variant;
    }
  }
  return null;
}
function toBucketingList(from) {
  const bucketingArray = [];
  let totalWeight = 0;
  for (let i = 0; i < from.length; i++) {
    const entry = from[i];
    if (!Array.isArray(entry)) {
      throw new Error("Invalid bucket entries");
    }
    if (entry.length == 0 || entry.length > 2) {
      throw new Error("Invalid bucketing entry. Requires at least a variant");
    }
    let variant;
    if (typeof entry[0] === "string" || typeof entry[0] === "number" || typeof entry[0] === "boolean") {
      variant = entry[0];
    } else if (entry[0] === null || entry[0] === void 0) {
      variant = null;
    } else {
      throw new Error("Bucketing requires variant to be a string, number, or boolean (or a JSONLogic expression that evaluates to one)");
    }
    let weight = 1;
    if (entry.length >= 2) {
      const raw = entry[1];
      if (typeof raw !== "number" || !Number.isInteger(raw)) {
        throw new Error("Bucketing requires weight to be an integer");
      }
      weight = Math.max(0, raw);
    }
    bucketingArray.push({ fraction: weight, variant });
    totalWeight += weight;
  }
  return { fractions: bucketingArray, totalWeight };
}
var Targeting = class _Targeting {
  constructor(logic, logger, options = {}) {
    var _a;
    this.logger = logger;
    this._useInterpreter = (_a = options.disableDynamicCodeGeneration) !== null && _a !== void 0 ? _a : false;
    const engine = new LogicEngine();
    engine.addMethod(startsWithRule, startsWith);
    engine.addMethod(endsWithRule, endsWith);
    engine.addMethod(semVerRule, semVer);
    engine.addMethod(fractionalRule, fractional2);
    if (this._useInterpreter) {
      _Targeting.validateMethods(logic, engine);
      this._engine = engine;
      this._logic = logic;
    } else {
      this._compiledLogic = engine.build(logic);
    }
  }
  /**
   * Recursively walks the json-logic tree and throws if any referenced method
   * is not registered on the engine. This mirrors the validation that
   * engine.build() performs at compile time, ensuring consistent PARSE_ERROR
   * behavior in interpreter mode.
   */
  static validateMethods(logic, engine) {
    if (logic === null || typeof logic !== "object") {
      return;
    }
    if (Array.isArray(logic)) {
      for (const item of logic) {
        _Targeting.validateMethods(item, engine);
      }
      return;
    }
    const keys = Object.keys(logic);
    if (keys.length === 0) {
      return;
    }
    const method = keys[0];
    if (!(method in engine.methods) && !engine.isData(logic, method)) {
      throw new Error(`Method '${method}' was not found in the Logic Engine.`);
    }
    const args = logic[method];
    if (Array.isArray(args)) {
      for (const arg of args) {
        _Targeting.validateMethods(arg, engine);
      }
    } else {
      _Targeting.validateMethods(args, engine);
    }
  }
  evaluate(flagKey, ctx, logger = this.logger) {
    if (Object.hasOwn(ctx, flagdPropertyKey)) {
      logger.debug(`overwriting ${flagdPropertyKey} property in the context`);
    }
    const evaluationContext = Object.assign(Object.assign({}, ctx), {
      [flagdPropertyKey]: {
        [flagKeyPropertyKey]: flagKey,
        [timestampPropertyKey]: Math.floor(Date.now() / 1e3)
      },
      /**
       * Inject the current logger into the context. This is used in custom methods.
       * The symbol is used to prevent collisions with other properties and is omitted
       * when context is serialized.
       */
      [loggerSymbol]: logger
    });
    if (this._useInterpreter) {
      return this._engine.run(this._logic, evaluationContext);
    } else {
      return this._compiledLogic(evaluationContext);
    }
  }
};
var FeatureFlag = class {
  constructor(key, flag, logger, options = {}) {
    var _a;
    this.logger = logger;
    this._key = key;
    this._state = flag["state"];
    this._defaultVariant = flag["defaultVariant"] || void 0;
    this._variants = new Map(Object.entries(flag["variants"]));
    this._metadata = (_a = flag["metadata"]) !== null && _a !== void 0 ? _a : {};
    if (flag.targeting && Object.keys(flag.targeting).length > 0) {
      try {
        this._targeting = new Targeting(flag.targeting, logger, options);
      } catch (err) {
        const message = `Invalid targeting configuration for flag '${key}'`;
        this.logger.warn(message);
        this._targetingParseErrorMessage = message;
      }
    }
    this._hash = (0, import_object_hash.sha1)(flag);
    this.validateStructure();
  }
  get key() {
    return this._key;
  }
  get hash() {
    return this._hash;
  }
  get state() {
    return this._state;
  }
  get defaultVariant() {
    return this._defaultVariant;
  }
  get variants() {
    return this._variants;
  }
  get metadata() {
    return this._metadata;
  }
  evaluate(evalCtx, logger = this.logger) {
    let variant;
    let reason;
    if (this._targetingParseErrorMessage) {
      return {
        reason: StandardResolutionReasons.ERROR,
        errorCode: ErrorCode.PARSE_ERROR,
        errorMessage: this._targetingParseErrorMessage,
        flagMetadata: this.metadata
      };
    }
    if (!this._targeting) {
      variant = this._defaultVariant;
      reason = StandardResolutionReasons.STATIC;
    } else {
      let targetingResolution;
      try {
        targetingResolution = this._targeting.evaluate(this._key, evalCtx, logger);
      } catch (e) {
        logger.debug(`Error evaluating targeting rule for flag '${this._key}': ${e.message}`);
        return {
          reason: StandardResolutionReasons.ERROR,
          errorCode: ErrorCode.GENERAL,
          errorMessage: `Error evaluating targeting rule for flag '${this._key}'`,
          flagMetadata: this.metadata
        };
      }
      if (targetingResolution === null || targetingResolution === void 0) {
        variant = this._defaultVariant;
        reason = StandardResolutionReasons.DEFAULT;
      } else {
        variant = targetingResolution.toString();
        reason = StandardResolutionReasons.TARGETING_MATCH;
      }
    }
    if ((variant === void 0 || variant === null) && (this.defaultVariant === null || this.defaultVariant === void 0)) {
      return {
        reason: StandardResolutionReasons.DEFAULT,
        flagMetadata: this.metadata
      };
    }
    const resolvedVariant = variant;
    const resolvedValue = this._variants.get(resolvedVariant);
    if (resolvedValue === void 0) {
      return {
        reason: StandardResolutionReasons.ERROR,
        errorCode: ErrorCode.GENERAL,
        errorMessage: `Variant '${variant}' not found in flag with key '${this._key}'`,
        flagMetadata: this.metadata
      };
    }
    return {
      value: resolvedValue,
      reason,
      variant: resolvedVariant,
      flagMetadata: this.metadata
    };
  }
  validateStructure() {
    if (this._state !== "ENABLED" && this._state !== "DISABLED") {
      throw new GeneralError(`Invalid flag state: ${JSON.stringify(this._state, void 0, 2)}`);
    }
    if (this._defaultVariant && !this._variants.has(this._defaultVariant)) {
      throw new GeneralError(`Default variant ${this._defaultVariant} missing from variants ${JSON.stringify(this._variants, void 0, 2)}`);
    }
  }
};
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var validators = { exports: {} };
validators.exports = validate10;
validators.exports.default = validate10;
var schema45 = { "additionalProperties": { "type": ["string", "number", "boolean"] } };
var pattern0 = new RegExp("^.{1,}$", "u");
var pattern2 = new RegExp("^\\$flagd\\.((timestamp)|(flagKey))$", "u");
var pattern3 = new RegExp("^\\$flagd\\..*$", "u");
var schema19 = { "properties": { "if": { "title": "If Operator", "description": 'The if statement takes 1 or more arguments: a condition ("if"), what to do if its true ("then", optional, defaults to returning true), and what to do if its false ("else", optional, defaults to returning false). Note that the else condition can be used as an else-if statement by adding additional arguments.', "$ref": "#/definitions/variadicOp" }, "==": { "title": "Lose Equality Operation", "description": "Tests equality, with type coercion. Requires two arguments.", "$ref": "#/definitions/binaryOp" }, "===": { "title": "Strict Equality Operation", "description": "Tests strict equality. Requires two arguments.", "$ref": "#/definitions/binaryOp" }, "!=": { "title": "Lose Inequality Operation", "description": "Tests not-equal, with type coercion.", "$ref": "#/definitions/binaryOp" }, "!==": { "title": "Strict Inequality Operation", "description": "Tests strict not-equal.", "$ref": "#/definitions/binaryOp" }, ">": { "title": "Greater-Than Operation", "$ref": "#/definitions/binaryOp" }, ">=": { "title": "Greater-Than-Or-Equal-To Operation", "$ref": "#/definitions/binaryOp" }, "%": { "title": "Modulo Operation", "description": "Finds the remainder after the first argument is divided by the second argument.", "$ref": "#/definitions/binaryOp" }, "/": { "title": "Division Operation", "$ref": "#/definitions/binaryOp" }, "map": { "title": "Map Operation", "description": "Perform an action on every member of an array. Note, that inside the logic being used to map, var operations are relative to the array element being worked on.", "$ref": "#/definitions/binaryOp" }, "filter": { "title": "Filter Operation", "description": "Keep only elements of the array that pass a test. Note, that inside the logic being used to filter, var operations are relative to the array element being worked on.", "$ref": "#/definitions/binaryOp" }, "all": { "title": "All Operation", "description": "Perform a test on each member of that array, returning true if all pass. Inside the test code, var operations are relative to the array element being tested.", "$ref": "#/definitions/binaryOp" }, "none": { "title": "None Operation", "description": "Perform a test on each member of that array, returning true if none pass. Inside the test code, var operations are relative to the array element being tested.", "$ref": "#/definitions/binaryOp" }, "some": { "title": "Some Operation", "description": "Perform a test on each member of that array, returning true if some pass. Inside the test code, var operations are relative to the array element being tested.", "$ref": "#/definitions/binaryOp" }, "in": { "title": "In Operation", "description": "If the second argument is an array, tests that the first argument is a member of the array.", "$ref": "#/definitions/binaryOp" } } };
var func2 = Object.prototype.hasOwnProperty;
var pattern4 = new RegExp("^\\$ref$", "u");
var wrapper0 = { validate: validate14 };
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs5 = errors;
      for (const key0 in data) {
        if (!pattern4.test(key0)) {
          const err0 = { instancePath, schemaPath: "#/definitions/reference/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
          break;
        }
      }
      if (_errs5 === errors) {
        var valid2 = true;
        for (const key1 in data) {
          if (pattern4.test(key1)) {
            const _errs6 = errors;
            if (typeof data[key1] !== "string") {
              const err1 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/reference/patternProperties/%5E%5C%24ref%24/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
            var valid2 = _errs6 === errors;
            if (!valid2) {
              break;
            }
          }
        }
      }
    } else {
      const err2 = { instancePath, schemaPath: "#/definitions/reference/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs8 = errors;
  if (!wrapper0.validate(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs8 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
    const _errs9 = errors;
    const _errs11 = errors;
    let valid4 = false;
    let passing1 = null;
    const _errs12 = errors;
    if (data !== null) {
      const err3 = { instancePath, schemaPath: "#/definitions/primitive/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    var _valid1 = _errs12 === errors;
    if (_valid1) {
      valid4 = true;
      passing1 = 0;
    }
    const _errs14 = errors;
    if (typeof data !== "boolean") {
      const err4 = { instancePath, schemaPath: "#/definitions/primitive/oneOf/1/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    var _valid1 = _errs14 === errors;
    if (_valid1 && valid4) {
      valid4 = false;
      passing1 = [passing1, 1];
    } else {
      if (_valid1) {
        valid4 = true;
        passing1 = 1;
      }
      const _errs16 = errors;
      if (!(typeof data == "number")) {
        const err5 = { instancePath, schemaPath: "#/definitions/primitive/oneOf/2/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      var _valid1 = _errs16 === errors;
      if (_valid1 && valid4) {
        valid4 = false;
        passing1 = [passing1, 2];
      } else {
        if (_valid1) {
          valid4 = true;
          passing1 = 2;
        }
        const _errs18 = errors;
        if (typeof data !== "string") {
          const err6 = { instancePath, schemaPath: "#/definitions/primitive/oneOf/3/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        var _valid1 = _errs18 === errors;
        if (_valid1 && valid4) {
          valid4 = false;
          passing1 = [passing1, 3];
        } else {
          if (_valid1) {
            valid4 = true;
            passing1 = 3;
          }
          const _errs20 = errors;
          if (!Array.isArray(data)) {
            const err7 = { instancePath, schemaPath: "#/definitions/primitive/oneOf/4/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          var _valid1 = _errs20 === errors;
          if (_valid1 && valid4) {
            valid4 = false;
            passing1 = [passing1, 4];
          } else {
            if (_valid1) {
              valid4 = true;
              passing1 = 4;
            }
          }
        }
      }
    }
    if (!valid4) {
      const err8 = { instancePath, schemaPath: "#/definitions/primitive/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    } else {
      errors = _errs11;
      if (vErrors !== null) {
        if (_errs11) {
          vErrors.length = _errs11;
        } else {
          vErrors = null;
        }
      }
    }
    var _valid0 = _errs9 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
      }
    }
  }
  if (!valid0) {
    const err9 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
    validate17.errors = vErrors;
    return false;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate17.errors = vErrors;
  return errors === 0;
}
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (Array.isArray(data)) {
      if (data.length < 1) {
        validate16.errors = [{ instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
        return false;
      } else {
        var valid0 = true;
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
          const _errs1 = errors;
          if (!validate17(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
          if (!valid0) {
            break;
          }
        }
      }
    } else {
      validate16.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
      return false;
    }
  }
  validate16.errors = vErrors;
  return errors === 0;
}
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (Array.isArray(data)) {
      if (data.length > 2) {
        validate20.errors = [{ instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" }];
        return false;
      } else {
        if (data.length < 2) {
          validate20.errors = [{ instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" }];
          return false;
        } else {
          var valid0 = true;
          const len0 = data.length;
          for (let i0 = 0; i0 < len0; i0++) {
            const _errs1 = errors;
            if (!validate17(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData })) {
              vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs1 === errors;
            if (!valid0) {
              break;
            }
          }
        }
      }
    } else {
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!func2.call(schema19.properties, key0)) {
          validate15.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
        }
      }
      if (_errs1 === errors) {
        if (data.if !== void 0) {
          const _errs2 = errors;
          if (!validate16(data.if, { instancePath: instancePath + "/if", parentData: data, parentDataProperty: "if", rootData })) {
            vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data["=="] !== void 0) {
            const _errs3 = errors;
            if (!validate20(data["=="], { instancePath: instancePath + "/==", parentData: data, parentDataProperty: "==", rootData })) {
              vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data["==="] !== void 0) {
              const _errs4 = errors;
              if (!validate20(data["==="], { instancePath: instancePath + "/===", parentData: data, parentDataProperty: "===", rootData })) {
                vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data["!="] !== void 0) {
                const _errs5 = errors;
                if (!validate20(data["!="], { instancePath: instancePath + "/!=", parentData: data, parentDataProperty: "!=", rootData })) {
                  vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data["!=="] !== void 0) {
                  const _errs6 = errors;
                  if (!validate20(data["!=="], { instancePath: instancePath + "/!==", parentData: data, parentDataProperty: "!==", rootData })) {
                    vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs6 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data[">"] !== void 0) {
                    const _errs7 = errors;
                    if (!validate20(data[">"], { instancePath: instancePath + "/>", parentData: data, parentDataProperty: ">", rootData })) {
                      vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs7 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data[">="] !== void 0) {
                      const _errs8 = errors;
                      if (!validate20(data[">="], { instancePath: instancePath + "/>=", parentData: data, parentDataProperty: ">=", rootData })) {
                        vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs8 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data["%"] !== void 0) {
                        const _errs9 = errors;
                        if (!validate20(data["%"], { instancePath: instancePath + "/%", parentData: data, parentDataProperty: "%", rootData })) {
                          vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
                          errors = vErrors.length;
                        }
                        var valid0 = _errs9 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data["/"] !== void 0) {
                          const _errs10 = errors;
                          if (!validate20(data["/"], { instancePath: instancePath + "/~1", parentData: data, parentDataProperty: "/", rootData })) {
                            vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
                            errors = vErrors.length;
                          }
                          var valid0 = _errs10 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.map !== void 0) {
                            const _errs11 = errors;
                            if (!validate20(data.map, { instancePath: instancePath + "/map", parentData: data, parentDataProperty: "map", rootData })) {
                              vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
                              errors = vErrors.length;
                            }
                            var valid0 = _errs11 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.filter !== void 0) {
                              const _errs12 = errors;
                              if (!validate20(data.filter, { instancePath: instancePath + "/filter", parentData: data, parentDataProperty: "filter", rootData })) {
                                vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
                                errors = vErrors.length;
                              }
                              var valid0 = _errs12 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.all !== void 0) {
                                const _errs13 = errors;
                                if (!validate20(data.all, { instancePath: instancePath + "/all", parentData: data, parentDataProperty: "all", rootData })) {
                                  vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
                                  errors = vErrors.length;
                                }
                                var valid0 = _errs13 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.none !== void 0) {
                                  const _errs14 = errors;
                                  if (!validate20(data.none, { instancePath: instancePath + "/none", parentData: data, parentDataProperty: "none", rootData })) {
                                    vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid0 = _errs14 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.some !== void 0) {
                                    const _errs15 = errors;
                                    if (!validate20(data.some, { instancePath: instancePath + "/some", parentData: data, parentDataProperty: "some", rootData })) {
                                      vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
                                      errors = vErrors.length;
                                    }
                                    var valid0 = _errs15 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.in !== void 0) {
                                      const _errs16 = errors;
                                      if (!validate20(data.in, { instancePath: instancePath + "/in", parentData: data, parentDataProperty: "in", rootData })) {
                                        vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
                                        errors = vErrors.length;
                                      }
                                      var valid0 = _errs16 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate15.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate15.errors = vErrors;
  return errors === 0;
}
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (Array.isArray(data)) {
      if (data.length > 3) {
        validate38.errors = [{ instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 3 }, message: "must NOT have more than 3 items" }];
        return false;
      } else {
        if (data.length < 2) {
          validate38.errors = [{ instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" }];
          return false;
        } else {
          var valid0 = true;
          const len0 = data.length;
          for (let i0 = 0; i0 < len0; i0++) {
            const _errs1 = errors;
            if (!validate17(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData })) {
              vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs1 === errors;
            if (!valid0) {
              break;
            }
          }
        }
      }
    } else {
      validate38.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
      return false;
    }
  }
  validate38.errors = vErrors;
  return errors === 0;
}
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "substr" || key0 === "<" || key0 === "<=")) {
          validate37.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
        }
      }
      if (_errs1 === errors) {
        if (data.substr !== void 0) {
          const _errs2 = errors;
          if (!validate38(data.substr, { instancePath: instancePath + "/substr", parentData: data, parentDataProperty: "substr", rootData })) {
            vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data["<"] !== void 0) {
            const _errs3 = errors;
            if (!validate38(data["<"], { instancePath: instancePath + "/<", parentData: data, parentDataProperty: "<", rootData })) {
              vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data["<="] !== void 0) {
              const _errs4 = errors;
              if (!validate38(data["<="], { instancePath: instancePath + "/<=", parentData: data, parentDataProperty: "<=", rootData })) {
                vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate37.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate37.errors = vErrors;
  return errors === 0;
}
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (Array.isArray(data)) {
      if (data.length < 2) {
        validate45.errors = [{ instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" }];
        return false;
      } else {
        var valid0 = true;
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
          const _errs1 = errors;
          if (!validate17(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
          if (!valid0) {
            break;
          }
        }
      }
    } else {
      validate45.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
      return false;
    }
  }
  validate45.errors = vErrors;
  return errors === 0;
}
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "*")) {
          validate44.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
        }
      }
      if (_errs1 === errors) {
        if (data["*"] !== void 0) {
          if (!validate45(data["*"], { instancePath: instancePath + "/*", parentData: data, parentDataProperty: "*", rootData })) {
            vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
            errors = vErrors.length;
          }
        }
      }
    } else {
      validate44.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate44.errors = vErrors;
  return errors === 0;
}
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (errors === _errs1) {
    if (Array.isArray(data)) {
      if (data.length > 1) {
        const err0 = { instancePath, schemaPath: "#/anyOf/0/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (data.length < 1) {
          const err1 = { instancePath, schemaPath: "#/anyOf/0/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        } else {
          var valid1 = true;
          const len0 = data.length;
          for (let i0 = 0; i0 < len0; i0++) {
            const _errs3 = errors;
            if (!validate17(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData })) {
              vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
              errors = vErrors.length;
            }
            var valid1 = _errs3 === errors;
            if (!valid1) {
              break;
            }
          }
        }
      }
    } else {
      const err2 = { instancePath, schemaPath: "#/anyOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs4 = errors;
    if (!validate17(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs4 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
    validate50.errors = vErrors;
    return false;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate50.errors = vErrors;
  return errors === 0;
}
function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "!" || key0 === "!!")) {
          validate49.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
        }
      }
      if (_errs1 === errors) {
        if (data["!"] !== void 0) {
          const _errs2 = errors;
          if (!validate50(data["!"], { instancePath: instancePath + "/!", parentData: data, parentDataProperty: "!", rootData })) {
            vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data["!!"] !== void 0) {
            const _errs3 = errors;
            if (!validate50(data["!!"], { instancePath: instancePath + "/!!", parentData: data, parentDataProperty: "!!", rootData })) {
              vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate49.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate49.errors = vErrors;
  return errors === 0;
}
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs2 = errors;
      for (const key0 in data) {
        if (!(key0 === "or" || key0 === "and" || key0 === "+" || key0 === "-" || key0 === "max" || key0 === "min" || key0 === "merge" || key0 === "cat")) {
          validate56.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
        }
      }
      if (_errs2 === errors) {
        if (data.or !== void 0) {
          const _errs3 = errors;
          if (!validate16(data.or, { instancePath: instancePath + "/or", parentData: data, parentDataProperty: "or", rootData })) {
            vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs3 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.and !== void 0) {
            const _errs4 = errors;
            if (!validate16(data.and, { instancePath: instancePath + "/and", parentData: data, parentDataProperty: "and", rootData })) {
              vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data["+"] !== void 0) {
              const _errs5 = errors;
              if (!validate16(data["+"], { instancePath: instancePath + "/+", parentData: data, parentDataProperty: "+", rootData })) {
                vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data["-"] !== void 0) {
                const _errs6 = errors;
                if (!validate16(data["-"], { instancePath: instancePath + "/-", parentData: data, parentDataProperty: "-", rootData })) {
                  vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.max !== void 0) {
                  const _errs7 = errors;
                  if (!validate16(data.max, { instancePath: instancePath + "/max", parentData: data, parentDataProperty: "max", rootData })) {
                    vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.min !== void 0) {
                    const _errs8 = errors;
                    if (!validate16(data.min, { instancePath: instancePath + "/min", parentData: data, parentDataProperty: "min", rootData })) {
                      vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs8 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.merge !== void 0) {
                      const _errs9 = errors;
                      if (!validate16(data.merge, { instancePath: instancePath + "/merge", parentData: data, parentDataProperty: "merge", rootData })) {
                        vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs9 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.cat !== void 0) {
                        const _errs10 = errors;
                        if (!validate16(data.cat, { instancePath: instancePath + "/cat", parentData: data, parentDataProperty: "cat", rootData })) {
                          vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
                          errors = vErrors.length;
                        }
                        var valid0 = _errs10 === errors;
                      } else {
                        var valid0 = true;
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate56.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate56.errors = vErrors;
  return errors === 0;
}
function validate66(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "reduce")) {
          validate66.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
        }
      }
      if (_errs1 === errors) {
        if (data.reduce !== void 0) {
          let data0 = data.reduce;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (Array.isArray(data0)) {
              if (data0.length > 3) {
                validate66.errors = [{ instancePath: instancePath + "/reduce", schemaPath: "#/properties/reduce/maxItems", keyword: "maxItems", params: { limit: 3 }, message: "must NOT have more than 3 items" }];
                return false;
              } else {
                if (data0.length < 3) {
                  validate66.errors = [{ instancePath: instancePath + "/reduce", schemaPath: "#/properties/reduce/minItems", keyword: "minItems", params: { limit: 3 }, message: "must NOT have fewer than 3 items" }];
                  return false;
                } else {
                  var valid1 = true;
                  const len0 = data0.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs4 = errors;
                    if (!validate17(data0[i0], { instancePath: instancePath + "/reduce/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
                      vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
                      errors = vErrors.length;
                    }
                    var valid1 = _errs4 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                }
              }
            } else {
              validate66.errors = [{ instancePath: instancePath + "/reduce", schemaPath: "#/properties/reduce/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
              return false;
            }
          }
        }
      }
    } else {
      validate66.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate66.errors = vErrors;
  return errors === 0;
}
function validate71(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (!wrapper0.validate(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err1 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
    validate71.errors = vErrors;
    return false;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate71.errors = vErrors;
  return errors === 0;
}
function validate70(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (Array.isArray(data)) {
      if (data.length > 2) {
        validate70.errors = [{ instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" }];
        return false;
      } else {
        if (data.length < 2) {
          validate70.errors = [{ instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" }];
          return false;
        } else {
          var valid0 = true;
          const len0 = data.length;
          for (let i0 = 0; i0 < len0; i0++) {
            const _errs1 = errors;
            if (!validate71(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData })) {
              vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs1 === errors;
            if (!valid0) {
              break;
            }
          }
        }
      }
    } else {
      validate70.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
      return false;
    }
  }
  validate70.errors = vErrors;
  return errors === 0;
}
function validate69(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "starts_with" || key0 === "ends_with")) {
          validate69.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
        }
      }
      if (_errs1 === errors) {
        if (data.starts_with !== void 0) {
          const _errs2 = errors;
          if (!validate70(data.starts_with, { instancePath: instancePath + "/starts_with", parentData: data, parentDataProperty: "starts_with", rootData })) {
            vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.ends_with !== void 0) {
            const _errs3 = errors;
            if (!validate70(data.ends_with, { instancePath: instancePath + "/ends_with", parentData: data, parentDataProperty: "ends_with", rootData })) {
              vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate69.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate69.errors = vErrors;
  return errors === 0;
}
var schema36 = { "properties": { "sem_ver": { "items": [{ "oneOf": [{ "$ref": "#/definitions/semVerString" }, { "$ref": "#/definitions/varRule" }] }, { "description": 'Range specifiers: "=", "!=", ">", "<", ">=", "<=", "~" (match minor version), "^" (match major version).', "enum": ["=", "!=", ">", "<", ">=", "<=", "~", "^"] }, { "oneOf": [{ "$ref": "#/definitions/semVerString" }, { "$ref": "#/definitions/varRule" }] }] } } };
var pattern6 = new RegExp("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$", "u");
function validate76(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "sem_ver")) {
          validate76.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
        }
      }
      if (_errs1 === errors) {
        if (data.sem_ver !== void 0) {
          let data0 = data.sem_ver;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (Array.isArray(data0)) {
              if (data0.length > 3) {
                validate76.errors = [{ instancePath: instancePath + "/sem_ver", schemaPath: "#/properties/sem_ver/maxItems", keyword: "maxItems", params: { limit: 3 }, message: "must NOT have more than 3 items" }];
                return false;
              } else {
                if (data0.length < 3) {
                  validate76.errors = [{ instancePath: instancePath + "/sem_ver", schemaPath: "#/properties/sem_ver/minItems", keyword: "minItems", params: { limit: 3 }, message: "must NOT have fewer than 3 items" }];
                  return false;
                } else {
                  const len0 = data0.length;
                  if (len0 > 0) {
                    let data1 = data0[0];
                    const _errs4 = errors;
                    const _errs5 = errors;
                    let valid2 = false;
                    let passing0 = null;
                    const _errs6 = errors;
                    const _errs7 = errors;
                    if (errors === _errs7) {
                      if (typeof data1 === "string") {
                        if (!pattern6.test(data1)) {
                          const err0 = { instancePath: instancePath + "/sem_ver/0", schemaPath: "#/definitions/semVerString/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$" }, message: 'must match pattern "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"' };
                          if (vErrors === null) {
                            vErrors = [err0];
                          } else {
                            vErrors.push(err0);
                          }
                          errors++;
                        }
                      } else {
                        const err1 = { instancePath: instancePath + "/sem_ver/0", schemaPath: "#/definitions/semVerString/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err1];
                        } else {
                          vErrors.push(err1);
                        }
                        errors++;
                      }
                    }
                    var _valid0 = _errs6 === errors;
                    if (_valid0) {
                      valid2 = true;
                      passing0 = 0;
                    }
                    const _errs9 = errors;
                    const _errs10 = errors;
                    if (errors === _errs10) {
                      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                        const _errs12 = errors;
                        for (const key1 in data1) {
                          if (!(key1 === "var")) {
                            const err2 = { instancePath: instancePath + "/sem_ver/0", schemaPath: "#/definitions/varRule/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err2];
                            } else {
                              vErrors.push(err2);
                            }
                            errors++;
                            break;
                          }
                        }
                        if (_errs12 === errors) {
                          if (data1.var !== void 0) {
                            let data2 = data1.var;
                            const _errs14 = errors;
                            let valid6 = false;
                            const _errs15 = errors;
                            if (errors === _errs15) {
                              if (typeof data2 === "string") {
                                if (!pattern2.test(data2)) {
                                  const err3 = { instancePath: instancePath + "/sem_ver/0/var", schemaPath: "#/definitions/varRule/properties/var/anyOf/0/pattern", keyword: "pattern", params: { pattern: "^\\$flagd\\.((timestamp)|(flagKey))$" }, message: 'must match pattern "^\\$flagd\\.((timestamp)|(flagKey))$"' };
                                  if (vErrors === null) {
                                    vErrors = [err3];
                                  } else {
                                    vErrors.push(err3);
                                  }
                                  errors++;
                                }
                              } else {
                                const err4 = { instancePath: instancePath + "/sem_ver/0/var", schemaPath: "#/definitions/varRule/properties/var/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err4];
                                } else {
                                  vErrors.push(err4);
                                }
                                errors++;
                              }
                            }
                            var _valid1 = _errs15 === errors;
                            valid6 = valid6 || _valid1;
                            if (!valid6) {
                              const _errs17 = errors;
                              const _errs18 = errors;
                              const _errs19 = errors;
                              if (errors === _errs19) {
                                if (typeof data2 === "string") {
                                  if (!pattern3.test(data2)) {
                                    const err5 = {};
                                    if (vErrors === null) {
                                      vErrors = [err5];
                                    } else {
                                      vErrors.push(err5);
                                    }
                                    errors++;
                                  }
                                } else {
                                  const err6 = {};
                                  if (vErrors === null) {
                                    vErrors = [err6];
                                  } else {
                                    vErrors.push(err6);
                                  }
                                  errors++;
                                }
                              }
                              var valid7 = _errs19 === errors;
                              if (valid7) {
                                const err7 = { instancePath: instancePath + "/sem_ver/0/var", schemaPath: "#/definitions/varRule/properties/var/anyOf/1/not", keyword: "not", params: {}, message: "must NOT be valid" };
                                if (vErrors === null) {
                                  vErrors = [err7];
                                } else {
                                  vErrors.push(err7);
                                }
                                errors++;
                              } else {
                                errors = _errs18;
                                if (vErrors !== null) {
                                  if (_errs18) {
                                    vErrors.length = _errs18;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var _valid1 = _errs17 === errors;
                              valid6 = valid6 || _valid1;
                              if (!valid6) {
                                const _errs22 = errors;
                                if (errors === _errs22) {
                                  if (Array.isArray(data2)) {
                                    if (data2.length < 1) {
                                      const err8 = { instancePath: instancePath + "/sem_ver/0/var", schemaPath: "#/definitions/varRule/properties/var/anyOf/2/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                      if (vErrors === null) {
                                        vErrors = [err8];
                                      } else {
                                        vErrors.push(err8);
                                      }
                                      errors++;
                                    } else {
                                      const len1 = data2.length;
                                      var valid8 = len1 <= 1;
                                      if (!valid8) {
                                        for (let i0 = 1; i0 < len1; i0++) {
                                          let data3 = data2[i0];
                                          const _errs25 = errors;
                                          const _errs26 = errors;
                                          let valid9 = false;
                                          const _errs27 = errors;
                                          if (data3 !== null) {
                                            const err9 = { instancePath: instancePath + "/sem_ver/0/var/" + i0, schemaPath: "#/definitions/varRule/properties/var/anyOf/2/additionalItems/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                            if (vErrors === null) {
                                              vErrors = [err9];
                                            } else {
                                              vErrors.push(err9);
                                            }
                                            errors++;
                                          }
                                          var _valid2 = _errs27 === errors;
                                          valid9 = valid9 || _valid2;
                                          if (!valid9) {
                                            const _errs29 = errors;
                                            if (typeof data3 !== "boolean") {
                                              const err10 = { instancePath: instancePath + "/sem_ver/0/var/" + i0, schemaPath: "#/definitions/varRule/properties/var/anyOf/2/additionalItems/anyOf/1/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                              if (vErrors === null) {
                                                vErrors = [err10];
                                              } else {
                                                vErrors.push(err10);
                                              }
                                              errors++;
                                            }
                                            var _valid2 = _errs29 === errors;
                                            valid9 = valid9 || _valid2;
                                            if (!valid9) {
                                              const _errs31 = errors;
                                              if (typeof data3 !== "string") {
                                                const err11 = { instancePath: instancePath + "/sem_ver/0/var/" + i0, schemaPath: "#/definitions/varRule/properties/var/anyOf/2/additionalItems/anyOf/2/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                  vErrors = [err11];
                                                } else {
                                                  vErrors.push(err11);
                                                }
                                                errors++;
                                              }
                                              var _valid2 = _errs31 === errors;
                                              valid9 = valid9 || _valid2;
                                              if (!valid9) {
                                                const _errs33 = errors;
                                                if (!(typeof data3 == "number")) {
                                                  const err12 = { instancePath: instancePath + "/sem_ver/0/var/" + i0, schemaPath: "#/definitions/varRule/properties/var/anyOf/2/additionalItems/anyOf/3/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                  if (vErrors === null) {
                                                    vErrors = [err12];
                                                  } else {
                                                    vErrors.push(err12);
                                                  }
                                                  errors++;
                                                }
                                                var _valid2 = _errs33 === errors;
                                                valid9 = valid9 || _valid2;
                                              }
                                            }
                                          }
                                          if (!valid9) {
                                            const err13 = { instancePath: instancePath + "/sem_ver/0/var/" + i0, schemaPath: "#/definitions/varRule/properties/var/anyOf/2/additionalItems/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                            if (vErrors === null) {
                                              vErrors = [err13];
                                            } else {
                                              vErrors.push(err13);
                                            }
                                            errors++;
                                          } else {
                                            errors = _errs26;
                                            if (vErrors !== null) {
                                              if (_errs26) {
                                                vErrors.length = _errs26;
                                              } else {
                                                vErrors = null;
                                              }
                                            }
                                          }
                                          var valid8 = _errs25 === errors;
                                          if (!valid8) {
                                            break;
                                          }
                                        }
                                      }
                                      if (valid8) {
                                        const len2 = data2.length;
                                        if (len2 > 0) {
                                          if (typeof data2[0] !== "string") {
                                            const err14 = { instancePath: instancePath + "/sem_ver/0/var/0", schemaPath: "#/definitions/varRule/properties/var/anyOf/2/items/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                              vErrors = [err14];
                                            } else {
                                              vErrors.push(err14);
                                            }
                                            errors++;
                                          }
                                        }
                                      }
                                    }
                                  } else {
                                    const err15 = { instancePath: instancePath + "/sem_ver/0/var", schemaPath: "#/definitions/varRule/properties/var/anyOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                      vErrors = [err15];
                                    } else {
                                      vErrors.push(err15);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid1 = _errs22 === errors;
                                valid6 = valid6 || _valid1;
                              }
                            }
                            if (!valid6) {
                              const err16 = { instancePath: instancePath + "/sem_ver/0/var", schemaPath: "#/definitions/varRule/properties/var/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                              if (vErrors === null) {
                                vErrors = [err16];
                              } else {
                                vErrors.push(err16);
                              }
                              errors++;
                            } else {
                              errors = _errs14;
                              if (vErrors !== null) {
                                if (_errs14) {
                                  vErrors.length = _errs14;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                          }
                        }
                      } else {
                        const err17 = { instancePath: instancePath + "/sem_ver/0", schemaPath: "#/definitions/varRule/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err17];
                        } else {
                          vErrors.push(err17);
                        }
                        errors++;
                      }
                    }
                    var _valid0 = _errs9 === errors;
                    if (_valid0 && valid2) {
                      valid2 = false;
                      passing0 = [passing0, 1];
                    } else {
                      if (_valid0) {
                        valid2 = true;
                        passing0 = 1;
                      }
                    }
                    if (!valid2) {
                      const err18 = { instancePath: instancePath + "/sem_ver/0", schemaPath: "#/properties/sem_ver/items/0/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                      if (vErrors === null) {
                        vErrors = [err18];
                      } else {
                        vErrors.push(err18);
                      }
                      errors++;
                      validate76.errors = vErrors;
                      return false;
                    } else {
                      errors = _errs5;
                      if (vErrors !== null) {
                        if (_errs5) {
                          vErrors.length = _errs5;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                    var valid1 = _errs4 === errors;
                  }
                  if (valid1) {
                    if (len0 > 1) {
                      let data5 = data0[1];
                      const _errs37 = errors;
                      if (!(data5 === "=" || data5 === "!=" || data5 === ">" || data5 === "<" || data5 === ">=" || data5 === "<=" || data5 === "~" || data5 === "^")) {
                        validate76.errors = [{ instancePath: instancePath + "/sem_ver/1", schemaPath: "#/properties/sem_ver/items/1/enum", keyword: "enum", params: { allowedValues: schema36.properties.sem_ver.items[1].enum }, message: "must be equal to one of the allowed values" }];
                        return false;
                      }
                      var valid1 = _errs37 === errors;
                    }
                    if (valid1) {
                      if (len0 > 2) {
                        let data6 = data0[2];
                        const _errs38 = errors;
                        const _errs39 = errors;
                        let valid11 = false;
                        let passing1 = null;
                        const _errs40 = errors;
                        const _errs41 = errors;
                        if (errors === _errs41) {
                          if (typeof data6 === "string") {
                            if (!pattern6.test(data6)) {
                              const err19 = { instancePath: instancePath + "/sem_ver/2", schemaPath: "#/definitions/semVerString/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$" }, message: 'must match pattern "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"' };
                              if (vErrors === null) {
                                vErrors = [err19];
                              } else {
                                vErrors.push(err19);
                              }
                              errors++;
                            }
                          } else {
                            const err20 = { instancePath: instancePath + "/sem_ver/2", schemaPath: "#/definitions/semVerString/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err20];
                            } else {
                              vErrors.push(err20);
                            }
                            errors++;
                          }
                        }
                        var _valid3 = _errs40 === errors;
                        if (_valid3) {
                          valid11 = true;
                          passing1 = 0;
                        }
                        const _errs43 = errors;
                        const _errs44 = errors;
                        if (errors === _errs44) {
                          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                            const _errs46 = errors;
                            for (const key2 in data6) {
                              if (!(key2 === "var")) {
                                const err21 = { instancePath: instancePath + "/sem_ver/2", schemaPath: "#/definitions/varRule/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err21];
                                } else {
                                  vErrors.push(err21);
                                }
                                errors++;
                                break;
                              }
                            }
                            if (_errs46 === errors) {
                              if (data6.var !== void 0) {
                                let data7 = data6.var;
                                const _errs48 = errors;
                                let valid15 = false;
                                const _errs49 = errors;
                                if (errors === _errs49) {
                                  if (typeof data7 === "string") {
                                    if (!pattern2.test(data7)) {
                                      const err22 = { instancePath: instancePath + "/sem_ver/2/var", schemaPath: "#/definitions/varRule/properties/var/anyOf/0/pattern", keyword: "pattern", params: { pattern: "^\\$flagd\\.((timestamp)|(flagKey))$" }, message: 'must match pattern "^\\$flagd\\.((timestamp)|(flagKey))$"' };
                                      if (vErrors === null) {
                                        vErrors = [err22];
                                      } else {
                                        vErrors.push(err22);
                                      }
                                      errors++;
                                    }
                                  } else {
                                    const err23 = { instancePath: instancePath + "/sem_ver/2/var", schemaPath: "#/definitions/varRule/properties/var/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err23];
                                    } else {
                                      vErrors.push(err23);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid4 = _errs49 === errors;
                                valid15 = valid15 || _valid4;
                                if (!valid15) {
                                  const _errs51 = errors;
                                  const _errs52 = errors;
                                  const _errs53 = errors;
                                  if (errors === _errs53) {
                                    if (typeof data7 === "string") {
                                      if (!pattern3.test(data7)) {
                                        const err24 = {};
                                        if (vErrors === null) {
                                          vErrors = [err24];
                                        } else {
                                          vErrors.push(err24);
                                        }
                                        errors++;
                                      }
                                    } else {
                                      const err25 = {};
                                      if (vErrors === null) {
                                        vErrors = [err25];
                                      } else {
                                        vErrors.push(err25);
                                      }
                                      errors++;
                                    }
                                  }
                                  var valid16 = _errs53 === errors;
                                  if (valid16) {
                                    const err26 = { instancePath: instancePath + "/sem_ver/2/var", schemaPath: "#/definitions/varRule/properties/var/anyOf/1/not", keyword: "not", params: {}, message: "must NOT be valid" };
                                    if (vErrors === null) {
                                      vErrors = [err26];
                                    } else {
                                      vErrors.push(err26);
                                    }
                                    errors++;
                                  } else {
                                    errors = _errs52;
                                    if (vErrors !== null) {
                                      if (_errs52) {
                                        vErrors.length = _errs52;
                                      } else {
                                        vErrors = null;
                                      }
                                    }
                                  }
                                  var _valid4 = _errs51 === errors;
                                  valid15 = valid15 || _valid4;
                                  if (!valid15) {
                                    const _errs56 = errors;
                                    if (errors === _errs56) {
                                      if (Array.isArray(data7)) {
                                        if (data7.length < 1) {
                                          const err27 = { instancePath: instancePath + "/sem_ver/2/var", schemaPath: "#/definitions/varRule/properties/var/anyOf/2/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                          if (vErrors === null) {
                                            vErrors = [err27];
                                          } else {
                                            vErrors.push(err27);
                                          }
                                          errors++;
                                        } else {
                                          const len3 = data7.length;
                                          var valid17 = len3 <= 1;
                                          if (!valid17) {
                                            for (let i1 = 1; i1 < len3; i1++) {
                                              let data8 = data7[i1];
                                              const _errs59 = errors;
                                              const _errs60 = errors;
                                              let valid18 = false;
                                              const _errs61 = errors;
                                              if (data8 !== null) {
                                                const err28 = { instancePath: instancePath + "/sem_ver/2/var/" + i1, schemaPath: "#/definitions/varRule/properties/var/anyOf/2/additionalItems/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                if (vErrors === null) {
                                                  vErrors = [err28];
                                                } else {
                                                  vErrors.push(err28);
                                                }
                                                errors++;
                                              }
                                              var _valid5 = _errs61 === errors;
                                              valid18 = valid18 || _valid5;
                                              if (!valid18) {
                                                const _errs63 = errors;
                                                if (typeof data8 !== "boolean") {
                                                  const err29 = { instancePath: instancePath + "/sem_ver/2/var/" + i1, schemaPath: "#/definitions/varRule/properties/var/anyOf/2/additionalItems/anyOf/1/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                  if (vErrors === null) {
                                                    vErrors = [err29];
                                                  } else {
                                                    vErrors.push(err29);
                                                  }
                                                  errors++;
                                                }
                                                var _valid5 = _errs63 === errors;
                                                valid18 = valid18 || _valid5;
                                                if (!valid18) {
                                                  const _errs65 = errors;
                                                  if (typeof data8 !== "string") {
                                                    const err30 = { instancePath: instancePath + "/sem_ver/2/var/" + i1, schemaPath: "#/definitions/varRule/properties/var/anyOf/2/additionalItems/anyOf/2/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                      vErrors = [err30];
                                                    } else {
                                                      vErrors.push(err30);
                                                    }
                                                    errors++;
                                                  }
                                                  var _valid5 = _errs65 === errors;
                                                  valid18 = valid18 || _valid5;
                                                  if (!valid18) {
                                                    const _errs67 = errors;
                                                    if (!(typeof data8 == "number")) {
                                                      const err31 = { instancePath: instancePath + "/sem_ver/2/var/" + i1, schemaPath: "#/definitions/varRule/properties/var/anyOf/2/additionalItems/anyOf/3/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                      if (vErrors === null) {
                                                        vErrors = [err31];
                                                      } else {
                                                        vErrors.push(err31);
                                                      }
                                                      errors++;
                                                    }
                                                    var _valid5 = _errs67 === errors;
                                                    valid18 = valid18 || _valid5;
                                                  }
                                                }
                                              }
                                              if (!valid18) {
                                                const err32 = { instancePath: instancePath + "/sem_ver/2/var/" + i1, schemaPath: "#/definitions/varRule/properties/var/anyOf/2/additionalItems/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                if (vErrors === null) {
                                                  vErrors = [err32];
                                                } else {
                                                  vErrors.push(err32);
                                                }
                                                errors++;
                                              } else {
                                                errors = _errs60;
                                                if (vErrors !== null) {
                                                  if (_errs60) {
                                                    vErrors.length = _errs60;
                                                  } else {
                                                    vErrors = null;
                                                  }
                                                }
                                              }
                                              var valid17 = _errs59 === errors;
                                              if (!valid17) {
                                                break;
                                              }
                                            }
                                          }
                                          if (valid17) {
                                            const len4 = data7.length;
                                            if (len4 > 0) {
                                              if (typeof data7[0] !== "string") {
                                                const err33 = { instancePath: instancePath + "/sem_ver/2/var/0", schemaPath: "#/definitions/varRule/properties/var/anyOf/2/items/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                  vErrors = [err33];
                                                } else {
                                                  vErrors.push(err33);
                                                }
                                                errors++;
                                              }
                                            }
                                          }
                                        }
                                      } else {
                                        const err34 = { instancePath: instancePath + "/sem_ver/2/var", schemaPath: "#/definitions/varRule/properties/var/anyOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                        if (vErrors === null) {
                                          vErrors = [err34];
                                        } else {
                                          vErrors.push(err34);
                                        }
                                        errors++;
                                      }
                                    }
                                    var _valid4 = _errs56 === errors;
                                    valid15 = valid15 || _valid4;
                                  }
                                }
                                if (!valid15) {
                                  const err35 = { instancePath: instancePath + "/sem_ver/2/var", schemaPath: "#/definitions/varRule/properties/var/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                  if (vErrors === null) {
                                    vErrors = [err35];
                                  } else {
                                    vErrors.push(err35);
                                  }
                                  errors++;
                                } else {
                                  errors = _errs48;
                                  if (vErrors !== null) {
                                    if (_errs48) {
                                      vErrors.length = _errs48;
                                    } else {
                                      vErrors = null;
                                    }
                                  }
                                }
                              }
                            }
                          } else {
                            const err36 = { instancePath: instancePath + "/sem_ver/2", schemaPath: "#/definitions/varRule/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err36];
                            } else {
                              vErrors.push(err36);
                            }
                            errors++;
                          }
                        }
                        var _valid3 = _errs43 === errors;
                        if (_valid3 && valid11) {
                          valid11 = false;
                          passing1 = [passing1, 1];
                        } else {
                          if (_valid3) {
                            valid11 = true;
                            passing1 = 1;
                          }
                        }
                        if (!valid11) {
                          const err37 = { instancePath: instancePath + "/sem_ver/2", schemaPath: "#/properties/sem_ver/items/2/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
                          if (vErrors === null) {
                            vErrors = [err37];
                          } else {
                            vErrors.push(err37);
                          }
                          errors++;
                          validate76.errors = vErrors;
                          return false;
                        } else {
                          errors = _errs39;
                          if (vErrors !== null) {
                            if (_errs39) {
                              vErrors.length = _errs39;
                            } else {
                              vErrors = null;
                            }
                          }
                        }
                        var valid1 = _errs38 === errors;
                      }
                    }
                  }
                }
              }
            } else {
              validate76.errors = [{ instancePath: instancePath + "/sem_ver", schemaPath: "#/properties/sem_ver/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
              return false;
            }
          }
        }
      }
    } else {
      validate76.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate76.errors = vErrors;
  return errors === 0;
}
function validate80(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (Array.isArray(data)) {
      if (data.length > 2) {
        validate80.errors = [{ instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" }];
        return false;
      } else {
        if (data.length < 1) {
          validate80.errors = [{ instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
          return false;
        } else {
          const len0 = data.length;
          if (len0 > 0) {
            const _errs1 = errors;
            if (!validate17(data[0], { instancePath: instancePath + "/0", parentData: data, parentDataProperty: 0, rootData })) {
              vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs1 === errors;
          }
          if (valid0) {
            if (len0 > 1) {
              let data1 = data[1];
              const _errs2 = errors;
              const _errs3 = errors;
              let valid1 = false;
              let passing0 = null;
              const _errs4 = errors;
              if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
                const err0 = { instancePath: instancePath + "/1", schemaPath: "#/items/1/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err0];
                } else {
                  vErrors.push(err0);
                }
                errors++;
              }
              if (errors === _errs4) {
                if (typeof data1 == "number") {
                  if (data1 < 0 || isNaN(data1)) {
                    const err1 = { instancePath: instancePath + "/1", schemaPath: "#/items/1/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                  }
                }
              }
              var _valid0 = _errs4 === errors;
              if (_valid0) {
                valid1 = true;
                passing0 = 0;
              }
              const _errs6 = errors;
              if (!wrapper0.validate(data1, { instancePath: instancePath + "/1", parentData: data, parentDataProperty: 1, rootData })) {
                vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                errors = vErrors.length;
              }
              var _valid0 = _errs6 === errors;
              if (_valid0 && valid1) {
                valid1 = false;
                passing0 = [passing0, 1];
              } else {
                if (_valid0) {
                  valid1 = true;
                  passing0 = 1;
                }
              }
              if (!valid1) {
                const err2 = { instancePath: instancePath + "/1", schemaPath: "#/items/1/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
                validate80.errors = vErrors;
                return false;
              } else {
                errors = _errs3;
                if (vErrors !== null) {
                  if (_errs3) {
                    vErrors.length = _errs3;
                  } else {
                    vErrors = null;
                  }
                }
              }
              var valid0 = _errs2 === errors;
            }
          }
        }
      }
    } else {
      validate80.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
      return false;
    }
  }
  validate80.errors = vErrors;
  return errors === 0;
}
function validate79(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (Array.isArray(data)) {
      if (data.length < 1) {
        validate79.errors = [{ instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
        return false;
      } else {
        const len0 = data.length;
        var valid0 = len0 <= 3;
        if (!valid0) {
          for (let i0 = 3; i0 < len0; i0++) {
            const _errs2 = errors;
            if (!validate80(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData })) {
              vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
            if (!valid0) {
              break;
            }
          }
        }
        if (valid0) {
          const len1 = data.length;
          if (len1 > 0) {
            const _errs3 = errors;
            if (!wrapper0.validate(data[0], { instancePath: instancePath + "/0", parentData: data, parentDataProperty: 0, rootData })) {
              vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
              errors = vErrors.length;
            }
            var valid1 = _errs3 === errors;
          }
          if (valid1) {
            if (len1 > 1) {
              const _errs4 = errors;
              if (!validate80(data[1], { instancePath: instancePath + "/1", parentData: data, parentDataProperty: 1, rootData })) {
                vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
                errors = vErrors.length;
              }
              var valid1 = _errs4 === errors;
            }
            if (valid1) {
              if (len1 > 2) {
                const _errs5 = errors;
                if (!validate80(data[2], { instancePath: instancePath + "/2", parentData: data, parentDataProperty: 2, rootData })) {
                  vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
                  errors = vErrors.length;
                }
                var valid1 = _errs5 === errors;
              }
            }
          }
        }
      }
    } else {
      validate79.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
      return false;
    }
  }
  validate79.errors = vErrors;
  return errors === 0;
}
function validate86(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (Array.isArray(data)) {
      if (data.length < 1) {
        validate86.errors = [{ instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
        return false;
      } else {
        var valid0 = true;
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
          const _errs1 = errors;
          if (!validate80(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
          if (!valid0) {
            break;
          }
        }
      }
    } else {
      validate86.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
      return false;
    }
  }
  validate86.errors = vErrors;
  return errors === 0;
}
function validate78(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "fractional")) {
          validate78.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
        }
      }
      if (_errs1 === errors) {
        if (data.fractional !== void 0) {
          let data0 = data.fractional;
          const _errs3 = errors;
          let valid1 = false;
          let passing0 = null;
          const _errs4 = errors;
          if (!validate79(data0, { instancePath: instancePath + "/fractional", parentData: data, parentDataProperty: "fractional", rootData })) {
            vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs4 === errors;
          if (_valid0) {
            valid1 = true;
            passing0 = 0;
          }
          const _errs5 = errors;
          if (!validate86(data0, { instancePath: instancePath + "/fractional", parentData: data, parentDataProperty: "fractional", rootData })) {
            vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs5 === errors;
          if (_valid0 && valid1) {
            valid1 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid1 = true;
              passing0 = 1;
            }
          }
          if (!valid1) {
            const err0 = { instancePath: instancePath + "/fractional", schemaPath: "#/properties/fractional/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
            validate78.errors = vErrors;
            return false;
          } else {
            errors = _errs3;
            if (vErrors !== null) {
              if (_errs3) {
                vErrors.length = _errs3;
              } else {
                vErrors = null;
              }
            }
          }
        }
      }
    } else {
      validate78.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate78.errors = vErrors;
  return errors === 0;
}
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs4 = errors;
      for (const key0 in data) {
        if (!(key0 === "var")) {
          const err0 = { instancePath, schemaPath: "#/definitions/varRule/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
          break;
        }
      }
      if (_errs4 === errors) {
        if (data.var !== void 0) {
          let data0 = data.var;
          const _errs6 = errors;
          let valid3 = false;
          const _errs7 = errors;
          if (errors === _errs7) {
            if (typeof data0 === "string") {
              if (!pattern2.test(data0)) {
                const err1 = { instancePath: instancePath + "/var", schemaPath: "#/definitions/varRule/properties/var/anyOf/0/pattern", keyword: "pattern", params: { pattern: "^\\$flagd\\.((timestamp)|(flagKey))$" }, message: 'must match pattern "^\\$flagd\\.((timestamp)|(flagKey))$"' };
                if (vErrors === null) {
                  vErrors = [err1];
                } else {
                  vErrors.push(err1);
                }
                errors++;
              }
            } else {
              const err2 = { instancePath: instancePath + "/var", schemaPath: "#/definitions/varRule/properties/var/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
          var _valid1 = _errs7 === errors;
          valid3 = valid3 || _valid1;
          if (!valid3) {
            const _errs9 = errors;
            const _errs10 = errors;
            const _errs11 = errors;
            if (errors === _errs11) {
              if (typeof data0 === "string") {
                if (!pattern3.test(data0)) {
                  const err3 = {};
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                }
              } else {
                const err4 = {};
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            var valid4 = _errs11 === errors;
            if (valid4) {
              const err5 = { instancePath: instancePath + "/var", schemaPath: "#/definitions/varRule/properties/var/anyOf/1/not", keyword: "not", params: {}, message: "must NOT be valid" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            } else {
              errors = _errs10;
              if (vErrors !== null) {
                if (_errs10) {
                  vErrors.length = _errs10;
                } else {
                  vErrors = null;
                }
              }
            }
            var _valid1 = _errs9 === errors;
            valid3 = valid3 || _valid1;
            if (!valid3) {
              const _errs14 = errors;
              if (errors === _errs14) {
                if (Array.isArray(data0)) {
                  if (data0.length < 1) {
                    const err6 = { instancePath: instancePath + "/var", schemaPath: "#/definitions/varRule/properties/var/anyOf/2/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  } else {
                    const len0 = data0.length;
                    var valid5 = len0 <= 1;
                    if (!valid5) {
                      for (let i0 = 1; i0 < len0; i0++) {
                        let data1 = data0[i0];
                        const _errs17 = errors;
                        const _errs18 = errors;
                        let valid6 = false;
                        const _errs19 = errors;
                        if (data1 !== null) {
                          const err7 = { instancePath: instancePath + "/var/" + i0, schemaPath: "#/definitions/varRule/properties/var/anyOf/2/additionalItems/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                          if (vErrors === null) {
                            vErrors = [err7];
                          } else {
                            vErrors.push(err7);
                          }
                          errors++;
                        }
                        var _valid2 = _errs19 === errors;
                        valid6 = valid6 || _valid2;
                        if (!valid6) {
                          const _errs21 = errors;
                          if (typeof data1 !== "boolean") {
                            const err8 = { instancePath: instancePath + "/var/" + i0, schemaPath: "#/definitions/varRule/properties/var/anyOf/2/additionalItems/anyOf/1/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err8];
                            } else {
                              vErrors.push(err8);
                            }
                            errors++;
                          }
                          var _valid2 = _errs21 === errors;
                          valid6 = valid6 || _valid2;
                          if (!valid6) {
                            const _errs23 = errors;
                            if (typeof data1 !== "string") {
                              const err9 = { instancePath: instancePath + "/var/" + i0, schemaPath: "#/definitions/varRule/properties/var/anyOf/2/additionalItems/anyOf/2/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                              if (vErrors === null) {
                                vErrors = [err9];
                              } else {
                                vErrors.push(err9);
                              }
                              errors++;
                            }
                            var _valid2 = _errs23 === errors;
                            valid6 = valid6 || _valid2;
                            if (!valid6) {
                              const _errs25 = errors;
                              if (!(typeof data1 == "number")) {
                                const err10 = { instancePath: instancePath + "/var/" + i0, schemaPath: "#/definitions/varRule/properties/var/anyOf/2/additionalItems/anyOf/3/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                  vErrors = [err10];
                                } else {
                                  vErrors.push(err10);
                                }
                                errors++;
                              }
                              var _valid2 = _errs25 === errors;
                              valid6 = valid6 || _valid2;
                            }
                          }
                        }
                        if (!valid6) {
                          const err11 = { instancePath: instancePath + "/var/" + i0, schemaPath: "#/definitions/varRule/properties/var/anyOf/2/additionalItems/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                          if (vErrors === null) {
                            vErrors = [err11];
                          } else {
                            vErrors.push(err11);
                          }
                          errors++;
                        } else {
                          errors = _errs18;
                          if (vErrors !== null) {
                            if (_errs18) {
                              vErrors.length = _errs18;
                            } else {
                              vErrors = null;
                            }
                          }
                        }
                        var valid5 = _errs17 === errors;
                        if (!valid5) {
                          break;
                        }
                      }
                    }
                    if (valid5) {
                      const len1 = data0.length;
                      if (len1 > 0) {
                        if (typeof data0[0] !== "string") {
                          const err12 = { instancePath: instancePath + "/var/0", schemaPath: "#/definitions/varRule/properties/var/anyOf/2/items/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err12];
                          } else {
                            vErrors.push(err12);
                          }
                          errors++;
                        }
                      }
                    }
                  }
                } else {
                  const err13 = { instancePath: instancePath + "/var", schemaPath: "#/definitions/varRule/properties/var/anyOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              }
              var _valid1 = _errs14 === errors;
              valid3 = valid3 || _valid1;
            }
          }
          if (!valid3) {
            const err14 = { instancePath: instancePath + "/var", schemaPath: "#/definitions/varRule/properties/var/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          } else {
            errors = _errs6;
            if (vErrors !== null) {
              if (_errs6) {
                vErrors.length = _errs6;
              } else {
                vErrors = null;
              }
            }
          }
        }
      }
    } else {
      const err15 = { instancePath, schemaPath: "#/definitions/varRule/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs29 = errors;
    const _errs30 = errors;
    if (errors === _errs30) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        const _errs32 = errors;
        for (const key1 in data) {
          if (!(key1 === "missing")) {
            const err16 = { instancePath, schemaPath: "#/definitions/missingRule/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
            break;
          }
        }
        if (_errs32 === errors) {
          if (data.missing !== void 0) {
            let data3 = data.missing;
            const _errs33 = errors;
            if (errors === _errs33) {
              if (Array.isArray(data3)) {
                var valid10 = true;
                const len2 = data3.length;
                for (let i1 = 0; i1 < len2; i1++) {
                  const _errs35 = errors;
                  if (typeof data3[i1] !== "string") {
                    const err17 = { instancePath: instancePath + "/missing/" + i1, schemaPath: "#/definitions/missingRule/properties/missing/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                  var valid10 = _errs35 === errors;
                  if (!valid10) {
                    break;
                  }
                }
              } else {
                const err18 = { instancePath: instancePath + "/missing", schemaPath: "#/definitions/missingRule/properties/missing/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          }
        }
      } else {
        const err19 = { instancePath, schemaPath: "#/definitions/missingRule/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    var _valid0 = _errs29 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
      const _errs37 = errors;
      const _errs38 = errors;
      if (errors === _errs38) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          const _errs40 = errors;
          for (const key2 in data) {
            if (!(key2 === "missing_some")) {
              const err20 = { instancePath, schemaPath: "#/definitions/missingSomeRule/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
              break;
            }
          }
          if (_errs40 === errors) {
            if (data.missing_some !== void 0) {
              let data5 = data.missing_some;
              const _errs41 = errors;
              if (errors === _errs41) {
                if (Array.isArray(data5)) {
                  if (data5.length > 2) {
                    const err21 = { instancePath: instancePath + "/missing_some", schemaPath: "#/definitions/missingSomeRule/properties/missing_some/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  } else {
                    if (data5.length < 2) {
                      const err22 = { instancePath: instancePath + "/missing_some", schemaPath: "#/definitions/missingSomeRule/properties/missing_some/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                      if (vErrors === null) {
                        vErrors = [err22];
                      } else {
                        vErrors.push(err22);
                      }
                      errors++;
                    } else {
                      const len3 = data5.length;
                      if (len3 > 0) {
                        const _errs43 = errors;
                        if (!(typeof data5[0] == "number")) {
                          const err23 = { instancePath: instancePath + "/missing_some/0", schemaPath: "#/definitions/missingSomeRule/properties/missing_some/items/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                          if (vErrors === null) {
                            vErrors = [err23];
                          } else {
                            vErrors.push(err23);
                          }
                          errors++;
                        }
                        var valid13 = _errs43 === errors;
                      }
                      if (valid13) {
                        if (len3 > 1) {
                          let data7 = data5[1];
                          const _errs45 = errors;
                          if (errors === _errs45) {
                            if (Array.isArray(data7)) {
                              var valid14 = true;
                              const len4 = data7.length;
                              for (let i2 = 0; i2 < len4; i2++) {
                                const _errs47 = errors;
                                if (typeof data7[i2] !== "string") {
                                  const err24 = { instancePath: instancePath + "/missing_some/1/" + i2, schemaPath: "#/definitions/missingSomeRule/properties/missing_some/items/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                  if (vErrors === null) {
                                    vErrors = [err24];
                                  } else {
                                    vErrors.push(err24);
                                  }
                                  errors++;
                                }
                                var valid14 = _errs47 === errors;
                                if (!valid14) {
                                  break;
                                }
                              }
                            } else {
                              const err25 = { instancePath: instancePath + "/missing_some/1", schemaPath: "#/definitions/missingSomeRule/properties/missing_some/items/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                              if (vErrors === null) {
                                vErrors = [err25];
                              } else {
                                vErrors.push(err25);
                              }
                              errors++;
                            }
                          }
                          var valid13 = _errs45 === errors;
                        }
                      }
                    }
                  }
                } else {
                  const err26 = { instancePath: instancePath + "/missing_some", schemaPath: "#/definitions/missingSomeRule/properties/missing_some/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              }
            }
          }
        } else {
          const err27 = { instancePath, schemaPath: "#/definitions/missingSomeRule/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
      var _valid0 = _errs37 === errors;
      valid0 = valid0 || _valid0;
      if (!valid0) {
        const _errs49 = errors;
        if (!validate15(data, { instancePath, parentData, parentDataProperty, rootData })) {
          vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs49 === errors;
        valid0 = valid0 || _valid0;
        if (!valid0) {
          const _errs50 = errors;
          if (!validate37(data, { instancePath, parentData, parentDataProperty, rootData })) {
            vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs50 === errors;
          valid0 = valid0 || _valid0;
          if (!valid0) {
            const _errs51 = errors;
            if (!validate44(data, { instancePath, parentData, parentDataProperty, rootData })) {
              vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
              errors = vErrors.length;
            }
            var _valid0 = _errs51 === errors;
            valid0 = valid0 || _valid0;
            if (!valid0) {
              const _errs52 = errors;
              if (!validate49(data, { instancePath, parentData, parentDataProperty, rootData })) {
                vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
                errors = vErrors.length;
              }
              var _valid0 = _errs52 === errors;
              valid0 = valid0 || _valid0;
              if (!valid0) {
                const _errs53 = errors;
                if (!validate56(data, { instancePath, parentData, parentDataProperty, rootData })) {
                  vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
                  errors = vErrors.length;
                }
                var _valid0 = _errs53 === errors;
                valid0 = valid0 || _valid0;
                if (!valid0) {
                  const _errs54 = errors;
                  if (!validate66(data, { instancePath, parentData, parentDataProperty, rootData })) {
                    vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
                    errors = vErrors.length;
                  }
                  var _valid0 = _errs54 === errors;
                  valid0 = valid0 || _valid0;
                  if (!valid0) {
                    const _errs55 = errors;
                    if (!validate69(data, { instancePath, parentData, parentDataProperty, rootData })) {
                      vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
                      errors = vErrors.length;
                    }
                    var _valid0 = _errs55 === errors;
                    valid0 = valid0 || _valid0;
                    if (!valid0) {
                      const _errs56 = errors;
                      if (!validate76(data, { instancePath, parentData, parentDataProperty, rootData })) {
                        vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
                        errors = vErrors.length;
                      }
                      var _valid0 = _errs56 === errors;
                      valid0 = valid0 || _valid0;
                      if (!valid0) {
                        const _errs57 = errors;
                        if (!validate78(data, { instancePath, parentData, parentDataProperty, rootData })) {
                          vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
                          errors = vErrors.length;
                        }
                        var _valid0 = _errs57 === errors;
                        valid0 = valid0 || _valid0;
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  if (!valid0) {
    const err28 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
    validate14.errors = vErrors;
    return false;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate14.errors = vErrors;
  return errors === 0;
}
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    validate13.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
    return false;
  }
  const _errs1 = errors;
  let valid0 = false;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/anyOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
        break;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs6 = errors;
    if (!validate14(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs6 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err2 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
    validate13.errors = vErrors;
    return false;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  validate13.errors = vErrors;
  return errors === 0;
}
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.$evaluators !== void 0) {
        let data0 = data.$evaluators;
        const _errs1 = errors;
        if (errors === _errs1) {
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            const _errs3 = errors;
            for (const key0 in data0) {
              if (!pattern0.test(key0)) {
                validate12.errors = [{ instancePath: instancePath + "/$evaluators", schemaPath: "#/properties/%24evaluators/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                return false;
              }
            }
            if (_errs3 === errors) {
              var valid1 = true;
              for (const key1 in data0) {
                if (pattern0.test(key1)) {
                  const _errs4 = errors;
                  if (!validate13(data0[key1], { instancePath: instancePath + "/$evaluators/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data0, parentDataProperty: key1, rootData })) {
                    vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                    errors = vErrors.length;
                  }
                  var valid1 = _errs4 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              }
            }
          } else {
            validate12.errors = [{ instancePath: instancePath + "/$evaluators", schemaPath: "#/properties/%24evaluators/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
          }
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.metadata !== void 0) {
          let data2 = data.metadata;
          const _errs6 = errors;
          const _errs7 = errors;
          if (errors === _errs7) {
            if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
              for (const key2 in data2) {
                let data3 = data2[key2];
                const _errs10 = errors;
                if (typeof data3 !== "string" && !(typeof data3 == "number") && typeof data3 !== "boolean") {
                  validate12.errors = [{ instancePath: instancePath + "/metadata/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/metadata/additionalProperties/type", keyword: "type", params: { type: schema45.additionalProperties.type }, message: "must be string,number,boolean" }];
                  return false;
                }
                var valid3 = _errs10 === errors;
                if (!valid3) {
                  break;
                }
              }
            } else {
              validate12.errors = [{ instancePath: instancePath + "/metadata", schemaPath: "#/definitions/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          if (errors === _errs6) {
            if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
              if (data2.flagSetId !== void 0) {
                const _errs12 = errors;
                if (typeof data2.flagSetId !== "string") {
                  validate12.errors = [{ instancePath: instancePath + "/metadata/flagSetId", schemaPath: "#/properties/metadata/properties/flagSetId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid4 = _errs12 === errors;
              } else {
                var valid4 = true;
              }
              if (valid4) {
                if (data2.version !== void 0) {
                  const _errs14 = errors;
                  if (typeof data2.version !== "string") {
                    validate12.errors = [{ instancePath: instancePath + "/metadata/version", schemaPath: "#/properties/metadata/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid4 = _errs14 === errors;
                } else {
                  var valid4 = true;
                }
              }
            }
          }
          var valid0 = _errs6 === errors;
        } else {
          var valid0 = true;
        }
      }
    } else {
      validate12.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate12.errors = vErrors;
  return errors === 0;
}
var schema49 = { "properties": { "state": { "enum": ["ENABLED", "DISABLED"] }, "defaultVariant": { "type": ["string", "null"] } } };
function validate96(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.state === void 0 && (missing0 = "state") || data.variants === void 0 && (missing0 = "variants")) {
        validate96.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.state !== void 0) {
          let data0 = data.state;
          const _errs2 = errors;
          if (typeof data0 !== "string") {
            validate96.errors = [{ instancePath: instancePath + "/state", schemaPath: "#/properties/state/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          if (!(data0 === "ENABLED" || data0 === "DISABLED")) {
            validate96.errors = [{ instancePath: instancePath + "/state", schemaPath: "#/properties/state/enum", keyword: "enum", params: { allowedValues: schema49.properties.state.enum }, message: "must be equal to one of the allowed values" }];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.defaultVariant !== void 0) {
            let data1 = data.defaultVariant;
            const _errs4 = errors;
            if (typeof data1 !== "string" && data1 !== null) {
              validate96.errors = [{ instancePath: instancePath + "/defaultVariant", schemaPath: "#/properties/defaultVariant/type", keyword: "type", params: { type: schema49.properties.defaultVariant.type }, message: "must be string,null" }];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.targeting !== void 0) {
              const _errs6 = errors;
              if (!validate13(data.targeting, { instancePath: instancePath + "/targeting", parentData: data, parentDataProperty: "targeting", rootData })) {
                vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.metadata !== void 0) {
                let data3 = data.metadata;
                const _errs7 = errors;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    for (const key0 in data3) {
                      let data4 = data3[key0];
                      const _errs11 = errors;
                      if (typeof data4 !== "string" && !(typeof data4 == "number") && typeof data4 !== "boolean") {
                        validate96.errors = [{ instancePath: instancePath + "/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/metadata/additionalProperties/type", keyword: "type", params: { type: schema45.additionalProperties.type }, message: "must be string,number,boolean" }];
                        return false;
                      }
                      var valid2 = _errs11 === errors;
                      if (!valid2) {
                        break;
                      }
                    }
                  } else {
                    validate96.errors = [{ instancePath: instancePath + "/metadata", schemaPath: "#/definitions/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.variants !== void 0) {
                  let data5 = data.variants;
                  const _errs13 = errors;
                  if (errors === _errs13) {
                    if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                      if (Object.keys(data5).length < 1) {
                        validate96.errors = [{ instancePath: instancePath + "/variants", schemaPath: "#/properties/variants/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" }];
                        return false;
                      } else {
                        for (const key1 in data5) {
                          if (!pattern0.test(key1)) {
                            validate96.errors = [{ instancePath: instancePath + "/variants", schemaPath: "#/properties/variants/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                            return false;
                          }
                        }
                      }
                    } else {
                      validate96.errors = [{ instancePath: instancePath + "/variants", schemaPath: "#/properties/variants/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid0 = _errs13 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate96.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate96.errors = vErrors;
  return errors === 0;
}
function validate95(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  if (!validate96(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs1 === errors;
  if (valid0) {
    const _errs2 = errors;
    const _errs3 = errors;
    if (errors === _errs3) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.variants !== void 0) {
          let data0 = data.variants;
          const _errs5 = errors;
          if (errors === _errs5) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              const _errs7 = errors;
              for (const key0 in data0) {
                if (!pattern0.test(key0)) {
                  validate95.errors = [{ instancePath: instancePath + "/variants", schemaPath: "#/definitions/booleanVariants/properties/variants/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                  return false;
                }
              }
              if (_errs7 === errors) {
                var valid3 = true;
                for (const key1 in data0) {
                  if (pattern0.test(key1)) {
                    const _errs8 = errors;
                    if (typeof data0[key1] !== "boolean") {
                      validate95.errors = [{ instancePath: instancePath + "/variants/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/booleanVariants/properties/variants/patternProperties/%5E.%7B1%2C%7D%24/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                      return false;
                    }
                    var valid3 = _errs8 === errors;
                    if (!valid3) {
                      break;
                    }
                  }
                }
              }
            } else {
              validate95.errors = [{ instancePath: instancePath + "/variants", schemaPath: "#/definitions/booleanVariants/properties/variants/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      } else {
        validate95.errors = [{ instancePath, schemaPath: "#/definitions/booleanVariants/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs2 === errors;
  }
  validate95.errors = vErrors;
  return errors === 0;
}
function validate100(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (!validate96(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    const _errs2 = errors;
    if (errors === _errs2) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.variants !== void 0) {
          let data0 = data.variants;
          const _errs4 = errors;
          if (errors === _errs4) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              const _errs6 = errors;
              for (const key0 in data0) {
                if (!pattern0.test(key0)) {
                  validate100.errors = [{ instancePath: instancePath + "/variants", schemaPath: "#/definitions/numberVariants/properties/variants/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                  return false;
                }
              }
              if (_errs6 === errors) {
                var valid3 = true;
                for (const key1 in data0) {
                  if (pattern0.test(key1)) {
                    const _errs7 = errors;
                    if (!(typeof data0[key1] == "number")) {
                      validate100.errors = [{ instancePath: instancePath + "/variants/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/numberVariants/properties/variants/patternProperties/%5E.%7B1%2C%7D%24/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                      return false;
                    }
                    var valid3 = _errs7 === errors;
                    if (!valid3) {
                      break;
                    }
                  }
                }
              }
            } else {
              validate100.errors = [{ instancePath: instancePath + "/variants", schemaPath: "#/definitions/numberVariants/properties/variants/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      } else {
        validate100.errors = [{ instancePath, schemaPath: "#/definitions/numberVariants/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate100.errors = vErrors;
  return errors === 0;
}
function validate103(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (!validate96(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    const _errs2 = errors;
    if (errors === _errs2) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.variants !== void 0) {
          let data0 = data.variants;
          const _errs4 = errors;
          if (errors === _errs4) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              const _errs6 = errors;
              for (const key0 in data0) {
                if (!pattern0.test(key0)) {
                  validate103.errors = [{ instancePath: instancePath + "/variants", schemaPath: "#/definitions/stringVariants/properties/variants/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                  return false;
                }
              }
              if (_errs6 === errors) {
                var valid3 = true;
                for (const key1 in data0) {
                  if (pattern0.test(key1)) {
                    const _errs7 = errors;
                    if (typeof data0[key1] !== "string") {
                      validate103.errors = [{ instancePath: instancePath + "/variants/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringVariants/properties/variants/patternProperties/%5E.%7B1%2C%7D%24/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid3 = _errs7 === errors;
                    if (!valid3) {
                      break;
                    }
                  }
                }
              }
            } else {
              validate103.errors = [{ instancePath: instancePath + "/variants", schemaPath: "#/definitions/stringVariants/properties/variants/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      } else {
        validate103.errors = [{ instancePath, schemaPath: "#/definitions/stringVariants/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate103.errors = vErrors;
  return errors === 0;
}
function validate106(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (!validate96(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    const _errs2 = errors;
    if (errors === _errs2) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.variants !== void 0) {
          let data0 = data.variants;
          const _errs4 = errors;
          if (errors === _errs4) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              const _errs6 = errors;
              for (const key0 in data0) {
                if (!pattern0.test(key0)) {
                  validate106.errors = [{ instancePath: instancePath + "/variants", schemaPath: "#/definitions/objectVariants/properties/variants/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                  return false;
                }
              }
              if (_errs6 === errors) {
                var valid3 = true;
                for (const key1 in data0) {
                  if (pattern0.test(key1)) {
                    let data1 = data0[key1];
                    const _errs7 = errors;
                    if (!(data1 && typeof data1 == "object" && !Array.isArray(data1))) {
                      validate106.errors = [{ instancePath: instancePath + "/variants/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/objectVariants/properties/variants/patternProperties/%5E.%7B1%2C%7D%24/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                    var valid3 = _errs7 === errors;
                    if (!valid3) {
                      break;
                    }
                  }
                }
              }
            } else {
              validate106.errors = [{ instancePath: instancePath + "/variants", schemaPath: "#/definitions/objectVariants/properties/variants/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
        }
      } else {
        validate106.errors = [{ instancePath, schemaPath: "#/definitions/objectVariants/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate106.errors = vErrors;
  return errors === 0;
}
function validate94(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (!validate95(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs2 = errors;
    if (!validate100(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
      const _errs3 = errors;
      if (!validate103(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs3 === errors;
      valid0 = valid0 || _valid0;
      if (!valid0) {
        const _errs4 = errors;
        if (!validate106(data, { instancePath, parentData, parentDataProperty, rootData })) {
          vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs4 === errors;
        valid0 = valid0 || _valid0;
      }
    }
  }
  if (!valid0) {
    const err0 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
    validate94.errors = vErrors;
    return false;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate94.errors = vErrors;
  return errors === 0;
}
function validate93(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs2 = errors;
      for (const key0 in data) {
        if (!pattern0.test(key0)) {
          validate93.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
          return false;
        }
      }
      if (_errs2 === errors) {
        var valid0 = true;
        for (const key1 in data) {
          if (pattern0.test(key1)) {
            const _errs3 = errors;
            if (!validate94(data[key1], { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key1, rootData })) {
              vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs3 === errors;
            if (!valid0) {
              break;
            }
          }
        }
      }
    } else {
      validate93.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate93.errors = vErrors;
  return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!validate12(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
    errors = vErrors.length;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.flags === void 0 && (missing0 = "flags")) {
        validate11.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.flags !== void 0) {
          if (!validate93(data.flags, { instancePath: instancePath + "/flags", parentData: data, parentDataProperty: "flags", rootData })) {
            vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
            errors = vErrors.length;
          }
        }
      }
    } else {
      validate11.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate11.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!validate11(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
    errors = vErrors.length;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var validatorsExports = validators.exports;
var precompiledValidate = /* @__PURE__ */ getDefaultExportFromCjs(validatorsExports);
var evaluatorKey = "$evaluators";
var errorMessages = "invalid flagd flag configuration";
function parse(flagConfig, strictValidation, logger, options = {}) {
  var _a;
  try {
    const transformed = transform(flagConfig);
    const parsedFlagConfig = JSON.parse(transformed);
    const isValid = precompiledValidate(parsedFlagConfig);
    if (!isValid) {
      const message = `${errorMessages}: ${JSON.stringify(precompiledValidate.errors, void 0, 2)}`;
      if (strictValidation) {
        throw new ParseError(message);
      } else {
        logger.debug(message);
      }
    }
    const flagMap = /* @__PURE__ */ new Map();
    const flagSetMetadata = (_a = parsedFlagConfig.metadata) !== null && _a !== void 0 ? _a : {};
    for (const flagsKey in parsedFlagConfig.flags) {
      const flag = parsedFlagConfig.flags[flagsKey];
      flagMap.set(flagsKey, new FeatureFlag(flagsKey, Object.assign(Object.assign({}, flag), {
        // Flag metadata has higher precedence than flag set metadata
        metadata: Object.assign(Object.assign({}, parsedFlagConfig.metadata), flag.metadata)
      }), logger, options));
    }
    return {
      flags: flagMap,
      metadata: flagSetMetadata
    };
  } catch (err) {
    if (err instanceof ParseError) {
      throw err;
    }
    throw new ParseError(errorMessages, { cause: err });
  }
}
function transform(flagCfg) {
  const evaluators = JSON.parse(flagCfg)[evaluatorKey];
  if (!evaluators) {
    return flagCfg;
  }
  let transformed = JSON.stringify(JSON.parse(flagCfg));
  for (const key in evaluators) {
    const replacer = JSON.stringify(evaluators[key]);
    const refPattern = '{"$ref":"' + key + '"}';
    transformed = transformed.replaceAll(refPattern, replacer);
  }
  return transformed;
}
var MemoryStorage = class {
  constructor(logger, options = {}) {
    this.logger = logger;
    this.options = options;
    this._flagSetMetadata = {};
    this._flags = /* @__PURE__ */ new Map();
  }
  getFlag(key) {
    return this._flags.get(key);
  }
  getFlags() {
    return this._flags;
  }
  getFlagSetMetadata() {
    return this._flagSetMetadata;
  }
  setConfigurations(flagConfig, strictValidation = false) {
    const { flags: newFlags, metadata } = parse(flagConfig, strictValidation, this.logger, this.options);
    const oldFlags = this._flags;
    const added = [];
    const removed = [];
    const changed = [];
    newFlags.forEach((value, key) => {
      var _a;
      if (!oldFlags.has(key)) {
        added.push(key);
      } else if (((_a = oldFlags.get(key)) === null || _a === void 0 ? void 0 : _a.hash) !== value.hash) {
        changed.push(key);
      }
    });
    oldFlags.forEach((_, key) => {
      if (!newFlags.has(key)) {
        removed.push(key);
      }
    });
    this._flags = newFlags;
    this._flagSetMetadata = metadata;
    return [...added, ...removed, ...changed];
  }
};
var FlagdCore = class {
  constructor(storage, logger, options) {
    this._logger = logger ? new SafeLogger(logger) : new DefaultLogger();
    this._storage = storage ? storage : new MemoryStorage(this._logger, options);
  }
  setConfigurations(flagConfig) {
    return this._storage.setConfigurations(flagConfig);
  }
  getFlag(key) {
    return this._storage.getFlag(key);
  }
  getFlags() {
    return this._storage.getFlags();
  }
  getFlagSetMetadata() {
    return this._storage.getFlagSetMetadata();
  }
  /**
   * Resolve the flag evaluation to a boolean value.
   * @param flagKey - The key of the flag to be evaluated.
   * @param defaultValue - The default value to be returned if the flag is not found.
   * @param evalCtx - The evaluation context to be used for targeting.
   * @param logger - The logger to be used to troubleshoot targeting errors. Overrides the default logger.
   * @returns - The resolved value and the reason for the resolution.
   */
  resolveBooleanEvaluation(flagKey, defaultValue, evalCtx, logger = this._logger) {
    return this.resolve("boolean", flagKey, defaultValue, evalCtx, logger);
  }
  /**
   * Resolve the flag evaluation to a string value.
   * @param flagKey - The key of the flag to be evaluated.
   * @param defaultValue - The default value to be returned if the flag is not found.
   * @param evalCtx - The evaluation context to be used for targeting.
   * @param logger - The logger to be used to troubleshoot targeting errors. Overrides the default logger.
   * @returns - The resolved value and the reason for the resolution.
   */
  resolveStringEvaluation(flagKey, defaultValue, evalCtx, logger = this._logger) {
    return this.resolve("string", flagKey, defaultValue, evalCtx, logger);
  }
  /**
   * Resolve the flag evaluation to a numeric value.
   * @param flagKey - The key of the flag to evaluate.
   * @param defaultValue - The default value to return if the flag is not found or the evaluation fails.
   * @param evalCtx - The evaluation context to be used for targeting.
   * @param logger - The logger to be used to troubleshoot targeting errors. Overrides the default logger.
   * @returns - The resolved value and the reason for the resolution.
   */
  resolveNumberEvaluation(flagKey, defaultValue, evalCtx, logger = this._logger) {
    return this.resolve("number", flagKey, defaultValue, evalCtx, logger);
  }
  /**
   * Resolve the flag evaluation to an object value.
   * @template T - The type of the return value.
   * @param flagKey - The key of the flag to resolve.
   * @param defaultValue - The default value to use if the flag is not found.
   * @param evalCtx - The evaluation context to be used for targeting.
   * @param logger - The logger to be used to troubleshoot targeting errors. Overrides the default logger.
   * @returns - The resolved value and the reason for the resolution.
   */
  resolveObjectEvaluation(flagKey, defaultValue, evalCtx, logger = this._logger) {
    return this.resolve("object", flagKey, defaultValue, evalCtx, logger);
  }
  /**
   * Resolve the flag evaluation for all enabled flags.
   * @param evalCtx - The evaluation context to be used for targeting.
   * @param logger - The logger to be used to troubleshoot targeting errors. Overrides the default logger.
   * @returns - The list of evaluation details for all enabled flags.
   */
  resolveAll(evalCtx = {}, logger = this._logger) {
    const values = [];
    for (const [key, flag] of this.getFlags()) {
      try {
        if (flag.state === "DISABLED") {
          continue;
        }
        const result = flag.evaluate(evalCtx, logger);
        if (result.value !== void 0) {
          values.push(Object.assign(Object.assign({}, result), { flagKey: key, value: result.value }));
        } else {
          logger.debug(`Flag ${key} omitted because ${result.errorCode}: ${result.errorMessage}`);
        }
      } catch (e) {
        logger.debug(`Error resolving flag ${key}: ${e.message}`);
      }
    }
    return values;
  }
  /**
   * Resolves the value of a flag based on the specified type.
   * @template T - The type of the flag value.
   * @param {FlagValueType} type - The type of the flag value.
   * @param {string} flagKey - The key of the flag.
   * @param {T} defaultValue - The default value of the flag.
   * @param {EvaluationContext} evalCtx - The evaluation context for targeting rules.
   * @param {Logger} logger - The logger to be used to troubleshoot targeting errors. Overrides the default logger.
   * @returns {ResolutionDetailsWithFlagMetadata<T>} -  The resolved value and the reason for the resolution.
   */
  resolve(type, flagKey, defaultValue, evalCtx = {}, logger = this._logger) {
    const flag = this._storage.getFlag(flagKey);
    if (!flag) {
      return {
        value: defaultValue,
        reason: StandardResolutionReasons.ERROR,
        errorCode: ErrorCode.FLAG_NOT_FOUND,
        errorMessage: `flag '${flagKey}' not found`,
        flagMetadata: this._storage.getFlagSetMetadata()
      };
    }
    if (flag.state === "DISABLED") {
      return {
        value: defaultValue,
        reason: StandardResolutionReasons.DISABLED,
        flagMetadata: flag.metadata
      };
    }
    const resolution = flag.evaluate(evalCtx, logger);
    if (resolution.value === void 0) {
      return Object.assign(Object.assign({}, resolution), { value: defaultValue });
    }
    if (typeof resolution.value !== type) {
      return {
        value: defaultValue,
        reason: StandardResolutionReasons.ERROR,
        errorCode: ErrorCode.TYPE_MISMATCH,
        errorMessage: `Evaluated type of the flag ${flagKey} does not match. Expected ${type}, got ${typeof resolution.value}`,
        flagMetadata: flag.metadata
      };
    }
    return Object.assign(Object.assign({}, resolution), { value: resolution.value });
  }
};

// lib/flags/document.js
var import_ajv = __toESM(require_ajv(), 1);

// lib/flags/schema/flags.json
var flags_default = {
  $id: "https://flagd.dev/schema/v0/flags.json",
  $schema: "http://json-schema.org/draft-07/schema#",
  $ref: "#/definitions/providerConfig",
  definitions: {
    flagsMap: {
      title: "Flags",
      description: "Top-level flags object. All flags are defined here.",
      type: "object",
      $comment: "flag objects are one of the 4 flag types defined in definitions",
      additionalProperties: false,
      patternProperties: {
        "^.{1,}$": {
          $ref: "#/definitions/anyFlag"
        }
      }
    },
    flagsArray: {
      title: "Flags",
      description: "Top-level flags array. All flags are defined here.",
      type: "array",
      items: {
        allOf: [
          {
            $ref: "#/definitions/anyFlag"
          },
          {
            type: "object",
            properties: {
              key: {
                description: "Key of the flag: uniquely identifies this flag within it's flagSet",
                type: "string",
                minLength: 1
              }
            },
            required: ["key"]
          }
        ]
      }
    },
    baseConfig: {
      title: "flagd Flag Configuration",
      description: "Defines flags for use in flagd providers, including typed variants and rules.",
      type: "object",
      properties: {
        $evaluators: {
          title: "Evaluators",
          description: 'Reusable targeting rules that can be referenced with "$ref": "myRule" in multiple flags.',
          type: "object",
          additionalProperties: false,
          patternProperties: {
            "^.{1,}$": {
              $comment: "this relative ref means that targeting.json MUST be in the same dir, or available on the same HTTP path",
              $ref: "./targeting.json"
            }
          }
        },
        metadata: {
          title: "Flag Set Metadata",
          description: "Metadata about the flag set, with keys of type string, and values of type boolean, string, or number.",
          properties: {
            flagSetId: {
              description: "The unique identifier for the flag set.",
              type: "string"
            },
            version: {
              description: "The version of the flag set.",
              type: "string"
            }
          },
          $ref: "#/definitions/metadata"
        }
      }
    },
    providerConfig: {
      description: "Defines flags for use in providers (not flagd), including typed variants and rules.",
      type: "object",
      allOf: [
        {
          $ref: "#/definitions/baseConfig"
        }
      ],
      properties: {
        flags: {
          $ref: "#/definitions/flagsMap"
        }
      },
      required: ["flags"]
    },
    flagdConfig: {
      description: "Defines flags for use in the flagd daemon (a superset of what's available in providers), including typed variants and rules. Flags can be defined as an array or an object.",
      type: "object",
      allOf: [
        {
          $ref: "#/definitions/baseConfig"
        },
        {
          properties: {
            flags: {
              oneOf: [
                {
                  $ref: "#/definitions/flagsMap"
                },
                {
                  $ref: "#/definitions/flagsArray"
                }
              ]
            }
          }
        }
      ],
      required: ["flags"]
    },
    baseFlag: {
      $comment: "base flag object; no title/description here, allows for better UX, keep it in the overrides",
      type: "object",
      properties: {
        state: {
          title: "Flag State",
          description: "Indicates whether the flag is functional. Disabled flags are treated as if they don't exist.",
          type: "string",
          enum: ["ENABLED", "DISABLED"]
        },
        defaultVariant: {
          title: "Default Variant",
          description: "The variant to serve if no dynamic targeting applies (including if the targeting returns null). Set to null to use code-defined default.",
          type: ["string", "null"]
        },
        targeting: {
          $ref: "./targeting.json"
        },
        metadata: {
          title: "Flag Metadata",
          description: "Metadata about an individual feature flag, with keys of type string, and values of type boolean, string, or number.",
          $ref: "#/definitions/metadata"
        },
        variants: {
          type: "object",
          minProperties: 1,
          additionalProperties: false,
          patternProperties: {
            "^.{1,}$": {}
          }
        }
      },
      required: ["state", "variants"]
    },
    booleanVariants: {
      type: "object",
      properties: {
        variants: {
          type: "object",
          additionalProperties: false,
          patternProperties: {
            "^.{1,}$": {
              type: "boolean"
            }
          }
        }
      }
    },
    stringVariants: {
      type: "object",
      properties: {
        variants: {
          type: "object",
          additionalProperties: false,
          patternProperties: {
            "^.{1,}$": {
              type: "string"
            }
          }
        }
      }
    },
    numberVariants: {
      type: "object",
      properties: {
        variants: {
          type: "object",
          additionalProperties: false,
          patternProperties: {
            "^.{1,}$": {
              type: "number"
            }
          }
        }
      }
    },
    objectVariants: {
      type: "object",
      properties: {
        variants: {
          type: "object",
          additionalProperties: false,
          patternProperties: {
            "^.{1,}$": {
              type: "object"
            }
          }
        }
      }
    },
    anyFlag: {
      anyOf: [
        {
          $ref: "#/definitions/booleanFlag"
        },
        {
          $ref: "#/definitions/numberFlag"
        },
        {
          $ref: "#/definitions/stringFlag"
        },
        {
          $ref: "#/definitions/objectFlag"
        }
      ]
    },
    booleanFlag: {
      $comment: "merge the variants with the base flag to build our typed flags",
      title: "Boolean flag",
      description: "A flag having boolean values.",
      allOf: [
        {
          $ref: "#/definitions/baseFlag"
        },
        {
          $ref: "#/definitions/booleanVariants"
        }
      ]
    },
    stringFlag: {
      title: "String flag",
      description: "A flag having string values.",
      allOf: [
        {
          $ref: "#/definitions/baseFlag"
        },
        {
          $ref: "#/definitions/stringVariants"
        }
      ]
    },
    numberFlag: {
      title: "Numeric flag",
      description: "A flag having numeric values.",
      allOf: [
        {
          $ref: "#/definitions/baseFlag"
        },
        {
          $ref: "#/definitions/numberVariants"
        }
      ]
    },
    objectFlag: {
      title: "Object flag",
      description: "A flag having arbitrary object values.",
      allOf: [
        {
          $ref: "#/definitions/baseFlag"
        },
        {
          $ref: "#/definitions/objectVariants"
        }
      ]
    },
    metadata: {
      type: "object",
      additionalProperties: {
        type: ["string", "number", "boolean"]
      }
    }
  }
};

// lib/flags/schema/targeting.json
var targeting_default = {
  $id: "https://flagd.dev/schema/v0/targeting.json",
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "flagd Targeting",
  description: 'Defines targeting logic for flagd; a extension of JSONLogic, including purpose-built feature-flagging operations. Note that this schema applies to top-level objects; no additional properties are supported, including "$schema", which means built-in JSON-schema support is not possible in editors. Please use flags.json (which imports this schema) for a rich editor experience.',
  type: "object",
  anyOf: [
    {
      $comment: "we need this to support empty targeting",
      type: "object",
      additionalProperties: false,
      properties: {}
    },
    {
      $ref: "#/definitions/anyRule"
    }
  ],
  definitions: {
    primitive: {
      oneOf: [
        {
          description: 'When returned from rules, a null value "exits", the targeting, and the "defaultValue" is returned, with the reason indicating the targeting did not match.',
          type: "null"
        },
        {
          description: 'When returned from rules, booleans are converted to strings ("true"/"false"), and used to as keys to retrieve the associated value from the "variants" object. Be sure that the returned string is present as a key in the variants!',
          type: "boolean"
        },
        {
          description: "When returned from rules, the behavior of numbers is not defined.",
          type: "number"
        },
        {
          description: 'When returned from rules, strings are used to as keys to retrieve the associated value from the "variants" object. Be sure that the returned string is present as a key in the variants!.',
          type: "string"
        },
        {
          description: "When returned from rules, the behavior of arrays is not defined.",
          type: "array"
        }
      ]
    },
    varRule: {
      title: "Var Operation",
      description: "Retrieve data from the provided data object.",
      type: "object",
      additionalProperties: false,
      properties: {
        var: {
          anyOf: [
            {
              type: "string",
              description: 'flagd automatically injects "$flagd.timestamp" (unix epoch) and "$flagd.flagKey" (the key of the flag in evaluation) into the context.',
              pattern: "^\\$flagd\\.((timestamp)|(flagKey))$"
            },
            {
              not: {
                $comment: 'this is a negated (not) match of "$flagd.{some-key}", which is faster and more compatible that a negative lookahead regex',
                type: "string",
                description: 'flagd automatically injects "$flagd.timestamp" (unix epoch) and "$flagd.flagKey" (the key of the flag in evaluation) into the context.',
                pattern: "^\\$flagd\\..*$"
              }
            },
            {
              type: "array",
              $comment: "this is to support the form of var with a default... there seems to be a bug here, where ajv gives a warning (not an error) because maxItems doesn't equal the number of entries in items, though this is valid in this case",
              minItems: 1,
              items: [
                {
                  type: "string"
                }
              ],
              additionalItems: {
                anyOf: [
                  {
                    type: "null"
                  },
                  {
                    type: "boolean"
                  },
                  {
                    type: "string"
                  },
                  {
                    type: "number"
                  }
                ]
              }
            }
          ]
        }
      }
    },
    missingRule: {
      title: "Missing Operation",
      description: "Takes an array of data keys to search for (same format as var). Returns an array of any keys that are missing from the data object, or an empty array.",
      type: "object",
      additionalProperties: false,
      properties: {
        missing: {
          type: "array",
          items: {
            type: "string"
          }
        }
      }
    },
    missingSomeRule: {
      title: "Missing-Some Operation",
      description: "Takes a minimum number of data keys that are required, and an array of keys to search for (same format as var or missing). Returns an empty array if the minimum is met, or an array of the missing keys otherwise.",
      type: "object",
      additionalProperties: false,
      properties: {
        missing_some: {
          minItems: 2,
          maxItems: 2,
          type: "array",
          items: [
            {
              type: "number"
            },
            {
              type: "array",
              items: {
                type: "string"
              }
            }
          ]
        }
      }
    },
    binaryOrTernaryOp: {
      type: "array",
      minItems: 2,
      maxItems: 3,
      items: {
        $ref: "#/definitions/args"
      }
    },
    binaryOrTernaryRule: {
      type: "object",
      additionalProperties: false,
      properties: {
        substr: {
          title: "Substring Operation",
          description: "Get a portion of a string. Give a positive start position to return everything beginning at that index. Give a negative start position to work backwards from the end of the string, then return everything. Give a positive length to express how many characters to return.",
          $ref: "#/definitions/binaryOrTernaryOp"
        },
        "<": {
          title: "Less-Than/Between Operation. Can be used to test that one value is between two others.",
          $ref: "#/definitions/binaryOrTernaryOp"
        },
        "<=": {
          title: "Less-Than-Or-Equal-To/Between Operation. Can be used to test that one value is between two others.",
          $ref: "#/definitions/binaryOrTernaryOp"
        }
      }
    },
    binaryOp: {
      type: "array",
      minItems: 2,
      maxItems: 2,
      items: {
        $ref: "#/definitions/args"
      }
    },
    binaryRule: {
      title: "Binary Operation",
      description: "Any primitive JSONLogic operation with 2 operands.",
      type: "object",
      additionalProperties: false,
      properties: {
        if: {
          title: "If Operator",
          description: 'The if statement takes 1 or more arguments: a condition ("if"), what to do if its true ("then", optional, defaults to returning true), and what to do if its false ("else", optional, defaults to returning false). Note that the else condition can be used as an else-if statement by adding additional arguments.',
          $ref: "#/definitions/variadicOp"
        },
        "==": {
          title: "Lose Equality Operation",
          description: "Tests equality, with type coercion. Requires two arguments.",
          $ref: "#/definitions/binaryOp"
        },
        "===": {
          title: "Strict Equality Operation",
          description: "Tests strict equality. Requires two arguments.",
          $ref: "#/definitions/binaryOp"
        },
        "!=": {
          title: "Lose Inequality Operation",
          description: "Tests not-equal, with type coercion.",
          $ref: "#/definitions/binaryOp"
        },
        "!==": {
          title: "Strict Inequality Operation",
          description: "Tests strict not-equal.",
          $ref: "#/definitions/binaryOp"
        },
        ">": {
          title: "Greater-Than Operation",
          $ref: "#/definitions/binaryOp"
        },
        ">=": {
          title: "Greater-Than-Or-Equal-To Operation",
          $ref: "#/definitions/binaryOp"
        },
        "%": {
          title: "Modulo Operation",
          description: "Finds the remainder after the first argument is divided by the second argument.",
          $ref: "#/definitions/binaryOp"
        },
        "/": {
          title: "Division Operation",
          $ref: "#/definitions/binaryOp"
        },
        map: {
          title: "Map Operation",
          description: "Perform an action on every member of an array. Note, that inside the logic being used to map, var operations are relative to the array element being worked on.",
          $ref: "#/definitions/binaryOp"
        },
        filter: {
          title: "Filter Operation",
          description: "Keep only elements of the array that pass a test. Note, that inside the logic being used to filter, var operations are relative to the array element being worked on.",
          $ref: "#/definitions/binaryOp"
        },
        all: {
          title: "All Operation",
          description: "Perform a test on each member of that array, returning true if all pass. Inside the test code, var operations are relative to the array element being tested.",
          $ref: "#/definitions/binaryOp"
        },
        none: {
          title: "None Operation",
          description: "Perform a test on each member of that array, returning true if none pass. Inside the test code, var operations are relative to the array element being tested.",
          $ref: "#/definitions/binaryOp"
        },
        some: {
          title: "Some Operation",
          description: "Perform a test on each member of that array, returning true if some pass. Inside the test code, var operations are relative to the array element being tested.",
          $ref: "#/definitions/binaryOp"
        },
        in: {
          title: "In Operation",
          description: "If the second argument is an array, tests that the first argument is a member of the array.",
          $ref: "#/definitions/binaryOp"
        }
      }
    },
    reduceRule: {
      type: "object",
      additionalProperties: false,
      properties: {
        reduce: {
          title: "Reduce Operation",
          description: 'Combine all the elements in an array into a single value, like adding up a list of numbers. Note, that inside the logic being used to reduce, var operations only have access to an object with a "current" and a "accumulator".',
          type: "array",
          minItems: 3,
          maxItems: 3,
          items: {
            $ref: "#/definitions/args"
          }
        }
      }
    },
    associativeOp: {
      type: "array",
      minItems: 2,
      items: {
        $ref: "#/definitions/args"
      }
    },
    associativeRule: {
      title: "Mathematically Associative Operation",
      description: "Operation applicable to 2 or more parameters.",
      type: "object",
      additionalProperties: false,
      properties: {
        "*": {
          title: "Multiplication Operation",
          description: "Multiplication; associative, will accept and unlimited amount of arguments.",
          $ref: "#/definitions/associativeOp"
        }
      }
    },
    unaryOp: {
      anyOf: [
        {
          type: "array",
          minItems: 1,
          maxItems: 1,
          items: {
            $ref: "#/definitions/args"
          }
        },
        {
          $ref: "#/definitions/args"
        }
      ]
    },
    unaryRule: {
      title: "Unary Operation",
      description: "Any primitive JSONLogic operation with 1 operands.",
      type: "object",
      additionalProperties: false,
      properties: {
        "!": {
          title: "Negation Operation",
          description: "Logical negation (\u201Cnot\u201D). Takes just one argument.",
          $ref: "#/definitions/unaryOp"
        },
        "!!": {
          title: "Double Negation Operation",
          description: "Double negation, or 'cast to a boolean'. Takes a single argument.",
          $ref: "#/definitions/unaryOp"
        }
      }
    },
    variadicOp: {
      type: "array",
      minItems: 1,
      items: {
        $ref: "#/definitions/args"
      }
    },
    variadicRule: {
      $comment: "note < and <= can be used with up to 3 ops (between)",
      type: "object",
      additionalProperties: false,
      properties: {
        or: {
          title: "Or Operation",
          description: 'Simple boolean test, with 1 or more arguments. At a more sophisticated level, "or" returns the first truthy argument, or the last argument.',
          $ref: "#/definitions/variadicOp"
        },
        and: {
          title: "",
          description: 'Simple boolean test, with 1 or more arguments. At a more sophisticated level, "and" returns the first falsy argument, or the last argument.',
          $ref: "#/definitions/variadicOp"
        },
        "+": {
          title: "Addition Operation",
          description: "Addition; associative, will accept and unlimited amount of arguments.",
          $ref: "#/definitions/variadicOp"
        },
        "-": {
          title: "Subtraction Operation",
          $ref: "#/definitions/variadicOp"
        },
        max: {
          title: "Maximum Operation",
          description: "Return the maximum from a list of values.",
          $ref: "#/definitions/variadicOp"
        },
        min: {
          title: "Minimum Operation",
          description: "Return the minimum from a list of values.",
          $ref: "#/definitions/variadicOp"
        },
        merge: {
          title: "Merge Operation",
          description: "Takes one or more arrays, and merges them into one array. If arguments aren't arrays, they get cast to arrays.",
          $ref: "#/definitions/variadicOp"
        },
        cat: {
          title: "Concatenate Operation",
          description: "Concatenate all the supplied arguments. Note that this is not a join or implode operation, there is no \u201Cglue\u201D string.",
          $ref: "#/definitions/variadicOp"
        }
      }
    },
    stringCompareArg: {
      oneOf: [
        {
          type: "string"
        },
        {
          $ref: "#/definitions/anyRule"
        }
      ]
    },
    stringCompareArgs: {
      type: "array",
      minItems: 2,
      maxItems: 2,
      items: {
        $ref: "#/definitions/stringCompareArg"
      }
    },
    stringCompareRule: {
      type: "object",
      additionalProperties: false,
      properties: {
        starts_with: {
          title: "Starts-With Operation",
          description: "The string attribute starts with the specified string value.",
          $ref: "#/definitions/stringCompareArgs"
        },
        ends_with: {
          title: "Ends-With Operation",
          description: "The string attribute ends with the specified string value.",
          $ref: "#/definitions/stringCompareArgs"
        }
      }
    },
    semVerString: {
      title: "Semantic Version String",
      description: "A string representing a valid semantic version expression as per https://semver.org/.",
      type: "string",
      pattern: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"
    },
    ruleSemVer: {
      type: "object",
      additionalProperties: false,
      properties: {
        sem_ver: {
          title: "Semantic Version Operation",
          description: 'Attribute matches a semantic version condition. Accepts "npm-style" range specifiers: "=", "!=", ">", "<", ">=", "<=", "~" (match minor version), "^" (match major version).',
          type: "array",
          minItems: 3,
          maxItems: 3,
          items: [
            {
              oneOf: [
                {
                  $ref: "#/definitions/semVerString"
                },
                {
                  $ref: "#/definitions/varRule"
                }
              ]
            },
            {
              description: 'Range specifiers: "=", "!=", ">", "<", ">=", "<=", "~" (match minor version), "^" (match major version).',
              enum: ["=", "!=", ">", "<", ">=", "<=", "~", "^"]
            },
            {
              oneOf: [
                {
                  $ref: "#/definitions/semVerString"
                },
                {
                  $ref: "#/definitions/varRule"
                }
              ]
            }
          ]
        }
      }
    },
    fractionalWeightArg: {
      description: "Distribution for all possible variants, with their associated weighting.",
      type: "array",
      minItems: 1,
      maxItems: 2,
      items: [
        {
          description: "If this bucket is randomly selected, this JSONLogic will be evaluated, and the result will be used as the variant key to return from the variants map.",
          $ref: "#/definitions/args"
        },
        {
          description: "Weighted distribution for this variant key. Must be a non-negative integer. Can be a JSONLogic expression that evaluates to a number (e.g. for time-based progressive rollouts); computed negative weights are clamped to 0 at evaluation time. The total weight sum across all variants must not exceed 2,147,483,647.",
          oneOf: [
            {
              type: "integer",
              minimum: 0
            },
            {
              $ref: "#/definitions/anyRule"
            }
          ]
        }
      ]
    },
    fractionalOp: {
      type: "array",
      minItems: 1,
      $comment: "there seems to be a bug here, where ajv gives a warning (not an error) because maxItems doesn't equal the number of entries in items, though this is valid in this case",
      items: [
        {
          description: "Bucketing value used in pseudorandom assignment; should be a string that is unique and stable for each subject of flag evaluation. Defaults to a concatenation of the flagKey and targetingKey.",
          $ref: "#/definitions/anyRule"
        },
        {
          $ref: "#/definitions/fractionalWeightArg"
        },
        {
          $ref: "#/definitions/fractionalWeightArg"
        }
      ],
      additionalItems: {
        $ref: "#/definitions/fractionalWeightArg"
      }
    },
    fractionalShorthandOp: {
      type: "array",
      minItems: 1,
      items: {
        $ref: "#/definitions/fractionalWeightArg"
      }
    },
    fractionalRule: {
      type: "object",
      additionalProperties: false,
      properties: {
        fractional: {
          title: "Fractional Operation",
          description: "Deterministic, pseudorandom fractional distribution.",
          oneOf: [
            {
              $ref: "#/definitions/fractionalOp"
            },
            {
              $ref: "#/definitions/fractionalShorthandOp"
            }
          ]
        }
      }
    },
    reference: {
      additionalProperties: false,
      type: "object",
      $comment: "patternProperties here is a bit of a hack to prevent this definition from being dereferenced early.",
      patternProperties: {
        "^\\$ref$": {
          title: "Reference",
          description: "A reference to another entity, used for $evaluators (shared rules).",
          type: "string"
        }
      }
    },
    args: {
      oneOf: [
        {
          $ref: "#/definitions/reference"
        },
        {
          $ref: "#/definitions/anyRule"
        },
        {
          $ref: "#/definitions/primitive"
        }
      ]
    },
    anyRule: {
      anyOf: [
        {
          $ref: "#/definitions/varRule"
        },
        {
          $ref: "#/definitions/missingRule"
        },
        {
          $ref: "#/definitions/missingSomeRule"
        },
        {
          $ref: "#/definitions/binaryRule"
        },
        {
          $ref: "#/definitions/binaryOrTernaryRule"
        },
        {
          $ref: "#/definitions/associativeRule"
        },
        {
          $ref: "#/definitions/unaryRule"
        },
        {
          $ref: "#/definitions/variadicRule"
        },
        {
          $ref: "#/definitions/reduceRule"
        },
        {
          $ref: "#/definitions/stringCompareRule"
        },
        {
          $ref: "#/definitions/ruleSemVer"
        },
        {
          $ref: "#/definitions/fractionalRule"
        }
      ]
    }
  }
};

// lib/flags/document.js
var FLAGD_SCHEMA_URL = "https://flagd.dev/schema/v0/flags.json";
function parseFlagDocument(text, where2) {
  if (text === void 0 || text.trim() === "")
    return { $schema: FLAGD_SCHEMA_URL, flags: {} };
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`${where2}: expected a flagd JSON document, got invalid JSON (${errorMessage(error)})`);
  }
  const flags = value?.flags;
  if (!value || typeof value !== "object" || Array.isArray(value) || !flags || typeof flags !== "object" || Array.isArray(flags))
    throw new ConfigurationError(`${where2}: expected a flagd document with a "flags" object (${FLAGD_SCHEMA_URL})`);
  return value;
}
function serializeFlagDocument(document) {
  return `${JSON.stringify(document, null, 2)}
`;
}
var validateSchema;
function describeErrors(errors) {
  return (errors ?? []).slice(0, 3).map((error) => `${error.instancePath || "/"} ${error.message ?? "is invalid"}`).join("; ");
}
function validateFlagDocument(document, where2) {
  if (!validateSchema) {
    const ajv = new import_ajv.Ajv({ allErrors: true, strict: false });
    ajv.addSchema(targeting_default, "https://flagd.dev/schema/v0/targeting.json");
    validateSchema = ajv.compile(flags_default);
  }
  if (!validateSchema(document))
    throw new ConfigurationError(`${where2}: not a valid flagd document (${FLAGD_SCHEMA_URL}): ${describeErrors(validateSchema.errors)}`);
  try {
    new MemoryStorage(silentOpenFeatureLogger).setConfigurations(JSON.stringify(document), true);
  } catch (error) {
    throw new ConfigurationError(`${where2}: flagd-core refuses it: ${errorMessage(error).slice(0, 300)}`);
  }
}
var silentOpenFeatureLogger = { error() {
}, warn() {
}, info() {
}, debug() {
} };

// lib/flags/operations.js
var import_node_util2 = __toESM(require_node_util(), 1);
var FLAG_KEY = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
var ORG_ID = /^[A-Za-z0-9][A-Za-z0-9_.:@/-]{0,199}$/;
function checkFlagRequest(request) {
  if (!FLAG_KEY.test(request.flag))
    throw new ConfigurationError(`input 'flag': expected a key matching ${FLAG_KEY.source}, got ${JSON.stringify(request.flag)}`);
  if (request.org !== void 0 && !ORG_ID.test(request.org))
    throw new ConfigurationError(`input 'org': expected an id matching ${ORG_ID.source}, got ${JSON.stringify(request.org)}`);
  const percentage = request.percentage;
  if (request.operation === "rollout" && (percentage === void 0 || !(percentage >= 0 && percentage <= 100)))
    throw new ConfigurationError("input 'percentage': expected a number from 0 to 100 for rollout");
  if ((request.operation === "override" || request.operation === "remove-override") && !request.org)
    throw new ConfigurationError(`input 'org': expected an organisation id for ${request.operation}`);
  if (request.operation === "override" && !request.variant)
    throw new ConfigurationError("input 'variant': expected on or off for override");
  if (request.operation === "canary") {
    const url = request.canary?.healthUrl;
    if (!url || !/^https?:\/\/[^\s]+$/.test(url))
      throw new ConfigurationError("input 'health-url': expected the http(s) URL where the canary's health is measured");
  }
}
var StageMovedError = class extends ConfigurationError {
  name = "StageMovedError";
};
var DEFAULT_HOLD_MS = 30 * 6e4;
var percent = (value) => `${Number(value.toFixed(2))}%`;
function startingPoint(key, existing, request, where2) {
  if (request.operation === "create") {
    if (existing)
      throw new ConfigurationError(`input 'flag': '${key}' already exists in ${where2}`);
    return {
      enabled: true,
      archived: false,
      defaultVariant: "off",
      rolloutBasisPoints: void 0,
      bucketBy: request.bucketBy ?? "targetingKey",
      allow: [],
      deny: [],
      stages: request.stages ?? DEFAULT_STAGES,
      metadata: {}
    };
  }
  if (!existing)
    throw new ConfigurationError(`input 'flag': no flag '${key}' in ${where2}`);
  const managed = readManagedFlag(existing);
  if (managed)
    return managed;
  if (!request.force)
    throw new ConfigurationError(`input 'flag': '${key}' in ${where2} is not in the shape Greenlight manages (edited by hand?); set force: true to rewrite its targeting`);
  const metadata = {};
  for (const [name, value] of Object.entries(existing.metadata ?? {}))
    if (["string", "number", "boolean"].includes(typeof value))
      metadata[name] = value;
  return {
    enabled: existing.state === "ENABLED",
    archived: false,
    defaultVariant: existing.defaultVariant === "on" ? "on" : "off",
    rolloutBasisPoints: void 0,
    bucketBy: request.bucketBy ?? "targetingKey",
    allow: [],
    deny: [],
    stages: DEFAULT_STAGES,
    metadata
  };
}
function atPercent(flag, percentage) {
  const basisPoints = Math.round(percentage * 100);
  if (basisPoints <= 0)
    return { ...flag, enabled: true, defaultVariant: "off", rolloutBasisPoints: void 0 };
  if (basisPoints >= TOTAL_WEIGHT)
    return { ...flag, enabled: true, defaultVariant: "on", rolloutBasisPoints: void 0 };
  return { ...flag, enabled: true, defaultVariant: "off", rolloutBasisPoints: basisPoints };
}
function apply(flag, request) {
  const key = request.flag;
  const now = servedPercent(flag);
  switch (request.operation) {
    case "create":
      return { next: flag, description: `create ${key} (off)` };
    case "enable":
      return { next: atPercent(flag, 100), description: `enable ${key}` };
    case "disable":
      return { next: atPercent(flag, 0), description: `disable ${key}` };
    case "rollout": {
      const target = request.percentage ?? 0;
      return {
        next: atPercent(flag, target),
        description: `rollout ${key} ${percent(now)}\u2192${percent(target)}`
      };
    }
    case "advance": {
      if (!flag.enabled)
        throw new ConfigurationError(`input 'operation': '${key}' is killed; restore it before advancing`);
      const stage = flag.stages.find((candidate) => candidate > now);
      if (stage === void 0)
        throw new ConfigurationError(`input 'operation': '${key}' is already at 100%; nothing to advance`);
      return {
        next: atPercent(flag, stage),
        description: `advance ${key} ${percent(now)}\u2192${percent(stage)}`
      };
    }
    case "rollback-canary": {
      if (now <= 0)
        throw new ConfigurationError(`input 'operation': '${key}' serves no one; nothing to roll back`);
      const stage = [...flag.stages].reverse().find((candidate) => candidate < now) ?? 0;
      return {
        next: atPercent(flag, stage),
        description: `rollback-canary ${key} ${percent(now)}\u2192${percent(stage)}`
      };
    }
    case "kill":
      return { next: { ...flag, enabled: false }, description: `kill ${key}` };
    case "restore":
      return {
        next: { ...flag, enabled: true, archived: false },
        description: `restore ${key} (${percent(now)})`
      };
    case "override": {
      const org = request.org ?? "";
      const variant = request.variant ?? "on";
      const allow = flag.allow.filter((id) => id !== org);
      const deny = flag.deny.filter((id) => id !== org);
      (variant === "on" ? allow : deny).push(org);
      return { next: { ...flag, allow, deny }, description: `override ${key} org ${org}\u2192${variant}` };
    }
    case "remove-override": {
      const org = request.org ?? "";
      return {
        next: {
          ...flag,
          allow: flag.allow.filter((id) => id !== org),
          deny: flag.deny.filter((id) => id !== org)
        },
        description: `remove-override ${key} org ${org}`
      };
    }
    case "archive":
      return { next: { ...flag, enabled: false, archived: true }, description: `archive ${key}` };
    case "canary": {
      const policy = request.canary;
      const metadata = {
        ...flag.metadata,
        canaryHealthUrl: policy.healthUrl,
        canaryOnFailure: policy.onFailure ?? "previous-stage",
        canaryHoldMs: policy.holdMs ?? DEFAULT_HOLD_MS
      };
      if (policy.checks)
        metadata.canaryChecks = policy.checks;
      else
        delete metadata.canaryChecks;
      delete metadata.canaryPaused;
      const stages = request.stages ?? flag.stages;
      const first = stages[0] ?? 100;
      const started = now >= first ? { ...flag, stages, metadata } : atPercent({ ...flag, stages, metadata }, first);
      return {
        next: started,
        description: `canary ${key} ${percent(now)}\u2192${percent(servedPercent(started))}`
      };
    }
    case "pause":
      return {
        next: { ...flag, metadata: { ...flag.metadata, canaryPaused: true } },
        description: `pause ${key}`
      };
    case "resume": {
      const { canaryPaused: _paused, ...metadata } = flag.metadata;
      return { next: { ...flag, metadata }, description: `resume ${key}` };
    }
  }
}
function applyFlagOperation(text, request, where2) {
  checkFlagRequest(request);
  const key = request.flag;
  const document = parseFlagDocument(text, where2);
  const existing = document.flags[key];
  const flag = startingPoint(key, existing, request, where2);
  if (request.expectedPercent !== void 0) {
    const moved = servedPercent(flag) !== request.expectedPercent ? `serves ${percent(servedPercent(flag))} now, not ${percent(request.expectedPercent)}` : flag.archived || !flag.enabled ? "was killed or archived meanwhile" : flag.metadata.canaryPaused === true ? "was paused meanwhile" : void 0;
    if (moved)
      throw new StageMovedError(`'${key}' ${moved}: another change came first`);
  }
  if (flag.archived && request.operation !== "restore")
    throw new ConfigurationError(`input 'operation': '${key}' is archived; restore it first`);
  const { next, description } = apply(flag, request);
  if (servedPercent(next) !== servedPercent(flag) || !flag.enabled !== !next.enabled)
    next.metadata = { ...next.metadata, stageSince: request.now.toISOString() };
  const before = existing ? JSON.stringify(existing) : "";
  const candidate = flagJson(next);
  if (existing && (0, import_node_util2.isDeepStrictEqual)(candidate, { ...existing, metadata: candidate.metadata }) && (0, import_node_util2.isDeepStrictEqual)(stripAudit(candidate.metadata), stripAudit(existing.metadata)))
    return { changed: false, text: text ?? "", before, after: before, description };
  candidate.metadata = {
    ...candidate.metadata,
    updatedBy: request.actor,
    updatedAt: request.now.toISOString(),
    ...request.reason ? { reason: request.reason } : {},
    lastOperation: request.operation
  };
  if (!request.reason)
    delete candidate.metadata.reason;
  document.flags = { ...document.flags, [key]: candidate };
  validateFlagDocument(document, where2);
  return {
    changed: true,
    text: serializeFlagDocument(document),
    before,
    after: JSON.stringify(candidate),
    description
  };
}
function stripAudit(metadata) {
  const { updatedBy: _by, updatedAt: _at, reason: _reason, lastOperation: _operation, ...rest } = metadata ?? {};
  return rest;
}

// lib/flags/share.js
var SAMPLE_SIZE = 1e4;
function measureShare(text, flagKey, sampleSize = SAMPLE_SIZE) {
  const core = new FlagdCore(void 0, silentLogger);
  core.setConfigurations(text);
  let on = 0;
  for (let index = 0; index < sampleSize; index++) {
    const result = core.resolveBooleanEvaluation(flagKey, false, {
      targetingKey: `user-${index}`,
      orgId: `org-${index}`
    });
    if (result.value === true)
      on++;
  }
  return Number((on / sampleSize * 100).toFixed(2));
}
var silentLogger = { error() {
}, warn() {
}, info() {
}, debug() {
} };

// lib/flags/progress.js
var import_node_crypto2 = __toESM(require_node_crypto(), 1);
var import_promises = __toESM(require_promises(), 1);
var import_node_path = __toESM(require_node_path(), 1);

// lib/github/contents.js
var import_node_crypto = __toESM(require_node_crypto(), 1);
var WriteConflictError = class extends Error {
  attempts;
  name = "WriteConflictError";
  constructor(message, attempts) {
    super(message);
    this.attempts = attempts;
  }
};
var RAW_MEDIA_TYPE = "application/vnd.github.raw";
var PULL_REQUEST_BRANCH_PREFIX = "greenlight/flags-";
function gitBlobSha(content) {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return (0, import_node_crypto.createHash)("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
async function writeFileWithRetry(octokit, file, edit, options) {
  const target = checkFile(file);
  const settings = {
    octokit,
    clock: options.clock,
    random: options.random ?? Math.random,
    maxAttempts: Math.max(1, Math.floor(options.maxAttempts ?? 5)),
    logger: options.logger,
    deadline: options.deadline ?? Infinity
  };
  if (options.mode === "commit")
    return writeLoop(settings, target, edit);
  return writeThroughPullRequest(settings, target, edit);
}
async function readRepositoryFile(octokit, file) {
  const target = checkFile(file);
  return (await readFile(octokit, target, target.branch)).text;
}
function checkFile(file) {
  const path = file.path.replace(/^\/+/, "");
  if (file.owner.trim() === "" || file.repo.trim() === "")
    throw new ConfigurationError(`repository '${file.owner}/${file.repo}' is not owner/name`);
  if (path === "" || path.endsWith("/"))
    throw new ConfigurationError(`'${file.path}' is not a file path (expected e.g. flags/flags.json)`);
  return { ...file, path };
}
function where(file) {
  return `${file.path} on ${file.branch === void 0 ? "the default branch" : file.branch}`;
}
async function writeLoop(settings, file, edit, first) {
  const { logger, maxAttempts } = settings;
  let sentSha;
  let lastConflict = "";
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    let snapshot;
    let change;
    if (attempt === 1 && first) {
      ({ snapshot, change } = first);
    } else {
      snapshot = await readFile(settings.octokit, file, file.branch);
      if (sentSha !== void 0 && snapshot.sha === sentSha) {
        logger.info(`${where(file)} already holds this change: an earlier write landed despite its error`);
        return { changed: true, attempts: attempt - 1 };
      }
      change = edit(snapshot.text);
    }
    if (change === void 0 || change.text === snapshot.text) {
      logger.info(`${where(file)}: no change to write`);
      return { changed: false, attempts: attempt };
    }
    sentSha = gitBlobSha(change.text);
    try {
      const { data } = await settings.octokit.rest.repos.createOrUpdateFileContents({
        owner: file.owner,
        repo: file.repo,
        path: file.path,
        message: change.message,
        content: Buffer.from(change.text, "utf8").toString("base64"),
        ...snapshot.sha !== void 0 ? { sha: snapshot.sha } : {},
        ...file.branch !== void 0 ? { branch: file.branch } : {}
      });
      const commitSha = data.commit.sha;
      logger.info(`${where(file)} written in commit ${commitSha?.slice(0, 7) ?? "(unknown)"}`);
      return {
        changed: true,
        ...commitSha ? { commitSha } : {},
        ...data.commit.html_url ? { commitUrl: data.commit.html_url } : {},
        attempts: attempt
      };
    } catch (error) {
      if (isConflict(error)) {
        lastConflict = error.message;
        if (attempt < maxAttempts)
          await backOff(settings, file, attempt, error.message);
        continue;
      }
      if (error instanceof GitHubError && error.ambiguous && await landed(settings, file, sentSha)) {
        logger.warning(`${error.message}; ${where(file)} holds the change all the same, so it counts as written`);
        return { changed: true, attempts: attempt };
      }
      throw error;
    }
  }
  throw new WriteConflictError(`Could not write ${where(file)}: all ${maxAttempts} attempts conflicted with other writes (last: ${lastConflict})`, maxAttempts);
}
function isConflict(error) {
  if (!(error instanceof GitHubError) || error.kind !== "status")
    return false;
  const said = error.message.replace(/^.*? answered \d{3}:?\s*/, "");
  if (error.status === 409)
    return !/rule violation|protected branch|through a pull request/i.test(said);
  if (error.status === 422)
    return /"?\bsha\b"? wasn't supplied|\bdoes not match\b/i.test(said);
  return false;
}
async function backOff(settings, file, attempt, reason) {
  const waitMs = Math.round((200 + settings.random() * 800) * attempt);
  if (settings.clock.now() + waitMs >= settings.deadline) {
    throw new WriteConflictError(`Could not write ${where(file)}: the deadline came after ${attempt} conflicting attempt${attempt === 1 ? "" : "s"} (last: ${reason})`, attempt);
  }
  settings.logger.info(`${where(file)} changed while being written (${reason}); reading it again and re-applying the edit in ${waitMs} ms (attempt ${attempt + 1} of ${settings.maxAttempts})`);
  await settings.clock.sleep(waitMs);
}
async function landed(settings, file, sha) {
  try {
    return (await readFile(settings.octokit, file, file.branch)).sha === sha;
  } catch {
    return false;
  }
}
async function readFile(octokit, file, ref) {
  const request = {
    owner: file.owner,
    repo: file.repo,
    path: file.path,
    ...ref !== void 0 ? { ref } : {}
  };
  let data;
  try {
    ({ data } = await octokit.rest.repos.getContent(request));
  } catch (error) {
    if (error instanceof GitHubError && error.status === 404 && !/no commit found/i.test(error.message)) {
      return { text: void 0, sha: void 0 };
    }
    throw error;
  }
  if (Array.isArray(data)) {
    throw new ConfigurationError(`${file.path} in ${file.owner}/${file.repo} is a directory, not a file`);
  }
  if (data.type !== "file") {
    throw new ConfigurationError(`${file.path} in ${file.owner}/${file.repo} is a ${data.type}, not a regular file`);
  }
  const content = "content" in data && typeof data.content === "string" ? data.content : void 0;
  const encoding = "encoding" in data ? data.encoding : void 0;
  if (content !== void 0 && encoding === "base64" && !(content === "" && data.size > 0)) {
    return { text: Buffer.from(content, "base64").toString("utf8"), sha: data.sha };
  }
  const raw = await octokit.rest.repos.getContent({ ...request, headers: { accept: RAW_MEDIA_TYPE } });
  const bytes = rawBytes(raw.data);
  return { text: Buffer.from(bytes).toString("utf8"), sha: gitBlobSha(bytes) };
}
function rawBytes(body) {
  if (typeof body === "string")
    return Buffer.from(body, "utf8");
  if (body instanceof ArrayBuffer)
    return new Uint8Array(body);
  if (ArrayBuffer.isView(body))
    return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  throw new Error(`GitHub answered the raw media type with ${typeof body}, not the file's bytes`);
}
async function writeThroughPullRequest(settings, file, edit) {
  const { octokit, logger } = settings;
  const repository = { owner: file.owner, repo: file.repo };
  const base = file.branch ?? (await octokit.rest.repos.get(repository)).data.default_branch;
  const baseFile = { ...file, branch: base };
  const headSha = (await octokit.rest.git.getRef({ ...repository, ref: `heads/${base}` })).data.object.sha;
  const snapshot = await readFile(octokit, baseFile, headSha);
  const change = edit(snapshot.text);
  if (change === void 0 || change.text === snapshot.text) {
    logger.info(`${where(baseFile)}: no change to propose`);
    return { changed: false, attempts: 1 };
  }
  const branch = branchName(settings);
  const ref = `refs/heads/${branch}`;
  await writeOnce({
    what: `create branch ${branch}`,
    send: async () => (await octokit.rest.git.createRef({ ...repository, ref, sha: headSha })).data,
    readBack: async () => {
      try {
        const found = (await octokit.rest.git.getRef({ ...repository, ref: `heads/${branch}` })).data;
        return found.object.sha === headSha ? found : void 0;
      } catch (error) {
        if (error instanceof GitHubError && error.status === 404)
          return void 0;
        throw error;
      }
    },
    attempts: 3,
    delayMs: 1e3,
    deadline: settings.deadline,
    clock: settings.clock,
    logger
  });
  logger.info(`Branch ${branch} created from ${base} at ${headSha.slice(0, 7)}`);
  const branchFile = { ...file, branch };
  let written;
  try {
    written = await writeLoop(settings, branchFile, edit, { snapshot, change });
  } catch (error) {
    await deleteBranch(settings, file, branch, headSha);
    throw error;
  }
  if (!written.changed) {
    await deleteBranch(settings, file, branch, headSha);
    return written;
  }
  const [title = change.message, ...rest] = change.message.split("\n");
  const body = [
    rest.join("\n").trim(),
    `Proposed by Greenlight: changes \`${file.path}\` on \`${base}\` (branched at ${headSha.slice(0, 7)}).`
  ].filter((part) => part !== "").join("\n\n");
  try {
    const pull = await writeOnce({
      what: `open a pull request from ${branch} into ${base}`,
      send: async () => {
        const { data } = await octokit.rest.pulls.create({ ...repository, title, head: branch, base, body });
        return { number: data.number, html_url: data.html_url };
      },
      readBack: async () => {
        const { data } = await octokit.rest.pulls.list({
          ...repository,
          head: `${file.owner}:${branch}`,
          base,
          state: "open",
          per_page: 1
        });
        return data[0] ? { number: data[0].number, html_url: data[0].html_url } : void 0;
      },
      attempts: 3,
      delayMs: 1e3,
      deadline: settings.deadline,
      clock: settings.clock,
      logger
    });
    logger.info(`Pull request #${pull.number} opened: ${pull.html_url}`);
    return { ...written, pullRequestUrl: pull.html_url };
  } catch (error) {
    logger.warning(`The change to ${file.path} is committed on branch ${branch}, but no pull request was opened; open one from it into ${base}`);
    throw error;
  }
}
function branchName(settings) {
  const time = settings.clock.now().toString(36).slice(-6);
  const noise = Math.floor(settings.random() * 36 ** 4).toString(36).padStart(4, "0");
  return `${PULL_REQUEST_BRANCH_PREFIX}${time}${noise}`;
}
async function deleteBranch(settings, file, branch, createdAt) {
  const ref = { owner: file.owner, repo: file.repo, ref: `heads/${branch}` };
  try {
    if ((await settings.octokit.rest.git.getRef(ref)).data.object.sha !== createdAt)
      return;
    await settings.octokit.rest.git.deleteRef(ref);
  } catch (error) {
    settings.logger.warning(`Could not delete branch ${branch}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

// lib/flags/canary.js
function canaryFlags(text, where2) {
  const document = parseFlagDocument(text, where2);
  const found = [];
  for (const [key, json] of Object.entries(document.flags)) {
    const flag = readManagedFlag(json);
    if (!flag || !flag.enabled || flag.archived || typeof flag.metadata.canaryHealthUrl !== "string")
      continue;
    const served = servedPercent(flag);
    if (served > 0 && served < 100)
      found.push({ key, flag });
  }
  return found;
}
var ANALYSES_AT_ONCE = 8;
function holding(flag, options) {
  const metadata = flag.metadata;
  const holdMs = typeof metadata.canaryHoldMs === "number" ? metadata.canaryHoldMs : options.defaultHoldMs ?? DEFAULT_HOLD_MS;
  const since = typeof metadata.stageSince === "string" ? Date.parse(metadata.stageSince) : Number.NaN;
  return { holdMs, heldMs: Number.isFinite(since) ? Math.max(0, options.now - since) : void 0 };
}
function isDue(flag, options) {
  const { holdMs, heldMs } = holding(flag, options);
  return flag.metadata.canaryPaused !== true && (heldMs === void 0 || heldMs >= holdMs);
}
async function progressCanaries(options) {
  const decisions = [];
  const flags = canaryFlags(options.text, options.where);
  const limit = pLimit(ANALYSES_AT_ONCE);
  const analyses = /* @__PURE__ */ new Map();
  for (const { key, flag } of flags) {
    if (!isDue(flag, options))
      continue;
    const analysis = limit(() => options.analyze({
      flag: key,
      stage: servedPercent(flag),
      healthUrl: String(flag.metadata.canaryHealthUrl),
      checks: typeof flag.metadata.canaryChecks === "string" ? flag.metadata.canaryChecks : void 0
    }));
    analysis.catch(() => {
    });
    analyses.set(key, analysis);
  }
  for (const { key, flag } of flags) {
    const stage = servedPercent(flag);
    const metadata = flag.metadata;
    const { holdMs, heldMs } = holding(flag, options);
    const base = {
      flag: key,
      stage,
      stageNumber: flag.stages.indexOf(stage) + 1,
      stages: flag.stages,
      heldMs,
      holdMs
    };
    if (metadata.canaryPaused === true) {
      decisions.push({
        ...base,
        verdict: "paused",
        action: "hold",
        reason: "paused by a person (resume to continue)"
      });
      continue;
    }
    if (heldMs !== void 0 && heldMs < holdMs) {
      decisions.push({
        ...base,
        verdict: "not due",
        action: "hold",
        reason: `held ${formatDuration(heldMs)} of ${formatDuration(holdMs)}`
      });
      continue;
    }
    let analysis;
    try {
      analysis = await analyses.get(key);
    } catch (error) {
      analysis = { verdict: "error", reason: `the analysis failed: ${errorMessage(error)}` };
    }
    if (!analysis)
      continue;
    const onFailure = metadata.canaryOnFailure === "kill" ? "kill" : "previous-stage";
    const action = analysis.verdict === "healthy" ? "advance" : analysis.verdict === "unhealthy" ? onFailure === "kill" ? "kill" : "rollback-canary" : "hold";
    const decision = { ...base, verdict: analysis.verdict, action, reason: analysis.reason };
    if (action !== "hold") {
      const operation = action;
      try {
        const written = await options.apply({
          operation,
          flag: key,
          reason: action === "advance" ? `canary stage healthy: ${analysis.reason}` : `canary stage unhealthy: ${analysis.reason}`,
          actor: options.actor,
          now: new Date(options.now),
          expectedPercent: stage
        });
        if (written.commitSha)
          decision.commitSha = written.commitSha;
        if (written.pullRequestUrl)
          decision.pullRequestUrl = written.pullRequestUrl;
      } catch (error) {
        if (error instanceof StageMovedError) {
          decision.superseded = true;
          decision.reason = `${error.message}; left alone`;
        } else {
          decision.failed = true;
          decision.reason = `${action} not written: ${errorMessage(error)}`;
        }
      }
    }
    options.logger.info(`${key} at ${stage}%: ${decision.verdict} \u2192 ${decision.action} (${decision.reason})`);
    decisions.push(decision);
  }
  return decisions;
}
var CANARY_LIMITS = { failureLimit: 1, maxErrorRatePct: 5, maxP99Ms: 2e3 };

// lib/flags/progress.js
function canaryAnalyzer(options) {
  return async (target) => {
    let checks;
    let baseUrl;
    try {
      baseUrl = new URL(target.healthUrl);
      if (target.checks)
        checks = parseChecks(target.checks, `flag '${target.flag}' canaryChecks`);
      else {
        checks = parseChecks(JSON.stringify([{ path: `${baseUrl.pathname}${baseUrl.search}` }]), "canaryHealthUrl");
        baseUrl = new URL(baseUrl.origin);
      }
    } catch (error) {
      return { verdict: "error", reason: errorMessage(error) };
    }
    const metrics = options.metricQueries && options.metricQueries.length > 0 && options.metrics ? {
      metricQueries: options.metricQueries,
      metrics: {
        baseUrl: options.metrics.baseUrl,
        ...options.metrics.token ? { token: options.metrics.token } : {},
        variables: { flag: target.flag, stage: String(target.stage) }
      }
    } : {};
    const result = await runHealthCheck({
      checks,
      probe: { baseUrl },
      schedule: options.schedule,
      ...metrics,
      limits: CANARY_LIMITS,
      http: options.http,
      clock: options.clock,
      logger: options.logger
    });
    if (result.verdict === "unhealthy" && !result.answered)
      return { verdict: "error", reason: `no answer from the health target: ${result.reason}` };
    return { verdict: result.verdict, reason: result.reason };
  };
}
async function progressRepository(options) {
  const { octokit, file, clock, logger } = options;
  const text = await readRepositoryFile(octokit, file);
  let latest;
  const decisions = await progressCanaries({
    text,
    where: file.path,
    now: clock.now(),
    analyze: canaryAnalyzer(options.health),
    actor: options.actor,
    ...options.defaultHoldMs !== void 0 ? { defaultHoldMs: options.defaultHoldMs } : {},
    logger,
    apply: async (request) => {
      const written = await writeFileWithRetry(octokit, file, (current) => {
        const change = applyFlagOperation(current, request, file.path);
        latest = change.text;
        if (!change.changed)
          return void 0;
        return {
          text: change.text,
          message: commitMessage(change, request, {
            environment: options.environment,
            ...options.workflowRunUrl ? { workflowRunUrl: options.workflowRunUrl } : {}
          })
        };
      }, { mode: options.mode, clock, logger });
      return {
        ...written.commitSha ? { commitSha: written.commitSha } : {},
        ...written.pullRequestUrl ? { pullRequestUrl: written.pullRequestUrl } : {}
      };
    }
  });
  return { decisions, text: latest ?? text };
}
async function progressLocalFile(options) {
  const read = async () => {
    try {
      return await (0, import_promises.readFile)(options.path, "utf8");
    } catch (error) {
      throw new ConfigurationError(`--file: cannot read ${options.path}: ${errorMessage(error)}`);
    }
  };
  return progressCanaries({
    text: await read(),
    where: options.path,
    now: options.clock.now(),
    analyze: canaryAnalyzer(options.health),
    actor: options.actor,
    ...options.defaultHoldMs !== void 0 ? { defaultHoldMs: options.defaultHoldMs } : {},
    logger: options.logger,
    apply: async (request) => {
      const change = applyFlagOperation(await read(), request, options.path);
      if (change.changed) {
        const temporary = (0, import_node_path.join)((0, import_node_path.dirname)(options.path), `.${(0, import_node_path.basename)(options.path)}.${(0, import_node_crypto2.randomUUID)()}.tmp`);
        await (0, import_promises.writeFile)(temporary, change.text);
        await (0, import_promises.rename)(temporary, options.path);
      }
      return {};
    }
  });
}

// lib/flags/types.js
var FLAG_OPERATIONS = [
  "create",
  "enable",
  "disable",
  "rollout",
  "advance",
  "rollback-canary",
  "kill",
  "restore",
  "override",
  "remove-override",
  "archive",
  "canary",
  "pause",
  "resume"
];
var BUCKET_BY = ["targetingKey", "orgId"];
var ON_FAILURE = ["previous-stage", "kill"];

export {
  writeFileWithRetry,
  parseStages,
  readManagedFlag,
  describeFlagState,
  describeOverrides,
  commitMessage,
  parseFlagDocument,
  validateFlagDocument,
  checkFlagRequest,
  applyFlagOperation,
  measureShare,
  progressRepository,
  progressLocalFile,
  FLAG_OPERATIONS,
  BUCKET_BY,
  ON_FAILURE
};
