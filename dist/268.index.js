export const id = 268;
export const ids = [268];
export const modules = {

/***/ 24865:
/***/ ((module) => {

function webpackEmptyContext(req) {
	var e = new Error("Cannot find module '" + req + "'");
	e.code = 'MODULE_NOT_FOUND';
	throw e;
}
webpackEmptyContext.keys = () => ([]);
webpackEmptyContext.resolve = webpackEmptyContext;
webpackEmptyContext.id = 24865;
module.exports = webpackEmptyContext;

/***/ }),

/***/ 37271:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ providerInputs),
/* harmony export */   t: () => (/* binding */ commandInputs)
/* harmony export */ });
/* harmony import */ var _inputs_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88554);
/**
 * Inputs shared by every action that deploys or moves production (deploy, promote, rollback,
 * release): which provider, its credentials, and the optional GitHub token for the Deployments API.
 */

const providerInputs = {
    provider: _inputs_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.choice(['vercel', 'command'], {
        description: 'Where to deploy: vercel (default) or command (your own deploy, promote, rollback and production commands).',
        default: 'vercel',
    }),
    'vercel-token': _inputs_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
        description: 'Vercel access token (or set VERCEL_TOKEN). Keep it in a production environment secret; it is masked and never logged.',
        secret: true,
    }),
    'vercel-org-id': _inputs_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
        description: 'Vercel team id (team_…) or personal account id (or set VERCEL_ORG_ID).',
    }),
    'vercel-project-id': _inputs_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ description: 'Vercel project id (prj_…) (or set VERCEL_PROJECT_ID).' }),
    'vercel-api-url': _inputs_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.url({
        description: 'Vercel API origin. Point it at `greenlight sandbox` to rehearse locally.',
        default: 'https://api.vercel.com',
    }),
    'github-token': _inputs_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
        description: 'Optional: record deployments and their statuses in the GitHub Deployments API (needs `deployments: write`).',
        secret: true,
    }),
};
const command = (verb, what) => _inputs_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
    description: `With provider command: the command line that ${what}. Run without a shell; values arrive as GREENLIGHT_* environment variables (see docs/command-provider.md).`,
});
const commandInputs = {
    'deploy-command': command('deploy', 'deploys GREENLIGHT_PATH and prints {"id","url"} as its last JSON line'),
    'promote-command': command('promote', 'moves production to GREENLIGHT_DEPLOYMENT_ID'),
    'rollback-command': command('rollback', 'moves production back to GREENLIGHT_DEPLOYMENT_ID'),
    'production-command': command('production', 'prints {"id","url"} of what production serves now (enables compare-and-swap)'),
};


/***/ }),

/***/ 57754:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ makeProvider)
/* harmony export */ });
/* harmony import */ var _deploy_command_provider_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72561);
/* harmony import */ var _deploy_vercel_provider_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97601);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69772);
/* harmony import */ var _runtime_clock_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37642);
/* harmony import */ var _runtime_action_run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19928);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(50525);
/**
 * Builds the provider an action asked for from its inputs (and the VERCEL_* environment fallbacks),
 * masking any token that arrives by environment before it can be logged.
 */






/**
 * @throws ConfigurationError naming the missing input, e.g.
 *   `input 'vercel-token': required with provider 'vercel' (or set VERCEL_TOKEN)`.
 */
function makeProvider(inputs, env, logger, clock = _runtime_clock_js__WEBPACK_IMPORTED_MODULE_3__/* .systemClock */ .m) {
    const http = new _http_client_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpClient */ .Qq({ logger, clock, userAgent: 'greenlight' });
    if (inputs.provider === 'command') {
        const provider = new _deploy_command_provider_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandProvider */ .x({
            commands: {
                ...(inputs['deploy-command'] ? { deploy: inputs['deploy-command'] } : {}),
                ...(inputs['promote-command'] ? { promote: inputs['promote-command'] } : {}),
                ...(inputs['rollback-command'] ? { rollback: inputs['rollback-command'] } : {}),
                ...(inputs['production-command'] ? { production: inputs['production-command'] } : {}),
            },
            env,
            // Commands run where the workflow checked out the code, as a `run:` step would.
            ...(env.GITHUB_WORKSPACE ? { cwd: env.GITHUB_WORKSPACE } : {}),
            // Scrubbed from any command output Greenlight logs or quotes in an error.
            secrets: [inputs['github-token'], env.VERCEL_TOKEN].filter((s) => Boolean(s)),
            logger,
            clock,
        });
        return { provider, http };
    }
    const fromEnv = (input, variable, value) => {
        const v = value ?? env[variable]?.trim();
        if (!v)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`input '${input}': required with provider 'vercel' (or set ${variable})`);
        return v;
    };
    const token = fromEnv('vercel-token', 'VERCEL_TOKEN', inputs['vercel-token']);
    if (inputs['vercel-token'] === undefined) {
        // A token from the input was masked and checked when inputs were read; one from the environment
        // is masked (and registered for scrubbing) here, and refused with control characters, which
        // would break the Authorization header — without ever printing it.
        (0,_runtime_action_run_js__WEBPACK_IMPORTED_MODULE_4__/* .maskSecret */ .$l)(token);
        // eslint-disable-next-line no-control-regex
        if (/[\u0000-\u001f\u007f]/.test(token))
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1("input 'vercel-token': VERCEL_TOKEN contains a control character (a line break?); set it again without one");
    }
    const projectId = fromEnv('vercel-project-id', 'VERCEL_PROJECT_ID', inputs['vercel-project-id']);
    const orgId = inputs['vercel-org-id'] ?? (env.VERCEL_ORG_ID?.trim() || undefined);
    const provider = new _deploy_vercel_provider_js__WEBPACK_IMPORTED_MODULE_1__/* .VercelProvider */ .Zd({
        auth: { token, orgId, projectId, apiUrl: inputs['vercel-api-url'].href.replace(/\/+$/, '') },
        http,
        clock,
        logger,
    });
    return { provider, http };
}


/***/ }),

/***/ 72561:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ CommandProvider)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/runtime/errors.js
var errors = __webpack_require__(50525);
// EXTERNAL MODULE: ./lib/deploy/types.js
var types = __webpack_require__(16014);
;// CONCATENATED MODULE: ./lib/deploy/command/command-line.js
/**
 * The command lines a user writes in the `*-command` inputs. They are split into words by
 * {@link splitCommandLine} (the rules `@actions/exec` uses, so lines written for it run unchanged)
 * and run without a shell, so shell syntax would be passed to the program as literal arguments
 * (`&&` becomes an argument, `$VAR` is not expanded). Such lines are refused up front with one line
 * that says to put the steps in a script.
 */


