// A simulator of GitHub's job scheduling, on GitHub's parser and expression evaluator. Given a
// workflow (following `uses:` into called workflows, `$/` included), the trigger, inputs and an
// executor that decides each step's outcome (or really runs it), it evaluates `needs`, `if:` with
// the status functions, job and workflow-call outputs, concurrency groups, environment approvals,
// cancellation and re-runs, and returns which jobs ran and their results.
//
// The rules it follows, and where GitHub documents them:
// - A job runs when all its `needs` finished; its `if:` defaults to `success()`, which at job level
//   is true only when every direct need succeeded, so a failed or skipped need skips it
//   (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idneeds).
// - `failure()` is true when any ancestor job failed; `cancelled()` when the run was cancelled;
//   `always()` always. Step level: `success()` while no earlier step failed, `failure()` after one did
//   (https://docs.github.com/en/actions/reference/workflows-and-actions/expressions#status-check-functions).
// - A cancelled run stops its running steps (the runner sends SIGINT, then SIGTERM, then kills:
//   the executor's signal), then still evaluates the jobs and steps left; only those whose `if:`
//   holds under `cancelled()` run
//   (https://docs.github.com/en/actions/managing-workflow-runs-and-deployments/managing-workflow-runs/canceling-a-workflow).
// - `continue-on-error: true` turns a failed step's conclusion into success; `outcome` stays failure.
// - A job's `outputs` are evaluated when it ends, from its steps' outputs, whatever its result.
// - `strategy.matrix` (after the job's `if:`, which cannot see `matrix`) expands into one job per
//   combination, with `include`/`exclude`; `fail-fast` (default true) cancels the running siblings
//   when one fails. The matrix job's result, as `needs` sees it, is failure when any combination
//   failed, else cancelled when one was cancelled, else success; its outputs are merged in the order
//   the combinations ended (GitHub: "the last one wins", so never rely on which)
//   (https://docs.github.com/en/actions/how-tos/write-workflows/choose-what-workflows-do/run-job-variations).
// - `services:` are recorded on the job (those whose image is not empty: an expression that gives
//   '' starts no service, actions/runner#2235), never started.
// - A step's `shell:` (bash by default, `sh`, or a `command … {0}` template such as `node {0}`) is
//   handed to the executor
//   (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idstepsshell).
// - A job that calls a reusable workflow: `with:` must match the callee's declared inputs (names,
//   types, required ones), `secrets:` its declared secrets; its result is failure when any callee job
//   failed, else cancelled when one was cancelled, else success; its outputs are the callee's
//   `on.workflow_call.outputs` (https://docs.github.com/en/actions/how-tos/reuse-automations/reuse-workflows).
// - Concurrency groups and approvals: see concurrency.ts.
// - Re-run failed jobs keeps every job that succeeded (or was skipped by its own condition) and
//   whose needs are kept, with its outputs; the others run again as attempt n+1. Re-run all jobs
//   runs everything again (https://docs.github.com/en/actions/managing-workflow-runs-and-deployments/managing-workflow-runs/re-running-workflows-and-jobs).
import { isMapping } from '@actions/workflow-parser';
import type { MappingToken } from '@actions/workflow-parser/templates/tokens/mapping-token';
import { Approvals, Cancelled, ConcurrencyGroups, type GroupOwner } from './concurrency.js';
import { type Json, type Scope, asText, evaluateCondition, evaluateToken } from './expressions.js';
import {
  type LoadedJob,
  type LoadedStep,
  type LoadedWorkflow,
  type SourceOf,
  loadWorkflow,
  repositorySource,
} from './load.js';

export type JobResult = 'success' | 'failure' | 'cancelled' | 'skipped';
export type StepOutcome = 'success' | 'failure' | 'cancelled' | 'skipped';

