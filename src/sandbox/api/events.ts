/**
 * `GET /v3/now/deployments/{idOrUrl}/events`: the build-event stream the CLI reads while it waits
 * (`follow=1&format=lines`, newline-delimited JSON). Events are derived from the deployment's
 * timestamps; once the deployment is READY the stream sends an `alias-assigned` event (the CLI
 * stops polling on it, see @vercel/client `checkDeploymentStatus`) and ends. Without `follow` the
 * events so far are answered as one JSON array (or lines with `format=lines`).
 */
import type { ServerResponse } from 'node:http';
import type { SandboxServices } from '../services.js';
import type { DeploymentRecord } from '../types.js';
import { requireDeployment } from './deployments.js';
import type { RouteContext } from './http-io.js';

type BuildEvent = Record<string, unknown> & { created: number; serial: number };

/** The events a deployment has produced so far, oldest first. */
export function buildEvents(services: SandboxServices, deployment: DeploymentRecord): BuildEvent[] {
  const events: BuildEvent[] = [];
  const push = (created: number, type: string, text: string): void => {
    const serial = events.length;
    const base = {
      id: `${deployment.id}-${serial}`,
      date: created,
      created,
      serial,
      text,
      deploymentId: deployment.id,
    };
    const info = { type: 'build', name: 'bld_sandbox', entrypoint: '.' };
    events.push({ type, ...base, info, payload: { ...base, info } });
  };
  const fileCount = Object.keys(deployment.files).length;
  push(
    deployment.createdAt,
    'command',
    `Sandbox build: ${fileCount} file(s), ${deployment.prebuilt ? 'prebuilt output' : 'static files'}`,
  );
  if (deployment.buildingAt !== null) push(deployment.buildingAt, 'stdout', 'Building…');
  if (deployment.readyState === 'READY' && deployment.readyAt !== null) {
    push(deployment.readyAt, 'stdout', 'Build Completed');
    const date = deployment.aliasAssignedAt ?? deployment.readyAt;
    events.push({
      type: 'alias-assigned',
      created: date,
      date,
      serial: events.length,
      deploymentId: deployment.id,
      alias: services.store.aliasesOf(deployment.id).map((a) => a.alias),
      aliasError: null,
      aliasWarning: null,
    });
  }
  if (deployment.readyState === 'ERROR' && deployment.readyAt !== null)
    push(deployment.readyAt, 'stderr', `Error: ${deployment.errorMessage ?? 'build failed'}`);
  if (deployment.readyState === 'CANCELED' && deployment.canceledAt !== null)
    push(deployment.canceledAt, 'stdout', 'The deployment was canceled');
  return events;
}

function terminal(deployment: DeploymentRecord): boolean {
  return (
    deployment.readyState === 'READY' ||
    deployment.readyState === 'ERROR' ||
    deployment.readyState === 'CANCELED'
  );
}

export function deploymentEvents(services: SandboxServices, ctx: RouteContext): undefined {
  const deployment = requireDeployment(services, ctx.params.idOrUrl);
  const query = ctx.query;
  const since = Number(query.get('since') ?? 0) || 0;
  const until = Number(query.get('until') ?? 0) || Infinity;
  const follow = query.get('follow') === '1' || query.get('follow') === 'true';
  const lines = follow || query.get('format') === 'lines';
  const limit = Number(query.get('limit') ?? 0) || Infinity;
  const wanted = (event: BuildEvent): boolean => event.created >= since && event.created <= until;
  const res: ServerResponse = ctx.res;

  let sent = 0;
  const initial = buildEvents(services, deployment).filter(wanted);
  if (!lines) {
    const list = query.get('direction') === 'backward' ? initial.reverse() : initial;
    const body = JSON.stringify(list.slice(0, limit));
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
    });
    res.end(body);
    return undefined;
  }
  res.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-cache' });
  const flush = (): void => {
    const all = buildEvents(services, deployment);
    for (const event of all.slice(sent)) if (wanted(event)) res.write(`${JSON.stringify(event)}\n`);
    sent = all.length;
  };
  sent = 0;
  flush();
  if (!follow || terminal(deployment)) {
    res.end();
    return undefined;
  }
  const onChange = (id: string): void => {
    if (id !== deployment.id) return;
    flush();
    if (terminal(deployment)) stop();
  };
  const stop = (): void => {
    services.lifecycle.off('change', onChange);
    if (!res.writableEnded) res.end();
  };
  services.lifecycle.on('change', onChange);
  res.on('close', stop);
  return undefined;
}
