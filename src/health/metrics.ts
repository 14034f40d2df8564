/**
 * Metric queries: a health analysis can also ask a Prometheus-compatible HTTP query API for numbers
 * and compare each with a threshold, as Flagger's and Argo Rollouts' Prometheus metrics do. A probe
 * sees what one synthetic request sees; a query sees what every real user got (5 % of checkouts
 * failing, a p99 over 2 s).
 *
 * The API is Prometheus's instant query (https://prometheus.io/docs/prometheus/latest/querying/api/):
 * `GET <base>/api/v1/query?query=<PromQL>` answers
 * `{"status":"success","data":{"resultType":"vector","result":[{"metric":{…},"value":[<unix s>,"<number>"]}]}}`
 * (or `"resultType":"scalar","result":[<unix s>,"<number>"]`), and errors as
 * `{"status":"error","errorType":"bad_data","error":"…"}` with HTTP 400, 422 or 503. Grafana Cloud,
 * Mimir, Thanos and VictoriaMetrics answer the same API.
 *
 * How an answer is judged ({@link queryMetric}):
 * - one number (an instant vector with exactly one sample, or a scalar) → compared with the
 *   threshold: `passed`, or `failed` (`error-rate = 0.072, expected < 0.05`);
 * - no number → `error`, never `failed` (missing evidence, like an unanswered check): an empty
 *   vector or NaN ("no data", e.g. a ratio over zero requests), more than one series (the query must
 *   aggregate to one number), another result type, an API error (`status: error`, with its
 *   `errorType` and `error` in the reason) or no answer at all.
 *
 * Docs: docs/health-check.md ("Metric queries").
 */
import type { HttpClient } from '../http/client.js';
import { HttpError } from '../http/errors.js';
import type { ErrorBodyFormat } from '../http/types.js';
import { quoteValue, showValue } from '../inputs/parse.js';
import { ConfigurationError } from '../runtime/errors.js';
import { registerSecret } from '../runtime/secrets.js';

/** How a query's value is compared with its threshold: the query passes while `value <op> threshold`. */
export type MetricOp = '<' | '<=' | '>' | '>=';

export interface MetricQuery {
  /** Short name shown in reasons and reports: letters, digits, `_`, `.` and `-` (`error-rate`). */
  name: string;
  /** The PromQL expression; may hold `{{flag}}` and `{{stage}}` placeholders ({@link expandQuery}). */
  query: string;
  /** Pass while the value is below (or above, with `op`) this number. */
  threshold: number;
  op: MetricOp;
}

export type MetricOutcome = 'passed' | 'failed' | 'error';

export interface MetricResult {
  name: string;
  /** The query as sent (placeholders substituted). */
  query: string;
  /** The number the API answered (±Infinity for `+Inf`/`-Inf`); undefined when there was none. */
  value: number | undefined;
  /** `passed` / `failed`: the comparison held / did not; `error`: no number to compare (no data, API error). */
  outcome: MetricOutcome;
  /**
   * One line: `error-rate = 0.012 (< 0.05)` (passed), `error-rate = 0.072, expected < 0.05` (failed),
   * `error-rate: no data (the query returned an empty vector)` (error).
   */
  reason: string;
}

/** Where and how to query: the API's base URL, an optional credential and the placeholder values. */
export interface MetricsSource {
  /**
   * The Prometheus-compatible API's base URL (`https://prometheus.example.com`, a Grafana Cloud
   * `…/api/prom`); `/api/v1/query` is appended unless the path already ends with it.
   */
  baseUrl: string | URL;
  /**
   * Sent as `authorization: Bearer <token>`, or as Basic auth when it holds a colon
   * (`user:password`; Grafana Cloud: `<instance id>:<token>`). Registered as a secret; never printed.
   */
  token?: string | undefined;
  /** Values for the placeholders (`{ flag: 'new-checkout', stage: '10' }`). */
  variables?: Readonly<Record<string, string>> | undefined;
}

