// Static interface checks with the simulator's loader (GitHub's parser): every reusable-workflow
// call — from the caller templates through pipeline.yml to the callees, `$/` included — against the
// callee's `on.workflow_call` inputs (names, required, the type of literal values) and secrets, and
// every `$/actions/<name>` (and `$/`, the root action) step's `with:` against that action's
// action.yml. actionlint cannot follow `$/`, so a misspelt `health-failur-limit` would otherwise
// only fail at run time.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isBasicExpression, isBoolean, isMapping, isNumber, isString } from '@actions/workflow-parser';
import type { MappingToken } from '@actions/workflow-parser/templates/tokens/mapping-token';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import { parse } from 'yaml';
import { repoRoot } from '../repo-files.js';
import { type SourceOf, loadWorkflow, repositorySource } from './load.js';

/** An action's declared inputs: name → required without a default. */
export type ActionInputs = (action: string) => Map<string, boolean> | undefined;

/** Reads `action.yml` of this repository: `''` is the root action, else `actions/<name>`. */
export const repositoryActions: ActionInputs = (action) => {
  const path = join(repoRoot, action === '' ? 'action.yml' : `actions/${action}/action.yml`);
  if (!existsSync(path)) return undefined;
  const inputs = (
    parse(readFileSync(path, 'utf8')) as {
      inputs?: Record<string, { required?: unknown; default?: unknown }>;
    }
  ).inputs;
  return new Map(
    Object.entries(inputs ?? {}).map(([name, spec]) => [
      name,
      spec.required === true && spec.default === undefined,
    ]),
  );
};

const keyOf = (token: TemplateToken): string => String((token as { value?: unknown }).value);

function entries(mapping: TemplateToken | undefined): Array<[string, TemplateToken]> {
  if (mapping === undefined || !isMapping(mapping)) return [];
  return [...mapping].map((pair) => [keyOf(pair.key), pair.value]);
}

function field(mapping: TemplateToken, name: string): TemplateToken | undefined {
  return entries(mapping).find(([key]) => key === name)?.[1];
}

/** The type of a literal value; undefined for an expression (known only at run time). */
function literalType(token: TemplateToken): string | undefined {
  if (isBasicExpression(token)) return undefined;
  if (isBoolean(token)) return 'boolean';
  if (isNumber(token)) return 'number';
  if (isString(token)) return 'string';
  return 'other';
}

function declaredOf(mapping: MappingToken | undefined): Map<string, { type: string; required: boolean }> {
  return new Map(
    entries(mapping).map(([name, spec]) => {
      const type = field(spec, 'type');
      const required = field(spec, 'required');
      const hasDefault = field(spec, 'default') !== undefined;
      return [
        name,
        {
          type: type && isString(type) ? type.value : 'string',
          required: required !== undefined && isBoolean(required) && required.value && !hasDefault,
        },
      ];
    }),
  );
}

/**
 * Checks `path` and every workflow it calls (once each). Returns readable problems; empty when
 * every call matches its interface.
 */
export async function checkInterfaces(
  path: string,
  source: SourceOf = repositorySource,
  actions: ActionInputs = repositoryActions,
): Promise<string[]> {
  const problems: string[] = [];
  const seen = new Set<string>();
  const visit = async (current: string): Promise<void> => {
    if (seen.has(current)) return;
    seen.add(current);
    const workflow = await loadWorkflow(current, source);
    for (const job of workflow.jobs) {
      const where = `${current}: job \`${job.id}\``;
      if (job.call) {
        let callee;
        try {
          callee = await loadWorkflow(job.call.path, source);
        } catch (error) {
          problems.push(`${where} calls ${job.call.path}: ${(error as Error).message}`);
          continue;
        }
        const inputs = declaredOf(callee.callInterface.inputs);
        const passed = entries(job.call.with);
        for (const [name, value] of passed) {
          const declared = inputs.get(name);
          if (!declared) {
            problems.push(`${where} passes input \`${name}\`, which ${job.call.path} does not declare`);
            continue;
          }
          const type = literalType(value);
          if (type !== undefined && type !== declared.type) {
            problems.push(
              `${where} passes input \`${name}\` as a ${type}; ${job.call.path} declares a ${declared.type}`,
            );
          }
        }
        for (const [name, declared] of inputs) {
          if (declared.required && !passed.some(([key]) => key === name)) {
            problems.push(`${where} does not pass required input \`${name}\` of ${job.call.path}`);
          }
        }
        if (job.call.inheritSecrets) problems.push(`${where} passes secrets: inherit`);
        const secrets = declaredOf(callee.callInterface.secrets);
        const passedSecrets = entries(job.call.secrets);
        for (const [name] of passedSecrets) {
          if (!secrets.has(name))
            problems.push(`${where} passes secret \`${name}\`, which ${job.call.path} does not declare`);
        }
        for (const [name, declared] of secrets) {
          if (declared.required && !job.call.inheritSecrets && !passedSecrets.some(([key]) => key === name)) {
            problems.push(`${where} does not pass required secret \`${name}\` of ${job.call.path}`);
          }
        }
        await visit(job.call.path);
        continue;
      }
      for (const step of job.steps) {
        const match = /^\$\/(?:actions\/([\w.-]+))?$/.exec(step.uses ?? '');
        if (!match) continue;
        const action = match[1] ?? '';
        const label = `${where} step \`${step.name ?? step.uses}\``;
        const inputs = actions(action);
        if (!inputs) {
          problems.push(`${label} uses ${step.uses}, which has no action.yml`);
          continue;
        }
        const passed = entries(step.with).map(([name]) => name);
        for (const name of passed) {
          if (!inputs.has(name))
            problems.push(`${label} passes input \`${name}\`, which the action does not declare`);
        }
        for (const [name, required] of inputs) {
          if (required && !passed.includes(name))
            problems.push(`${label} does not pass required input \`${name}\``);
        }
      }
    }
  };
  await visit(path);
  return problems;
}
