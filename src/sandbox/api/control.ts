/**
 * The sandbox's own control paths (token required; no Vercel client uses them):
 * `GET|POST|DELETE /_sandbox/faults`, `DELETE /_sandbox/faults/{id}` and
 * `GET|DELETE /_sandbox/requests`. Fault shapes: see faults.ts and docs/sandbox.md.
 */
import type { SandboxServices } from '../services.js';
import { requireDeployment } from './deployments.js';
import { ApiError, type Reply, reply, readJson, type RouteContext } from './http-io.js';

export async function addFault(services: SandboxServices, ctx: RouteContext): Promise<Reply> {
  const body = await readJson(ctx.req);
  const fault = services.faults.add(body);
  if (fault.kind === 'build' && fault.deployment !== null) {
    const deployment = requireOrForget(services, fault.id, fault.deployment);
    fault.deployment = deployment.id; // a URL or alias names the deployment it resolves to
    if (!services.lifecycle.applyBuildFault(deployment, fault.build, fault.message)) {
      services.faults.remove(fault.id);
      throw new ApiError(
        409,
        'deployment_finished',
        `Deployment ${deployment.id} is already ${deployment.readyState}; a build fault needs a QUEUED or BUILDING deployment (or use "nextDeployment")`,
      );
    }
  }
  if (fault.kind === 'serve') fault.deployment = requireOrForget(services, fault.id, fault.deployment).id;
  const listed = services.faults.list().find((f) => f.id === fault.id);
  return reply(201, listed ?? { id: fault.id });
}

function requireOrForget(
  services: SandboxServices,
  faultId: string,
  deploymentId: string,
): ReturnType<typeof requireDeployment> {
  try {
    return requireDeployment(services, deploymentId);
  } catch (error) {
    services.faults.remove(faultId);
    throw error;
  }
}

export function listFaults(services: SandboxServices): Reply {
  return reply(200, { faults: services.faults.list() });
}

export function clearFaults(services: SandboxServices): Reply {
  return reply(200, { cleared: services.faults.clear() });
}

export function removeFault(services: SandboxServices, ctx: RouteContext): Reply {
  if (!services.faults.remove(ctx.params.id ?? ''))
    throw new ApiError(404, 'not_found', `Fault "${ctx.params.id ?? ''}" was not found`);
  return reply(200, { removed: ctx.params.id });
}

export function listRequests(services: SandboxServices): Reply {
  return reply(200, { requests: services.requests.list() });
}

export function clearRequests(services: SandboxServices): Reply {
  return reply(200, { cleared: services.requests.clear() });
}
