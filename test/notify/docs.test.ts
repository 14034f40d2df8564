/**
 * docs/notify.md's examples work when copied: every notify step uses only declared inputs (with a
 * transport, and a status or a payload), each example is a valid workflow (actionlint), and the
 * threading example turns every release outcome into a status the action accepts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { notifySpec } from '../../src/actions/notify.inputs.js';
import { NOTICE_STATUSES } from '../../src/notify/message.js';
import { evaluateExpression } from '../workflows/sim/expressions.js';

const DOC = readFileSync(new URL('../../docs/notify.md', import.meta.url), 'utf8');
const BLOCKS = [...DOC.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1] as string);

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

/** Every step of `value` (a workflow, a job's steps, or a list of steps) that uses the notify action. */
function notifySteps(value: unknown): Step[] {
  if (Array.isArray(value)) return value.flatMap(notifySteps);
  if (typeof value !== 'object' || value === null) return [];
  const step = value as Step;
  if (typeof step.uses === 'string' && step.uses.includes('/actions/notify@')) return [step];
  return Object.values(value).flatMap(notifySteps);
}

/** Wraps a documented snippet into a whole workflow for actionlint. */
function asWorkflow(block: string): string {
  const indent = (text: string, spaces: number): string =>
    text
      .split('\n')
      .map((line) => (line ? `${' '.repeat(spaces)}${line}` : line))
      .join('\n');
  const head = 'name: example\non: workflow_dispatch\n';
  if (block.startsWith('jobs:')) return `${head}${block}`;
  const job = `${head}jobs:\n  example:\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n`;
  if (block.startsWith('env:')) return `${job}${indent(block, 4)}`;
  return `${job}    steps:\n      - id: smoke\n        run: echo\n      - id: deploy\n        run: echo\n${indent(block, 6)}`;
}

describe('docs/notify.md examples', () => {
  it('use only declared inputs, with one transport and a status or a payload', () => {
    const steps = BLOCKS.flatMap((block) => notifySteps(parse(block)));
    expect(steps.length).toBeGreaterThanOrEqual(6);
    for (const step of steps) {
      const inputs = Object.keys(step.with ?? {});
      for (const input of inputs) expect(Object.keys(notifySpec.inputs)).toContain(input);
      expect(inputs.filter((input) => input === 'webhook-url' || input === 'slack-bot-token')).toHaveLength(
        1,
      );
      expect(inputs.some((input) => input === 'status' || input === 'payload')).toBe(true);
      if (inputs.includes('slack-bot-token')) expect(inputs).toContain('channel');
    }
  });

  it('are valid workflows (actionlint)', async () => {
    const { lintText } = (await import(new URL('../../scripts/actionlint.mjs', import.meta.url).href)) as {
      lintText(text: string, file: string): Promise<{ findings: unknown[] }>;
    };
    for (const [index, block] of BLOCKS.entries()) {
      const { findings } = await lintText(asWorkflow(block), `.github/workflows/notify-doc-${index}.yml`);
      expect(findings).toEqual([]);
    }
  });

  it("turn each release outcome into the notice's status in the threading example", () => {
    const status = notifySteps(BLOCKS.map((block) => parse(block) as unknown)).find((step) =>
      String(step.with?.status ?? '').includes('steps.release.outputs.outcome'),
    )?.with?.status as string;
    const expression = /^\$\{\{([\s\S]*)\}\}$/.exec(status.trim())?.[1] as string;
    const statusFor = (outcome: string) =>
      evaluateExpression(expression, {
        contexts: { steps: { release: { outputs: { outcome } } } },
        status: { success: () => true, failure: () => false, cancelled: () => false },
      });
    expect(
      Object.fromEntries(
        ['promoted', 'superseded', 'smoke_failed', 'rolled_back', 'rollback_failed', 'failed', ''].map(
          (outcome) => [outcome, statusFor(outcome)],
        ),
      ),
    ).toEqual({
      promoted: 'promoted',
      superseded: 'succeeded',
      smoke_failed: 'failed',
      rolled_back: 'rolled_back',
      rollback_failed: 'rollback_failed',
      failed: 'failed',
      '': 'failed',
    });
    for (const outcome of ['promoted', 'superseded', 'smoke_failed']) {
      expect(NOTICE_STATUSES).toContain(statusFor(outcome));
    }
  });
});
