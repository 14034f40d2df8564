/**
 * The result line of the deploy and production commands: the last line of stdout that is a JSON
 * object (or `null`), so the command may print any logs before it, e.g.
 * `{"id": "dpl_123", "url": "https://dpl-123.example.dev"}`.
 */
import { ProviderError } from '../types.js';
import { type Scrub, tailLine } from './scrub.js';

/** What a deploy or production command reported about a deployment. */
export interface ReportedDeployment {
  id: string;
  /** Absolute http(s) URL, or `''` when a production command printed none. */
  url: string;
  /** ms since the epoch (deploy only). */
  createdAt?: number;
  /** deploy only. */
  production?: boolean;
  /** deploy only; numbers and booleans are turned into strings. */
  meta?: Record<string, string>;
}

export const RESULT_SHAPE = '{"id": "...", "url": "https://..."}';
/** Lines of stdout quoted when the result line is missing or invalid. */
const STDOUT_TAIL = 3;

/** The last stdout line that parses as a JSON object or `null`; `undefined` when there is none. */
export function lastJsonLine(stdout: string): { value: Record<string, unknown> | null } | undefined {
  const lines = stdout.split(/\r?\n/);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]?.trim() ?? '';
    if (line !== 'null' && !line.startsWith('{')) continue;
    try {
      const value: unknown = JSON.parse(line);
      if (value === null || (typeof value === 'object' && !Array.isArray(value))) {
        return { value: value as Record<string, unknown> | null };
      }
    } catch {
      // a log line that merely starts with '{'
    }
  }
  return undefined;
}

/**
 * Reads the result of a deploy (`kind: 'deploy'`: id and url required, `createdAt` as ms or an ISO
 * date, `production` and `meta` optional) or production command (`kind: 'production'`: `null` or no
 * JSON line means none; id required, url optional, other fields ignored).
 * @param name how the command is named in errors, e.g. `deploy-command './deploy.sh'`.
 * @throws ProviderError with one line: what was expected and the scrubbed last lines of stdout.
 */
export function readResult(stdout: string, kind: 'deploy', name: string, scrub: Scrub): ReportedDeployment;
export function readResult(
  stdout: string,
  kind: 'production',
  name: string,
  scrub: Scrub,
): ReportedDeployment | undefined;
export function readResult(
  stdout: string,
  kind: 'deploy' | 'production',
  name: string,
  scrub: Scrub,
): ReportedDeployment | undefined {
  const fail = (problem: string): never => {
    throw new ProviderError(
      `${name} ${problem}; expected its last JSON line on stdout to be ${RESULT_SHAPE}${kind === 'production' ? ' or null' : ''}; last stdout lines: ${tailLine(stdout, STDOUT_TAIL, scrub)}`,
    );
  };
  const line = lastJsonLine(stdout);
  if (kind === 'production' && (line === undefined || line.value === null)) return undefined;
  if (line === undefined) return fail('printed no JSON result line');
  if (line.value === null) return fail('printed null');
  const v = line.value;

  if (typeof v.id !== 'string' || v.id.trim() === '') return fail('printed a result without an "id" string');
  const url = v.url ?? (kind === 'production' ? '' : undefined);
  if (typeof url !== 'string' || (url !== '' && !isHttpUrl(url))) {
    return fail('printed a result whose "url" is not an absolute http(s) URL');
  }
  const result: ReportedDeployment = { id: v.id.trim(), url };
  if (kind === 'production') return result;

  if (v.createdAt !== undefined) {
    const ms =
      typeof v.createdAt === 'number'
        ? v.createdAt
        : typeof v.createdAt === 'string'
          ? Date.parse(v.createdAt)
          : NaN;
    if (!Number.isFinite(ms))
      return fail('printed a "createdAt" that is neither ms since the epoch nor an ISO date');
    result.createdAt = ms;
  }
  if (v.production !== undefined) {
    if (typeof v.production !== 'boolean') return fail('printed a "production" that is not true or false');
    result.production = v.production;
  }
  if (v.meta !== undefined) {
    const meta = stringMap(v.meta);
    if (!meta) return fail('printed a "meta" that is not an object of strings');
    result.meta = meta;
  }
  return result;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function stringMap(value: unknown): Record<string, string> | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const out: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string') out[key] = item;
    else if (typeof item === 'number' || typeof item === 'boolean') out[key] = String(item);
    else return undefined;
  }
  return out;
}