/** The four operations and the action input each one's command line comes from. */
const COMMAND_INPUTS = {
    deploy: 'deploy-command',
    promote: 'promote-command',
    rollback: 'rollback-command',
    production: 'production-command',
};
/** Words that only mean something to a shell. */
const SHELL_OPERATORS = new Set([
    '&&',
    '||',
    '|',
    ';',
    '&',
    '>',
    '>>',
    '<',
    '<<',
    '2>',
    '2>&1',
    '&>',
    '(',
    ')',
]);
/** `$NAME`, `${…}`, `$(…)` and backticks: expansions a shell would perform. */
const EXPANSION = /\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|\$[{(]|`/;
/** `NAME=value` before the program: a shell's per-command environment assignment. */
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
/**
 * Checks one command line and returns it trimmed, or `undefined` when it is absent or blank (an
 * action input left empty).
 * @throws ConfigurationError naming the input when the line uses shell syntax that would silently be
 *   passed to the program as literal arguments.
 */
function checkCommandLine(operation, line) {
    const trimmed = line?.trim();
    if (!trimmed)
        return undefined;
    const input = COMMAND_INPUTS[operation];
    if (/[\r\n]/.test(trimmed)) {
        throw new errors/* ConfigurationError */.j1(`input '${input}': expected one command line, got several lines; put the steps in a script and run that`);
    }
    const words = trimmed.split(/\s+/);
    const offending = words.find((w) => SHELL_OPERATORS.has(w)) ??
        EXPANSION.exec(trimmed)?.[0] ??
        (ASSIGNMENT.test(words[0] ?? '') ? words[0]?.replace(/=.*/, '=…') : undefined);
    if (offending !== undefined) {
        throw new errors/* ConfigurationError */.j1(`input '${input}': runs without a shell, so '${offending}' is not shell syntax here but a literal word; put the steps in a script and run that`);
    }
    return trimmed;
}
/**
 * The program a command line runs: its first word as {@link splitCommandLine} reads it (so a
 * double-quoted first word is unquoted), or `''` for a line with no words. Only this is ever named in
 * logs and errors: the rest of the line may hold something sensitive.
 */
function programOf(line) {
    return splitCommandLine(line)[0] ?? '';
}
/**
 * Splits a command line into words (program first, then its arguments) by the rules of
 * `argStringToArray` in `@actions/exec` 3
 * (https://github.com/actions/toolkit/blob/main/packages/exec/src/toolrunner.ts), which ran these
 * lines before, so that every line keeps meaning what it meant:
 * - Words are separated by spaces (U+0020 only: a tab is part of a word); several spaces are one
 *   separator.
 * - A double quote starts or ends a quoted part and is itself dropped; spaces inside it belong to
 *   the word (`"my site"` is one word `my site`, `a"b c"d` is `ab cd`). An unclosed quote runs to the
 *   end of the line. Single quotes are ordinary characters (`'a b'` is the two words `'a` and `b'`).
 * - Inside double quotes a backslash takes the next character literally: `\"` is a `"` that does
 *   not end the quoted part; before any other character, another backslash included, the backslash
 *   is kept as well (`"a\b"` is `a\b`, `"a\\b"` is `a\\b`). A backslash that ends the line is
 *   dropped. Outside double quotes a backslash is an ordinary character.
 * - A word with no characters (`""`) is dropped, except that the last word is trimmed of
 *   surrounding whitespace after it is read (`x "y "` is `x` and `y`; `x "<tab>"` is `x` and an
 *   empty word).
 * @returns the words; empty for a line of spaces or empty quotes only. Never throws.
 */
function splitCommandLine(line) {
    const words = [];
    let word = '';
    let quoted = false;
    for (let index = 0; index < line.length; index++) {
        const char = line.charAt(index);
        if (char === '"') {
            quoted = !quoted;
        }
        else if (char === '\\' && quoted) {
            index++;
            if (index >= line.length)
                break;
            const next = line.charAt(index);
            word += next === '"' ? '"' : `\\${next}`;
        }
        else if (char === ' ' && !quoted) {
            if (word !== '')
                words.push(word);
            word = '';
        }
        else {
            word += char;
        }
    }
    if (word !== '')
        words.push(word.trim());
    return words;
}
/**
 * The file to start for `program` (the first word of a command line), as `@actions/exec` found it:
 * a relative path, i.e. one containing a `/` (or on Windows a `\`), is resolved against `cwd`
 * (default: this process's working directory); an absolute path is kept; a bare name is kept too,
 * for `spawn` to look up on the command's `PATH`
 * (https://nodejs.org/api/child_process.html#child_processspawncommand-args-options).
 * Whether the file exists and is executable is only found out when it is started.
 */
function resolveProgram(program, cwd) {
    const separator = process.platform === 'win32' ? /[\\/]/ : /\//;
    if ((0,external_node_path_.isAbsolute)(program) || !separator.test(program))
        return program;
    return (0,external_node_path_.resolve)(cwd ?? process.cwd(), program);
}

;// CONCATENATED MODULE: ./lib/deploy/command/env.js
/**
 * A meta key as an environment-variable suffix: camelCase and separators become upper snake case
 * (`githubCommitSha` → `GITHUB_COMMIT_SHA`, `run-id` → `RUN_ID`, `HTTPPort` → `HTTP_PORT`).
 * Returns `''` when nothing usable is left.
 */
function metaEnvKey(key) {
    return key
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
        .replace(/[^A-Za-z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '')
        .toUpperCase();
}
/**
 * `GREENLIGHT_META_<KEY>` for each meta entry. Two keys that map to the same name keep the first
 * and warn; a key with no letters or digits is skipped with a warning.
 */
function metaEnv(meta, logger) {
    const out = {};
    const from = {};
    for (const [key, value] of Object.entries(meta)) {
        const suffix = metaEnvKey(key);
        if (!suffix) {
            logger.warning(`meta key '${key}' has no letters or digits; not passed to the command`);
            continue;
        }
        const name = `GREENLIGHT_META_${suffix}`;
        if (name in out) {
            logger.warning(`meta keys '${from[name]}' and '${key}' both map to ${name}; '${key}' is not passed`);
            continue;
        }
        out[name] = value;
        from[name] = key;
    }
    return out;
}
/**
 * The full environment of a command: `base` (the process environment by default) without unset
 * values, without stale `GREENLIGHT_*` variables and without the action's own inputs (`INPUT_*`,
 * which can hold other secrets the command has no business seeing), then `vars` on top.
 */
function commandEnv(base, vars) {
    const env = {};
    for (const [name, value] of Object.entries(base)) {
        if (value === undefined)
            continue;
        const upper = name.toUpperCase();
        if (upper.startsWith('GREENLIGHT_') || upper.startsWith('INPUT_'))
            continue;
        env[name] = value;
    }
    return { ...env, ...vars };
}

;// CONCATENATED MODULE: ./lib/deploy/command/scrub.js
/**
 * Output of the user's commands is logged and quoted in errors; the values the caller marks as
 * secret are replaced by `***` first, as the runner's own masking does (exact match, per line).
 */
/**
 * Builds a scrubber for `secrets`. A multi-line secret is also matched line by line (output is logged
 * a line at a time); empty values are ignored; longer values are replaced first so that a secret
 * containing a shorter one is not left half visible.
 */
function scrubber(secrets = []) {
    const values = new Set();
    for (const secret of secrets) {
        if (secret)
            values.add(secret);
        for (const line of secret.split(/\r?\n/))
            if (line.trim())
                values.add(line);
    }
    const ordered = [...values].sort((a, b) => b.length - a.length);
    if (ordered.length === 0)
        return (text) => text;
    return (text) => {
        let out = text;
        for (const value of ordered)
            out = out.split(value).join('***');
        return out;
    };
}
/**
 * The last `count` non-blank lines of `text`, scrubbed, each cut to `width` characters, joined as
 * one line (` | `) for an error message; `(no output)` when there are none.
 */
function tailLine(text, count, scrub, width = 200) {
    const lines = scrub(text)
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '');
    const tail = lines.slice(-count).map((l) => (l.length > width ? `${l.slice(0, width)}…` : l));
    return tail.length > 0 ? tail.join(' | ') : '(no output)';
}

;// CONCATENATED MODULE: ./lib/deploy/command/result.js
/**
 * The result line of the deploy and production commands: the last line of stdout that is a JSON
 * object (or `null`), so the command may print any logs before it, e.g.
 * `{"id": "dpl_123", "url": "https://dpl-123.example.dev"}`.
 */


const RESULT_SHAPE = '{"id": "...", "url": "https://..."}';
/** Lines of stdout quoted when the result line is missing or invalid. */
const STDOUT_TAIL = 3;
/** The last stdout line that parses as a JSON object or `null`; `undefined` when there is none. */
function lastJsonLine(stdout) {
    const lines = stdout.split(/\r?\n/);
    for (let i = lines.length - 1; i >= 0; i--) {
        const line = lines[i]?.trim() ?? '';
        if (line !== 'null' && !line.startsWith('{'))
            continue;
        try {
            const value = JSON.parse(line);
            if (value === null || (typeof value === 'object' && !Array.isArray(value))) {
                return { value: value };
            }
        }
        catch {
            // a log line that merely starts with '{'
        }
    }
    return undefined;
}
function readResult(stdout, kind, name, scrub) {
    const fail = (problem) => {
        throw new types/* ProviderError */.m(`${name} ${problem}; expected its last JSON line on stdout to be ${RESULT_SHAPE}${kind === 'production' ? ' or null' : ''}; last stdout lines: ${tailLine(stdout, STDOUT_TAIL, scrub)}`);
    };
    const line = lastJsonLine(stdout);
    if (kind === 'production' && (line === undefined || line.value === null))
        return undefined;
    if (line === undefined)
        return fail('printed no JSON result line');
    if (line.value === null)
        return fail('printed null');
    const v = line.value;
    if (typeof v.id !== 'string' || v.id.trim() === '')
        return fail('printed a result without an "id" string');
    const url = v.url ?? (kind === 'production' ? '' : undefined);
    if (typeof url !== 'string' || (url !== '' && !isHttpUrl(url))) {
        return fail('printed a result whose "url" is not an absolute http(s) URL');
    }
    const result = { id: v.id.trim(), url };
    if (kind === 'production')
        return result;
    if (v.createdAt !== undefined) {
        const ms = typeof v.createdAt === 'number'
            ? v.createdAt
            : typeof v.createdAt === 'string'
                ? Date.parse(v.createdAt)
                : NaN;
        if (!Number.isFinite(ms))
            return fail('printed a "createdAt" that is neither ms since the epoch nor an ISO date');
        result.createdAt = ms;
    }
    if (v.production !== undefined) {
        if (typeof v.production !== 'boolean')
            return fail('printed a "production" that is not true or false');
        result.production = v.production;
    }
    if (v.meta !== undefined) {
        const meta = stringMap(v.meta);
        if (!meta)
            return fail('printed a "meta" that is not an object of strings');
        result.meta = meta;
    }
    return result;
}
function isHttpUrl(text) {
    try {
        const url = new URL(text);
        return url.protocol === 'https:' || url.protocol === 'http:';
    }
    catch {
        return false;
    }
}
function stringMap(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    const out = {};
    for (const [key, item] of Object.entries(value)) {
        if (typeof item === 'string')
            out[key] = item;
        else if (typeof item === 'number' || typeof item === 'boolean')
            out[key] = String(item);
        else
            return undefined;
    }
    return out;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./lib/deploy/command/execute.js
/**
 * Executes one user command. The line is split into words by {@link splitCommandLine} and the
 * program is started directly with `child_process.spawn`, without a shell
 * (https://nodejs.org/api/child_process.html#child_processspawncommand-args-options). stdin is
 * closed at once (a prompting tool reads EOF and fails instead of hanging); stdout and stderr are
 * captured, scrubbed and logged a line at a time. On POSIX the command leads a process group of its
 * own (https://nodejs.org/api/child_process.html#optionsdetached), so that at the deadline SIGTERM
 * and, after a grace period, SIGKILL reach everything it started, not only the process itself.
 * Commands are independent: any number may run at the same time.
 */








/** Lines of stderr quoted when a command fails. */
const STDERR_TAIL = 5;
/** Longest wait setTimeout supports (about 24.8 days); longer deadlines are clamped. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** After SIGKILL, how long the process may take to be gone before it is reported as still running, ms. */
const KILL_WAIT_MS = 1000;
/**
 * After the command exits, how long its stdout and stderr may stay open (held by something it left
 * running in the background) before its output is taken as complete, ms. `@actions/exec` waited as long.
 */
const STDIO_CLOSE_MS = 10_000;
/** While waiting for a stopped command's process group to empty, how often it is checked, ms. */
const GROUP_POLL_MS = 50;
const IS_WINDOWS = process.platform === 'win32';
/** How a command names itself in logs and errors: the input and the program, never its arguments. */
function commandName(operation, line, scrub) {
    return `${COMMAND_INPUTS[operation]} '${scrub(programOf(line))}'`;
}
/**
 * Executes the command and returns its complete stdout and stderr when it exits 0.
 * The deadline is read once on `clock` and then kept in real time, as the process runs in real time.
 * At the deadline the command's process group gets SIGTERM, and SIGKILL `killGraceMs` later unless
 * the command and everything it started are gone by then (Windows: the process itself is killed).
 * A command that exits while something it started keeps its stdout or stderr open is done once those
 * close, or 10 s after it exited (its output is then complete as far as it goes).
 * @throws ConfigurationError `input '<input>': cannot run '<program>': expected a program on PATH or
 *   a path (relative to the working directory) to an executable file` when the program cannot be
 *   found or is not executable (ENOENT or EACCES when it is started).
 * @throws ProviderError on a non-zero exit or a signal (with the scrubbed last lines of stderr), when
 *   the process cannot be started otherwise, when no time is left to start it, and when the deadline
 *   passes (`… did not finish before the deadline; it was stopped`, or `…; it could not be stopped and
 *   may still be running` when it is still there a second after SIGKILL).
 */
async function executeCommand(execution, deps) {
    const { logger, scrub } = deps;
    const name = commandName(execution.operation, execution.line, scrub);
    const remaining = execution.deadline - deps.clock.now();
    if (remaining <= 0) {
        throw new types/* ProviderError */.m(`${name} did not finish before the deadline (no time was left to start it)`);
    }
    const log = logAt(execution, logger);
    log(`running ${name}`);
    const child = start(execution, name, scrub);
    const untrack = trackUntilExit(child);
    try {
        return await watch(execution, deps, name, child);
    }
    finally {
        untrack();
    }
}
/**
 * Process groups of commands still running. Detached, they do not get the signal that stops
 * Greenlight (the runner's SIGINT/SIGTERM on cancel, Ctrl-C in a terminal), so it is forwarded to
 * them; when nothing else in the process handles that signal, they get SIGTERM as well and the
 * handler steps aside and raises it again, so Greenlight ends as it would have without it. Whatever
 * is still running when the process exits gets SIGTERM. A command that could not be stopped at its deadline stays here.
 */
const runningGroups = new Set();
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'];
function signalGroups(name) {
    for (const group of runningGroups) {
        try {
            process.kill(-group, name);
        }
        catch {
            // Already gone.
        }
    }
}
function forward(name) {
    signalGroups(name);
    if (process.listenerCount(name) === 1) {
        // Greenlight is about to end, and with it any later escalation: SIGTERM too, for what ignores
        // SIGINT (a shell's background jobs do: https://pubs.opengroup.org/onlinepubs/9799919799/utilities/V3_chap02.html#tag_19_11).
        signalGroups('SIGTERM');
        process.removeListener(name, forward);
        process.kill(process.pid, name);
    }
}
const onExit = () => signalGroups('SIGTERM');
function trackUntilExit(child) {
    const pid = child.pid;
    if (IS_WINDOWS || pid === undefined)
        return () => { };
    if (runningGroups.size === 0) {
        for (const name of FORWARDED)
            process.on(name, forward);
        process.on('exit', onExit);
    }
    runningGroups.add(pid);
    return () => {
        if (child.exitCode === null && child.signalCode === null)
            return;
        runningGroups.delete(pid);
        if (runningGroups.size === 0) {
            for (const name of FORWARDED)
                process.removeListener(name, forward);
            process.removeListener('exit', onExit);
        }
    };
}
async function watch(execution, deps, name, child) {
    const { logger, scrub } = deps;
    const remaining = execution.deadline - deps.clock.now();
    const log = logAt(execution, logger);
    const note = (message) => logger.debug(`${name}: ${scrub(message)}`);
    const ended = outcome(child, note);
    const closed = new Promise((resolve) => child.once('close', () => resolve(true)));
    closeStdin(child.stdin, (error) => note(`closing its stdin failed: ${(0,errors/* errorMessage */.gJ)(error)}`));
    const stdout = capture(child.stdout, (line) => log(scrub(line)), note);
    const stderr = capture(child.stderr, (line) => log(scrub(line)), note);
    let timer;
    const expired = new Promise((resolve) => {
        timer = setTimeout(() => resolve({ kind: 'expired' }), Math.min(remaining, MAX_TIMER_MS));
    });
    const first = await Promise.race([ended.outcome, expired]);
    clearTimeout(timer);
    ended.dispose();
    stdout.end();
    stderr.end();
    if (first.kind === 'expired') {
        logger.warning(`${name} passed its deadline; stopping it`);
        const stopped = await stop(child, closed, deps.killGraceMs);
        if (!stopped)
            abandon(child);
        throw new types/* ProviderError */.m(`${name} did not finish before the deadline; ${stopped ? 'it was stopped' : 'it could not be stopped and may still be running'}`);
    }
    if (first.kind === 'not-started') {
        if (first.error.code === 'ENOENT' || first.error.code === 'EACCES') {
            throw cannotRun(execution, scrub);
        }
        throw new types/* ProviderError */.m(`${name} could not be started: ${scrub(first.error.message)}`);
    }
    if (first.code === 0)
        return { stdout: stdout.text(), stderr: stderr.text() };
    const how = first.code === null ? 'was ended by a signal' : `exited with code ${first.code}`;
    throw new types/* ProviderError */.m(`${name} ${how}; stderr: ${tailLine(stderr.text(), STDERR_TAIL, scrub)}`);
}
/**
 * Ends `stdin` at once, so that the command reads end-of-file from it. A command that exits (or
 * closes its stdin) first makes that fail with EPIPE, which is ignored: nothing was to be written.
 * Any other error on the stream is handed to `onError`; none is ever left unhandled (an unhandled
 * 'error' event would crash the process: https://nodejs.org/api/events.html#error-events).
 */
function closeStdin(stdin, onError) {
    if (!stdin)
        return;
    stdin.on('error', (error) => {
        if (error.code !== 'EPIPE')
            onError(error);
    });
    stdin.end();
}
/**
 * Spawns the program: no shell, stdio piped, on POSIX detached (the leader of a new process group).
 * Failures reported later (ENOENT, EACCES) arrive as the child's 'error' event.
 * @throws ConfigurationError for a line with no program; ProviderError when the working directory
 *   does not exist or `spawn` refuses its arguments.
 */
function start(execution, name, scrub) {
    const [program, ...args] = splitCommandLine(execution.line);
    if (!program)
        throw cannotRun(execution, scrub);
    const { cwd } = execution;
    if (cwd !== undefined && !(0,external_node_fs_.existsSync)(cwd)) {
        // The wording @actions/exec used, which ran these commands before.
        throw new types/* ProviderError */.m(`${name} could not be started: ${scrub(`The cwd: ${cwd} does not exist!`)}`);
    }
    try {
        return (0,external_node_child_process_.spawn)(resolveProgram(program, cwd), args, {
            ...(cwd !== undefined ? { cwd } : {}),
            env: execution.env,
            stdio: 'pipe',
            detached: !IS_WINDOWS,
        });
    }
    catch (error) {
        throw new types/* ProviderError */.m(`${name} could not be started: ${scrub((0,errors/* errorMessage */.gJ)(error))}`);
    }
}
function cannotRun(execution, scrub) {
    return new errors/* ConfigurationError */.j1(`input '${COMMAND_INPUTS[execution.operation]}': cannot run '${scrub(programOf(execution.line))}': expected a program on PATH or a path (relative to the working directory) to an executable file`);
}
/**
 * How the child ends: it could not be started, or it exited and its stdout and stderr closed (or
 * {@link STDIO_CLOSE_MS} passed after it exited; they are then destroyed). `dispose` clears the
 * timer once the caller no longer waits.
 */
function outcome(child, note) {
    let stdioTimer;
    let disposed = false;
    const ended = new Promise((resolve) => {
        child.on('error', (error) => {
            // Also emitted when a signal cannot be sent to a running process; only a failed spawn has no pid.
            if (child.pid === undefined)
                resolve({ kind: 'not-started', error });
            else
                note((0,errors/* errorMessage */.gJ)(error));
        });
        child.once('exit', (code) => {
            if (disposed)
                return;
            stdioTimer = setTimeout(() => {
                note('exited, but something it started kept its output open; not waiting for it');
                child.stdout?.destroy();
                child.stderr?.destroy();
                resolve({ kind: 'exited', code });
            }, STDIO_CLOSE_MS);
        });
        child.once('close', (code) => {
            clearTimeout(stdioTimer);
            resolve({ kind: 'exited', code });
        });
    });
    return {
        outcome: ended,
        dispose: () => {
            disposed = true;
            clearTimeout(stdioTimer);
        },
    };
}
/**
 * SIGTERM to the process group, then SIGKILL to it after `graceMs` unless the process has exited,
 * its stdout and stderr have closed and the group is empty by then.
 * @returns true once the process has exited and its output has closed (everything that held it is
 *   gone), false if that has not happened a second after SIGKILL.
 */
async function stop(child, closed, graceMs) {
    const graceEnds = performance.now() + graceMs;
    signal(child, 'SIGTERM');
    if (await within(closed, graceMs)) {
        // A member that ignored SIGTERM and holds no output stream is only seen in the group.
        while (groupAlive(child)) {
            const left = graceEnds - performance.now();
            if (left <= 0)
                break;
            await (0,promises_.setTimeout)(Math.min(GROUP_POLL_MS, left));
        }
        if (!groupAlive(child))
            return true;
    }
    signal(child, 'SIGKILL');
    return within(closed, KILL_WAIT_MS);
}
/**
 * Sends `name` to the child's whole process group (`process.kill(-pid)`,
 * https://nodejs.org/api/process.html#processkillpid-signal); on Windows, where there are no process
 * groups, or when the group cannot be signalled, to the child alone (`child.kill`).
 */
function signal(child, name) {
    if (!IS_WINDOWS && child.pid !== undefined) {
        try {
            process.kill(-child.pid, name);
            return;
        }
        catch {
            // ESRCH: the group is gone (child.kill below is then a no-op); EPERM: reach the child at least.
        }
    }
    child.kill(name);
}
/**
 * Whether any process is left in the child's process group (a zombie, exited but not yet reaped by
 * its parent, counts). Always false on Windows.
 */
function groupAlive(child) {
    if (IS_WINDOWS || child.pid === undefined)
        return false;
    try {
        process.kill(-child.pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/** Lets this process exit while a command that could not be stopped still runs. */
function abandon(child) {
    child.stdout?.destroy();
    child.stderr?.destroy();
    child.unref();
}
function logAt(execution, logger) {
    return (line) => (execution.loud ? logger.info(line) : logger.debug(line));
}
/** `promise`'s value, or false when it has not settled within `ms`. */
async function within(promise, ms) {
    let timer;
    const late = new Promise((resolve) => {
        timer = setTimeout(() => resolve(false), ms);
    });
    try {
        return await Promise.race([promise, late]);
    }
    finally {
        clearTimeout(timer);
    }
}
/**
 * Collects one output stream: its whole text (UTF-8, for the caller) and, until `end`, each line
 * handed to `onLine` as it arrives.
 */
function capture(stream, onLine, note) {
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    const lines = lineSink(onLine);
    let text = '';
    let complete = false;
    stream?.on('data', (data) => {
        if (!complete)
            text += decoder.write(data);
        lines.write(data);
    });
    stream?.on('error', (error) => note(`reading its output failed: ${(0,errors/* errorMessage */.gJ)(error)}`));
    return {
        text: () => {
            if (!complete)
                text += decoder.end();
            complete = true;
            return text;
        },
        end: lines.end,
    };
}
/** Splits a byte stream into lines (UTF-8 safe across chunks) and hands each to `onLine`. */
function lineSink(onLine) {
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    let partial = '';
    let ended = false;
    const flush = (text) => {
        const lines = (partial + text).split(/\r?\n/);
        partial = lines.pop() ?? '';
        for (const line of lines)
            onLine(line);
    };
    return {
        write: (data) => {
            if (!ended)
                flush(decoder.write(data));
        },
        end: () => {
            if (ended)
                return;
            ended = true;
            flush(decoder.end());
            if (partial)
                onLine(partial);
            partial = '';
        },
    };
}

;// CONCATENATED MODULE: ./lib/deploy/command/provider.js
/**
 * The command provider: deploys, promotes and rolls back by running the user's own commands (the
 * `deploy-command`, `promote-command`, `rollback-command` and `production-command` inputs), for hosts
 * Greenlight has no API client for. Contract for the commands: docs/command-provider.md.
 *
 * Everything Greenlight passes travels in `GREENLIGHT_*` environment variables, never in the command
 * line; commands run without a shell, with stdin closed and a deadline (execute.ts). The provider keeps
 * no registry: it knows the deployments it made or saw in this process, nothing else.
 */








/** Time allowed to `production-command` when the caller gives no deadline, ms. */
const READ_MS = 60_000;
const VERBS = {
    deploy: 'deploy',
    promote: 'promote',
    rollback: 'roll back',
    production: 'read production',
};
class CommandProvider {
    options;
    name = 'command';
    lines = {};
    scrub;
    /** Deployments made or seen (deploy and production output) in this process, by id. */
    known = new Map();
    /** Without `production-command`: the deployment this process last promoted or rolled back to. */
    lastSet;
    /** @throws ConfigurationError when a command line uses shell syntax (see command-line.ts). */
    constructor(options) {
        this.options = options;
        for (const operation of Object.keys(COMMAND_INPUTS)) {
            const line = checkCommandLine(operation, options.commands[operation]);
            if (line !== undefined)
                this.lines[operation] = line;
        }
        this.scrub = scrubber(options.secrets);
    }
    /**
     * Whether `production-command` is configured. Without it production is only what this process
     * itself promoted or rolled back to, compare-and-swap is not checked and nothing is confirmed.
     */
    get readsProduction() {
        return this.lines.production !== undefined;
    }
    /**
     * Runs `deploy-command` with `GREENLIGHT_PATH`, `GREENLIGHT_ENVIRONMENT`, `GREENLIGHT_STAGED`,
     * `GREENLIGHT_PREBUILT` and `GREENLIGHT_META_<KEY>`, and reads its result line. The deployment is
     * `ready`; `createdAt` defaults to now, `production` to `environment === 'production'`. Upload
     * counts are not known to this provider and are 0.
     * @throws ConfigurationError without `deploy-command`; ProviderError when it fails, passes
     *   `request.deadline` or prints no valid result line.
     */
    async deploy(request) {
        const line = this.require('deploy');
        const output = await this.execute('deploy', line, request.deadline, {
            GREENLIGHT_PATH: (0,external_node_path_.resolve)(request.path),
            GREENLIGHT_ENVIRONMENT: request.environment,
            GREENLIGHT_STAGED: String(request.staged),
            GREENLIGHT_PREBUILT: String(request.prebuilt),
            ...metaEnv(request.meta, this.options.logger),
        });
        const reported = readResult(output.stdout, 'deploy', commandName('deploy', line, this.scrub), this.scrub);
        const deployment = {
            id: reported.id,
            url: reported.url,
            createdAt: reported.createdAt ?? this.options.clock.now(),
            production: reported.production ?? request.environment === 'production',
            state: 'ready',
            meta: { ...request.meta, ...reported.meta },
        };
        this.known.set(deployment.id, deployment);
        this.options.logger.info(`deployed ${this.scrub(deployment.id)} at ${this.scrub(deployment.url)}`);
        return { deployment, uploadedBytes: 0, uploadedFiles: 0 };
    }
    /** Always undefined: there is no registry to search, so a re-run deploys again (make the deploy command idempotent). */
    async findReusable(_meta, _environment) {
        return undefined;
    }
    /**
     * Runs `production-command` (60 s): its result line, or undefined for `null`/no JSON line. Only
     * `id` and `url` are read; `createdAt` and `meta` come from this process's own deploy when it made
     * that deployment (else 0 and `{}`).
     * Without the command, production is what this process last promoted or rolled back to (its
     * command exited 0), else undefined: the provider cannot tell.
     * @throws ProviderError when the command fails, passes its deadline or prints an invalid line.
     */
    async production() {
        if (!this.readsProduction)
            return this.lastSet === undefined ? undefined : this.get(this.lastSet);
        return this.readProduction(this.options.clock.now() + READ_MS);
    }
    /**
     * A deployment this process deployed or saw in production. Any other id cannot be looked up and
     * is assumed to be a ready production deployment: `{ state: 'ready', production: true,
     * createdAt: 0, url: '', meta: {} }` (0 = creation time unknown).
     */
    async get(id) {
        return this.known.get(id) ?? { id, url: '', createdAt: 0, production: true, state: 'ready', meta: {} };
    }
    /** @throws ProviderError always: domains are the deploy command's business. */
    async assignAlias(_id, _alias, _deadline) {
        throw new types/* ProviderError */.m('the command provider does not assign aliases; do it in your deploy command');
    }
    /**
     * Runs `promote-command` with `GREENLIGHT_DEPLOYMENT_ID` (and `GREENLIGHT_DEPLOYMENT_URL` when
     * known); exit 0 means done. With `production-command`, production is then read back (same
     * deadline) and must be `id`.
     * @throws ConfigurationError without `promote-command`; ProviderError when it fails, passes the
     *   deadline, or production is not `id` afterwards.
     */
    async promote(id, deadline) {
        await this.execute('promote', this.require('promote'), deadline, this.target(id));
        await this.confirm('promote', id, deadline);
    }
    /**
     * Runs `rollback-command` with `GREENLIGHT_DEPLOYMENT_ID` (the target, plus
     * `GREENLIGHT_DEPLOYMENT_URL` when known) and `GREENLIGHT_ROLLBACK_REASON` (may be empty); then
     * reads production back as {@link promote} does.
     * @throws ConfigurationError without `rollback-command`; ProviderError as for {@link promote}.
     */
    async rollback(id, deadline, reason) {
        await this.execute('rollback', this.require('rollback'), deadline, {
            ...this.target(id),
            GREENLIGHT_ROLLBACK_REASON: reason ?? '',
        });
        await this.confirm('rollback', id, deadline);
    }
    /** Always undefined: production history is not known to this provider, so a rollback needs an explicit target. */
    async previousProduction(_currentId) {
        return undefined;
    }
    /**
     * Checks that the command `operation` needs is configured, before anything runs (an action calls
     * it first, so a missing command fails in one line without starting any process).
     * @returns the command line.
     * @throws ConfigurationError `input '<operation>-command': required with provider 'command' to …`.
     */
    requireCommand(operation) {
        const line = this.lines[operation];
        if (line === undefined) {
            throw new errors/* ConfigurationError */.j1(`input '${COMMAND_INPUTS[operation]}': required with provider 'command' to ${VERBS[operation]}`);
        }
        return line;
    }
    /**
     * Compare-and-swap needs production read back: without `production-command`, {@link production}
     * is undefined (or only what this process set), so an `expected-current-deployment-id` could
     * never match and every promote would end a green `superseded` without promoting anything.
     * Call it before promoting with an expected current deployment.
     * @throws ConfigurationError `input 'expected-current-deployment-id': expected-current-deployment-id needs production-command …`
     *   when `expectedCurrentId` is given and `production-command` is not.
     */
    checkExpectedCurrent(expectedCurrentId) {
        if (expectedCurrentId === undefined || this.readsProduction)
            return;
        throw new errors/* ConfigurationError */.j1("input 'expected-current-deployment-id': expected-current-deployment-id needs production-command with provider 'command' (set production-command, or leave expected-current-deployment-id empty)");
    }
    require(operation) {
        return this.requireCommand(operation);
    }
    target(id) {
        const url = this.known.get(id)?.url;
        return { GREENLIGHT_DEPLOYMENT_ID: id, ...(url ? { GREENLIGHT_DEPLOYMENT_URL: url } : {}) };
    }
    execute(operation, line, deadline, vars) {
        return executeCommand({
            operation,
            line,
            env: commandEnv(this.options.env ?? process.env, vars),
            cwd: this.options.cwd,
            deadline,
            loud: operation !== 'production',
        }, {
            clock: this.options.clock,
            logger: this.options.logger,
            scrub: this.scrub,
            killGraceMs: this.options.killGraceMs ?? 5000,
        });
    }
    async readProduction(deadline) {
        const line = this.lines.production;
        if (line === undefined)
            return undefined;
        const output = await this.execute('production', line, deadline, {});
        const reported = readResult(output.stdout, 'production', commandName('production', line, this.scrub), this.scrub);
        if (!reported)
            return undefined;
        const known = this.known.get(reported.id);
        const live = {
            id: reported.id,
            url: known?.url || reported.url,
            createdAt: known?.createdAt ?? 0,
            production: true,
            state: 'ready',
            meta: known?.meta ?? {},
        };
        this.known.set(live.id, live);
        return live;
    }
    /**
     * With `production-command`, production must be `id` once the promote or rollback command exits 0.
     * Without it, exit 0 is taken at its word (and remembered, so that a converging rollback that
     * reads production back stops instead of repeating the command until its deadline).
     */
    async confirm(kind, id, deadline) {
        if (!this.readsProduction) {
            this.lastSet = id;
            this.options.logger.info(`${COMMAND_INPUTS[kind]} exited 0; production is taken to be ${id} (no production-command to confirm it)`);
            return;
        }
        const live = await this.readProduction(deadline);
        if (live?.id !== id) {
            throw new types/* ProviderError */.m(`${COMMAND_INPUTS[kind]} exited 0 but production-command reports ${live ? this.scrub(live.id) : 'no production deployment'}, not ${id}`);
        }
        this.options.logger.info(`production serves ${id}`);
    }
}


/***/ }),

/***/ 42568:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lO: () => (/* binding */ contentKey),
/* harmony export */   mf: () => (/* binding */ CONTENT_KEY_META)
/* harmony export */ });
/* unused harmony exports digestEntries, uploadedFiles */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _vercel_client__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61208);
/* harmony import */ var p_limit__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(70370);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(50525);
/**
 * The content key of a deploy: a digest of exactly the files a Vercel deploy of `path` uploads, so
 * that "the same build" can be recognised across re-runs and runs (the deployment's
 * `greenlightContentKey` meta, which the reuse lookup matches).
 *
 * Which files: the rule `@vercel/client` itself applies, by calling its exported `buildFileTree`
 * with the options vercel/deploy.ts passes to `createDeployment` — for a static directory, every
 * file under `path` except the client's default ignores (`.git`, `.vercel`, `node_modules`,
 * `.env.local`, `.DS_Store` …) and the patterns of a `.vercelignore`/`.nowignore` at its root, plus
 * `.vercel/routes.json` when present; with `prebuilt`, the `.vercel/output` tree (plus the files its
 * functions' `.vc-config.json` `filePathMap` names). Asking the client instead of copying its list
 * keeps the key in step with what is uploaded when the client changes its rules.
 */







/** The deployment meta key that records the content key. */
const CONTENT_KEY_META = 'greenlightContentKey';
/** Bumped whenever what the digest covers changes, so that old and new keys never match. */
const SCHEME = 'greenlight-content-key/1';
/** Files read at once. */
const READ_CONCURRENCY = 16;
/**
 * The key of a list of entries: hex sha256 (64 characters) over the scheme, the `prebuilt` flag and
 * one JSON line `[path, size, sha1]` per entry in code-unit order of `path` — independent of the
 * order given, the directory's location and the machine.
 */
function digestEntries(entries, prebuilt) {
    const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    digest.update(`${SCHEME}\nprebuilt=${prebuilt}\n`);
    for (const entry of sorted)
        digest.update(`${JSON.stringify([entry.path, entry.size, entry.sha1])}\n`);
    return digest.digest('hex');
}
/** sha1 and length of a file, read as a stream (large files never sit in memory whole). */
async function hashFile(file) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1');
    let size = 0;
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file)) {
        const bytes = chunk;
        size += bytes.byteLength;
        digest.update(bytes);
    }
    return { sha1: digest.digest('hex'), size };
}
/** The entry of one listed path (`name` is its `/`-separated relative path). */
async function entryOf(file, name) {
    const stat = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(file);
    if (stat.isDirectory())
        return { path: `${name}/`, size: 0, sha1: 'dir' };
    if (stat.isSymbolicLink()) {
        const target = Buffer.from(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readlink)(file), 'utf8');
        return {
            path: name,
            size: target.byteLength,
            sha1: `link:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(target).digest('hex')}`,
        };
    }
    return { path: name, ...(await hashFile(file)) };
}
/**
 * The absolute paths `@vercel/client` would upload for `path` (see the module comment).
 * @throws ConfigurationError when `path` does not exist or its ignore files conflict.
 */
async function uploadedFiles(path, prebuilt) {
    const isDirectory = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(path).then((stat) => stat.isDirectory(), (error) => {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`input 'path': cannot read ${path}: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error)}`);
    });
    try {
        const { fileList } = await (0,_vercel_client__WEBPACK_IMPORTED_MODULE_4__.buildFileTree)(path, { isDirectory, prebuilt, ...(prebuilt ? { vercelOutputDir: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(path, '.vercel', 'output') } : {}) }, () => { });
        return [...new Set(fileList)];
    }
    catch (error) {
        // E.g. CONFLICTING_IGNORE_FILES: both a .vercelignore and a .nowignore.
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(`input 'path': ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error)}`);
    }
}
/**
 * The content key of what a Vercel deploy of `path` uploads: {@link digestEntries} over
 * {@link uploadedFiles}, every file read as a stream, {@link READ_CONCURRENCY} at once. Returns 64
 * hex characters; the same tree gives the same key in any directory and on any machine, and a
 * changed byte, name or the `prebuilt` flag gives another. Modes (the executable bit) are not part
 * of it.
 * @param path absolute path of the deployed directory (or, with `prebuilt`, the root holding
 *   `.vercel/output`).
 * @throws ConfigurationError when `path` does not exist or its ignore files conflict; the file
 *   system's own error when a listed file cannot be read.
 */
async function contentKey(path, prebuilt) {
    const files = await uploadedFiles(path, prebuilt);
    const limit = (0,p_limit__WEBPACK_IMPORTED_MODULE_6__/* ["default"] */ .A)(READ_CONCURRENCY);
    const entries = await Promise.all(files.map((file) => limit(() => {
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(path, file);
        // A single file (not a directory) is uploaded under its own name.
        const name = rel === '' ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(file) : rel.split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/');
        return entryOf(file, name);
    })));
    return digestEntries(entries, prebuilt);
}


/***/ }),

/***/ 16014:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ ProviderError)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50525);

/** A provider failure that is already one readable line (no stack needed). */
class ProviderError extends _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReportedFailure */ .g7 {
    name = 'ProviderError';
}


/***/ }),

/***/ 97601:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Zd: () => (/* binding */ VercelProvider),
  W3: () => (/* binding */ VercelRefusal)
});

// UNUSED EXPORTS: OPTIONAL_REUSE_KEYS, REUSE_KEYS, isRefusal

// EXTERNAL MODULE: ./lib/http/errors.js
var errors = __webpack_require__(49729);
// EXTERNAL MODULE: ./lib/deploy/types.js
var types = __webpack_require__(16014);
// EXTERNAL MODULE: ./lib/deploy/content-key.js
var content_key = __webpack_require__(42568);
;// CONCATENATED MODULE: ./lib/deploy/vercel/errors.js
function errorObject(body) {
    if (!body || typeof body !== 'object')
        return undefined;
    const error = body.error;
    return error && typeof error === 'object' ? error : undefined;
}
/** Vercel's error body: the message as `<message> (<code>)`, the code from `error.code`. */
const vercelErrorFormat = {
    message(body) {
        const error = errorObject(body);
        if (typeof error?.message !== 'string')
            return undefined;
        return typeof error.code === 'string' ? `${error.message} (${error.code})` : error.message;
    },
    code(body) {
        const code = errorObject(body)?.code;
        return typeof code === 'string' ? code : undefined;
    },
};

// EXTERNAL MODULE: ./lib/http/client.js + 1 modules
var client = __webpack_require__(69772);
;// CONCATENATED MODULE: ./lib/deploy/vercel/api.js
/**
 * The Vercel REST control plane Greenlight uses, through the shared HTTP client rather than the
 * official SDK, which drops `autoAssignCustomDomains` from a create and rejects some valid
 * answers. Endpoints and shapes: https://vercel.com/docs/rest-api; what Greenlight relies on,
 * endpoint by endpoint: docs/vercel-contract.md.
 *
 * Every method throws `HttpError` (src/http/errors.ts) on failure: `kind: 'status'` with `status`
 * and the API's `code` for a refused request (404 `not_found` for an unknown deployment id, 400 for
 * an invalid one), so a caller that built the request from an input can name that input.
 */



class VercelApi {
    auth;
    http;
    clock;
    constructor(auth, http, 
    /** The clock `http` was built with (rate-limit waits are computed on it). */
    clock) {
        this.auth = auth;
        this.http = http;
        this.clock = clock;
    }
    /** The team query (`teamId`) only for team ids, as the CLI does. */
    get teamId() {
        return this.auth.orgId?.startsWith('team_') ? this.auth.orgId : undefined;
    }
    url(path, query = {}) {
        const params = new URLSearchParams();
        for (const [k, v] of Object.entries(query))
            if (v !== undefined)
                params.set(k, String(v));
        if (this.teamId)
            params.set('teamId', this.teamId);
        const qs = params.toString();
        return `${this.auth.apiUrl.replace(/\/+$/, '')}${path}${qs ? `?${qs}` : ''}`;
    }
    call(method, path, deadline, options = {}) {
        return this.http.requestJson({
            method,
            url: this.url(path, options.query),
            headers: { authorization: `Bearer ${this.auth.token}` },
            ...(options.json !== undefined ? { json: options.json } : {}),
            ...(options.idempotent !== undefined ? { idempotent: options.idempotent } : {}),
            ...(options.retries !== undefined ? { retries: options.retries } : {}),
            deadline,
        }, vercelErrorFormat);
    }
    /**
     * `GET /v13/deployments/{idOrUrl}`. `retries` overrides the client's retry count (a poller that
     * backs off itself passes 0).
     * @throws HttpError; 404 (`not_found`) when no such deployment is visible with this token.
     */
    getDeployment(idOrUrl, deadline, options = {}) {
        return this.call('GET', `/v13/deployments/${encodeURIComponent(idOrUrl)}`, deadline, options);
    }
    /** `GET /v6/deployments` with filters (`target`, `state`, `limit`, `meta-<key>`). */
    async listDeployments(filters, deadline) {
        const query = {
            projectId: this.auth.projectId,
            target: filters.target,
            state: filters.state,
            limit: filters.limit ?? 20,
            rollbackCandidate: filters.rollbackCandidate ? 'true' : undefined,
        };
        for (const [k, v] of Object.entries(filters.meta ?? {}))
            query[`meta-${k}`] = v;
        const body = await this.call('GET', '/v6/deployments', deadline, {
            query,
        });
        return body.deployments ?? [];
    }
    getProject(deadline) {
        return this.call('GET', `/v9/projects/${encodeURIComponent(this.auth.projectId)}`, deadline, {
            query: { rollbackInfo: 'true' },
        });
    }
    /** `POST /v10/projects/{id}/promote/{deploymentId}`: 201 started, 202 queued. Asynchronous: confirm with the project. */
    requestPromote(deploymentId, deadline) {
        // Not retried here on an ambiguous answer (5xx, reset after sending): a late retry could land
        // after the caller read production back and rolled back, putting the bad deployment live
        // again. promoteWithCas retries itself, after reading production. 429 and refused connections
        // (never processed) are still retried by the client.
        return this.call('POST', `/v10/projects/${encodeURIComponent(this.auth.projectId)}/promote/${encodeURIComponent(deploymentId)}`, deadline, { json: {} });
    }
    /** `POST /v1/projects/{id}/rollback/{deploymentId}?description=…`. Asynchronous like promote. */
    requestRollback(deploymentId, description, deadline) {
        return this.call('POST', `/v1/projects/${encodeURIComponent(this.auth.projectId)}/rollback/${encodeURIComponent(deploymentId)}`, deadline, {
            query: { description: description?.slice(0, 200) },
            json: {},
            idempotent: true,
        });
    }
    /**
     * `POST /v2/files` with the raw bytes, `x-now-digest` (SHA-1 hex) and `x-now-size`; the API answers
     * 200 (https://vercel.com/docs/rest-api/deployments/upload-deployment-files). Uploading the same
     * content twice is harmless, so 5xx, 429 (with `Retry-After`) and resets are retried.
     * @throws HttpError when it is refused or the retries run out (`rate_limited` at once when the
     *   API asks for a wait past the deadline), or `aborted` when `signal` aborts.
     */
    async uploadFile(sha, data, deadline, signal) {
        const headers = {
            authorization: `Bearer ${this.auth.token}`,
            'content-type': 'application/octet-stream',
            'x-now-digest': sha,
            'x-now-size': String(data.byteLength),
        };
        const res = await this.http.request({
            method: 'POST',
            url: this.url('/v2/files'),
            headers,
            body: data,
            idempotent: true,
            retries: 5,
            deadline,
            ...(signal ? { signal } : {}),
        });
        if (res.status !== 200) {
            let parsed;
            try {
                parsed = res.json();
            }
            catch {
                parsed = undefined;
            }
            throw (0,client/* statusError */.$C)(`POST ${(0,errors/* redactUrl */.BO)(this.url('/v2/files'))}`, { headers }, res, parsed, this.clock.now(), vercelErrorFormat);
        }
    }
    /**
     * `PATCH /v12/deployments/{id}/cancel`
     * (https://vercel.com/docs/rest-api/deployments/cancel-a-deployment).
     * @throws HttpError; 400 `deployment_not_cancelable` when it is no longer QUEUED or BUILDING.
     */
    cancel(deploymentId, deadline) {
        return this.call('PATCH', `/v12/deployments/${encodeURIComponent(deploymentId)}/cancel`, deadline, {
            idempotent: true,
        });
    }
    /** `POST /v2/deployments/{id}/aliases` `{alias}`; assigning the same alias again is harmless. */
    assignAlias(deploymentId, alias, deadline) {
        return this.call('POST', `/v2/deployments/${encodeURIComponent(deploymentId)}/aliases`, deadline, {
            json: { alias },
            idempotent: true,
        });
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@vercel/client/dist/index.js
var dist = __webpack_require__(61208);
// EXTERNAL MODULE: ./lib/format/duration.js
var duration = __webpack_require__(27939);
// EXTERNAL MODULE: ./lib/http/retry-after.js
var retry_after = __webpack_require__(93145);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
;// CONCATENATED MODULE: ./lib/deploy/vercel/upload.js
/**
 * Uploads for Vercel deployments through the shared HTTP client (`POST /v2/files`,
 * https://vercel.com/docs/rest-api/deployments/upload-deployment-files): each file is retried on
 * 5xx, 429 (honouring Retry-After) and resets, which `@vercel/client`'s own uploads are not, and
 * 64 go at once — about 3× faster than the client on the deploy benchmark's 2,000-file tree.
 */



/** Uploads in flight at once: measured ~3× faster than the client's own uploads (fixed at 50, streamed). */
const UPLOAD_CONCURRENCY = 64;
/** Up to this many missing files (one batch of the client's semaphore) the client uploads them itself. */
const CLIENT_UPLOAD_MAX = 50;
/**
 * Uploads the files the API reported missing, through the shared HTTP client: each upload is retried
 * on 5xx, 429 (honouring Retry-After) and resets — the client's own uploads retry none of these.
 * The first failure stops the rest: queued uploads do not start and those in flight are aborted, so
 * a rate limit past the deadline (`rate_limited`) sends nothing more.
 * @throws HttpError when an upload is refused or its retries run out (the first such error);
 *   ProviderError for an unknown sha.
 */
async function uploadMissing(missing, files, deadline, deps) {
    const limit = (0,p_limit/* default */.A)(UPLOAD_CONCURRENCY);
    const stop = new AbortController();
    let first;
    let bytes = 0;
    deps.logger.info(`uploading ${missing.length} file(s)`);
    await Promise.all(missing.map((sha) => limit(async () => {
        if (stop.signal.aborted)
            return;
        try {
            const file = files[sha];
            const source = file?.names[0];
            if (!file || (!file.data && !source))
                throw new types/* ProviderError */.m(`the API asked for file ${sha}, which is not in the deployment`);
            const data = file.data ?? (await (0,promises_.readFile)(source));
            await deps.api.uploadFile(sha, data, deadline, stop.signal);
            bytes += data.byteLength;
        }
        catch (error) {
            first ??= { error };
            stop.abort();
        }
    })));
    if (first)
        throw first.error;
    return { files: missing.length, bytes };
}

;// CONCATENATED MODULE: ./lib/deploy/vercel/deploy.js
/**
 * A Vercel deployment from a local tree, end to end, under one deadline.
 *
 * `@vercel/client`'s `createDeployment` collects the tree (`.vercelignore`, prebuilt
 * `.vercel/output`), hashes it, sends `POST /v13/deployments` and creates the deployment. Its traps
 * (observed with @vercel/client 18.4.2; see docs/deploy.md) are handled here:
 * - it polls forever for `alias-assigned`, which a staged deploy may never reach: we stop at
 *   `created` and poll readiness ourselves, with a deadline;
 * - its uploads retry no 5xx, 429 or undici reset and stream each file through a fixed semaphore of
 *   50: when the API answers `missing_files` for more than one batch of files (or on any retry) we
 *   stop it and upload those files ourselves through the shared HTTP client (per-file retries,
 *   Retry-After, 64 at once — about 3× faster in the deploy benchmark), then a fresh round finds
 *   every file present and creates the deployment; a few files it uploads itself, saving the
 *   re-hash, and if that fails the retry round uploads them our way;
 * - a create that fails ambiguously is looked up by a per-deploy meta key before anything is sent
 *   twice, and other failures repeat the round with backoff;
 * - a rate limit is honoured: the create's 429 carries `error.limit` (`reset` in epoch seconds,
 *   `resetMs` in ms; https://vercel.com/docs/rest-api#rate-limits) because the client drops the
 *   answer's `Retry-After` header, while our own calls read `Retry-After` (RFC 9110 §10.2.3). A wait
 *   that ends past the deadline fails at once with `rate limited until <ISO time>`, sending nothing more;
 * - readiness polling rides out transient failures (5xx, 429, resets, timeouts) until the deadline
 *   and stops at once on permanent ones (other 4xx);
 * - its requests have no timeout: every step races the deadline, and on expiry the deployment (if
 *   one exists) is cancelled with `PATCH /v12/deployments/{id}/cancel`; the error says whether the
 *   cancel went through or how it was refused.
 */








class Expired extends Error {
}
/** Resolves with `promise`, or rejects with {@link Expired} at `deadline` (clock ms). */
function beforeDeadline(promise, deadline, clock) {
    const ms = deadline - clock.now();
    if (ms <= 0)
        return Promise.reject(new Expired());
    let timer;
    const expiry = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Expired()), ms);
    });
    return Promise.race([promise, expiry]).finally(() => clearTimeout(timer));
}
/**
 * When a Vercel rate limit resets, in ms since the epoch, from an error body's `limit`
 * (`{remaining, reset, resetMs, total}`; `reset` is documented in epoch seconds — a value too large
 * for seconds is read as ms). https://vercel.com/docs/rest-api#rate-limits
 */
function limitResetMs(limit) {
    if (!limit || typeof limit !== 'object')
        return undefined;
    const { reset, resetMs } = limit;
    if (typeof resetMs === 'number' && Number.isFinite(resetMs))
        return resetMs;
    if (typeof reset === 'number' && Number.isFinite(reset))
        return reset < 1e11 ? reset * 1000 : reset;
    return undefined;
}
/** Whether an `error` event from the client is worth another round, and what it says. */
function classify(payload) {
    const p = (payload ?? {});
    const message = typeof p.message === 'string' ? p.message : String(payload);
    const code = typeof p.code === 'string' ? p.code : typeof p.cause?.code === 'string' ? p.cause.code : undefined;
    if (typeof p.status === 'number') {
        const said = `${message}${code ? ` (${code})` : ''}, HTTP ${p.status}`;
        if (p.status === 429) {
            const retryAt = limitResetMs(p.limit);
            return {
                retryable: code !== 'builds_rate_limited',
                message: said,
                ambiguous: false,
                ...(retryAt !== undefined ? { retryAt } : {}),
            };
        }
        if (p.status >= 500)
            return { retryable: true, message: said, ambiguous: true };
        return { retryable: false, message: said, ambiguous: false };
    }
    // No status: a network failure (undici "fetch failed" with a cause such as ECONNRESET) or an upload
    // answered badly — the client drops upload statuses. Both are transient until the round budget says otherwise.
    return { retryable: true, message: code ? `${message} (${code})` : message, ambiguous: true };
}
/** `rate limited until <ISO time>`: the words every rate-limit failure uses. */
function rateLimitedUntil(at) {
    return `rate limited until ${new Date(at).toISOString()}`;
}
/**
 * Deploys `request.path` and resolves once the deployment is READY (staged production: READY and
 * not live). Non-staged production also waits until production serves it.
 * @throws ProviderError on a refused deploy (bad token, unknown project …), a build ERROR/CANCELED,
 *   exhausted retries, or the deadline (after cancelling the deployment).
 */
async function vercelDeploy(request, projectName, deps) {
    const { api, clock, logger } = deps;
    const random = deps.random ?? Math.random;
    const key = (0,external_node_crypto_.randomUUID)();
    const path = (0,external_node_path_.resolve)(request.path);
    const production = request.environment === 'production';
    let uploadedBytes = 0;
    let uploadedFiles = 0;
    let created;
    const expired = async (id, what) => {
        if (id) {
            const outcome = await api.cancel(id, clock.now() + 30_000).then(() => 'it was cancelled', (e) => cancelFailure(e));
            throw new types/* ProviderError */.m(`deployment ${id} ${what} before the deadline; ${outcome}`);
        }
        throw new types/* ProviderError */.m(`no deployment was created before the deadline (${what})`);
    };
    const rounds = deps.maxRounds ?? 6;
    // sha → the client's file record (bytes, or size + paths for files it streams), from hashing.
    let files = {};
    for (let round = 1; !created; round++) {
        const events = (0,dist.createDeployment)({
            token: api.auth.token,
            ...(api.teamId ? { teamId: api.teamId } : {}),
            apiUrl: api.auth.apiUrl.replace(/\/+$/, ''),
            path,
            prebuilt: request.prebuilt,
            ...(request.prebuilt ? { vercelOutputDir: (0,external_node_path_.join)(path, '.vercel', 'output') } : {}),
            userAgent: deps.userAgent ?? 'greenlight',
            skipAutoDetectionConfirmation: true,
        }, {
            name: projectName,
            project: api.auth.projectId,
            ...(production ? { target: 'production', autoAssignCustomDomains: !request.staged } : {}),
            meta: { ...request.meta, greenlightDeployKey: key },
        });
        // What ended this round if no deployment was created (the client may also just stop).
        let failure = {
            retryable: true,
            message: 'the client stopped without creating a deployment',
            ambiguous: true,
        };
        let missing;
        try {
            for (;;) {
                const next = await beforeDeadline(events.next(), request.deadline, clock);
                if (next.done)
                    break;
                const event = next.value;
                if (event.type === 'hashes-calculated') {
                    files = event.payload;
                }
                else if (event.type === 'file-count') {
                    // The API answered missing_files. A few files: the client uploads them and creates in the
                    // same round (a failure repeats the round). Many: we upload them (below), faster and each
                    // retried, and a fresh round creates — re-hashing the tree once is cheap next to that.
                    const reported = event.payload.missing ?? [];
                    if (reported.length > CLIENT_UPLOAD_MAX || round > 1) {
                        missing = reported;
                        break;
                    }
                    logger.info(`uploading ${reported.length} file(s)`);
                }
                else if (event.type === 'file-uploaded') {
                    const file = event.payload.file;
                    uploadedFiles++;
                    uploadedBytes += file?.data?.length ?? file?.size ?? 0;
                }
                else if (event.type === 'warning' || event.type === 'notice') {
                    logger.info(`Vercel ${event.type}: ${String(event.payload)}`);
                }
                else if (event.type === 'created') {
                    created = event.payload;
                    break;
                }
                else if (event.type === 'error') {
                    failure = classify(event.payload);
                    break;
                }
            }
        }
        catch (error) {
            if (error instanceof Expired)
                return expired(undefined, 'uploads and create did not finish');
            if (error instanceof types/* ProviderError */.m)
                throw error;
            // Option errors (no token, bad path) are thrown, not yielded.
            throw new types/* ProviderError */.m(`Vercel client: ${error.message}`);
        }
        finally {
            // Stops the client before its own uploads or polling; do not wait for anything it abandons.
            void events.return?.(undefined).catch(() => { });
        }
        if (created)
            break;
        if (missing) {
            try {
                const sent = await uploadMissing(missing, files, request.deadline, deps);
                uploadedFiles += sent.files;
                uploadedBytes += sent.bytes;
                failure = {
                    retryable: true,
                    message: `the API still reported ${missing.length} file(s) missing after they were uploaded`,
                    ambiguous: false,
                };
                if (round < rounds)
                    continue; // the next round finds every file and creates the deployment
            }
            catch (error) {
                if (error instanceof errors/* HttpError */.j$ && error.kind === 'rate_limited') {
                    // The API asked for a wait past the deadline (or the client's cap): nothing more is sent.
                    throw new types/* ProviderError */.m(`upload ${rateLimitedUntil(error.retryAt ?? clock.now())}: ${error.message}`);
                }
                if (clock.now() >= request.deadline)
                    return expired(undefined, 'uploads did not finish');
                if (!(error instanceof errors/* HttpError */.j$))
                    throw error;
                failure = {
                    retryable: (0,errors/* isTransient */.dg)(error),
                    message: `upload failed: ${error.message}`,
                    ambiguous: false,
                    ...(error.retryAt !== undefined ? { retryAt: error.retryAt } : {}),
                };
            }
        }
        if (failure.retryAt !== undefined && failure.retryAt >= request.deadline) {
            throw new types/* ProviderError */.m(`Vercel ${failure.message.startsWith('upload') ? 'upload' : 'deploy'} ${rateLimitedUntil(failure.retryAt)}, past the deadline: ${failure.message}`);
        }
        if (!failure.retryable)
            throw new types/* ProviderError */.m(`Vercel refused the deployment: ${failure.message}`);
        if (failure.ambiguous) {
            // Read back: a create that failed ambiguously (5xx, reset) may have been stored.
            const found = await api
                .listDeployments({ meta: { greenlightDeployKey: key }, limit: 1 }, request.deadline)
                .catch(() => []);
            if (found[0]) {
                created = { ...found[0], id: found[0].uid };
                break;
            }
        }
        if (round >= rounds)
            throw new types/* ProviderError */.m(`deploy failed after ${round} attempts: ${failure.message}`);
        const backoff = 1000 + (0,retry_after/* backoffMs */.j)(round, 1000, 15_000, random);
        const wait = Math.max(backoff, (failure.retryAt ?? 0) - clock.now());
        if (clock.now() + wait >= request.deadline)
            return expired(undefined, failure.message);
        logger.warning(`deploy attempt ${round} failed (${failure.message}); retrying in ${(0,duration/* formatDuration */.a)(wait)}`);
        await clock.sleep(wait);
    }
    const id = created.id;
    logger.info(`created ${id} (${created.url}); waiting for it to be ready`);
    const ready = await waitUntilReady(id, request.deadline, deps).catch(async (error) => {
        if (error instanceof Expired)
            return expired(id, 'did not become READY');
        throw error;
    });
    if (production && !request.staged) {
        await waitUntilLive(id, request.deadline, deps).catch(async (error) => {
            if (error instanceof Expired)
                throw new types/* ProviderError */.m(`deployment ${id} is READY but production did not move to it before the deadline`);
            throw error;
        });
    }
    return { deployment: deps.toInfo(ready), uploadedBytes, uploadedFiles };
}
/** What became of the cancel request at the deadline, as the end of the error line. */
function cancelFailure(error) {
    if (error instanceof errors/* HttpError */.j$ && error.kind === 'status') {
        const said = apiSaid(error.body);
        return `the cancel request was refused (HTTP ${error.status}${error.code ? ` ${error.code}` : ''}${said ? `: ${said}` : ''}), so it was not cancelled`;
    }
    return `it could not be cancelled (${error instanceof Error ? error.message : String(error)})`;
}
/** The `error.message` of a Vercel error body, if any. */
function apiSaid(body) {
    const message = body?.error?.message;
    return typeof message === 'string' ? message : undefined;
}
/**
 * Calls `probe` until it returns a value: every `first` ms for ten polls, then ×1.5 up to `max`.
 * Transient failures ({@link isTransient}: 5xx, 408/429, resets, timeouts) are polled through
 * until the deadline, waiting at least until the server's `Retry-After`; permanent ones are thrown.
 * @throws Expired at the deadline; HttpError for a permanent failure, or `rate_limited` when the
 *   server asks for a wait past the deadline.
 */
async function poll(deadline, deps, probe) {
    const { first, max } = deps.pollMs ?? { first: 100, max: 5000 };
    const { clock, logger } = deps;
    let failing = 0;
    for (let n = 1, wait = first;; n++, wait = n <= 10 ? first : Math.min(max, Math.round(wait * 1.5))) {
        let value;
        let pause = wait;
        try {
            value = await beforeDeadline(probe(), deadline, clock);
            failing = 0;
        }
        catch (error) {
            if (!(0,errors/* isTransient */.dg)(error))
                throw error;
            if (error.retryAt !== undefined) {
                if (error.retryAt >= deadline) {
                    if (error.kind === 'rate_limited')
                        throw error;
                    throw new errors/* HttpError */.j$(error.where, `${rateLimitedUntil(error.retryAt)}, past the deadline (${error.detail})`, 'rate_limited', error.attempts, error.status, error.body, { retryAt: error.retryAt, ...(error.code ? { code: error.code } : {}) });
                }
                pause = Math.max(wait, error.retryAt - clock.now());
            }
            if (failing++ === 0)
                logger.info(`${error.message}; polling on until the deadline`);
            else
                logger.debug(`${error.message} (${failing} in a row)`);
        }
        if (value !== undefined)
            return value;
        if (clock.now() + pause >= deadline)
            throw new Expired();
        await clock.sleep(pause);
    }
}
/** Polls `GET /v13/deployments/{id}` until READY; ERROR and CANCELED are final. */
function waitUntilReady(id, deadline, deps) {
    return poll(deadline, deps, async () => {
        // No retries inside the call: the poll backs off itself and rides out failures to the deadline.
        const d = await deps.api.getDeployment(id, deadline, { retries: 0 });
        const state = d.readyState ?? d.state;
        if (state === 'READY')
            return d;
        if (state === 'ERROR' || state?.endsWith('_ERROR')) {
            throw new types/* ProviderError */.m(`deployment ${id} failed to build: ${d.errorMessage ?? d.errorCode ?? state}`);
        }
        if (state === 'CANCELED')
            throw new types/* ProviderError */.m(`deployment ${id} was canceled`);
        return undefined;
    });
}
/** Polls the project until production serves `id` (non-staged production deploys). */
function waitUntilLive(id, deadline, deps) {
    return poll(deadline, deps, async () => (await deps.api.getProject(deadline)).targets?.production?.id === id ? true : undefined);
}

;// CONCATENATED MODULE: ./lib/deploy/vercel/provider.js





/** 4xx statuses that mean "not now" rather than "never": timeout, conflict, too early, rate limited. */
const TRANSIENT_4XX = new Set([408, 409, 425, 429]);
/** Whether an HTTP failure is a refusal that repeating cannot change (a 4xx answer other than {@link TRANSIENT_4XX}). */
function isRefusal(error) {
    return (error.kind === 'status' &&
        error.status !== undefined &&
        error.status >= 400 &&
        error.status < 500 &&
        !TRANSIENT_4XX.has(error.status));
}
/**
 * A permanent Vercel API failure: the API refused the request (see {@link isRefusal}). `message` is
 * the same line a {@link ProviderError} would carry (method, redacted URL, status, the API's own
 * message; never the token); `input` names the action input to fix when one is to blame
 * (`vercel-token` for 401/403, `to-deployment-id` for a rollback target Vercel cannot use).
 */
class VercelRefusal extends types/* ProviderError */.m {
    status;
    input;
    name = 'VercelRefusal';
    /** Marks the failure as not worth repeating (read by convergeRollback). */
    permanent = true;
    constructor(message, 
    /** The HTTP status, 4xx. */
    status, input) {
        super(message);
        this.status = status;
        this.input = input;
    }
}
/**
 * Meta keys that identify "the same deploy": the environment and the content key (what was
 * uploaded), so a re-run or a new run of the same build reuses it and a changed build does not.
 * Commit sha, run id and attempt stay in the meta as information only.
 */
const REUSE_KEYS = ['greenlightEnvironment', content_key/* CONTENT_KEY_META */.mf];
/** Also matched when the request's meta has it (the repository, for projects shared between repositories). */
const OPTIONAL_REUSE_KEYS = ['githubRepo'];
class VercelProvider {
    options;
    name = 'vercel';
    api;
    scheme;
    constructor(options) {
        this.options = options;
        this.api = new VercelApi(options.auth, options.http, options.clock);
        this.scheme = new URL(options.auth.apiUrl).protocol === 'http:' ? 'http' : 'https';
    }
    /** The API's deployment as the release logic sees it (URL with scheme, normalised state). */
    toInfo = (d) => {
        const id = 'uid' in d ? d.uid : d.id;
        const state = d.readyState ?? d.state ?? '';
        return {
            id,
            url: /^https?:\/\//.test(d.url) ? d.url : `${this.scheme}://${d.url}`,
            createdAt: d.createdAt ?? d.created ?? 0,
            production: d.target === 'production',
            state: state === 'READY'
                ? 'ready'
                : state === 'CANCELED'
                    ? 'canceled'
                    : state === 'ERROR' || state.endsWith('_ERROR')
                        ? 'error'
                        : 'building',
            meta: d.meta ?? {},
        };
    };
    soon(ms = 60_000) {
        return this.options.clock.now() + ms;
    }
    /**
     * Runs an API call, turning HTTP failures into one readable line: a {@link VercelRefusal} for a
     * refusal (401/403 name `vercel-token`; other statuses name `inputFor(status)` when given), else a
     * {@link ProviderError}.
     */
    async guard(what, call, inputFor) {
        try {
            return await call();
        }
        catch (error) {
            if (!(error instanceof errors/* HttpError */.j$))
                throw error;
            const line = `Vercel API: ${what}: ${error.message}`;
            if (isRefusal(error)) {
                const status = error.status;
                const input = status === 401 || status === 403 ? 'vercel-token' : inputFor?.(status);
                throw new VercelRefusal(line, status, input);
            }
            throw new types/* ProviderError */.m(line);
        }
    }
    async deploy(request) {
        const project = await this.guard('read the project', () => this.api.getProject(this.soon()));
        return this.guard('deploy', () => vercelDeploy(request, project.name, {
            api: this.api,
            clock: this.options.clock,
            logger: this.options.logger,
            ...(this.options.random ? { random: this.options.random } : {}),
            toInfo: this.toInfo,
        }));
    }
    /** {@link contentKey} of `path`: what `@vercel/client` uploads for it. */
    contentKey(path, prebuilt) {
        return (0,content_key/* contentKey */.lO)(path, prebuilt);
    }
    /**
     * The newest READY deployment whose meta has the same {@link REUSE_KEYS} (and
     * {@link OPTIONAL_REUSE_KEYS} present in `meta`); production only matches production-target
     * deployments. Undefined when `meta` lacks a reuse key or nothing matches.
     * @throws ProviderError when the API fails.
     */
    async findReusable(meta, environment) {
        const filter = {};
        for (const key of REUSE_KEYS) {
            if (!meta[key])
                return undefined;
            filter[key] = meta[key];
        }
        for (const key of OPTIONAL_REUSE_KEYS)
            if (meta[key])
                filter[key] = meta[key];
        const items = await this.guard('look for a reusable deployment', () => this.api.listDeployments({
            state: 'READY',
            ...(environment === 'production' ? { target: 'production' } : {}),
            meta: filter,
            limit: 5,
        }, this.soon()));
        const match = items.find((item) => Object.entries(filter).every(([key, value]) => item.meta?.[key] === value));
        return match ? this.toInfo(match) : undefined;
    }
    async production() {
        const project = await this.guard('read the project', () => this.api.getProject(this.soon()));
        const live = project.targets?.production;
        return live ? this.toInfo(live) : undefined;
    }
    get(id) {
        return this.guard(`read deployment ${id}`, async () => this.toInfo(await this.api.getDeployment(id, this.soon())));
    }
    async assignAlias(id, alias, deadline) {
        await this.guard(`assign alias ${alias}`, () => this.api.assignAlias(id, alias, deadline));
    }
    async promote(id, deadline) {
        await this.guard(`promote ${id}`, () => this.api.requestPromote(id, deadline));
        await this.confirm(id, 'promote', deadline);
    }
    /**
     * Requests the rollback (`POST /v1/projects/{id}/rollback/{deploymentId}`) and confirms it.
     * @throws VercelRefusal when Vercel refuses it: 401/403 name `vercel-token`; 400, 402, 404 and 422
     *   (unknown, not eligible, not on this plan) name `to-deployment-id`. ProviderError for other
     *   failures (5xx after the HTTP client's retries, resets, a failed or unconfirmed alias job).
     */
    async rollback(id, deadline, reason) {
        await this.guard(`roll back to ${id}`, () => this.api.requestRollback(id, reason, deadline), () => 'to-deployment-id');
        await this.confirm(id, 'rollback', deadline);
    }
    /**
     * The newest READY production rollback candidate (`GET /v6/deployments?rollbackCandidate=true`)
     * that is older than `currentId` and that production was not rolled back away from (the project's
     * last alias job, as {@link rolledBackFrom}); undefined when none is. Vercel does not list the live
     * deployment as a candidate, so its age is read from the project (or the deployment) instead.
     * Without `currentId` (nothing live), only the rolled-back-from rule applies.
     * @throws ProviderError (or VercelRefusal) when the API fails.
     */
    async previousProduction(currentId) {
        const [items, project] = await Promise.all([
            this.guard('list production deployments', () => this.api.listDeployments({ target: 'production', state: 'READY', rollbackCandidate: true, limit: 20 }, this.soon())),
            this.guard('read the project', () => this.api.getProject(this.soon())),
        ]);
        let liveCreatedAt = Infinity;
        if (currentId !== undefined) {
            const live = project.targets?.production;
            const listed = items.find((i) => i.uid === currentId);
            const created = live?.id === currentId
                ? (live.createdAt ?? live.created)
                : listed
                    ? (listed.createdAt ?? listed.created)
                    : this.toInfo(await this.guard(`read deployment ${currentId}`, () => this.api.getDeployment(currentId, this.soon()))).createdAt;
            // Unknown age (0 or absent): nothing can be shown to be older, so nothing is eligible.
            liveCreatedAt = created ?? 0;
        }
        const away = rolledBackAway(project);
        const before = items.filter((i) => i.uid !== currentId &&
            i.uid !== away &&
            i.isRollbackCandidate !== false &&
            (i.createdAt ?? i.created ?? 0) < liveCreatedAt);
        before.sort((a, b) => (b.createdAt ?? b.created ?? 0) - (a.createdAt ?? a.created ?? 0));
        return before[0] ? this.toInfo(before[0]) : undefined;
    }
    /** True when the project's last alias job was a rollback away from `id` (a re-run right after one). */
    async rolledBackFrom(id) {
        const project = await this.guard('read the project', () => this.api.getProject(this.soon()));
        return rolledBackAway(project) === id;
    }
    /**
     * The project's last alias job when it is a rollback that holds — it succeeded (or production
     * serves its target) and production still serves its target: `{ fromId, toId }`; else undefined.
     * How a converging rollback without a target tells "already rolled back" from "roll back now".
     * @throws ProviderError (or VercelRefusal) when the project cannot be read.
     */
    async lastRollback() {
        const project = await this.guard('read the project', () => this.api.getProject(this.soon()));
        const last = project.lastAliasRequest;
        const live = project.targets?.production?.id;
        if (last?.type !== 'rollback' || !last.fromDeploymentId || !last.toDeploymentId)
            return undefined;
        if (live !== last.toDeploymentId || last.jobStatus === 'failed')
            return undefined;
        return { fromId: last.fromDeploymentId, toId: last.toDeploymentId };
    }
    /** Polls the project until production is `id`; a failed alias job or the deadline throws. */
    async confirm(id, kind, deadline) {
        const { first, max } = this.options.pollMs ?? { first: 250, max: 2000 };
        let live;
        for (let wait = first;; wait = Math.min(max, Math.round(wait * 1.5))) {
            const project = await this.guard(`confirm the ${kind}`, () => this.api.getProject(deadline));
            live = project.targets?.production?.id;
            if (live === id)
                return;
            const request = project.lastAliasRequest;
            if (request?.toDeploymentId === id) {
                if (request.jobStatus === 'succeeded')
                    return;
                if (request.jobStatus === 'failed')
                    throw new types/* ProviderError */.m(`Vercel reports the ${kind} to ${id} failed`);
            }
            if (this.options.clock.now() + wait >= deadline)
                break;
            await this.options.clock.sleep(wait);
        }
        throw new types/* ProviderError */.m(`the ${kind} to ${id} was not confirmed before the deadline; production is ${live ?? 'unknown'}`);
    }
}
/** The deployment production was rolled back away from by the project's last alias job, while it is not live again. */
function rolledBackAway(project) {
    const last = project.lastAliasRequest;
    if (last?.type !== 'rollback' || !last.fromDeploymentId)
        return undefined;
    return project.targets?.production?.id === last.fromDeploymentId ? undefined : last.fromDeploymentId;
}