/** One step as the executor sees it, with every expression evaluated. */
export interface StepInvocation {
  readonly runId: number;
  readonly attempt: number;
  /** `/`-separated job path, e.g. `pipeline/production/release`. */
  readonly jobPath: string;
  readonly step: LoadedStep;
  readonly with: Record<string, string>;
  /** The step's environment: workflow, job and step `env:` merged. */
  readonly env: Record<string, string>;
  readonly script: string | undefined;
  /** The step's `shell:`, evaluated; undefined means bash. */
  readonly shell: string | undefined;
  readonly workingDirectory: string | undefined;
  readonly github: Record<string, Json>;
  readonly signal: AbortSignal;
}

export interface StepResult {
  outcome: 'success' | 'failure' | 'cancelled';
  outputs?: Record<string, string>;
}

export type StepExecutor = (invocation: StepInvocation) => Promise<StepResult>;

export interface StepRecord {
  readonly id: string;
  readonly name: string | undefined;
  readonly outcome: StepOutcome;
  readonly conclusion: StepOutcome;
  readonly outputs: Record<string, string>;
}

export interface JobRecord {
  readonly path: string;
  readonly result: JobResult;
  readonly outputs: Record<string, string>;
  readonly steps: StepRecord[];
  /** The attempt that produced this record (a re-run of failed jobs keeps earlier records). */
  readonly attempt: number;
  /** Why it failed or was cancelled before any step, when it did. */
  readonly error?: string;
  /** The service containers the job asked for (id → definition), recorded, not started. */
  readonly services?: Record<string, Json>;
  /** The combination of a matrix job's instance (`<job> (<values>)`). */
  readonly matrix?: Record<string, Json>;
}

export interface RunRequest {
  /** Repository path of the workflow the event triggers. */
  readonly workflow: string;
  readonly event: string;
  readonly inputs?: Record<string, Json>;
  readonly vars?: Record<string, string>;
  readonly secrets?: Record<string, string>;
  /** Default `refs/heads/main`. */
  readonly ref?: string;
  readonly sha?: string;
  readonly source?: SourceOf;
}

export interface RunResult {
  readonly conclusion: 'success' | 'failure' | 'cancelled';
  readonly jobs: ReadonlyMap<string, JobRecord>;
}

interface WorkflowScope {
  readonly workflow: LoadedWorkflow;
  /** Path prefix of its jobs ('' at the top). */
  readonly prefix: string;
  readonly contexts: Record<string, Json>;
  readonly records: Map<string, JobRecord>;
  readonly rerun: Set<string>;
}

/** The simulated repository: its runs, concurrency groups and protected environments. */
export class Simulator {
  readonly groups = new ConcurrencyGroups();
  readonly approvals: Approvals;
  private nextRunId = 1000;

  constructor(
    private readonly executor: StepExecutor,
    options: { protectedEnvironments?: readonly string[] } = {},
  ) {
    this.approvals = new Approvals(new Set(options.protectedEnvironments ?? []));
  }

  /** Triggers a run; its `done` resolves when every job ended. */
  start(request: RunRequest): SimulatedRun {
    return new SimulatedRun(this, this.executor, request, this.nextRunId++, 1, undefined);
  }

  /** "Re-run failed jobs" (`failed`) or "Re-run all jobs" (`all`) of a finished run. */
  rerun(previous: SimulatedRun, mode: 'failed' | 'all'): SimulatedRun {
    if (!previous.result) throw new Error('re-run a run only after it finished');
    return new SimulatedRun(
      this,
      this.executor,
      previous.request,
      previous.id,
      previous.attempt + 1,
      mode === 'failed' ? previous.result.jobs : undefined,
    );
  }
}

export class SimulatedRun {
  readonly done: Promise<RunResult>;
  result: RunResult | undefined;
  /** Human-readable events in order (`start job`, `end job: result`), for failure messages. */
  readonly log: string[] = [];
  private readonly abort = new AbortController();
  private cancelledFlag = false;

