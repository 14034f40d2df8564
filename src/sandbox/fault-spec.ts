/**
 * Parsing fault bodies for `POST /_sandbox/faults` (the shapes are listed in faults.ts and
 * docs/sandbox.md). Every refusal is a 400 `invalid_fault` with one line.
 */
import { ApiError } from './api/http-io.js';
import { newId } from './ids.js';
import type { Fault, ServeFault } from './types.js';

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
  const fields = body as Record<string, unknown>;
  const remaining = optionalCount(fields.count);
  const id = newId('flt');
  if (fields.endpoint !== undefined) {
    if (typeof fields.endpoint !== 'string' || !/^(\*|[A-Za-z]+)\s+\/\S*$/.test(fields.endpoint.trim()))
      invalid('"endpoint" must look like "POST /v2/files" (method, space, path; * for one segment)');
    const status = optionalStatus(fields.status, 'status');
    const latencyMs = optionalNumber(fields.latencyMs, 'latencyMs', 0, 600_000);
    const retryAfter = optionalNumber(fields.retryAfter, 'retryAfter', 0, 86_400);
    if (fields.drop !== undefined && typeof fields.drop !== 'boolean')
      invalid('"drop" must be true or false');
    if (fields.after !== undefined && typeof fields.after !== 'boolean')
      invalid('"after" must be true or false');
    if (fields.after === true && status === undefined && fields.drop !== true)
      invalid('An "after" fault needs "status" or "drop": true (the answer that replaces the result)');
    if (fields.code !== undefined && typeof fields.code !== 'string') invalid('"code" must be a string');
    if (status === undefined && latencyMs === undefined && fields.drop !== true)
      invalid('An endpoint fault needs "status", "latencyMs" or "drop": true');
    return {
      kind: 'api',
      id,
      endpoint: fields.endpoint.trim(),
      status,
      code: fields.code as string | undefined,
      retryAfter,
      latencyMs,
      drop: fields.drop === true ? true : undefined,
      after: fields.after === true ? true : undefined,
      remaining,
    };
  }
  if (fields.nextDeployment !== undefined) {
    const spec = fields.nextDeployment as Record<string, unknown> | null;
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
  if (fields.aliasJob !== undefined) {
    if (fields.aliasJob !== 'failed' && fields.aliasJob !== 'stuck')
      invalid('"aliasJob" must be "failed" or "stuck"');
    return { kind: 'aliasJob', id, aliasJob: fields.aliasJob, remaining: remaining ?? 1 };
  }
  if (fields.deployment !== undefined) {
    if (typeof fields.deployment !== 'string' || fields.deployment === '')
      invalid('"deployment" must be a deployment id');
    if (fields.build !== undefined)
      return {
        kind: 'build',
        id,
        deployment: fields.deployment,
        ...parseBuild(fields.build, fields.message),
        remaining: null,
      };
    if (fields.serve !== undefined) return parseServe(id, fields.deployment, fields.serve, remaining);
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
  const fields = serve as Record<string, unknown>;
  const status = optionalStatus(fields.status, 'serve.status');
  const latencyMs = optionalNumber(fields.latencyMs, 'serve.latencyMs', 0, 600_000) ?? 0;
  const rate = optionalNumber(fields.rate, 'serve.rate', 0, 1) ?? 1;
  const seed = optionalNumber(fields.seed, 'serve.seed', 0, 0xffff_ffff) ?? null;
  if (seed !== null && !Number.isInteger(seed))
    invalid('"serve.seed" must be an integer from 0 to 4294967295');
  const where = fields.where ?? 'all';
  if (where !== 'all' && where !== 'unique' && where !== 'domains')
    invalid('"serve.where" must be "all", "unique" or "domains"');
  if (status === undefined && latencyMs === 0) invalid('A serving fault needs "status" or "latencyMs"');
  return {
    kind: 'serve',
    id,
    deployment,
    status,
    rate,
    latencyMs,
    where,
    remaining,
    accumulator: 0,
    seed,
    randomState: seed ?? 0,
  };
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
