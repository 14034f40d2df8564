/**
 * Parsing fault bodies for `POST /_sandbox/faults` (the shapes are listed in faults.ts and
 * docs/sandbox.md). Every refusal is a 400 `invalid_fault` with one line.
 */
import type { Fault, ServeFault } from './faults.js';
import { ApiError } from './http.js';
import { newId } from './ids.js';

function invalid(message: string): never {
  throw new ApiError(400, 'invalid_fault', message);
}

/**
 * Validates a `POST /_sandbox/faults` body into a {@link Fault}; throws `ApiError` 400
 * `invalid_fault` with one line saying what was expected. Shapes: see faults.ts.
 */
export function parseFault(body: unknown): Fault {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    invalid('The fault must be a JSON object');
  const b = body as Record<string, unknown>;
  const remaining = optionalCount(b.count);
  const id = newId('flt');
  if (b.endpoint !== undefined) {
    if (typeof b.endpoint !== 'string' || !/^(\*|[A-Za-z]+)\s+\/\S*$/.test(b.endpoint.trim()))
      invalid('"endpoint" must look like "POST /v2/files" (method, space, path; * for one segment)');
    const status = optionalStatus(b.status, 'status');
    const latencyMs = optionalNumber(b.latencyMs, 'latencyMs', 0, 600_000);
    const retryAfter = optionalNumber(b.retryAfter, 'retryAfter', 0, 86_400);
    if (b.drop !== undefined && typeof b.drop !== 'boolean') invalid('"drop" must be true or false');
    if (b.after !== undefined && typeof b.after !== 'boolean') invalid('"after" must be true or false');
    if (b.after === true && status === undefined && b.drop !== true)
      invalid('An "after" fault needs "status" or "drop": true (the answer that replaces the result)');
    if (b.code !== undefined && typeof b.code !== 'string') invalid('"code" must be a string');
    if (status === undefined && latencyMs === undefined && b.drop !== true)
      invalid('An endpoint fault needs "status", "latencyMs" or "drop": true');
    return {
      kind: 'api',
      id,
      endpoint: b.endpoint.trim(),
      status,
      code: b.code as string | undefined,
      retryAfter,
      latencyMs,
      drop: b.drop === true ? true : undefined,
      after: b.after === true ? true : undefined,
      remaining,
    };
  }
  if (b.nextDeployment !== undefined) {
    const spec = b.nextDeployment as Record<string, unknown> | null;
    if (typeof spec !== 'object' || spec === null)
      invalid('"nextDeployment" must be an object like {"build": "stuck"}');
    return {
      kind: 'build',
      id,
      deployment: null,
      ...parseBuild(spec.build, spec.message),
      remaining: remaining ?? 1,
    };
  }
  if (b.aliasJob !== undefined) {
    if (b.aliasJob !== 'failed' && b.aliasJob !== 'stuck') invalid('"aliasJob" must be "failed" or "stuck"');
    return { kind: 'aliasJob', id, aliasJob: b.aliasJob, remaining: remaining ?? 1 };
  }
  if (b.deployment !== undefined) {
    if (typeof b.deployment !== 'string' || b.deployment === '')
      invalid('"deployment" must be a deployment id');
    if (b.build !== undefined)
      return {
        kind: 'build',
        id,
        deployment: b.deployment,
        ...parseBuild(b.build, b.message),
        remaining: null,
      };
    if (b.serve !== undefined) return parseServe(id, b.deployment, b.serve, remaining);
    invalid('A deployment fault needs "build" ("stuck" or "error") or "serve" ({"status": 500, …})');
  }
  invalid(
    'Unknown fault: give "endpoint", "deployment" with "build" or "serve", "nextDeployment" or "aliasJob"',
  );
}

function parseBuild(build: unknown, message: unknown): { build: 'stuck' | 'error'; message?: string } {
  if (build !== 'stuck' && build !== 'error') invalid('"build" must be "stuck" or "error"');
  if (message !== undefined && typeof message !== 'string') invalid('"message" must be a string');
  return { build, message: message as string | undefined };
}

function parseServe(id: string, deployment: string, serve: unknown, remaining: number | null): ServeFault {
  if (typeof serve !== 'object' || serve === null) invalid('"serve" must be an object like {"status": 500}');
  const s = serve as Record<string, unknown>;
  const status = optionalStatus(s.status, 'serve.status');
  const latencyMs = optionalNumber(s.latencyMs, 'serve.latencyMs', 0, 600_000) ?? 0;
  const rate = optionalNumber(s.rate, 'serve.rate', 0, 1) ?? 1;
  const where = s.where ?? 'all';
  if (where !== 'all' && where !== 'unique' && where !== 'domains')
    invalid('"serve.where" must be "all", "unique" or "domains"');
  if (status === undefined && latencyMs === 0) invalid('A serving fault needs "status" or "latencyMs"');
  return { kind: 'serve', id, deployment, status, rate, latencyMs, where, remaining, accumulator: 0 };
}

function optionalCount(value: unknown): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
    invalid('"count" must be a positive integer');
  return value;
}

function optionalStatus(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 100 || value > 599)
    invalid(`"${name}" must be an HTTP status (100-599)`);
  return value;
}

function optionalNumber(value: unknown, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max)
    invalid(`"${name}" must be a number from ${min} to ${max}`);
  return value;
}