  constructor(
    private readonly simulator: Simulator,
    private readonly executor: StepExecutor,
    readonly request: RunRequest,
    readonly id: number,
    readonly attempt: number,
    private readonly previous: ReadonlyMap<string, JobRecord> | undefined,
  ) {
    this.done = this.execute().then((result) => (this.result = result));
  }

  get cancelled(): boolean {
    return this.cancelledFlag;
  }

  /** Cancels the run as the "Cancel workflow" button does. */
  cancel(reason = 'cancelled'): void {
    if (this.cancelledFlag) return;
    this.cancelledFlag = true;
    this.log.push(`cancel: ${reason}`);
    this.abort.abort(new Cancelled(reason));
  }

  /** Approves the waiting job at `jobPath`. */
  approve(jobPath: string): void {
    this.simulator.approvals.approve(this.id, jobPath);
  }

  /** Resolves with the path of the first job that waits for an approval. */
  waitingForApproval(): Promise<string> {
    return this.simulator.approvals.someoneWaits(this.id);
  }

  private owner(scope: string): GroupOwner {
    return { runId: this.id, scope, cancel: (reason) => this.cancel(reason) };
  }

  private async execute(): Promise<RunResult> {
    const request = this.request;
    const workflow = await loadWorkflow(request.workflow, request.source ?? repositorySource);
    const inputs = request.inputs ?? {};
    const ref = request.ref ?? 'refs/heads/main';
    const github: Record<string, Json> = {
      event_name: request.event,
      event: { inputs: Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, asText(v)])) },
      ref,
      ref_name: ref.replace(/^refs\/(heads|tags)\//, ''),
      sha: request.sha ?? 'c0ffee0000000000000000000000000000000001',
      repository: 'octo/shop',
      repository_owner: 'octo',
      run_id: String(this.id),
      run_attempt: String(this.attempt),
      server_url: 'https://github.com',
      api_url: 'https://api.github.com',
      workflow: workflow.name ?? request.workflow,
      actor: 'octocat',
      token: 'ghs_simulated_token',
    };
    const records = new Map<string, JobRecord>();
    const contexts: Record<string, Json> = {
      github,
      inputs: dispatchInputs(workflow, inputs),
      vars: request.vars ?? {},
      secrets: { GITHUB_TOKEN: 'ghs_simulated_token', ...(request.secrets ?? {}) },
      runner: { os: 'Linux', temp: '/tmp' },
      strategy: {},
      matrix: {},
    };
    let release: (() => void) | undefined;
    try {
      release = await this.takeGroup(workflow.concurrency, { contexts, status: neutralStatus(this) }, '');
      const rerun = new Set<string>();
      await this.runWorkflow({ workflow, prefix: '', contexts, records, rerun });
    } catch (error) {
      if (!(error instanceof Cancelled)) throw error;
      this.cancel(error.message);
    } finally {
      release?.();
    }
    const top = [...records.values()].filter((record) => !record.path.includes('/'));
    const conclusion = this.cancelledFlag
      ? 'cancelled'
      : top.some((record) => record.result === 'failure')
        ? 'failure'
        : top.some((record) => record.result === 'cancelled')
          ? 'cancelled'
          : 'success';
    return { conclusion, jobs: records };
  }

  private async takeGroup(
    token: unknown,
    scope: Scope,
    ownerScope: string,
  ): Promise<(() => void) | undefined> {
    if (token === undefined || token === null) return undefined;
    const value = evaluateToken(token as MappingToken, scope);
    const group = typeof value === 'string' ? value : asText((value as Record<string, Json>)?.group ?? '');
    const cancelInProgress =
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value['cancel-in-progress'] === true || value['cancel-in-progress'] === 'true'
        : false;
    if (!group) return undefined;
    return this.simulator.groups.acquire(group, cancelInProgress, this.owner(ownerScope), this.abort.signal);
  }

  private async runWorkflow(scope: WorkflowScope): Promise<void> {
    const promises = new Map<string, Promise<JobRecord>>();
    const byId = new Map(scope.workflow.jobs.map((job) => [job.id, job]));
    const start = (job: LoadedJob): Promise<JobRecord> => {
      const existing = promises.get(job.id);
      if (existing) return existing;
      const promise = (async () => {
        const needs = await Promise.all(
          job.needs.map((id) => {
            const need = byId.get(id);
            if (!need) throw new Error(`${scope.workflow.path}: job '${job.id}' needs unknown job '${id}'`);
            return start(need);
          }),
        );
        const record = await this.runJob(scope, job, needs);
        scope.records.set(record.path, record);
        this.log.push(`end ${record.path}: ${record.result}${record.error ? ` (${record.error})` : ''}`);
        return record;
      })();
      promises.set(job.id, promise);
      return promise;
    };
    await Promise.all(scope.workflow.jobs.map(start));
  }

  private ancestorsFailed(scope: WorkflowScope, job: LoadedJob): boolean {
    const seen = new Set<string>();
    const visit = (id: string): boolean => {
      if (seen.has(id)) return false;
      seen.add(id);
      const record = scope.records.get(`${scope.prefix}${id}`);
      if (record?.result === 'failure') return true;
      const need = scope.workflow.jobs.find((candidate) => candidate.id === id);
      return (need?.needs ?? []).some(visit);
    };
    return job.needs.some(visit);
  }

  private async runJob(scope: WorkflowScope, job: LoadedJob, needs: JobRecord[]): Promise<JobRecord> {
    const path = `${scope.prefix}${job.id}`;
    const kept = this.previous?.get(path);
    const needsRerun = job.needs.some((id) => scope.rerun.has(`${scope.prefix}${id}`));
    if (kept && !needsRerun && (kept.result === 'success' || kept.result === 'skipped') && !job.call) {
      this.copyKept(path, scope.records);
      return kept;
    }
    if (kept && !needsRerun && kept.result === 'success' && job.call) {
      this.copyKept(path, scope.records);
      return kept;
    }
    scope.rerun.add(path);
    const needsContext: Record<string, Json> = {};
    job.needs.forEach((id, index) => {
      const record = needs[index] as JobRecord;
      needsContext[id] = { result: record.result, outputs: record.outputs };
    });
    const contexts = { ...scope.contexts, needs: needsContext };
    const jobStatus: Scope['status'] = {
      success: () => !this.cancelledFlag && needs.every((record) => record.result === 'success'),
      failure: () => this.ancestorsFailed(scope, job),
      cancelled: () => this.cancelledFlag,
    };
    const record = (result: JobResult, extra: Partial<JobRecord> = {}): JobRecord =>
      this.bare(path, result, extra);
    let runs: boolean;
    try {
      runs = evaluateCondition(job.if, { contexts, status: jobStatus });
    } catch (error) {
      return record('failure', { error: `if: ${(error as Error).message}` });
    }
    if (!runs) return record(this.cancelledFlag ? 'cancelled' : 'skipped');
    if (job.strategy !== undefined && job.strategy !== null) {
      if (job.call)
        return record('failure', { error: 'a matrix of reusable-workflow calls is not simulated' });
      return this.runMatrix(scope, job, path, contexts, jobStatus);
    }
    return this.runInstance(scope, job, path, contexts, jobStatus, undefined);
  }

  private bare(path: string, result: JobResult, extra: Partial<JobRecord> = {}): JobRecord {
    return { path, result, outputs: {}, steps: [], attempt: this.attempt, ...extra };
  }

  /** One job (or one combination of a matrix job): its group, approval, services and steps. */
  private async runInstance(
    scope: WorkflowScope,
    job: LoadedJob,
    path: string,
    contexts: Record<string, Json>,
    jobStatus: Scope['status'],
    siblings: AbortSignal | undefined,
  ): Promise<JobRecord> {
    this.log.push(`start ${path}`);
    let release: (() => void) | undefined;
    try {
      release = await this.takeGroup(job.concurrency, { contexts, status: jobStatus }, path);
      if (job.call) return await this.runCall(scope, job, path, contexts, jobStatus);
      const environment = environmentName(evaluateToken(job.environment, { contexts, status: jobStatus }));
      if (environment && this.simulator.approvals.protectedEnvironments.has(environment)) {
        this.log.push(`wait ${path}: approval for ${environment}`);
        await this.simulator.approvals.wait(this.id, path, this.abort.signal);
      }
      const services = startedServices(evaluateToken(job.services, { contexts, status: jobStatus }));
      const result = await this.runSteps(scope, job, path, contexts, siblings);
      return services ? { ...result, services } : result;
    } catch (error) {
      if (error instanceof Cancelled) return this.bare(path, 'cancelled', { error: error.message });
      return this.bare(path, 'failure', { error: (error as Error).message });
    } finally {
      release?.();
    }
  }

  /**
   * A matrix job: one instance per combination (recorded as `<job> (<values>)`), run side by side;
   * with fail-fast, the first failure cancels the siblings still running. Returns the matrix job's
   * own record, as `needs` sees it.
   */
  private async runMatrix(
    scope: WorkflowScope,
    job: LoadedJob,
    path: string,
    contexts: Record<string, Json>,
    jobStatus: Scope['status'],
  ): Promise<JobRecord> {
    let combinations: Array<Record<string, Json>>;
    let failFast = true;
    try {
      const strategy = evaluateToken(job.strategy, { contexts, status: jobStatus });
      const fields = isRecord(strategy) ? strategy : {};
      failFast = fields['fail-fast'] !== false && fields['fail-fast'] !== 'false';
      combinations = expandMatrix(fields.matrix ?? null);
    } catch (error) {
      return this.bare(path, 'failure', { error: `strategy: ${(error as Error).message}` });
    }
    const siblings = new AbortController();
    const ended: JobRecord[] = [];
    const instances = await Promise.all(
      combinations.map(async (matrix, index) => {
        const instancePath = `${path} (${Object.values(matrix).map(asText).join(', ')})`;
        const strategy = {
          'fail-fast': failFast,
          'job-index': index,
          'job-total': combinations.length,
          'max-parallel': combinations.length,
        };
        const instance = await this.runInstance(
          scope,
          job,
          instancePath,
          { ...contexts, matrix, strategy },
          jobStatus,
          siblings.signal,
        );
        const withMatrix: JobRecord = { ...instance, matrix };
        scope.records.set(instancePath, withMatrix);
        this.log.push(`end ${instancePath}: ${instance.result}`);
        ended.push(withMatrix);
        if (failFast && instance.result === 'failure' && !siblings.signal.aborted)
          siblings.abort(new Cancelled(`fail-fast: ${instancePath} failed`));
        return withMatrix;
      }),
    );
    const results = instances.map((instance) => instance.result);
    const result: JobResult = results.includes('failure')
      ? 'failure'
      : results.includes('cancelled')
        ? 'cancelled'
        : 'success';
    const outputs = Object.assign({}, ...ended.map((instance) => instance.outputs)) as Record<string, string>;
    return this.bare(path, result, { outputs });
  }

  private copyKept(path: string, records: Map<string, JobRecord>): void {
    for (const [key, value] of this.previous ?? []) {
      if (key === path || key.startsWith(`${path}/`) || key.startsWith(`${path} (`)) records.set(key, value);
    }
  }

  private async runCall(
    scope: WorkflowScope,
    job: LoadedJob,
    path: string,
    contexts: Record<string, Json>,
    status: Scope['status'],
  ): Promise<JobRecord> {
    const call = job.call as NonNullable<LoadedJob['call']>;
    const callee = await loadWorkflow(call.path, this.request.source ?? repositorySource);
    const callerScope: Scope = { contexts, status };
    const inputs = calleeInputs(callee, evaluateToken(call.with, callerScope), path);
    const secrets = calleeSecrets(callee, call, evaluateToken(call.secrets, callerScope), contexts, path);
    const calleeContexts: Record<string, Json> = {
      github: scope.contexts.github as Json,
      inputs,
      secrets: { GITHUB_TOKEN: 'ghs_simulated_token', ...secrets },
      vars: scope.contexts.vars as Json,
      runner: scope.contexts.runner as Json,
      strategy: {},
      matrix: {},
    };
    const inner: WorkflowScope = {
      workflow: callee,
      prefix: `${path}/`,
      contexts: calleeContexts,
      records: scope.records,
      rerun: scope.rerun,
    };
    const release = await this.takeGroup(
      callee.concurrency,
      { contexts: calleeContexts, status: neutralStatus(this) },
      path,
    );
    try {
      await this.runWorkflow(inner);
    } finally {
      release?.();
    }
    const results = callee.jobs.map((calleeJob) => scope.records.get(`${path}/${calleeJob.id}`)?.result);
    const result: JobResult = results.includes('failure')
      ? 'failure'
      : results.includes('cancelled')
        ? 'cancelled'
        : 'success';
    const jobsContext: Record<string, Json> = {};
    for (const calleeJob of callee.jobs) {
      const record = scope.records.get(`${path}/${calleeJob.id}`);
      jobsContext[calleeJob.id] = { result: record?.result ?? 'skipped', outputs: record?.outputs ?? {} };
    }
    const outputs: Record<string, string> = {};
    for (const pair of callee.callInterface.outputs ?? []) {
      const name = String(evaluateToken(pair.key, { contexts: {}, status: neutralStatus(this) }));
      const value = isMapping(pair.value)
        ? [...pair.value].find((entry) => 'value' in entry.key && entry.key.value === 'value')?.value
        : undefined;
      outputs[name] = asText(
        evaluateToken(value, {
          contexts: { ...calleeContexts, jobs: jobsContext },
          status: neutralStatus(this),
        }),
      );
    }
    return { path, result, outputs, steps: [], attempt: this.attempt };
  }

  private async runSteps(
    scope: WorkflowScope,
    job: LoadedJob,
    path: string,
    contexts: Record<string, Json>,
    siblings: AbortSignal | undefined,
  ): Promise<JobRecord> {
    let failed = false;
    let interrupted = false;
    // The run was cancelled, or (a matrix instance) fail-fast cancelled this combination.
    const cancelled = (): boolean => this.cancelledFlag || siblings?.aborted === true;
    const signal = siblings ? AbortSignal.any([this.abort.signal, siblings]) : this.abort.signal;
    // A job that starts after the cancel (an `always()` job) ends with its own result.
    const cancelledBefore = cancelled();
    const steps: StepRecord[] = [];
    const stepsContext: Record<string, Json> = {};
    const neutral = { contexts, status: neutralStatus(this) };
    const env = {
      ...textMap(evaluateToken(scope.workflow.env, neutral)),
      ...textMap(evaluateToken(job.env, neutral)),
    };
    for (const step of job.steps) {
      const stepScope: Scope = {
        contexts: { ...contexts, steps: stepsContext, env },
        status: {
          success: () => !failed && !cancelled(),
          failure: () => failed,
          cancelled,
        },
      };
      let outcome: StepOutcome = 'skipped';
      let outputs: Record<string, string> = {};
      if (evaluateCondition(step.if, stepScope)) {
        const invocation: StepInvocation = {
          runId: this.id,
          attempt: this.attempt,
          jobPath: path,
          step,
          with: textMap(evaluateToken(step.with, stepScope)),
          env: { ...env, ...textMap(evaluateToken(step.env, stepScope)) },
          script: step.run ? asText(evaluateToken(step.run, stepScope)) : undefined,
          shell: step.shell ? asText(evaluateToken(step.shell, stepScope)) : undefined,
          workingDirectory: step.workingDirectory
            ? asText(evaluateToken(step.workingDirectory, stepScope))
            : undefined,
          github: contexts.github as Record<string, Json>,
          // A step that starts after the cancel (an `always()` step) runs to its end.
          signal: cancelled() ? new AbortController().signal : signal,
        };
        const wasCancelled = cancelled();
        const result = await this.executor(invocation);
        outcome = !wasCancelled && cancelled() && result.outcome !== 'success' ? 'cancelled' : result.outcome;
        outputs = result.outputs ?? {};
      }
      const conclusion: StepOutcome = outcome === 'failure' && step.continueOnError ? 'success' : outcome;
      if (conclusion === 'failure') failed = true;
      if (conclusion === 'cancelled') interrupted = true;
      steps.push({ id: step.id, name: step.name, outcome, conclusion, outputs });
      stepsContext[step.id] = { outcome, conclusion, outputs };
    }
    const outputs = textMap(
      evaluateToken(job.outputs, {
        contexts: { ...contexts, steps: stepsContext, env },
        status: neutralStatus(this),
      }),
    );
    const cancelledDuring = !cancelledBefore && cancelled();
    const result: JobResult = interrupted || cancelledDuring ? 'cancelled' : failed ? 'failure' : 'success';
    return { path, result, outputs, steps, attempt: this.attempt };
  }
}

