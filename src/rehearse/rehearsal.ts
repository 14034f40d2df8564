/**
 * `greenlight rehearse`: the production pipeline's steps in order, through the bundled actions (the
 * code the runner executes), against the embedded sandbox — staging deploy + smoke; production v1
 * staged → smoke → promote → healthy; a broken v2 (the sandbox answers 500 for it once it serves a
 * domain) → the health check fails → automatic rollback → production serves v1 again, confirmed by
 * fetching it. Every step's outcome is checked against what the pipeline must do.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BundleRun, runBundledAction } from '../runner/bundle.js';
import { formatDuration } from '../format/duration.js';
import { type Stage, Timeline } from '../release/stages.js';
import { type Clock, systemClock } from '../runtime/clock.js';
import type { Sandbox } from '../sandbox/index.js';
import { defaultAppChecks } from './app-checks.js';
import { exampleSmokeChecks, versionMarker, writeExampleSite } from './example-site.js';

export interface RehearsalOptions {
  sandbox: Sandbox;
  /** The user's static build output (or, with `prebuilt`, the project root holding .vercel/output). */
  dir: string | undefined;
  prebuilt: boolean;
  /**
   * A file of smoke checks (the smoke-test action's `config`: YAML or JSON) for every smoke test;
   * default: the example site's, or with `dir` those derived from the app ({@link defaultAppChecks}).
   */
  checksFile?: string;
  /** Health analysis: time between measurements and how many, ms and count. */
  intervalMs: number;
  count: number;
  clock?: Clock;
  /** Called as each stage ends (for live progress). */
  onStage?: (stage: Stage) => void;
}

export interface RehearsalResult {
  /** `passed` when every expected outcome happened. */
  outcome: 'passed' | 'failed';
  stages: Stage[];
  /**
   * Time to restore: from the end of v2's promote step (the broken release confirmed live) to the end
   * of the rollback step (production confirmed serving v1 again), ms. It spans the health-check step
   * (its process start, the first measurement and its retry) and the rollback step.
   */
  timeToRestoreMs: number | undefined;
  /** From the first failed probe of v2's health check to production confirmed restored, ms. */
  timeToRollbackMs: number | undefined;
  /** One line: what went wrong (failed) or what was shown (passed). */
  reason: string;
  /** The log of the step that did not do what was expected. */
  failedStepLog?: string;
}

/** A step that did not do what the pipeline must do. */
class Unexpected extends Error {
  constructor(
    message: string,
    readonly log: string,
  ) {
    super(message);
  }
}

const tail = (run: BundleRun): string =>
  `${run.stdout}${run.stderr}`.trim().split('\n').slice(-25).join('\n');

function expectExit(run: BundleRun, code: number, what: string): void {
  if (run.exitCode !== code) {
    const said = run.stdout
      .split('\n')
      .filter((l) => l.startsWith('::error'))
      .at(-1)
      ?.replace(/^::error[^:]*::/, '');
    throw new Unexpected(
      `${what}: expected exit ${code}, got ${run.exitCode}${said ? ` (${said})` : ''}`,
      tail(run),
    );
  }
}

function expectOutput(run: BundleRun, name: string, expected: string, what: string): void {
  if (run.outputs[name] !== expected) {
    throw new Unexpected(
      `${what}: expected ${name}=${expected}, got ${run.outputs[name] ?? '(unset)'}`,
      tail(run),
    );
  }
}