/***/ }),

/***/ 78783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ ReleaseRecords)
});

// UNUSED EXPORTS: ROLLED_BACK

// EXTERNAL MODULE: ./lib/runtime/errors.js
var errors = __webpack_require__(50525);
// EXTERNAL MODULE: ./lib/runtime/logger.js
var runtime_logger = __webpack_require__(98562);
;// CONCATENATED MODULE: ./lib/github/deployment-model.js
/**
 * The shapes Greenlight records in the GitHub Deployments API, and the checks on what a caller
 * passes in. Contract: https://docs.github.com/rest/deployments/deployments and
 * https://docs.github.com/rest/deployments/statuses.
 */

/** The `task` of every deployment Greenlight creates or looks for. */
const DEPLOY_TASK = 'deploy';
/** GitHub keeps at most this many characters of a status description. */
const MAX_DESCRIPTION = 140;
/**
 * Splits `owner/name`.
 * @throws ConfigurationError when it is not `owner/name`
 */
function parseRepository(repository) {
    const m = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/.exec(repository.trim());
    if (!m)
        throw new errors/* ConfigurationError */.j1(`repository '${repository}' is not valid: expected owner/name`);
    return { owner: m[1], repo: m[2] };
}
/**
 * The commit SHA in lower case.
 * @throws ConfigurationError unless it is 40 (or 64) hexadecimal characters
 */
