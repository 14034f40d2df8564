/**
 * `greenlight flags`: the flag operations on a local flagd file (no GitHub), the list of flags with
 * their state and measured share, and one flag's history from the trailers of its commits.
 */
import { execFile } from 'node:child_process';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { parseFlagDocument } from '../flags/document.js';
import { describeFlagState, describeOverrides } from '../flags/describe.js';
import { parseStages } from '../flags/managed.js';
import { applyFlagOperation } from '../flags/operations.js';
import { measureShare } from '../flags/share.js';
import { progressLocalFile } from '../flags/progress.js';
import {
  BUCKET_BY,
  type BucketBy,
  FLAG_OPERATIONS,
  type FlagOperation,
  type FlagRequest,
  ON_FAILURE,
  type OnFailure,
} from '../flags/types.js';
import { HttpClient } from '../http/client.js';
import { parseDuration } from '../inputs/parse.js';
import { parseChecks } from '../probes/check.js';
import { systemClock } from '../runtime/clock.js';
import { consoleLogger } from '../runtime/logger.js';
import { ConfigurationError, errorMessage } from '../runtime/errors.js';

export const FLAGS_USAGE = `greenlight flags <operation> --flag KEY --file PATH [options]
greenlight flags list --file PATH
greenlight flags get KEY --file PATH
greenlight flags canary --flag KEY --file PATH --health-url URL [--checks …] [--hold 30m]
  [--stages 1,10,25,50,100] [--on-failure previous-stage|kill]
greenlight flags progress --file PATH [--interval 10s] [--count 6]

Operations: ${FLAG_OPERATIONS.join(', ')}.
Options: --percentage N (rollout), --org ID and --variant on|off (override, remove-override),
--reason TEXT, --bucket-by targetingKey|orgId and --stages 1,10,25,50,100 (create), --force
(rewrite a hand-edited flag), --actor NAME (recorded as updatedBy; default $USER).
canary starts a health-gated canary at the first stage; progress runs the canary controller once over
the file (analyse each due stage, then advance, go back one stage, kill or hold) and prints its
decisions — exit 0 whatever it decided.

Applies the operation to the file in place (written whole, then renamed over it), validated against
the flagd schema and flagd-core's strict loader first; bad input is one line, exit 2, file untouched.`;

/** `--name value` options and positional words. */
function parseOptions(args: readonly string[]): { words: string[]; options: Map<string, string | true> } {
  const words: string[] = [];
  const options = new Map<string, string | true>();
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    if (!arg.startsWith('--')) {
      words.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (name === 'force') options.set(name, true);
    else {
      const value = inline ?? args[++index];
      if (value === undefined) throw new ConfigurationError(`greenlight flags: --${name} needs a value`);
      options.set(name, value);
    }
  }
  return { words, options };
}

const KNOWN = new Set([
  'flag',
  'file',
  'percentage',
  'org',
  'variant',
  'reason',
  'bucket-by',
  'stages',
  'force',
  'actor',
  'health-url',
  'checks',
  'hold',
  'on-failure',
  'interval',
  'count',
]);

/** A duration option (`30m`), ms. @throws ConfigurationError naming the option. */
function durationOption(name: string, text: string): number {
  try {
    const ms = parseDuration(text);
    if (ms > 0) return ms;
  } catch {
    // reported below
  }
  throw new ConfigurationError(`--${name}: expected a duration like 30s or 30m, got '${text}'`);
}

/** Reads the file, or undefined when it does not exist. */
async function readIfPresent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ConfigurationError(`--file: cannot read ${path}: ${errorMessage(error)}`);
  }
}

