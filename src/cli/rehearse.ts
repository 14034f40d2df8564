/**
 * `greenlight rehearse [--dir PATH] [--prebuilt] [--checks FILE] [--json] [--interval 10s] [--count 6]`: the whole
 * release path on the embedded sandbox, through the bundled actions, with the health-check and
 * release actions' default analysis unless told otherwise. Exit 0 only when every expected outcome
 * happened.
 */
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ValueError, parseDuration, parseNumber } from '../inputs/parse.js';
import { formatDuration } from '../format/duration.js';
import { DEFAULT_COUNT, DEFAULT_INTERVAL_MS } from '../health/schedule.js';
import { loadChecks } from '../probes/check.js';
import { rehearse } from '../rehearse/rehearsal.js';
import { timelineText } from '../release/stages.js';
import { ConfigurationError } from '../runtime/errors.js';
import { startSandbox } from '../sandbox/index.js';

export const REHEARSE_USAGE = `greenlight rehearse [--dir PATH] [--prebuilt] [--checks FILE] [--json] [--interval 10s] [--count 6]

Starts the embedded Vercel sandbox and runs the production pipeline through the bundled actions:
staging deploy + smoke test; v1 staged → smoke test → promote → healthy; a broken v2 → health check
fails → automatic rollback → production serves v1 again, confirmed by fetching it.

  --dir PATH     deploy your own static build output (a Vite dist/, a Next.js out/) instead of the example site
  --prebuilt     deploy a Build Output API tree: PATH/.vercel/output (from \`vercel build\`)
  --checks FILE  the smoke checks (the smoke-test action's YAML or JSON format); by default with --dir:
                 / answers 2xx, and a missing page 404 — or 200 when the app rewrites it (an SPA)
  --interval D   health-check interval (default ${formatDuration(DEFAULT_INTERVAL_MS)}, the actions' default; e.g. 1s for a quick run)
  --count N      health measurements for the healthy release (default ${DEFAULT_COUNT}, the actions' default)
  --json         print one JSON object {"outcome","stages","timeToRestoreMs","timeToRollbackMs",…} instead of the timeline

The health check otherwise runs with the actions' defaults (first measurement at once, a check that
got a 5xx, a 429 or no answer retried once 250ms later, failure-limit 0).`;

/** Wide enough for the rehearsal's longest stage name. */
const STAGE_WIDTH = 30;

export interface RehearseArgs {
  dir: string | undefined;
  prebuilt: boolean;
  /** Absolute path of the smoke checks file, if given. */
  checks: string | undefined;
  json: boolean;
  intervalMs: number;
  count: number;
}

/** Parses the arguments. @throws ConfigurationError with one line. */
export function parseRehearseArgs(args: readonly string[]): RehearseArgs {
  const out: RehearseArgs = {
    dir: undefined,
    prebuilt: false,
    checks: undefined,
    json: false,
    intervalMs: DEFAULT_INTERVAL_MS,
    count: DEFAULT_COUNT,
  };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = (args[i] as string).split(/=(.*)/s, 2) as [string, string | undefined];
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined || v === '')
        throw new ConfigurationError(`greenlight rehearse: ${flag} expects a value`);
      return v;
    };
    try {
      if (flag === '--dir') out.dir = resolve(value());
      else if (flag === '--prebuilt') out.prebuilt = true;
      else if (flag === '--checks') out.checks = resolve(value());
      else if (flag === '--json') out.json = true;
      else if (flag === '--interval') {
        out.intervalMs = parseDuration(value());
        if (out.intervalMs <= 0) throw new ValueError('a duration like 2s, above zero');
      } else if (flag === '--count') out.count = parseNumber(value(), { min: 1, max: 20, integer: true });
      else
        throw new ConfigurationError(
          `greenlight rehearse: unknown argument '${flag}'; see greenlight rehearse --help`,
        );
    } catch (error) {
      if (error instanceof ValueError)
        throw new ConfigurationError(`greenlight rehearse: ${flag}: ${error.message}`);
      throw error;
    }
  }
  return out;
}