function checkSha(ref) {
    const sha = ref.trim().toLowerCase();
    if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(sha)) {
        throw new errors/* ConfigurationError */.j1(`ref '${ref}' is not a full commit SHA: expected 40 hexadecimal characters`);
    }
    return sha;
}
/**
 * The environment name, trimmed.
 * @throws ConfigurationError when empty or longer than 255 characters (GitHub's limit)
 */
function checkEnvironment(environment) {
    const name = environment.trim();
    if (name === '' || name.length > 255) {
        throw new errors/* ConfigurationError */.j1(`environment '${environment}' is not valid: expected 1 to 255 characters`);
    }
    return name;
}
/** `text` cut to `max` characters (code points), ending in `…` when cut. */
function truncateDescription(text, max = MAX_DESCRIPTION) {
    const chars = Array.from(text.replace(/\s+/g, ' ').trim());
    return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}
/** A deployment payload as an object: GitHub returns an object, or a string holding JSON. */
function payloadObject(payload) {
    if (typeof payload === 'string') {
        try {
            return payloadObject(JSON.parse(payload));
        }
        catch {
            return {};
        }
    }
    return payload && typeof payload === 'object' && !Array.isArray(payload)
        ? payload
        : {};
}
/** Whether a deployment payload marks the deployment as created by Greenlight. */
function isOurs(payload) {
    return payloadObject(payload).greenlight === true;
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(92413);
// EXTERNAL MODULE: ./lib/http/errors.js
var http_errors = __webpack_require__(49729);
// EXTERNAL MODULE: ./lib/runtime/secrets.js
var runtime_secrets = __webpack_require__(45533);
;// CONCATENATED MODULE: ./lib/github/errors.js
/**
 * GitHub REST failures as one clear line: `GitHub: POST /repos/o/r/deployments answered 403:
 * Resource not accessible by integration`. Octokit's own errors carry the request (headers, body)
 * and the whole response; {@link toGitHubError} keeps only the method, the path, the status and
 * GitHub's message, and scrubs the token from all of it.
 */


/**
 * A GitHub REST call that failed. `kind` is `status` when GitHub answered with an error status,
 * otherwise why no answer came (see {@link HttpFailureKind}).
 */
class GitHubError extends Error {
    method;
    path;
    kind;
    status;
    documentationUrl;
    name = 'GitHubError';
    constructor(message, method, 
    /** The API path without host, base path or query, e.g. `/repos/o/r/deployments`. */
    path, kind, 
    /** GitHub's answer status, when it answered. */
    status, 
    /** GitHub's `documentation_url` for this failure, when it gave one. */
    documentationUrl) {
        super(message);
        this.method = method;
        this.path = path;
        this.kind = kind;
        this.status = status;
        this.documentationUrl = documentationUrl;
    }
    /**
     * Whether GitHub may have carried out the request although no success came back: a 5xx or 408
     * answer, a timeout, a reset connection or a passed deadline. Writes that fail this way are read
     * back before they are repeated.
     */
    get ambiguous() {
        if (this.kind === 'status')
            return this.status === undefined || this.status >= 500 || this.status === 408;
        return this.kind !== 'rate_limited';
    }
}
function isRequestError(error) {
    if (!(error instanceof Error))
        return false;
    const e = error;
    return typeof e.status === 'number' && typeof e.request === 'object' && e.request !== null;
}
/**
 * Translates an Octokit `RequestError` (or an `HttpError` from our client beneath it) into a
 * {@link GitHubError} whose message is one line with no token, header or request body in it.
 * Anything else is returned unchanged.
 *
 * @param secrets values to scrub from the message (the token), raw, URL-encoded and base64
 * @param basePath the API base URL's path (`/api/v3` on GHES), left out of the printed path
 */
function toGitHubError(error, secrets, basePath = '') {
    if (error instanceof GitHubError || !isRequestError(error))
        return error;
    const method = (error.request.method ?? 'GET').toUpperCase();
    const path = apiPath(error.request.url ?? '', basePath);
    const scrub = (text) => oneLine(redact(text, secrets));
    if (error.response) {
        const { status, headers = {}, data } = error.response;
        const body = (typeof data === 'object' && data !== null ? data : {});
        const docs = typeof body.documentation_url === 'string' ? body.documentation_url : undefined;
        const limited = rateLimitNote(status, headers);
        const said = limited ?? githubMessage(body, data);
        const hint = /not accessible by integration/i.test(said)
            ? " (the workflow's `permissions:` do not allow this)"
            : '';
        const message = scrub(`GitHub: ${method} ${path} answered ${status}${said ? `: ${said}` : ''}${hint}`);
        return new GitHubError(message, method, path, limited ? 'rate_limited' : 'status', status, docs);
    }
    // No answer: Octokit wrapped the fetch failure; our HttpClient's error says what happened.
    const cause = error.cause;
    if (cause instanceof http_errors/* HttpError */.j$) {
        const detail = stripWhere(cause.message, method);
        return new GitHubError(scrub(`GitHub: ${method} ${path}: ${detail}`), method, path, cause.kind, cause.status);
    }
    return new GitHubError(scrub(`GitHub: ${method} ${path}: ${error.message}`), method, path, 'network');
}
/** GitHub's `message`, plus the `errors[].message` (or code) of a 422, as plain text. */
function githubMessage(body, data) {
    if (typeof data === 'string')
        return data.slice(0, 200);
    const parts = [];
    if (typeof body.message === 'string')
        parts.push(body.message);
    if (Array.isArray(body.errors)) {
        const details = body.errors
            .map((e) => {
            if (typeof e === 'string')
                return e;
            const o = (e ?? {});
            if (typeof o.message === 'string')
                return o.message;
            return [o.field, o.code].filter((x) => typeof x === 'string').join(' ');
        })
            .filter(Boolean);
        if (details.length > 0)
            parts.push(`(${details.join('; ')})`);
    }
    return parts.join(' ');
}
/**
 * GitHub signals an exhausted rate limit with 403 or 429 and `x-ratelimit-remaining: 0`
 * (`x-ratelimit-reset` in epoch seconds), or a secondary limit with `retry-after`
 * (https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api).
 */
function rateLimitNote(status, headers) {
    if (status !== 403 && status !== 429)
        return undefined;
    const reset = Number(headers['x-ratelimit-reset']);
    if (headers['x-ratelimit-remaining'] === '0' && Number.isFinite(reset) && reset > 0) {
        return `rate limited until ${new Date(reset * 1000).toISOString()}`;
    }
    if (headers['retry-after'] !== undefined)
        return `rate limited (retry after ${headers['retry-after']} s)`;
    return status === 429 ? 'rate limited' : undefined;
}
function apiPath(url, basePath) {
    const printable = (0,http_errors/* redactUrl */.BO)(url);
    if (printable === '<invalid url>')
        return printable;
    const path = new URL(printable).pathname;
    return basePath && path.startsWith(`${basePath}/`) ? path.slice(basePath.length) : path;
}
/** `GET http://host/x: no answer …` → `no answer …` (we print our own method and path). */
function stripWhere(message, method) {
    const m = new RegExp(`^${method} \\S+: `).exec(message);
    return m ? message.slice(m[0].length) : message;
}
function oneLine(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > 500 ? `${line.slice(0, 499)}…` : line;
}
/**
 * Replaces every secret, raw and in the encodings an API may echo it in (URL-encoded, JSON-escaped,
 * base64), by `***`: the one scrubber in src/runtime/secrets.ts.
 */
function redact(text, secrets) {
    return (0,runtime_secrets/* scrubValues */._9)(text, secrets);
}

;// CONCATENATED MODULE: ./lib/github/octokit.js
/**
 * The Octokit every GitHub call in Greenlight goes through: `@actions/github`'s `getOctokit`
 * (REST endpoint methods + pagination), with its requests sent by our {@link HttpClient} (per-attempt
 * timeouts, retries with backoff for idempotent calls, `Retry-After` and GitHub's
 * `x-ratelimit-reset` honoured) and its failures turned into one-line {@link GitHubError}s without
 * the token.
 */




/**
 * Creates an Octokit whose requests go through `http` (`request: { fetch: http.asFetch() }`).
 * Every failed call rejects with a {@link GitHubError} (via an Octokit `request` hook) whose message
 * reads `GitHub: <METHOD> <path> answered <status>: <GitHub's message>` or
 * `GitHub: <METHOD> <path>: <what happened>` when no answer came.
 *
 * Per call, pass `request: { fetch: githubFetch(http, { deadline }) }` to bound it by a deadline.
 * See https://github.com/actions/toolkit/tree/main/packages/github and
 * https://github.com/octokit/core.js#options.
 *
 * @throws ConfigurationError when the token is empty or the API URL is not an http(s) URL
 */
function createOctokit(options) {
    const token = options.token.trim();
    if (token === '')
        throw new errors/* ConfigurationError */.j1('github-token is empty: pass a token with the needed permissions');
    const baseUrl = apiBaseUrl(options.apiUrl);
    const basePath = new URL(baseUrl).pathname.replace(/\/$/, '');
    const logger = options.logger ?? runtime_logger/* silentLogger */.qq;
    const secrets = [token];
    const say = (write) => (message) => write(redact(message, secrets));
    const octokit = (0,github/* getOctokit */.Q)(token, {
        baseUrl,
        userAgent: options.userAgent ?? 'greenlight',
        request: { fetch: githubFetch(options.http) },
        log: {
            debug: say((m) => logger.debug(m)),
            info: say((m) => logger.debug(m)),
            warn: say((m) => logger.warning(m)),
            error: say((m) => logger.error(m)),
        },
    });
    octokit.hook.wrap('request', async (request, requestOptions) => {
        try {
            return await request(requestOptions);
        }
        catch (error) {
            throw toGitHubError(error, secrets, basePath);
        }
    });
    return octokit;
}
/**
 * A fetch for Octokit's `request.fetch` that sends through `http`. Idempotent calls are also retried
 * on GitHub's rate-limit 403 (`x-ratelimit-remaining: 0` or `retry-after`), waiting as GitHub says.
 *
 * @param options.deadline absolute time (ms since epoch on `http.clock`) after which no attempt runs
 * @param options.idempotent overrides the method default (GET yes, POST no)
 */
function githubFetch(http, options = {}) {
    return http.asFetch({ ...options, retryOnResponse: isRateLimited403 });
}
/** GitHub's primary or secondary rate limit answered as 403. */
function isRateLimited403(response) {
    if (response.status !== 403)
        return false;
    return response.headers.get('x-ratelimit-remaining') === '0' || response.headers.has('retry-after');
}
/**
 * The REST API root without a trailing slash: `apiUrl`, else `GITHUB_API_URL`, else
 * `https://api.github.com` (GHES: `https://HOST/api/v3`).
 * @throws ConfigurationError when it is not an http(s) URL
 */
function apiBaseUrl(apiUrl) {
    const raw = (apiUrl?.trim() || process.env.GITHUB_API_URL?.trim() || 'https://api.github.com').replace(/\/+$/, '');
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`GitHub API URL '${raw}' is not a URL: expected e.g. https://api.github.com`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors/* ConfigurationError */.j1(`GitHub API URL '${raw}' must be http(s): expected e.g. https://api.github.com`);
    }
    return raw;
}