export interface QueryMetricOptions {
  /** Values for `{{flag}}` and `{{stage}}`, escaped for a PromQL string literal when substituted. */
  variables?: Readonly<Record<string, string>> | undefined;
  /** See {@link MetricsSource.token}. */
  token?: string | undefined;
  /** Per-attempt timeout, ms (default 10 000). */
  timeoutMs?: number | undefined;
  /** Absolute time (ms on the client's clock) after which no attempt starts or continues. */
  deadline?: number | undefined;
  /** Retries after the first attempt (default 0: one request; the analysis is the retry). */
  retries?: number | undefined;
  /** Evaluation time, ms since the epoch (sent as `time`, in seconds); default: the API's "now". */
  time?: number | undefined;
  signal?: AbortSignal | undefined;
}

/** The placeholders a query may hold, as `{{flag}}` and `{{stage}}`. */
export const PLACEHOLDERS = ['flag', 'stage'] as const;

const OPS: readonly MetricOp[] = ['<', '<=', '>', '>='];
const NAME = /^[A-Za-z0-9][\w.-]*$/;
const LINE = /^([A-Za-z0-9][\w.-]*):\s+(.+)$/;
const COMPARISON = /^(.*?\S)\s*(<=|>=|<|>)\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)$/;
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const SYNTAX = "'<name>: <PromQL> <op> <number>' with op <, <=, > or >=";

/**
 * Parses the `metric-queries` input: one query a line, `<name>: <PromQL> <op> <number>`, e.g.
 * `error-rate: sum(rate(http_requests_total{code=~"5.."}[5m])) / sum(rate(http_requests_total[5m])) < 0.05`.
 *
 * - `name`: letters, digits, `_`, `.`, `-` (starting with a letter or digit), then a colon and at
 *   least one space (so `job:errors:ratio5m` in the query is not mistaken for a name); unique.
 * - the comparison is the line's last `<`, `<=`, `>` or `>=` followed only by a finite number
 *   (`0.05`, `2000`, `-1`, `1e-3`); comparisons inside the PromQL stay in it.
 * - `{{flag}}` and `{{stage}}` are the only placeholders.
 * - blank lines and lines starting with `#` are skipped; a query cannot span lines.
 * @param source names the input in errors (default `input 'metric-queries'`).
 * @returns the queries in order ([] when only blank lines and comments).
 * @throws ConfigurationError, one line naming `source` and the line:
 *   `input 'metric-queries': line 2: expected '<name>: <PromQL> <op> <number>' with op <, <=, > or >=, got 'oops'`.
 */
export function parseMetricQueries(raw: string, source = "input 'metric-queries'"): MetricQuery[] {
  const queries: MetricQuery[] = [];
  raw.split(/\r?\n/).forEach((text, index) => {
    const line = text.trim();
    if (line === '' || line.startsWith('#')) return;
    const where = `${source}: line ${index + 1}`;
    const named = LINE.exec(line);
    const compared = named ? COMPARISON.exec((named[2] as string).trim()) : null;
    if (!named || !compared)
      throw new ConfigurationError(`${where}: expected ${SYNTAX}, got ${showValue(line)}`);
    const name = named[1] as string;
    const query = compared[1] as string;
    if (/[=!<>]$/.test(query)) {
      throw new ConfigurationError(
        `${where} (${name}): expected the comparison to be <, <=, > or >=, got ${showValue(line)}`,
      );
    }
    if (queries.some((q) => q.name === name))
      throw new ConfigurationError(`${where}: expected a name used once, got '${name}' again`);
    const unknown = unknownPlaceholder(query);
    if (unknown !== undefined) {
      throw new ConfigurationError(
        `${where} (${name}): expected placeholders {{flag}} or {{stage}}, got ${showValue(unknown)}`,
      );
    }
    const threshold = Number(compared[3]);
    if (!Number.isFinite(threshold))
      throw new ConfigurationError(`${where} (${name}): expected a finite threshold, got '${compared[3]}'`);
    queries.push({ name, query, threshold, op: compared[2] as MetricOp });
  });
  return queries;
}

/**
 * Checks queries built in code (not parsed): a valid, unique name, a non-empty query, an operator,
 * a finite threshold, known placeholders.
 * @throws ConfigurationError naming the query: `metric query 'error-rate': threshold: expected a finite number, got NaN`.
 */