const isFile = async (path: string): Promise<boolean> =>
  (await stat(path).catch(() => undefined))?.isFile() ?? false;

/** Checks `--dir` holds what will be deployed. @throws ConfigurationError naming what is missing. */
export async function checkDir(dir: string, prebuilt: boolean): Promise<void> {
  if (!(await stat(dir).catch(() => undefined))?.isDirectory()) {
    throw new ConfigurationError(`greenlight rehearse: --dir: expected a directory, got '${dir}'`);
  }
  if (prebuilt && !(await isFile(join(dir, '.vercel', 'output', 'config.json')))) {
    throw new ConfigurationError(
      `greenlight rehearse: --dir with --prebuilt: expected ${join(dir, '.vercel', 'output', 'config.json')} (run \`vercel build\` first)`,
    );
  }
  if (!prebuilt && !(await isFile(join(dir, 'index.html')))) {
    throw new ConfigurationError(
      `greenlight rehearse: --dir: expected a static build output with an index.html (e.g. dist/ or out/), got '${dir}'`,
    );
  }
}

/** `850 ms`, `1.2s (1234 ms)`, or `unknown`. */
const ms = (value: number | undefined): string =>
  value === undefined
    ? 'unknown'
    : value < 1000
      ? `${Math.round(value)} ms`
      : `${formatDuration(value)} (${Math.round(value)} ms)`;

/** Runs the command; resolves with the exit status. */
export async function rehearseCommand(argv: readonly string[]): Promise<number> {
  const args = parseRehearseArgs(argv);
  if (args.dir) await checkDir(args.dir, args.prebuilt);
  if (args.checks) await loadChecks(args.checks, 'greenlight rehearse: --checks');
  const sandbox = await startSandbox();
  const say = (text: string): void => {
    if (!args.json) process.stdout.write(`${text}\n`);
  };
  try {
    say(
      `Greenlight rehearsal on the embedded sandbox (API ${sandbox.api}, production ${sandbox.origins.production})`,
    );
    say(
      `Deploying ${args.dir ? `${args.dir}${args.prebuilt ? ' (prebuilt)' : ''}` : `the example site${args.prebuilt ? ' (prebuilt)' : ''}`}; health check: ${args.count} × ${formatDuration(args.intervalMs)} from the promote, failure-limit 0, one retry\n`,
    );
    let header = false;
    const result = await rehearse({
      sandbox,
      dir: args.dir,
      prebuilt: args.prebuilt,
      ...(args.checks ? { checksFile: args.checks } : {}),
      intervalMs: args.intervalMs,
      count: args.count,
      onStage: (stage) => {
        const [head, row] = timelineText([stage], STAGE_WIDTH).split('\n');
        if (!header) say(head as string);
        header = true;
        say(row as string);
      },
    });
    if (args.json) {
      const json = {
        outcome: result.outcome,
        stages: result.stages,
        timeToRestoreMs: result.timeToRestoreMs,
        timeToRollbackMs: result.timeToRollbackMs,
        reason: result.reason,
        sandbox: { api: sandbox.api },
        health: { intervalMs: args.intervalMs, count: args.count },
      };
      process.stdout.write(`${JSON.stringify(json)}\n`);
    } else if (result.outcome === 'passed') {
      say(`\nTime from the broken release's promote to production restored: ${ms(result.timeToRestoreMs)}`);
      say(`Time from the first failed probe to production restored: ${ms(result.timeToRollbackMs)}`);
      say(`Rehearsal passed: ${result.reason}.`);
    } else {
      say(`\nRehearsal failed: ${result.reason}`);
      if (result.failedStepLog) say(`\nLog of that step:\n${result.failedStepLog}`);
    }
    return result.outcome === 'passed' ? 0 : 1;
  } finally {
    await sandbox.close();
  }
}