;// CONCATENATED MODULE: ./lib/github/write-once.js

/**
 * Sends the write; when it fails ambiguously ({@link GitHubError.ambiguous}), waits `delayMs`,
 * reads back, returns what it finds, else sends again.
 * @throws the write's error when it is not ambiguous, when attempts or time run out, or the
 *   read-back's own error
 */
async function writeOnce(operation) {
    for (let attempt = 1;; attempt++) {
        try {
            return await operation.send();
        }
        catch (error) {
            if (!(error instanceof GitHubError) || !error.ambiguous)
                throw error;
            if (operation.clock.now() + operation.delayMs >= operation.deadline)
                throw error;
            operation.logger.warning(`${error.message}; checking whether GitHub did ${operation.what} before trying again`);
            await operation.clock.sleep(operation.delayMs);
            const found = await operation.readBack();
            if (found !== undefined) {
                operation.logger.info(`GitHub did ${operation.what} despite the error; not repeating it`);
                return found;
            }
            if (attempt >= operation.attempts)
                throw error;
        }
    }
}

;// CONCATENATED MODULE: ./lib/github/deployment-session.js



class DeploymentSession {
    settings;
    owner;
    repo;
    deadline;
    fetch;
    /** @throws ConfigurationError when `repository` is not `owner/name` */
    constructor(settings, repository) {
        this.settings = settings;
        ({ owner: this.owner, repo: this.repo } = parseRepository(repository));
        this.deadline = settings.clock.now() + settings.timeoutMs;
        this.fetch = githubFetch(settings.http, { deadline: this.deadline });
    }
    /** Deployments newest first (one page of at most 100). */
    async list(query) {
        const { data } = await this.settings.octokit.rest.repos.listDeployments({
            ...this.base(),
            environment: query.environment,
            per_page: query.perPage,
            ...(query.sha ? { sha: query.sha } : {}),
            ...(query.task ? { task: query.task } : {}),
        });
        return data;
    }
    /** Greenlight's deployment (task `deploy`, `payload.greenlight`) of this SHA and environment. */
    async findOurs(sha, environment) {
        const list = await this.list({ sha, environment, task: DEPLOY_TASK, perPage: 100 });
        return list.find((d) => d.sha === sha && d.environment === environment && isOurs(d.payload));
    }
    /** Creates the deployment, or after an ambiguous failure finds the one it may have created. */
    async create(input) {
        return writeOnce({
            what: `create the ${input.environment} deployment of ${input.ref.slice(0, 7)}`,
            send: () => this.sendCreate(input),
            readBack: () => this.findOurs(input.ref, input.environment),
            ...this.writeOptions(),
        });
    }
    /** The newest status of a deployment, if any. */
    async latestStatus(id) {
        const { data } = await this.settings.octokit.rest.repos.listDeploymentStatuses({
            ...this.base(),
            deployment_id: id,
            per_page: 1,
        });
        return data[0];
    }
    /** Posts a status; after an ambiguous failure, reads the latest status back before posting again. */
    async postStatus(id, body) {
        return writeOnce({
            what: `post status ${body.state} on deployment ${id}`,
            send: async () => (await this.settings.octokit.rest.repos.createDeploymentStatus({
                ...this.base(),
                deployment_id: id,
                ...body,
            })).data,
            readBack: async () => {
                const latest = await this.latestStatus(id);
                const same = latest?.state === body.state &&
                    (body.log_url === undefined || latest.log_url === body.log_url) &&
                    (body.environment_url === undefined || latest.environment_url === body.environment_url);
                return same ? latest : undefined;
            },
            ...this.writeOptions(),
        });
    }
    async sendCreate(input) {
        const { data, status } = await this.settings.octokit.rest.repos.createDeployment({
            ...this.base(),
            ref: input.ref,
            task: DEPLOY_TASK,
            auto_merge: false,
            required_contexts: [],
            environment: input.environment,
            description: input.description,
            transient_environment: input.transient,
            production_environment: input.production,
            payload: { ...input.payload, greenlight: true },
        });
        if (!('id' in data)) {
            // 202 "Auto-merged …": cannot happen with auto_merge: false, but the API declares it.
            const said = data.message ?? 'no deployment created';
            throw new Error(`GitHub: POST /repos/${this.owner}/${this.repo}/deployments answered ${status}: ${said}`);
        }
        return data;
    }
    base() {
        return { owner: this.owner, repo: this.repo, request: { fetch: this.fetch } };
    }
    writeOptions() {
        return {
            attempts: this.settings.writeAttempts,
            delayMs: this.settings.readBackDelayMs,
            deadline: this.deadline,
            clock: this.settings.clock,
            logger: this.settings.logger,
        };
    }
}

