/**
 * `GET /v3/now/deployments/{idOrUrl}/events`: the build-event stream the CLI reads while it waits
 * (`follow=1&format=lines`, newline-delimited JSON). Events are derived from the deployment's
 * timestamps; once the deployment is READY the stream sends an `alias-assigned` event (the CLI
 * stops polling on it, see @vercel/client `checkDeploymentStatus`) and ends. Without `follow` the
 * events so far are answered as one JSON array (or lines with `format=lines`).
 */
import type { ServerResponse } from 'node:http';
import type { SandboxCore } from '../core.js';
import type { RouteContext } from '../http.js';
import type { DeploymentRecord } from '../types.js';
import { requireDeployment } from './deployments.js';

type BuildEvent = Record<string, unknown> & { created: number; serial: number };

/** The events a deployment has produced so far, oldest first. */
export function buildEvents(core: SandboxCore, d: DeploymentRecord): BuildEvent[] {
  const events: BuildEvent[] = [];
  const push = (created: number, type: string, text: string): void => {
    const serial = events.length;
    const base = { id: `${d.id}-${serial}`, date: created, created, serial, text, deploymentId: d.id };
    const info = { type: 'build', name: 'bld_sandbox', entrypoint: '.' };
    events.push({ type, ...base, info, payload: { ...base, info } });
  };
  const fileCount = Object.keys(d.files).length;
  push(
    d.createdAt,
    'command',
    `Sandbox build: ${fileCount} file(s), ${d.prebuilt ? 'prebuilt output' : 'static files'}`,
  );
  if (d.buildingAt !== null) push(d.buildingAt, 'stdout', 'Building…');
  if (d.readyState === 'READY' && d.readyAt !== null) {
    push(d.readyAt, 'stdout', 'Build Completed');
    const date = d.aliasAssignedAt ?? d.readyAt;
    events.push({
      type: 'alias-assigned',
      created: date,
      date,
      serial: events.length,
      deploymentId: d.id,
      alias: core.store.aliasesOf(d.id).map((a) => a.alias),
      aliasError: null,
      aliasWarning: null,
    });
  }
  if (d.readyState === 'ERROR' && d.readyAt !== null)
    push(d.readyAt, 'stderr', `Error: ${d.errorMessage ?? 'build failed'}`);
  if (d.readyState === 'CANCELED' && d.canceledAt !== null)
    push(d.canceledAt, 'stdout', 'The deployment was canceled');
  return events;
}

function terminal(d: DeploymentRecord): boolean {
  return d.readyState === 'READY' || d.readyState === 'ERROR' || d.readyState === 'CANCELED';
}

export function deploymentEvents(core: SandboxCore, ctx: RouteContext): undefined {
  const d = requireDeployment(core, ctx.params.idOrUrl);
  const q = ctx.query;
  const since = Number(q.get('since') ?? 0) || 0;
  const until = Number(q.get('until') ?? 0) || Infinity;
  const follow = q.get('follow') === '1' || q.get('follow') === 'true';
  const lines = follow || q.get('format') === 'lines';
  const limit = Number(q.get('limit') ?? 0) || Infinity;
  const wanted = (e: BuildEvent): boolean => e.created >= since && e.created <= until;
  const res: ServerResponse = ctx.res;

  let sent = 0;
  const initial = buildEvents(core, d).filter(wanted);
  if (!lines) {
    const list = q.get('direction') === 'backward' ? initial.reverse() : initial;
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
    const all = buildEvents(core, d);
    for (const event of all.slice(sent)) if (wanted(event)) res.write(`${JSON.stringify(event)}\n`);
    sent = all.length;
  };
  sent = 0;
  flush();
  if (!follow || terminal(d)) {
    res.end();
    return undefined;
  }
  const onChange = (id: string): void => {
    if (id !== d.id) return;
    flush();
    if (terminal(d)) stop();
  };
  const stop = (): void => {
    core.lifecycle.off('change', onChange);
    if (!res.writableEnded) res.end();
  };
  core.lifecycle.on('change', onChange);
  res.on('close', stop);
  return undefined;
}
