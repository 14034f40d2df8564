/**
 * A fake Prometheus-compatible HTTP query API on 127.0.0.1 (port 0), answering the documented shapes
 * of the instant-query endpoint (https://prometheus.io/docs/prometheus/latest/querying/api/):
 * `GET` or `POST` (form-encoded) `<prefix>/api/v1/query` with `query` and optional `time`, answered
 * `{"status":"success","data":{"resultType":…,"result":…}}`, or `{"status":"error","errorType":…,
 * "error":…}` with 400, 422 or 503. A missing `query` is answered 400 `bad_data` as Prometheus does;
 * any other path 404 `404 page not found`. What each query text answers is scripted with `answer`
 * (an unscripted query answers an empty vector, as a metric that does not exist); every request is
 * recorded with its decoded query text, so a test can assert exactly what was sent.
 */
import type { ServerResponse } from 'node:http';
import { type Recorded, type TestServer, sendJson, startServer } from '../helpers/server.js';

/** One scripted answer: a status and a JSON body, or a raw text body (a proxy's error page). */
export interface PromAnswer {
  status: number;
  body: unknown;
  /** Send `body` as this text instead of JSON. */
  text?: string;
}

/** A fixed evaluation time (unix seconds) used when the request sends none: no wall clock in tests. */
export const EVAL_TIME = 1_700_000_000.123;

/** A success answer with an instant vector of one sample per entry (value as Prometheus writes it). */
export function vector(...samples: { metric?: Record<string, string>; value: string }[]): PromAnswer {
  return {
    status: 200,
    body: {
      status: 'success',
      data: {
        resultType: 'vector',
        result: samples.map((s) => ({ metric: s.metric ?? {}, value: [EVAL_TIME, s.value] })),
      },
    },
  };
}

/** One sample without labels, e.g. the result of `sum(...)`. */
export const one = (value: string): PromAnswer => vector({ value });

/** A success answer with a scalar result, e.g. for `scalar(...)` or a number literal. */
export function scalar(value: string): PromAnswer {
  return {
    status: 200,
    body: { status: 'success', data: { resultType: 'scalar', result: [EVAL_TIME, value] } },
  };
}

/** A success answer with a range vector (matrix), as an instant query of `x[5m]` gives. */
export function matrix(values: string[]): PromAnswer {
  return {
    status: 200,
    body: {
      status: 'success',
      data: {
        resultType: 'matrix',
        result: [{ metric: { __name__: 'x' }, values: values.map((v, i) => [EVAL_TIME - i * 15, v]) }],
      },
    },
  };
}

/** An error answer as Prometheus writes it (400 bad_data, 422 execution, 503 timeout/canceled …). */
export function apiError(status: number, errorType: string, error: string): PromAnswer {
  return { status, body: { status: 'error', errorType, error } };
}

/** A non-JSON answer, as a proxy or load balancer in front of the API gives. */
export function plain(status: number, text: string): PromAnswer {
  return { status, body: undefined, text };
}

export interface PromRequest extends Recorded {
  /** The decoded `query` parameter (from the URL or the form body); undefined when absent. */
  query: string | undefined;
  /** The `time` parameter, when sent. */
  time: string | undefined;
}

export interface FakePrometheus {
  /** The API base URL (with `prefix`, when given), e.g. `http://127.0.0.1:4321/api/prom`. */
  url: string;
  /** Every request, in order. */
  requests: PromRequest[];
  /** The query texts received, in order. */
  queries(): string[];
  /** Scripts what `query` answers from now on: one answer, or one per request (the last repeats). */
  answer(query: string, ...answers: PromAnswer[]): void;
  close(): Promise<void>;
  server: TestServer;
}

/**
 * Starts the fake.
 * @param options.prefix a path prefix the API lives under (Grafana Cloud's `/api/prom`).
 * @param options.authorization when set, a request without exactly this `authorization` header is
 *   answered 401 `{"status":"error","errorType":"unauthorized",…}` (as an auth proxy in front would).
 */
export async function startPrometheus(
  options: { prefix?: string; authorization?: string } = {},
): Promise<FakePrometheus> {
  const prefix = options.prefix ?? '';
  const scripts = new Map<string, { answers: PromAnswer[]; served: number }>();
  const requests: PromRequest[] = [];
  const server = await startServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const form =
      req.method === 'POST' &&
      String(req.headers['content-type']).startsWith('application/x-www-form-urlencoded')
        ? new URLSearchParams(req.body)
        : new URLSearchParams();
    const query = url.searchParams.get('query') ?? form.get('query') ?? undefined;
    const time = url.searchParams.get('time') ?? form.get('time') ?? undefined;
    requests.push({
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      headers: req.headers,
      body: req.body,
      query,
      time,
    });
    if (url.pathname !== `${prefix}/api/v1/query` || (req.method !== 'GET' && req.method !== 'POST')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404 page not found\n');
      return;
    }
    if (options.authorization !== undefined && req.headers.authorization !== options.authorization) {
      send(res, apiError(401, 'unauthorized', 'authentication required'));
      return;
    }
    if (query === undefined || query === '') {
      send(
        res,
        apiError(
          400,
          'bad_data',
          'invalid parameter "query": unknown position: parse error: no expression found in input',
        ),
      );
      return;
    }
    const script = scripts.get(query);
    if (!script) {
      send(res, vector());
      return;
    }
    const next = script.answers[Math.min(script.served, script.answers.length - 1)] as PromAnswer;
    script.served++;
    send(res, next);
  });
  return {
    url: `${server.origin}${prefix}`,
    requests,
    queries: () => requests.map((r) => r.query ?? ''),
    answer: (query, ...answers) => {
      if (answers.length === 0) throw new Error('answer: give at least one answer');
      scripts.set(query, { answers, served: 0 });
    },
    close: () => server.close(),
    server,
  };
}

function send(res: ServerResponse, answer: PromAnswer): void {
  if (answer.text !== undefined) {
    res.writeHead(answer.status, { 'content-type': 'text/html' }).end(answer.text);
    return;
  }
  sendJson(res, answer.status, answer.body);
}