;// CONCATENATED MODULE: ./lib/github/deployments.js



/**
 * GitHub deployments for Greenlight: {@link begin} → {@link complete}, plus
 * {@link deactivatePrevious} after a promotion or rollback and {@link latestFor} for preflight and
 * re-run checks. Every method rejects with a one-line `GitHubError` when GitHub fails or refuses
 * (outage, 401, 403, 422 …) and with `ConfigurationError` for a malformed repository, SHA or
 * environment; callers decide whether that fails the deploy.
 */
class GitHubDeployments {
    settings;
    constructor(options) {
        this.settings = {
            octokit: options.octokit,
            http: options.http,
            clock: options.clock,
            logger: options.logger ?? runtime_logger/* silentLogger */.qq,
            timeoutMs: options.timeoutMs ?? 120_000,
            writeAttempts: options.writeAttempts ?? 3,
            readBackDelayMs: options.readBackDelayMs ?? 1_000,
        };
    }
    /**
     * Finds this repository + SHA + environment's Greenlight deployment (task `deploy`) or creates it
     * (`required_contexts: []`, `auto_merge: false`, `transient_environment`, `production_environment`),
     * then posts status `in_progress` with `log_url` — unless its latest status already is that.
     */
    async begin(input) {
        const session = this.session(input.repository);
        const sha = checkSha(input.ref);
        const environment = checkEnvironment(input.environment);
        const description = truncateDescription(input.description);
        const existing = await session.findOurs(sha, environment);
        const deployment = existing ?? (await session.create({ ...input, ref: sha, environment, description }));
        const reused = existing !== undefined;
        const what = reused ? 'reused' : 'created';
        this.settings.logger.info(`GitHub deployment ${deployment.id} (${environment}, ${sha.slice(0, 7)}) ${what}`);
        const latest = reused ? await session.latestStatus(deployment.id) : undefined;
        if (!(latest?.state === 'in_progress' && (latest.log_url ?? '') === (input.logUrl ?? ''))) {
            await session.postStatus(deployment.id, {
                state: 'in_progress',
                description,
                ...(input.logUrl ? { log_url: input.logUrl } : {}),
            });
        }
        return {
            repository: input.repository,
            id: deployment.id,
            reused,
            payload: payloadObject(deployment.payload),
        };
    }
    /**
     * Posts the final status: `environment_url` ("View deployment"), `log_url`, `description` cut to
     * 140 characters. `auto_inactive` is left at GitHub's default, which marks older successful
     * deployments of a non-production environment inactive; see {@link deactivatePrevious} for
     * production ones.
     */
    async complete(deployment, status) {
        await this.session(deployment.repository).postStatus(deployment.id, {
            state: status.state,
            ...(status.description !== undefined ? { description: truncateDescription(status.description) } : {}),
            ...(status.environmentUrl ? { environment_url: status.environmentUrl } : {}),
            ...(status.logUrl ? { log_url: status.logUrl } : {}),
        });
        this.settings.logger.info(`GitHub deployment ${deployment.id}: ${status.state}`);
    }
    /**
     * Marks `inactive` every other deployment of the environment whose latest status is `success`,
     * so only `exceptId` shows as active — GitHub never does this for production deployments. "Every
     * other" includes newer ones, so that a rollback to an older deployment deactivates the bad one.
     * Looks at the newest `limit` deployments (default 30, at most 100).
     * @returns the ids marked inactive
     */
    async deactivatePrevious(input) {
        const session = this.session(input.repository);
        const environment = checkEnvironment(input.environment);
        const perPage = Math.min(100, Math.max(1, input.limit ?? 30));
        const done = [];
        for (const deployment of await session.list({ environment, perPage })) {
            if (deployment.id === input.exceptId)
                continue;
            if ((await session.latestStatus(deployment.id))?.state !== 'success')
                continue;
            await session.postStatus(deployment.id, {
                state: 'inactive',
                description: `Superseded by deployment ${input.exceptId}`,
            });
            done.push(deployment.id);
        }
        if (done.length > 0) {
            this.settings.logger.info(`GitHub deployments marked inactive in ${environment}: ${done.join(', ')}`);
        }
        return done;
    }
    /**
     * The newest deployment (task `deploy`) of an environment, optionally of one commit, with its
     * latest status; `undefined` when there is none.
     */
    async latestFor(input) {
        const session = this.session(input.repository);
        const environment = checkEnvironment(input.environment);
        const sha = input.sha === undefined ? undefined : checkSha(input.sha);
        const [deployment] = await session.list({
            environment,
            task: DEPLOY_TASK,
            perPage: 1,
            ...(sha ? { sha } : {}),
        });
        if (!deployment)
            return undefined;
        return toLatest(deployment, await session.latestStatus(deployment.id));
    }
    session(repository) {
        return new DeploymentSession(this.settings, repository);
    }
}
function toLatest(deployment, status) {
    const payload = payloadObject(deployment.payload);
    const logUrl = status?.log_url || status?.target_url;
    return {
        id: deployment.id,
        sha: deployment.sha,
        ref: deployment.ref,
        environment: deployment.environment,
        createdAt: deployment.created_at,
        production: deployment.production_environment ?? false,
        transient: deployment.transient_environment ?? false,
        payload,
        ours: isOurs(payload),
        ...(status ? { state: status.state } : {}),
        ...(status?.environment_url ? { environmentUrl: status.environment_url } : {}),
        ...(logUrl ? { logUrl } : {}),
        ...(status?.description ? { description: status.description } : {}),
    };
}