export function checkMetricQueries(queries: readonly MetricQuery[]): void {
  const seen = new Set<string>();
  for (const q of queries) {
    const where = `metric query '${q.name}'`;
    if (!NAME.test(q.name))
      throw new ConfigurationError(`${where}: name: expected letters, digits, '_', '.' or '-'`);
    if (seen.has(q.name)) throw new ConfigurationError(`${where}: name: expected a name used once`);
    seen.add(q.name);
    if (q.query.trim() === '') throw new ConfigurationError(`${where}: query: expected a PromQL expression`);
    if (!OPS.includes(q.op))
      throw new ConfigurationError(`${where}: op: expected <, <=, > or >=, got ${quoteValue(String(q.op))}`);
    if (!Number.isFinite(q.threshold))
      throw new ConfigurationError(`${where}: threshold: expected a finite number, got ${q.threshold}`);
    const unknown = unknownPlaceholder(q.query);
    if (unknown !== undefined)
      throw new ConfigurationError(`${where}: expected placeholders {{flag}} or {{stage}}, got ${unknown}`);
  }
}

/** The first `{{…}}` in `query` that is not a known placeholder, or undefined. */
function unknownPlaceholder(query: string): string | undefined {
  for (const m of query.matchAll(PLACEHOLDER)) {
    if (!(PLACEHOLDERS as readonly string[]).includes(m[1] as string)) return m[0];
  }
  return undefined;
}

/** The placeholder names `query` uses (`['flag']`), each once, in order of appearance. */
export function placeholdersIn(query: string): string[] {
  return [...new Set([...query.matchAll(PLACEHOLDER)].map((m) => m[1] as string))];
}

/**
 * `value` escaped for a PromQL double-quoted string literal (Go escapes): `\` → `\\`, `"` → `\"`,
 * newline, carriage return and tab → `\n`, `\r`, `\t`. It is not regex-escaped: inside `=~"…"` the
 * value's regex characters keep their meaning.
 */
export function escapePromqlString(value: string): string {
  return value.replace(/[\\"\n\r\t]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return `\\${c}`;
  });
}

/**
 * The query's text with every `{{flag}}` / `{{stage}}` replaced by its value from `variables`,
 * escaped with {@link escapePromqlString} (so `{flag="{{flag}}"}` stays one string literal whatever
 * the value holds).
 * @throws ConfigurationError `metric query 'error-rate': {{flag}} has no value (variables given: stage)`.
 */
export function expandQuery(query: MetricQuery, variables: Readonly<Record<string, string>> = {}): string {
  return query.query.replace(PLACEHOLDER, (whole, key: string) => {
    const known = (PLACEHOLDERS as readonly string[]).includes(key);
    const value = known && Object.hasOwn(variables, key) ? variables[key] : undefined;
    if (value === undefined) {
      const given = Object.keys(variables).join(', ') || 'none';
      throw new ConfigurationError(
        `metric query '${query.name}': ${whole} has no value (variables given: ${given})`,
      );
    }
    return escapePromqlString(value);
  });
}

/**
 * The instant-query endpoint for a base URL: `<base>/api/v1/query` (a path prefix such as Grafana
 * Cloud's `/api/prom` is kept; a base already ending in `/api/v1/query` is used as it is; its own
 * query parameters are kept).
 * @throws ConfigurationError for a URL that is not absolute http(s).
 */
export function metricsEndpoint(baseUrl: string | URL): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ConfigurationError('metrics URL: expected an absolute http(s) URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ConfigurationError(`metrics URL: expected an http(s) URL, got ${url.protocol}`);
  url.hash = '';
  if (!/\/api\/v1\/query$/.test(url.pathname))
    url.pathname = `${url.pathname.replace(/\/+$/, '')}/api/v1/query`;
  return url;
}

/**
 * The `authorization` header value for a metrics token: `Basic base64(user:password)` when it holds a
 * colon, else `Bearer <token>`.
 */
export function metricsAuthorization(token: string): string {
  return token.includes(':') ? `Basic ${Buffer.from(token, 'utf8').toString('base64')}` : `Bearer ${token}`;
}

/**
 * Registers a metrics token as a secret (and, for `user:password`, the password alone), so no log
 * line, report or error message can show it.
 */
