/**
 * The sandbox's own control paths (token required; no Vercel client uses them):
 * `GET|POST|DELETE /_sandbox/faults`, `DELETE /_sandbox/faults/{id}` and
 * `GET|DELETE /_sandbox/requests`. Fault shapes: see faults.ts and docs/sandbox.md.
 */
import type { SandboxCore } from '../core.js';
import { ApiError, type Reply, reply, readJson, type RouteContext } from '../http.js';
import { requireDeployment } from './deployments.js';

export async function addFault(core: SandboxCore, ctx: RouteContext): Promise<Reply> {
  const body = await readJson(ctx.req);
  const fault = core.faults.add(body);
  if (fault.kind === 'build' && fault.deployment !== null) {
    const d = requireOrForget(core, fault.id, fault.deployment);
    fault.deployment = d.id; // a URL or alias names the deployment it resolves to
    if (!core.lifecycle.applyBuildFault(d, fault.build, fault.message)) {
      core.faults.remove(fault.id);
      throw new ApiError(
        409,
        'deployment_finished',
        `Deployment ${d.id} is already ${d.readyState}; a build fault needs a QUEUED or BUILDING deployment (or use "nextDeployment")`,
      );
    }
  }
  if (fault.kind === 'serve') fault.deployment = requireOrForget(core, fault.id, fault.deployment).id;
  const listed = core.faults.list().find((f) => f.id === fault.id);
  return reply(201, listed ?? { id: fault.id });
}

function requireOrForget(
  core: SandboxCore,
  faultId: string,
  deploymentId: string,
): ReturnType<typeof requireDeployment> {
  try {
    return requireDeployment(core, deploymentId);
  } catch (error) {
    core.faults.remove(faultId);
    throw error;
  }
}

export function listFaults(core: SandboxCore): Reply {
  return reply(200, { faults: core.faults.list() });
}

export function clearFaults(core: SandboxCore): Reply {
  return reply(200, { cleared: core.faults.clear() });
}

export function removeFault(core: SandboxCore, ctx: RouteContext): Reply {
  if (!core.faults.remove(ctx.params.id ?? ''))
    throw new ApiError(404, 'not_found', `Fault "${ctx.params.id ?? ''}" was not found`);
  return reply(200, { removed: ctx.params.id });
}

export function listRequests(core: SandboxCore): Reply {
  return reply(200, { requests: core.requests.list() });
}

export function clearRequests(core: SandboxCore): Reply {
  return reply(200, { cleared: core.requests.clear() });
}