/** Runs `greenlight flags …`; resolves with the exit status. @throws ConfigurationError (exit 2). */
export async function flagsCommand(args: readonly string[]): Promise<number> {
  const { words, options } = parseOptions(args);
  for (const name of options.keys())
    if (!KNOWN.has(name)) throw new ConfigurationError(`greenlight flags: unknown option --${name}`);
  const [command, key] = words;
  const file = options.get('file');
  if (typeof file !== 'string') throw new ConfigurationError('greenlight flags: --file PATH is required');
  if (command === 'list') return listFlags(file);
  const optionText = (name: string): string | undefined => {
    const value = options.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  if (command === 'progress') {
    const countText = optionText('count') ?? '6';
    const count = Number(countText);
    if (!Number.isInteger(count) || count < 1)
      throw new ConfigurationError(`--count: expected a whole number of at least 1, got '${countText}'`);
    const intervalMs = durationOption('interval', optionText('interval') ?? '10s');
    const logger = consoleLogger();
    const decisions = await progressLocalFile({
      path: file,
      actor: optionText('actor') ?? process.env.USER ?? 'local',
      health: {
        schedule: { intervalMs, count },
        http: new HttpClient({ logger }),
        clock: systemClock,
        logger,
      },
      clock: systemClock,
      logger,
    });
    if (decisions.length === 0) process.stdout.write('no flag is in a canary stage: nothing to do\n');
    for (const decision of decisions)
      process.stdout.write(
        `${decision.flag}  ${decision.stage}%  ${decision.verdict} → ${decision.superseded ? 'left alone' : decision.action}  (${decision.reason})\n`,
      );
    return 0;
  }
  if (command === 'get') {
    if (!key) throw new ConfigurationError('greenlight flags get: expected a flag key');
    return showFlag(file, key);
  }
  if (!command || !(FLAG_OPERATIONS as readonly string[]).includes(command))
    throw new ConfigurationError(
      `greenlight flags: expected list, get, progress or an operation (${FLAG_OPERATIONS.join(', ')}), got '${command ?? ''}'`,
    );
  const text = (name: string): string | undefined => {
    const value = options.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  const percentageText = text('percentage');
  const percentage = percentageText === undefined ? undefined : Number(percentageText);
  if (
    percentageText !== undefined &&
    !(Number.isFinite(percentage) && (percentage as number) >= 0 && (percentage as number) <= 100)
  )
    throw new ConfigurationError(`--percentage: expected a number from 0 to 100, got '${percentageText}'`);
  const variant = text('variant') ?? (command === 'override' ? 'on' : undefined);
  if (variant !== undefined && variant !== 'on' && variant !== 'off')
    throw new ConfigurationError(`--variant: expected on or off, got '${variant}'`);
  const bucketBy = text('bucket-by');
  if (bucketBy !== undefined && !(BUCKET_BY as readonly string[]).includes(bucketBy))
    throw new ConfigurationError(`--bucket-by: expected ${BUCKET_BY.join(' or ')}, got '${bucketBy}'`);
  const stagesText = text('stages');
  const stages = stagesText === undefined ? undefined : parseStages(stagesText);
  if (stagesText !== undefined && !stages)
    throw new ConfigurationError(
      `--stages: expected ascending percentages ending at 100, e.g. 1,10,25,50,100, got '${stagesText}'`,
    );
  const flag = text('flag');
  if (!flag) throw new ConfigurationError('greenlight flags: --flag KEY is required');
  const onFailure = text('on-failure') ?? 'previous-stage';
  if (!(ON_FAILURE as readonly string[]).includes(onFailure))
    throw new ConfigurationError(`--on-failure: expected ${ON_FAILURE.join(' or ')}, got '${onFailure}'`);
  const checks = text('checks');
  if (checks) parseChecks(checks, '--checks');
  const canary =
    command === 'canary'
      ? {
          canary: {
            healthUrl: text('health-url') ?? '',
            ...(checks ? { checks } : {}),
            holdMs: durationOption('hold', text('hold') ?? '30m'),
            onFailure: onFailure as OnFailure,
          },
        }
      : {};
  const request: FlagRequest = {
    operation: command as FlagOperation,
    flag,
    ...(percentage !== undefined ? { percentage } : {}),
    ...(text('org') !== undefined ? { org: text('org') as string } : {}),
    ...(variant ? { variant } : {}),
    ...(text('reason') ? { reason: text('reason') as string } : {}),
    ...(bucketBy ? { bucketBy: bucketBy as BucketBy } : {}),
    ...(stages ? { stages } : {}),
    actor: text('actor') ?? process.env.USER ?? 'local',
    now: new Date(),
    force: options.get('force') === true,
    ...canary,
  };
  const current = await readIfPresent(file);
  const change = applyFlagOperation(current, request, file);
  if (change.changed) {
    // Written whole beside it, then renamed over it: a reader never sees half a file.
    const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
    await writeFile(temporary, change.text);
    await rename(temporary, file);
  }
  const share = measureShare(change.text, flag);
  process.stdout.write(
    `${change.changed ? change.description : `${change.description}: no change`}\n  before: ${change.before || '(none)'}\n  after:  ${change.after}\n  share:  ${share}% of 10,000 contexts served on\n`,
  );
  return 0;
}

/** Prints every flag: state, overrides, measured share. */
async function listFlags(file: string): Promise<number> {
  const text = await readIfPresent(file);
  if (text === undefined) throw new ConfigurationError(`--file: no file at ${file}`);
  const document = parseFlagDocument(text, file);
  for (const [key, json] of Object.entries(document.flags)) {
    const overrides = describeOverrides(json);
    process.stdout.write(
      `${key}  ${describeFlagState(json)}${overrides ? `  overrides: ${overrides}` : ''}  share ${measureShare(text, key)}%\n`,
    );
  }
  return 0;
}

/** Prints one flag and its history: the commits that changed it, from their trailers. */
async function showFlag(file: string, key: string): Promise<number> {
  const text = await readIfPresent(file);
  if (text === undefined) throw new ConfigurationError(`--file: no file at ${file}`);
  const json = parseFlagDocument(text, file).flags[key];
  if (!json) throw new ConfigurationError(`greenlight flags get: no flag '${key}' in ${file}`);
  process.stdout.write(
    `${key}  ${describeFlagState(json)}  share ${measureShare(text, key)}%\n${JSON.stringify(json, null, 2)}\n`,
  );
  let log: string;
  try {
    const { stdout } = await promisify(execFile)(
      'git',
      [
        'log',
        '--format=%aI%x1f%s%x1f%(trailers:key=Flag-Reason,valueonly,separator=%x20)%x1f%(trailers:key=Requested-By,valueonly,separator=%x20)%x1e',
        '--',
        basename(file),
      ],
      { cwd: dirname(file) },
    );
    log = stdout;
  } catch {
    process.stdout.write('history: not available (not in a git repository)\n');
    return 0;
  }
  const history = log
    .split('\x1e')
    .map((entry) => entry.trim().split('\x1f'))
    .filter(
      ([, subject]) =>
        subject !== undefined &&
        new RegExp(`^flags\\([^)]*\\): \\S+ ${key.replace(/[.]/g, '\\.')}(\\s|$)`).test(subject),
    );
  process.stdout.write(`history (${history.length}):\n`);
  for (const [date, subject, reason, requestedBy] of history) {
    process.stdout.write(
      `  ${date}  ${subject}${requestedBy ? `  by ${requestedBy}` : ''}${reason ? `  (${reason})` : ''}\n`,
    );
  }
  return 0;
}
