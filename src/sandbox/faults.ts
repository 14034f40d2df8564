/**
 * Fault injection: the registry behind `/_sandbox/faults`. Four kinds (documented with examples
 * in docs/sandbox.md):
 *
 * - API faults `{endpoint: "POST /v2/files", status?, retryAfter?, latencyMs?, drop?, code?, after?, count?}`
 *   hit the next `count` API requests whose method and path match (`*` = one path segment). With
 *   `after: true` the request is carried out first and only its answer is replaced (an ambiguous
 *   write: the caller cannot tell it took effect).
 * - Build faults `{deployment: "dpl_…", build: "stuck"|"error", message?}` (applied to an existing
 *   deployment by the caller) and `{nextDeployment: {build, message?}, count?}` (the next `count`
 *   created deployments, default 1).
 * - Serving faults `{deployment: "dpl_…", serve: {status?, rate?, seed?, latencyMs?, where?}, count?}`:
 *   without `seed`, exactly ⌊n·rate⌋ of the first n matching requests are hit (evenly spread); with
 *   `seed`, each is hit with probability `rate`, drawn from a generator seeded with it (reproducible).
 * - Alias-job faults `{aliasJob: "failed"|"stuck", count?}`: the next promote/rollback job ends
 *   `failed` (production does not move) or stays `pending`.
 */
import { parseFault } from './fault-spec.js';
import type { AliasJobFault, ApiFault, BuildFault, Fault, ServeFault } from './types.js';

/** What a matching serving fault asks for: an extra delay and/or a forced status. */
export interface ServeEffect {
  latencyMs: number;
  status?: number;
  faultId: string;
}

export class FaultRegistry {
  private faults: Fault[] = [];

  /** Validates a request body and registers it; throws `ApiError` 400 `invalid_fault` with one line. */
  add(body: unknown): Fault {
    const fault = parseFault(body);
    // A build fault for one existing deployment is applied by the caller and only listed here.
    this.faults.push(fault);
    return fault;
  }

  clear(): number {
    const count = this.faults.length;
    this.faults = [];
    return count;
  }

  remove(id: string): boolean {
    const before = this.faults.length;
    this.faults = this.faults.filter((f) => f.id !== id);
    return this.faults.length !== before;
  }

  list(): Record<string, unknown>[] {
    return this.faults.map(describe);
  }

  /** The first API fault matching this request, with one use consumed. */
  takeApi(method: string, path: string): ApiFault | undefined {
    const fault = this.faults.find(
      (f): f is ApiFault => f.kind === 'api' && endpointMatches(f.endpoint, method, path),
    );
    if (fault) this.consume(fault);
    return fault;
  }

  /** The build fault for the deployment being created now (a `nextDeployment` fault), consumed. */
  takeNextBuild(): BuildFault | undefined {
    const fault = this.faults.find((f): f is BuildFault => f.kind === 'build' && f.deployment === null);
    if (fault) this.consume(fault);
    return fault;
  }

  takeAliasJob(): AliasJobFault | undefined {
    const fault = this.faults.find((f): f is AliasJobFault => f.kind === 'aliasJob');
    if (fault) this.consume(fault);
    return fault;
  }

  /** The serving fault effect for a request to `deploymentId` through its unique URL or a domain. */
  serveEffect(deploymentId: string, via: 'unique' | 'domain'): ServeEffect | undefined {
    const fault = this.faults.find(
      (f): f is ServeFault =>
        f.kind === 'serve' &&
        f.deployment === deploymentId &&
        (f.where === 'all' || (f.where === 'unique') === (via === 'unique')),
    );
    if (!fault || !sampleHit(fault)) return undefined;
    this.consume(fault);
    return { latencyMs: fault.latencyMs, status: fault.status, faultId: fault.id };
  }

  private consume(fault: Fault): void {
    if (fault.remaining === null) return;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
  }
}

/**
 * Whether this request is hit by a serving fault, advancing its sampling state: with a seed, a draw
 * from its generator below `rate`; without, the accumulator reaching 1 (every 1/rate-th request).
 */
function sampleHit(fault: ServeFault): boolean {
  if (fault.seed !== null) {
    const [draw, state] = mulberry32(fault.randomState);
    fault.randomState = state;
    return draw < fault.rate;
  }
  fault.accumulator += fault.rate;
  if (fault.accumulator < 1 - 1e-9) return false;
  fault.accumulator -= 1;
  return true;
}

/**
 * One step of mulberry32 (Tommy Ettinger's 32-bit generator; good enough for fault sampling, not for
 * secrets): a draw in [0, 1) and the next state.
 */
export function mulberry32(state: number): [draw: number, next: number] {
  const next = (state + 0x6d2b79f5) >>> 0;
  let mixed = next;
  mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
  mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
  return [((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296, next];
}

/** `"POST /v2/files"` matches method POST and path /v2/files; `*` stands for one method or segment. */
export function endpointMatches(endpoint: string, method: string, path: string): boolean {
  const [wantMethod = '', wantPath = ''] = endpoint.trim().split(/\s+/, 2);
  if (wantMethod !== '*' && wantMethod.toUpperCase() !== method.toUpperCase()) return false;
  const want = wantPath.replace(/\/+$/, '').split('/');
  const got = path.replace(/\/+$/, '').split('/');
  if (want.length !== got.length) return false;
  return want.every((segment, i) => (segment === '*' ? (got[i] ?? '') !== '' : segment === got[i]));
}

function describe(fault: Fault): Record<string, unknown> {
  switch (fault.kind) {
    case 'api':
      return { ...fault };
    case 'build':
      return fault.deployment
        ? {
            kind: 'build',
            id: fault.id,
            deployment: fault.deployment,
            build: fault.build,
            message: fault.message,
          }
        : {
            kind: 'build',
            id: fault.id,
            nextDeployment: { build: fault.build, message: fault.message },
            remaining: fault.remaining,
          };
    case 'serve': {
      return {
        kind: 'serve',
        id: fault.id,
        deployment: fault.deployment,
        serve: {
          status: fault.status,
          rate: fault.rate,
          ...(fault.seed !== null ? { seed: fault.seed } : {}),
          latencyMs: fault.latencyMs,
          where: fault.where,
        },
        remaining: fault.remaining,
      };
    }
    case 'aliasJob':
      return { ...fault };
  }
}