function neutralStatus(run: SimulatedRun): Scope['status'] {
  return { success: () => !run.cancelled, failure: () => false, cancelled: () => run.cancelled };
}

const isRecord = (value: Json): value is Record<string, Json> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The combinations of a `strategy.matrix`, as GitHub builds them: the product of its vectors, less
 * the `exclude` entries (partial matches), then each `include` entry added to every original
 * combination whose original values it does not overwrite, or appended as a combination of its own
 * when it fits none.
 * @throws Error for a matrix that is not a mapping, an empty vector, or no combination at all
 */
export function expandMatrix(matrix: Json): Array<Record<string, Json>> {
  if (!isRecord(matrix)) throw new Error(`matrix must be a mapping, got ${JSON.stringify(matrix)}`);
  const include = matrix.include ?? [];
  const exclude = matrix.exclude ?? [];
  if (!Array.isArray(include) || !Array.isArray(exclude))
    throw new Error('matrix include and exclude must be lists');
  const vectors = Object.entries(matrix).filter(([key]) => key !== 'include' && key !== 'exclude');
  const same = (a: Json | undefined, b: Json | undefined): boolean => JSON.stringify(a) === JSON.stringify(b);
  let combinations: Array<Record<string, Json>> = vectors.length > 0 ? [{}] : [];
  for (const [key, values] of vectors) {
    if (!Array.isArray(values) || values.length === 0)
      throw new Error(`matrix vector '${key}' does not contain any values`);
    combinations = combinations.flatMap((combination) =>
      values.map((value) => ({ ...combination, [key]: value })),
    );
  }
  combinations = combinations.filter(
    (combination) =>
      !exclude.some(
        (entry) =>
          isRecord(entry) && Object.entries(entry).every(([key, value]) => same(combination[key], value)),
      ),
  );
  const original = combinations.map((combination) => ({ ...combination }));
  for (const entry of include) {
    if (!isRecord(entry)) throw new Error('matrix include entries must be mappings');
    let added = false;
    original.forEach((base, index) => {
      const fits = Object.entries(entry).every(([key, value]) => !(key in base) || same(base[key], value));
      if (fits) {
        Object.assign(combinations[index] as Record<string, Json>, entry);
        added = true;
      }
    });
    if (!added) combinations.push({ ...entry });
  }
  if (combinations.length === 0) throw new Error('matrix has no combination');
  return combinations;
}

