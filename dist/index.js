import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 73339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 58500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 69154:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("vm");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 50525:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g7: () => (/* binding */ ReportedFailure),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/**
 * A mistake in what the user gave us (an input, a config file, a missing secret), as opposed to
 * a bug or an outage. Its message is one line that names the input and what was expected; the
 * action entry prints it with `core.setFailed` and no stack trace.
 */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
}
/** The message of any thrown value, without a stack. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}
/**
 * An expected failure whose message is already the whole story for the user: checks failed,
 * production unhealthy, a rollback that did not converge, a provider that refused or timed out.
 * Like {@link ConfigurationError} it is printed as its one-line message with no stack.
 */
class ReportedFailure extends Error {
    name = 'ReportedFailure';
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  x: () => (/* reexport */ cli),
  C: () => (/* reexport */ runAction)
});

;// CONCATENATED MODULE: ./lib/actions/registry.js
/**
 * The actions in the bundle, loaded lazily so each action's start-up pays only for its own code.
 * Each `action.yml` points at a stub (`dist/<name>.js`) that calls {@link runAction} with its name.
 */
const ACTIONS = {
    'smoke-test': () => Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(358), __nccwpck_require__.e(815), __nccwpck_require__.e(229), __nccwpck_require__.e(794), __nccwpck_require__.e(163), __nccwpck_require__.e(235)]).then(__nccwpck_require__.bind(__nccwpck_require__, 37235)),
    'health-check': () => Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(358), __nccwpck_require__.e(815), __nccwpck_require__.e(229), __nccwpck_require__.e(794), __nccwpck_require__.e(163), __nccwpck_require__.e(431), __nccwpck_require__.e(756)]).then(__nccwpck_require__.bind(__nccwpck_require__, 30756)),
    deploy: () => Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(358), __nccwpck_require__.e(72), __nccwpck_require__.e(794), __nccwpck_require__.e(268), __nccwpck_require__.e(436)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4436)),
    promote: () => Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(358), __nccwpck_require__.e(72), __nccwpck_require__.e(794), __nccwpck_require__.e(268), __nccwpck_require__.e(616)]).then(__nccwpck_require__.bind(__nccwpck_require__, 71616)),
    rollback: () => Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(358), __nccwpck_require__.e(72), __nccwpck_require__.e(794), __nccwpck_require__.e(268), __nccwpck_require__.e(401)]).then(__nccwpck_require__.bind(__nccwpck_require__, 80401)),
    release: () => Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(358), __nccwpck_require__.e(72), __nccwpck_require__.e(815), __nccwpck_require__.e(229), __nccwpck_require__.e(794), __nccwpck_require__.e(268), __nccwpck_require__.e(163), __nccwpck_require__.e(431), __nccwpck_require__.e(856)]).then(__nccwpck_require__.bind(__nccwpck_require__, 89856)),
    'release-outcome': () => Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(358), __nccwpck_require__.e(72), __nccwpck_require__.e(794), __nccwpck_require__.e(268), __nccwpck_require__.e(784)]).then(__nccwpck_require__.bind(__nccwpck_require__, 19784)),
};
function isActionName(name) {
    return Object.hasOwn(ACTIONS, name);
}
/** Runs one action as the runner does (inputs from `INPUT_*`, outputs to `GITHUB_OUTPUT`). */
async function runAction(name) {
    if (!isActionName(name))
        throw new Error(`unknown action '${name}'`);
    const action = await ACTIONS[name]();
    await action.run();
}

// EXTERNAL MODULE: ./lib/runtime/errors.js
var errors = __nccwpck_require__(50525);
;// CONCATENATED MODULE: ./lib/cli.js
/**
 * The `greenlight` command. Subcommands load lazily so each starts only what it needs.
 */

const USAGE = `greenlight — ship web apps safely from GitHub Actions

Usage:
  greenlight rehearse [--dir PATH] [--prebuilt] [--json]    the release path end to end on the embedded sandbox
  greenlight run <action> [--with name=value …] [--json]   run an action's bundle as the runner does
  greenlight sandbox [--port N] [--state DIR] [--token T]  a local Vercel-compatible API and hosting
  greenlight help                                          this text

Actions: smoke-test, health-check, deploy, promote, rollback, release`;
/** Runs the CLI with `args` (without node and script); resolves with the exit status. */
async function main(args) {
    const [command, ...rest] = args;
    try {
        switch (command) {
            case 'run': {
                const { runActionCommand, RUN_USAGE } = await Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(815), __nccwpck_require__.e(285), __nccwpck_require__.e(446)]).then(__nccwpck_require__.bind(__nccwpck_require__, 79446));
                if (rest.includes('--help') || rest.includes('-h')) {
                    process.stdout.write(`${RUN_USAGE}\n`);
                    return 0;
                }
                return await runActionCommand(rest);
            }
            case 'rehearse': {
                const { rehearseCommand, REHEARSE_USAGE } = await Promise.all(/* import() */[__nccwpck_require__.e(691), __nccwpck_require__.e(815), __nccwpck_require__.e(376), __nccwpck_require__.e(285), __nccwpck_require__.e(89)]).then(__nccwpck_require__.bind(__nccwpck_require__, 38089));
                if (rest.includes('--help') || rest.includes('-h')) {
                    process.stdout.write(`${REHEARSE_USAGE}\n`);
                    return 0;
                }
                return await rehearseCommand(rest);
            }
            case 'sandbox': {
                const { sandboxCommand } = await __nccwpck_require__.e(/* import() */ 376).then(__nccwpck_require__.bind(__nccwpck_require__, 81376));
                return await sandboxCommand(rest);
            }
            case undefined:
            case 'help':
            case '--help':
            case '-h':
                process.stdout.write(`${USAGE}\n`);
                return command === undefined ? 2 : 0;
            default:
                throw new errors/* ConfigurationError */.j1(`greenlight: unknown command '${command}'; run 'greenlight help'`);
        }
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1) {
            process.stderr.write(`${error.message}\n`);
            return 2;
        }
        process.stderr.write(`greenlight: unexpected error: ${(0,errors/* errorMessage */.gJ)(error)}\n`);
        if (process.env.GREENLIGHT_DEBUG)
            process.stderr.write(`${error.stack ?? ''}\n`);
        return 1;
    }
}
/** The bundle's CLI entry: runs and exits with the status. */
async function cli(args) {
    process.exitCode = await main(args);
}

;// CONCATENATED MODULE: ./lib/index.js
/**
 * The bundle's entry: `dist/index.js`. Action stubs (`dist/<action>.js`) call `runAction`; the
 * `greenlight` command (`dist/cli.js`) calls `cli`.
 */



var __webpack_exports__cli = __webpack_exports__.x;
var __webpack_exports__runAction = __webpack_exports__.C;
export { __webpack_exports__cli as cli, __webpack_exports__runAction as runAction };
