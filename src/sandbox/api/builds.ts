/**
 * `GET /v11/deployments/{id}/builds`, what `vercel inspect` reads for a version-2 deployment.
 * Vercel does not document it in its REST API reference; the shape `{builds: [{id, deploymentId,
 * entrypoint, readyState, readyStateAt, createdAt, output: [{type, path, size}]}]}` is what the CLI
 * prints (https://github.com/vercel/vercel/blob/main/packages/cli/src/util/output/builds.ts).
 *
 * The sandbox does not build, so a deployment has one build whose output is what it serves: the
 * uploaded files, or for a Build Output API tree the files under `.vercel/output/static/`.
 */
import type { SandboxServices } from '../services.js';
import { requireDeployment } from './deployments.js';
import { type Reply, reply, type RouteContext } from './http-io.js';

const BUILD_OUTPUT = '.vercel/output/';
const STATIC_DIR = `${BUILD_OUTPUT}static/`;

/**
 * `GET /v11/deployments/{idOrUrl}/builds` → `{builds: [build]}`: one build with `entrypoint`
 * `.vercel/output` (a Build Output API tree) or `.` (a plain upload), the deployment's
 * `readyState`, `createdAt`/`readyStateAt` from its build times, and one `{type: "file", path, size,
 * digest, mode}` output per served file, sorted by path. An unknown deployment is a 404.
 */
export function listBuilds(services: SandboxServices, ctx: RouteContext): Reply {
  const deployment = requireDeployment(services, ctx.params.id);
  const buildOutput = Object.hasOwn(deployment.files, `${BUILD_OUTPUT}config.json`);
  const output = Object.entries(deployment.files)
    .filter(([path]) => !buildOutput || path.startsWith(STATIC_DIR))
    .map(([path, file]) => ({
      type: 'file',
      path: buildOutput ? path.slice(STATIC_DIR.length) : path,
      size: file.size,
      digest: file.sha,
      mode: file.mode,
    }))
    .sort((left, right) => left.path.localeCompare(right.path));
  const finished = deployment.readyState === 'READY' || deployment.readyState === 'ERROR';
  return reply(200, {
    builds: [
      {
        id: `bld_${deployment.id.replace(/^dpl_/, '')}`,
        deploymentId: deployment.id,
        entrypoint: buildOutput ? '.vercel/output' : '.',
        readyState: deployment.readyState,
        createdAt: deployment.buildingAt ?? deployment.createdAt,
        readyStateAt: finished ? (deployment.readyAt ?? undefined) : undefined,
        output,
      },
    ],
  });
}