export function registerMetricsToken(token: string | undefined): void {
  if (!token) return;
  registerSecret(token);
  const colon = token.indexOf(':');
  if (colon >= 0) registerSecret(token.slice(colon + 1));
}

/** Prometheus's error body: `{"status":"error","errorType":"bad_data","error":"…"}`. */
const PROMETHEUS_ERRORS: ErrorBodyFormat = {
  message: (body) => {
    const b = body as { errorType?: unknown; error?: unknown } | undefined;
    const parts = [b?.errorType, b?.error].filter((x): x is string => typeof x === 'string' && x !== '');
    return parts.length ? parts.join(': ') : undefined;
  },
  code: (body) => {
    const type = (body as { errorType?: unknown } | undefined)?.errorType;
    return typeof type === 'string' ? type : undefined;
  },
};

/**
 * Runs one instant query and judges its answer against the query's threshold (see the module
 * comment for the rules). Never throws for the API's or the network's faults: they are `error`
 * results whose reason carries the API's `errorType: error` or what went wrong
 * (`error-rate: the metrics API answered 400: bad_data: 1:6: parse error: …`).
 *
 * Sends `GET <endpoint>?query=<expanded query>[&time=<seconds>]` through `http` with
 * `accept: application/json` and, with a token, `authorization` (dropped by the client if a redirect
 * leaves the origin). https://prometheus.io/docs/prometheus/latest/querying/api/#instant-queries
 * @param baseUrl see {@link MetricsSource.baseUrl}.
 * @throws ConfigurationError for a bad base URL or a placeholder without a value (before any request).
 */