/** The services a job starts: those whose image is not empty (actions/runner#2235). */
function startedServices(value: Json): Record<string, Json> | undefined {
  if (!isRecord(value)) return undefined;
  const started = Object.entries(value).filter(([, spec]) => {
    const image = typeof spec === 'string' ? spec : isRecord(spec) ? spec.image : undefined;
    return typeof image === 'string' && image !== '';
  });
  return started.length > 0 ? Object.fromEntries(started) : undefined;
}

function textMap(value: Json): Record<string, string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, asText(item)]));
}

function environmentName(value: Json): string | undefined {
  if (typeof value === 'string') return value || undefined;
  if (value && typeof value === 'object' && !Array.isArray(value) && typeof value.name === 'string')
    return value.name;
  return undefined;
}

interface InputDefinition {
  type: string;
  required: boolean;
  default: Json;
}

function definitions(mapping: MappingToken | undefined): Map<string, InputDefinition> {
  const result = new Map<string, InputDefinition>();
  const scope: Scope = {
    contexts: {},
    status: { success: () => true, failure: () => false, cancelled: () => false },
  };
  for (const pair of mapping ?? []) {
    const spec = evaluateToken(pair.value, scope);
    const fields = spec && typeof spec === 'object' && !Array.isArray(spec) ? spec : {};
    result.set(String(evaluateToken(pair.key, scope)), {
      type: typeof fields.type === 'string' ? fields.type : 'string',
      required: fields.required === true,
      default: fields.default ?? null,
    });
  }
  return result;
}