/** Runs the rehearsal; never throws for the pipeline's own failures (they make `outcome: failed`). */
export async function rehearse(options: RehearsalOptions): Promise<RehearsalResult> {
  const clock = options.clock ?? systemClock;
  const sb = options.sandbox;
  const timeline = new Timeline(clock, options.onStage);
  const stages = timeline.stages;
  // Everything the rehearsal writes (example sites, the steps' RUNNER_TEMP) lives here and goes at the end.
  const work = await mkdtemp(join(tmpdir(), 'greenlight-rehearsal-'));
  const env = (sha: string, runId: string): Record<string, string> => ({
    RUNNER_TEMP: work,
    // The example sites (or --dir) play the job's workspace: deploy's path must lie inside it.
    GITHUB_WORKSPACE: options.dir ?? work,
    VERCEL_TOKEN: sb.token,
    VERCEL_ORG_ID: sb.teamId,
    VERCEL_PROJECT_ID: sb.projectId,
    GITHUB_SHA: sha,
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_ATTEMPT: '1',
    // With --dir, v1 and v2 deploy the same tree, and a deploy reuses a ready deployment of the same
    // content from the same repository: each run plays a repository of its own, so that the broken
    // v2 is a deployment of its own rather than v1 again.
    GITHUB_REPOSITORY: options.dir ? `rehearsal/app-${runId}` : 'rehearsal/app',
  });
  const step = (
    action: string,
    inputs: Record<string, string>,
    sha: string,
    runId: string,
  ): Promise<BundleRun> => runBundledAction(action, inputs, { env: env(sha, runId) });
  const vercel = { 'vercel-api-url': sb.api };
  const sites = new Map<number, Promise<string>>();
  const site = (version: number): Promise<string> => {
    if (options.dir) return Promise.resolve(options.dir);
    if (!sites.has(version)) sites.set(version, writeExampleSite(version, options.prebuilt, work));
    return sites.get(version) as Promise<string>;
  };
  const appChecks = options.dir
    ? JSON.stringify(await defaultAppChecks(options.dir, options.prebuilt))
    : undefined;
  // The smoke-test inputs naming the checks of `version`.
  const smokeChecks = (version: number): Record<string, string> =>
    options.checksFile
      ? { config: options.checksFile }
      : { checks: appChecks ?? JSON.stringify(exampleSmokeChecks(version)) };
  const health = {
    interval: formatDuration(options.intervalMs),
    count: String(options.count),
    'progress-deadline': formatDuration(options.intervalMs * (options.count + 2) + 60_000),
  };
  const shaOf = (version: number): string => String(version).repeat(40);
  const ready = (run: BundleRun, note: string) => ({
    outcome: 'ready',
    detail: `${run.outputs['deployment-id']} ${run.outputs.url} ${note}`,
  });
  let timeToRollbackMs: number | undefined;
  let timeToRestoreMs: number | undefined;
  let brokenLiveAt: number | undefined;

  try {
    // Staging: a preview build aliased to the staging domain, smoke-tested there.
    await timeline.run('staging: deploy', async () => {
      const run = await step(
        'deploy',
        {
          ...vercel,
          environment: 'staging',
          path: await site(1),
          prebuilt: String(options.prebuilt),
          alias: sb.domains.staging,
        },
        shaOf(1),
        '1',
      );
      expectExit(run, 0, 'staging deploy');
      return ready(run, `→ ${sb.domains.staging}`);
    });
    await timeline.run('staging: smoke test', async () => {
      const run = await step('smoke-test', { url: sb.origins.staging, ...smokeChecks(1) }, shaOf(1), '1');
      expectExit(run, 0, 'staging smoke test');
      return { outcome: 'passed', detail: `${run.outputs.total} checks on ${sb.origins.staging}` };
    });

    // Production v1 then v2: staged, smoke-tested on the unique URL, promoted, health-checked;
    // v2 is the broken release, so its health check fails and production is rolled back to v1.
    const ids: string[] = [];
    for (const version of [1, 2]) {
      const runId = String(version + 1);
      const deploy = await timeline.run(`v${version}: deploy (staged)`, async () => {
        const run = await step(
          'deploy',
          {
            ...vercel,
            environment: 'production',
            path: await site(version),
            prebuilt: String(options.prebuilt),
          },
          shaOf(version),
          runId,
        );
        expectExit(run, 0, `v${version} deploy`);
        expectOutput(run, 'previous-deployment-id', ids.at(-1) ?? '', `v${version} deploy`);
        return { run, ...ready(run, '(production not moved)') };
      });
      const id = deploy.run.outputs['deployment-id'] as string;
      const url = deploy.run.outputs.url as string;
      if (version === 2) {
        // The broken release: fine on its own URL, 500s once it serves the production domain.
        const res = await fetch(`${sb.api}/_sandbox/faults`, {
          method: 'POST',
          headers: { authorization: `Bearer ${sb.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ deployment: id, serve: { status: 500, rate: 1, where: 'domains' } }),
        });
        if (!res.ok)
          throw new Unexpected(`could not make v2 fail in the sandbox: HTTP ${res.status}`, await res.text());
      }
      await timeline.run(`v${version}: smoke test`, async () => {
        const run = await step('smoke-test', { url, ...smokeChecks(version) }, shaOf(version), runId);
        expectExit(run, 0, `v${version} smoke test`);
        return { outcome: 'passed', detail: `${run.outputs.total} checks on the unique URL` };
      });
      await timeline.run(`v${version}: promote`, async () => {
        const run = await step(
          'promote',
          { ...vercel, 'deployment-id': id, 'expected-current-deployment-id': ids.at(-1) ?? '' },
          shaOf(version),
          runId,
        );
        expectExit(run, 0, `v${version} promote`);
        expectOutput(run, 'outcome', 'promoted', `v${version} promote`);
        return { outcome: 'promoted', detail: `production → ${id}` };
      });
      if (version === 2) brokenLiveAt = clock.now();
      const checked = await timeline.run(`v${version}: health check`, async () => {
        const run = await step(
          'health-check',
          { url: sb.origins.production, ...health },
          shaOf(version),
          runId,
        );
        expectExit(run, version === 1 ? 0 : 1, `v${version} health check`);
        return { run, outcome: run.outputs.verdict ?? 'unknown', detail: run.outputs.reason ?? '' };
      });
      ids.push(id);
      if (version === 2) {
        const report = JSON.parse(await readFile(checked.run.outputs.report as string, 'utf8')) as {
          measurements: { outcome: string; startedAt: number }[];
        };
        const firstFailedProbeAt = report.measurements.find((m) => m.outcome !== 'passed')?.startedAt;
        await timeline.run('v2: rollback', async () => {
          const run = await step(
            'rollback',
            {
              ...vercel,
              'to-deployment-id': ids[0] as string,
              reason: `rehearsal: ${checked.run.outputs.reason}`,
            },
            shaOf(2),
            runId,
          );
          expectExit(run, 0, 'rollback');
          expectOutput(run, 'outcome', 'rolled_back', 'rollback');
          const restoredAt = clock.now();
          if (firstFailedProbeAt !== undefined) timeToRollbackMs = restoredAt - firstFailedProbeAt;
          if (brokenLiveAt !== undefined) timeToRestoreMs = restoredAt - brokenLiveAt;
          return { outcome: 'rolled_back', detail: `production → ${ids[0]}` };
        });
      }
    }

    await timeline.run('confirm: production serves v1', async () => {
      const res = await fetch(sb.origins.production);
      const body = await res.text();
      const servedBy = res.headers.get('x-sandbox-deployment-id');
      if (res.status !== 200 || servedBy !== ids[0] || (!options.dir && !body.includes(versionMarker(1)))) {
        throw new Unexpected(
          `production answered ${res.status} from ${servedBy ?? 'unknown'}, expected 200 from v1 (${ids[0]})`,
          body.slice(0, 500),
        );
      }
      return { outcome: 'confirmed', detail: `200 from ${servedBy}` };
    });
    return {
      outcome: 'passed',
      stages,
      timeToRestoreMs,
      timeToRollbackMs,
      reason: 'a broken release was rolled back automatically and production serves v1 again',
    };
  } catch (error) {
    const log = error instanceof Unexpected ? error.log : ((error as Error).stack ?? String(error));
    return {
      outcome: 'failed',
      stages,
      timeToRestoreMs,
      timeToRollbackMs,
      reason: (error as Error).message,
      failedStepLog: log,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