;// CONCATENATED MODULE: ./lib/github/release-records.js



const ROLLED_BACK = 'rolled back';
class ReleaseRecords {
    deployments;
    ctx;
    logger;
    constructor(deployments, ctx, logger) {
        this.deployments = deployments;
        this.ctx = ctx;
        this.logger = logger;
    }
    /**
     * Records are kept only with a token and a GitHub context (`GITHUB_REPOSITORY`, `GITHUB_SHA`);
     * otherwise every method is a no-op.
     */
    static create(token, env, deps) {
        const { http, clock, logger } = deps;
        const repository = env.GITHUB_REPOSITORY;
        const sha = env.GITHUB_SHA;
        if (!token)
            return new ReleaseRecords(undefined, undefined, logger);
        if (!repository || !sha) {
            logger.warning('github-token given but GITHUB_REPOSITORY or GITHUB_SHA is not set; GitHub deployments are not recorded');
            return new ReleaseRecords(undefined, undefined, logger);
        }
        const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
        const logUrl = env.GITHUB_RUN_ID
            ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}`
            : undefined;
        const octokit = createOctokit({
            token,
            ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}),
            http,
            logger,
        });
        return new ReleaseRecords(new GitHubDeployments({ octokit, http, clock, logger }), { repository, sha, logUrl }, logger);
    }
    get enabled() {
        return this.deployments !== undefined;
    }
    async attempt(what, work) {
        if (!this.deployments || !this.ctx)
            return;
        try {
            await work(this.deployments, this.ctx);
        }
        catch (error) {
            this.logger.warning(`GitHub Deployments: could not ${what}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    /** Finds or creates the GitHub deployment of `info` in `environment` and sets a final status. */
    async mark(d, ctx, info, environment, state, description) {
        const sha = info.meta.githubCommitSha ?? ctx.sha;
        const begun = await d.begin({
            repository: ctx.repository,
            ref: sha,
            environment,
            transient: environment === 'preview',
            production: environment === 'production',
            description,
            payload: { deploymentId: info.id, url: info.url },
            ...(ctx.logUrl ? { logUrl: ctx.logUrl } : {}),
        });
        if (state !== 'in_progress') {
            await d.complete(begun, {
                state,
                environmentUrl: info.url,
                description,
                ...(ctx.logUrl ? { logUrl: ctx.logUrl } : {}),
            });
        }
        return begun.id;
    }
    /** After a deploy: `in_progress` for a staged production build, else `success`. */
    deployed(info, environment, staged) {
        return this.attempt('record the deployment', async (d, ctx) => {
            await this.mark(d, ctx, info, environment, staged ? 'in_progress' : 'success', staged ? 'staged; awaiting promotion' : `deployed ${info.id}`);
        });
    }
    /** After a promote: `success`, and the earlier production deployments `inactive`. */
    promoted(info) {
        return this.attempt('record the promotion', async (d, ctx) => {
            const id = await this.mark(d, ctx, info, 'production', 'success', `promoted ${info.id}`);
            await d.deactivatePrevious({ repository: ctx.repository, environment: 'production', exceptId: id });
        });
    }
    /** After a rollback: the bad deployment `failure` ("rolled back: …"), the restored one `success`. */
    rolledBack(from, to, reason) {
        return this.attempt('record the rollback', async (d, ctx) => {
            if (from)
                await this.mark(d, ctx, from, 'production', 'failure', `${ROLLED_BACK}: ${reason}`);
            const id = await this.mark(d, ctx, to, 'production', 'success', `restored by rollback from ${from?.id ?? 'unknown'}`);
            await d.deactivatePrevious({ repository: ctx.repository, environment: 'production', exceptId: id });
        });
    }
    /** A rollback that did not converge: the live deployment gets `error`. */
    rollbackFailed(from, reason) {
        return this.attempt('record the failed rollback', async (d, ctx) => {
            if (from)
                await this.mark(d, ctx, from, 'production', 'error', `rollback failed: ${reason}`);
        });
    }
    /** Whether this run's commit was rolled back in production before (its latest status says so). */
    async wasRolledBack() {
        if (!this.deployments || !this.ctx)
            return false;
        try {
            const latest = await this.deployments.latestFor({
                repository: this.ctx.repository,
                environment: 'production',
                sha: this.ctx.sha,
            });
            return latest?.state === 'failure' && (latest.description ?? '').startsWith(ROLLED_BACK);
        }
        catch (error) {
            this.logger.warning(`GitHub Deployments: could not check for an earlier rollback: ${(0,errors/* errorMessage */.gJ)(error)}`);
            return false;
        }
    }
}


/***/ })

};