/** The `inputs` context of a dispatched or pushed workflow: declared defaults, then what was given. */
function dispatchInputs(workflow: LoadedWorkflow, given: Record<string, Json>): Record<string, Json> {
  const dispatch = workflow.on.workflow_dispatch as
    { inputs?: Record<string, { default?: Json; type?: string }> } | undefined;
  const result: Record<string, Json> = {};
  for (const [name, spec] of Object.entries(dispatch?.inputs ?? {})) {
    if (spec.default !== undefined) result[name] = spec.default;
  }
  return { ...result, ...given };
}

/**
 * The callee's `inputs` context: declared defaults overlaid with `with:`.
 * @throws Error for an undeclared input, a missing required one, or a value of the wrong type.
 */
function calleeInputs(callee: LoadedWorkflow, given: Json, where: string): Record<string, Json> {
  const declared = definitions(callee.callInterface.inputs);
  const passed = given && typeof given === 'object' && !Array.isArray(given) ? given : {};
  const problems: string[] = [];
  const result: Record<string, Json> = {};
  for (const [name, definition] of declared)
    if (definition.default !== null) result[name] = definition.default;
  for (const [name, value] of Object.entries(passed)) {
    const definition = declared.get(name);
    if (!definition) {
      problems.push(`input '${name}' is not declared by ${callee.path}`);
      continue;
    }
    // An expression that finds nothing (an unset variable) gives null, which GitHub passes as ''.
    const passedValue = value === null && definition.type === 'string' ? '' : value;
    const type = typeof passedValue;
    if (definition.type !== type)
      problems.push(`input '${name}' must be a ${definition.type}, got ${type} ${JSON.stringify(value)}`);
    result[name] = passedValue;
  }
  for (const [name, definition] of declared) {
    if (definition.required && !(name in passed))
      problems.push(`required input '${name}' of ${callee.path} is not passed`);
  }
  if (problems.length > 0) throw new Error(`${where}: ${problems.join('; ')}`);
  return result;
}

function calleeSecrets(
  callee: LoadedWorkflow,
  call: NonNullable<LoadedJob['call']>,
  given: Json,
  callerContexts: Record<string, Json>,
  where: string,
): Record<string, string> {
  if (call.inheritSecrets) return textMap(callerContexts.secrets as Json);
  const declared = definitions(callee.callInterface.secrets);
  const passed = textMap(given);
  const problems: string[] = [];
  for (const name of Object.keys(passed)) {
    if (!declared.has(name)) problems.push(`secret '${name}' is not declared by ${callee.path}`);
  }
  for (const [name, definition] of declared) {
    if (definition.required && !(name in passed))
      problems.push(`required secret '${name}' of ${callee.path} is not passed`);
  }
  if (problems.length > 0) throw new Error(`${where}: ${problems.join('; ')}`);
  return passed;
}