export async function queryMetric(
  http: HttpClient,
  baseUrl: string | URL,
  query: MetricQuery,
  options: QueryMetricOptions = {},
): Promise<MetricResult> {
  const text = expandQuery(query, options.variables);
  const url = metricsEndpoint(baseUrl);
  url.searchParams.set('query', text);
  if (options.time !== undefined) url.searchParams.set('time', String(options.time / 1000));
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = metricsAuthorization(options.token);
  const error = (why: string): MetricResult => ({
    name: query.name,
    query: text,
    value: undefined,
    outcome: 'error',
    reason: `${query.name}: ${why}`,
  });

  let body: unknown;
  try {
    body = await http.requestJson(
      {
        url,
        headers,
        timeoutMs: options.timeoutMs ?? 10_000,
        retries: options.retries ?? 0,
        ...(options.deadline !== undefined ? { deadline: options.deadline } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      },
      PROMETHEUS_ERRORS,
    );
  } catch (e) {
    if (!(e instanceof HttpError)) throw e;
    return error(
      e.kind === 'status' ? `the metrics API ${e.detail}` : `no answer from the metrics API (${e.detail})`,
    );
  }

  const answer = readAnswer(body);
  if ('why' in answer) return error(answer.why);
  const { value } = answer;
  if (Number.isNaN(value)) return error('no data (the query returned NaN, e.g. a ratio over zero requests)');
  const ok = compare(value, query.op, query.threshold);
  const shown = `${query.name} = ${formatValue(value, query)}`;
  return {
    name: query.name,
    query: text,
    value,
    outcome: ok ? 'passed' : 'failed',
    reason: ok
      ? `${shown} (${query.op} ${query.threshold})`
      : `${shown}, expected ${query.op} ${query.threshold}`,
  };
}

/** The one number in a query answer, or why there is none. */
function readAnswer(body: unknown): { value: number } | { why: string } {
  const notProm = {
    why: 'the metrics API answered with something other than a Prometheus query result (is the metrics URL the API base URL?)',
  };
  if (typeof body !== 'object' || body === null) return notProm;
  const b = body as {
    status?: unknown;
    errorType?: unknown;
    error?: unknown;
    data?: { resultType?: unknown; result?: unknown };
  };
  if (b.status === 'error') {
    const said = PROMETHEUS_ERRORS.message(b) ?? 'no error message';
    return { why: `the metrics API answered status error: ${said}` };
  }
  if (b.status !== 'success' || typeof b.data !== 'object' || b.data === null) return notProm;
  const { resultType, result } = b.data;
  if (resultType === 'scalar') return sampleValue(result);
  if (resultType === 'vector' && Array.isArray(result)) {
    if (result.length === 0) return { why: 'no data (the query returned an empty vector)' };
    if (result.length > 1) {
      const series = result
        .slice(0, 3)
        .map((s) => labels((s as { metric?: unknown } | null)?.metric))
        .join(', ');
      return {
        why: `the query returned ${result.length} series (${series}${result.length > 3 ? ', …' : ''}); it must aggregate to one number, e.g. with sum(…) or max(…)`,
      };
    }
    const sample = result[0] as { value?: unknown; histogram?: unknown } | null;
    if (sample && sample.value === undefined && sample.histogram !== undefined)
      return {
        why: 'the query returned a native histogram; it must return a number, e.g. histogram_quantile(…)',
      };
    return sampleValue(sample?.value);
  }
  if (resultType === 'matrix')
    return {
      why: 'the query returned a range vector (matrix); it must return one number: wrap the range selector in a function, e.g. rate(…[5m])',
    };
  if (resultType === 'string') return { why: 'the query returned a string; it must return one number' };
  return notProm;
}

/** `[<unix seconds>, "<number>"]` → the number (NaN for "NaN"; ±Infinity for "+Inf"/"-Inf"). */
function sampleValue(pair: unknown): { value: number } | { why: string } {
  const raw = Array.isArray(pair) ? pair[1] : undefined;
  const value = parseSampleValue(raw);
  if (value === undefined)
    return {
      why: `the metrics API answered a sample without a number (${quoteValue(JSON.stringify(raw) ?? 'nothing', 60)})`,
    };
  return { value };
}

/** A Prometheus sample value as a number: `"0.5"`, `"1e-3"`, `"NaN"`, `"+Inf"`, `"-Inf"`; undefined when not one. */
export function parseSampleValue(raw: unknown): number | undefined {
  if (typeof raw === 'number') return raw;
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  if (text === 'NaN') return NaN;
  if (text === '+Inf' || text === 'Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  if (text === '') return undefined;
  const n = Number(text);
  return Number.isNaN(n) ? undefined : n;
}

/** `{code="500", job="api"}` for a series' labels (`{}` when none). */
function labels(metric: unknown): string {
  if (typeof metric !== 'object' || metric === null) return '{}';
  const pairs = Object.entries(metric).map(([k, v]) => `${k}=${JSON.stringify(String(v))}`);
  return `{${pairs.join(', ')}}`;
}

function compare(value: number, op: MetricOp, threshold: number): boolean {
  switch (op) {
    case '<':
      return value < threshold;
    case '<=':
      return value <= threshold;
    case '>':
      return value > threshold;
    case '>=':
      return value >= threshold;
  }
}

/**
 * A value as shown: `+Inf`/`-Inf`, else at most 6 significant digits (`0.0720000001` → `0.072`) —
 * unless the rounding would make the comparison read the other way, then in full.
 */
export function formatValue(value: number, query: Pick<MetricQuery, 'op' | 'threshold'>): string {
  if (!Number.isFinite(value)) return formatNumber(value);
  const short = Number(value.toPrecision(6));
  const same = compare(short, query.op, query.threshold) === compare(value, query.op, query.threshold);
  return same ? formatNumber(value) : String(value);
}

/** A number as shown in tables: `+Inf`, `-Inf`, `NaN`, else at most 6 significant digits (`0.072`). */
export function formatNumber(value: number): string {
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  if (Number.isNaN(value)) return 'NaN';
  return String(Number(value.toPrecision(6)));
}

/**
 * Runs every query of a measurement at once (see {@link queryMetric}); results in query order.
 * @throws ConfigurationError as {@link queryMetric} (validate up front to avoid it mid-analysis).
 */
export function queryMetrics(
  http: HttpClient,
  source: MetricsSource,
  queries: readonly MetricQuery[],
  options: Omit<QueryMetricOptions, 'variables' | 'token'> = {},
): Promise<MetricResult[]> {
  return Promise.all(
    queries.map((q) =>
      queryMetric(http, source.baseUrl, q, { ...options, token: source.token, variables: source.variables }),
    ),
  );
}
