// Loads workflows for the simulator with GitHub's own parser (`@actions/workflow-parser`): the
// converted model (jobs, needs, normalised `if:`, outputs, environment, concurrency) plus the raw
// token tree for what the model leaves out (a step's `with:` and `working-directory`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  NoOperationTraceWriter,
  convertWorkflowTemplate,
  isMapping,
  isSequence,
  parseWorkflow,
} from '@actions/workflow-parser';
import type { MappingToken } from '@actions/workflow-parser/templates/tokens/mapping-token';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import type {
  ActionStep,
  Job,
  ReusableWorkflowJob,
  RunStep,
  WorkflowTemplate,
} from '@actions/workflow-parser/model/workflow-template';
import { repoRoot } from '../repo-files.js';

export interface LoadedStep {
  /** The step's `id:`, or the parser's generated one (`__run`, `__actions_checkout` …). */
  readonly id: string;
  readonly name: string | undefined;
  readonly index: number;
  readonly if: string;
  readonly uses: string | undefined;
  readonly run: TemplateToken | undefined;
  readonly env: TemplateToken | undefined;
  readonly with: TemplateToken | undefined;
  readonly workingDirectory: TemplateToken | undefined;
  /** The step's `shell:` (`bash` when absent; `node {0}` and other `{0}` templates are custom shells). */
  readonly shell: TemplateToken | undefined;
  readonly continueOnError: boolean;
}

export interface LoadedJob {
  readonly id: string;
  readonly name: string | undefined;
  readonly needs: string[];
  readonly if: string;
  readonly environment: TemplateToken | undefined;
  readonly concurrency: TemplateToken | undefined;
  readonly outputs: MappingToken | undefined;
  readonly env: TemplateToken | undefined;
  /** `strategy:` (its `matrix`, `fail-fast`), expanded per job when it starts. */
  readonly strategy: TemplateToken | undefined;
  /** `services:` (service containers): recorded per job, never started. */
  readonly services: TemplateToken | undefined;
  readonly steps: LoadedStep[];
  /** For a job that calls a reusable workflow: the callee's repository path and the call. */
  readonly call?: {
    readonly path: string;
    readonly with: MappingToken | undefined;
    readonly secrets: MappingToken | undefined;
    readonly inheritSecrets: boolean;
  };
}

export interface LoadedWorkflow {
  readonly path: string;
  readonly name: string | undefined;
  readonly jobs: LoadedJob[];
  readonly concurrency: TemplateToken | undefined;
  readonly env: TemplateToken | undefined;
  readonly on: Record<string, unknown>;
  /** `on.workflow_call.inputs|secrets|outputs` as raw mappings (a callee's interface). */
  readonly callInterface: {
    readonly inputs: MappingToken | undefined;
    readonly secrets: MappingToken | undefined;
    readonly outputs: MappingToken | undefined;
  };
}

/** Where a workflow's text comes from: a repository path → its YAML. */
export type SourceOf = (path: string) => string;

/** Reads files of this repository (the toolkit: templates, reusable workflows). */
export const repositorySource: SourceOf = (path) => readFileSync(join(repoRoot, path), 'utf8');

/**
 * The repository path of a reusable workflow a job-level `uses:` names. The toolkit is this
 * repository, so `$/…`, `./…` and `greenlight-dev/greenlight/…@<sha>` all resolve here.
 * @throws Error for a reference to another repository (the simulator has no copy of it).
 */
export function calleePath(uses: string): string {
  const match = /^(?:\$\/|\.\/|greenlight-dev\/greenlight\/)([^@\s]+)(?:@\S+)?$/.exec(uses);
  if (!match?.[1]) throw new Error(`cannot follow '${uses}': only this repository's workflows are simulated`);
  return match[1];
}

function child(mapping: TemplateToken | undefined, key: string): TemplateToken | undefined {
  if (mapping === undefined || !isMapping(mapping)) return undefined;
  for (const pair of mapping) if (isStringKey(pair.key, key)) return pair.value;
  return undefined;
}

const isStringKey = (token: TemplateToken, key: string): boolean =>
  'value' in token && (token as { value: unknown }).value === key;

const mappingOf = (token: TemplateToken | undefined): MappingToken | undefined =>
  token !== undefined && isMapping(token) ? token : undefined;

const cache = new Map<string, LoadedWorkflow>();

/**
 * Parses and converts one workflow. Results are cached by path and source text.
 * @throws Error listing the parser's errors (schema violations, bad expressions).
 */
export async function loadWorkflow(
  path: string,
  source: SourceOf = repositorySource,
): Promise<LoadedWorkflow> {
  const content = source(path);
  const key = `${path}\n${content}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const parsed = parseWorkflow({ name: path, content }, new NoOperationTraceWriter());
  if (!parsed.value) throw new Error(`${path}: could not be parsed`);
  const template: WorkflowTemplate = await convertWorkflowTemplate(parsed.context, parsed.value);
  if (template.errors?.length) {
    throw new Error(`${path}: ${template.errors.map((error) => error.Message).join('; ')}`);
  }
  const rawJobs = child(parsed.value, 'jobs');
  const on = child(parsed.value, 'on');
  const workflowCall = child(on, 'workflow_call');
  const loaded: LoadedWorkflow = {
    path,
    name: (() => {
      const name = child(parsed.value, 'name');
      return name && 'value' in name ? String((name as { value: unknown }).value) : undefined;
    })(),
    jobs: template.jobs.map((job) => loadJob(job, child(rawJobs, job.id.value))),
    concurrency: template.concurrency,
    env: template.env,
    on: template.events as Record<string, unknown>,
    callInterface: {
      inputs: mappingOf(child(workflowCall, 'inputs')),
      secrets: mappingOf(child(workflowCall, 'secrets')),
      outputs: mappingOf(child(workflowCall, 'outputs')),
    },
  };
  cache.set(key, loaded);
  return loaded;
}

function loadJob(job: Job | ReusableWorkflowJob, raw: TemplateToken | undefined): LoadedJob {
  const base = {
    id: job.id.value,
    name: job.name && 'value' in job.name ? String(job.name.value) : undefined,
    needs: (job.needs ?? []).map((need) => need.value),
    if: job.if.expression,
    concurrency: job.concurrency,
    outputs: job.outputs,
    strategy: job.strategy,
  };
  if (job.type === 'reusableWorkflowJob') {
    return {
      ...base,
      environment: undefined,
      env: undefined,
      services: undefined,
      steps: [],
      call: {
        path: calleePath(job.ref.value),
        with: mappingOf(child(raw, 'with')),
        secrets: mappingOf(child(raw, 'secrets')),
        inheritSecrets: job['inherit-secrets'] === true,
      },
    };
  }
  const rawSteps = child(raw, 'steps');
  const rawList = rawSteps && isSequence(rawSteps) ? [...rawSteps] : [];
  return {
    ...base,
    environment: job.environment,
    env: job.env,
    services: job.services,
    steps: job.steps.map((step, index) => {
      const rawStep = rawList[index];
      const name = step.name && 'value' in step.name ? String(step.name.value) : undefined;
      return {
        id: step.id,
        name,
        index,
        if: step.if?.expression ?? 'success()',
        uses: 'uses' in step ? (step as ActionStep).uses.value : undefined,
        run: 'run' in step ? (step as RunStep).run : undefined,
        env: 'env' in step ? (step as RunStep).env : undefined,
        with: child(rawStep, 'with'),
        workingDirectory: child(rawStep, 'working-directory'),
        shell: child(rawStep, 'shell'),
        continueOnError: step['continue-on-error'] === true,
      };
    }),
  };
}
