// runActionBody, the runner-facing shell of every action, driven with a fake runner that records
// every call: secrets scrubbed from what it prints, errors as one line (a stack only at debug), the
// annotation budget, the job summary only where the runner has one, and inputs checked before the
// body runs.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineAction, input } from '../../src/inputs/spec.js';
import {
  type ActionContext,
  type ActionRunner,
  type Annotation,
  type AnnotationKind,
  type AnnotationProperties,
  SECRET_ENV,
  runActionBody,
} from '../../src/runtime/action-run.js';
import { ConfigurationError, ReportedFailure } from '../../src/runtime/errors.js';
import { type LogLine, recordingLogger } from '../../src/runtime/logger.js';
import { clearSecrets } from '../../src/runtime/secrets.js';

const spec = defineAction({
  name: 'demo',
  inputs: {
    token: input.string({ description: 'A token.', secret: true }),
    count: input.number({ description: 'How many.', integer: true, min: 0, default: '1' }),
  },
  outputs: { echo: 'What the body saw.', count: 'The count.' },
});
type Inputs = { token: string | undefined; count: number };
type Ctx = ActionContext<'echo' | 'count'>;

const TOKEN = 'tok-SENTINEL-1234567';
const ENV_TOKEN = 'vt-SENTINEL-abcdefg';

/** One call on the fake runner, in call order (`body` marks when the body started). */
type Call =
  | { call: 'setSecret'; value: string }
  | { call: 'setOutput'; name: string; value: string }
  | { call: 'setFailed'; message: string }
  | { call: 'annotate'; kind: AnnotationKind; message: string; properties: AnnotationProperties }
  | { call: 'writeSummary'; markdown: string }
  | { call: 'body' };

/** A runner that records every call; `lines` and `groups` are the logger's, `calls` everything else. */
function fakeRunner(): ActionRunner & { calls: Call[]; lines: LogLine[]; groups: string[] } {
  const logger = recordingLogger();
  const calls: Call[] = [];
  return {
    calls,
    lines: logger.lines,
    groups: logger.groups,
    logger,
    setSecret: (value) => calls.push({ call: 'setSecret', value }),
    setOutput: (name, value) => calls.push({ call: 'setOutput', name, value }),
    setFailed: (message) => calls.push({ call: 'setFailed', message }),
    annotate: (kind, message, properties) => calls.push({ call: 'annotate', kind, message, properties }),
    writeSummary: async (markdown) => {
      calls.push({ call: 'writeSummary', markdown });
    },
  };
}

/** Runs `body` under {@link spec} with a fresh fake runner; the body's start is recorded as `body`. */
async function run(body: (inputs: Inputs, ctx: Ctx) => void | Promise<void>) {
  const runner = fakeRunner();
  let ran = false;
  await runActionBody(
    spec,
    async (inputs, ctx) => {
      ran = true;
      runner.calls.push({ call: 'body' });
      await body(inputs, ctx);
    },
    runner,
  );
  const of = <K extends Call['call']>(call: K) =>
    runner.calls.filter((c): c is Extract<Call, { call: K }> => c.call === call);
  return { runner, ran, of, failed: of('setFailed').map((c) => c.message) };
}

beforeEach(() => {
  // The runner's own variables (a CI job sets GITHUB_STEP_SUMMARY) must not leak into these tests.
  for (const name of [...SECRET_ENV, 'GITHUB_STEP_SUMMARY', 'INPUT_TOKEN', 'INPUT_COUNT']) {
    vi.stubEnv(name, undefined);
  }
});
afterEach(() => {
  vi.unstubAllEnvs();
  clearSecrets();
});

describe('runActionBody with a fake runner', () => {
  it('masks a secret input before the body runs and scrubs it from outputs and log lines', async () => {
    vi.stubEnv('INPUT_TOKEN', TOKEN);
    vi.stubEnv('VERCEL_TOKEN', ENV_TOKEN);
    let seen: string | undefined;
    const { runner, of, failed } = await run(async (inputs, ctx) => {
      seen = inputs.token;
      const b64 = Buffer.from(TOKEN).toString('base64');
      ctx.setOutput('echo', `raw ${TOKEN} base64 ${b64} url ${encodeURIComponent(ENV_TOKEN)}`);
      ctx.setOutput('count', inputs.count);
      await ctx.logger.group(`deploy with ${TOKEN}`, async () => ctx.logger.info(`using ${TOKEN}`));
      ctx.logger.warning(`env ${ENV_TOKEN}`);
    });
    expect(seen).toBe(TOKEN);
    expect(failed).toEqual([]);
    expect(runner.calls.slice(0, 2)).toEqual([{ call: 'setSecret', value: TOKEN }, { call: 'body' }]);
    expect(of('setOutput')).toEqual([
      { call: 'setOutput', name: 'echo', value: 'raw *** base64 *** url ***' },
      { call: 'setOutput', name: 'count', value: '1' },
    ]);
    expect(runner.lines).toEqual([
      { level: 'info', message: 'using ***' },
      { level: 'warning', message: 'env ***' },
    ]);
    expect(runner.groups).toEqual(['deploy with ***']);
  });

  it.each([ConfigurationError, ReportedFailure])(
    'a %o fails the step with its message alone: one line, no stack anywhere',
    async (Failure) => {
      vi.stubEnv('INPUT_TOKEN', TOKEN);
      const { runner, of, failed } = await run(() => {
        throw new Failure(`input 'token': refused ${TOKEN}`);
      });
      expect(failed).toEqual(["input 'token': refused ***"]);
      expect(runner.lines).toEqual([]);
      expect(of('annotate')).toEqual([]);
    },
  );

  it('an unexpected error fails with `<action>: unexpected error: …` and puts the stack at debug only', async () => {
    vi.stubEnv('INPUT_TOKEN', TOKEN);
    let thrown: Error | undefined;
    const { runner, failed } = await run(() => {
      thrown = new TypeError(`cannot read ${TOKEN}`);
      throw thrown;
    });
    expect(failed).toEqual(['demo: unexpected error: cannot read ***']);
    expect(thrown?.stack).toMatch(/^TypeError: cannot read tok-SENTINEL-1234567\n\s+at /);
    expect(runner.lines).toEqual([{ level: 'debug', message: thrown?.stack?.replaceAll(TOKEN, '***') }]);
  });

  it('an unexpected non-Error value is reported by its text', async () => {
    const { runner, failed } = await run(() => {
      throw 'plain text';
    });
    expect(failed).toEqual(['demo: unexpected error: plain text']);
    expect(runner.lines).toEqual([{ level: 'debug', message: 'plain text' }]);
  });

  it('annotations beyond the per-step budget of their type are counted in one notice pointing at the job summary', async () => {
    vi.stubEnv('INPUT_TOKEN', TOKEN);
    const items = (n: number): Annotation[] =>
      Array.from({ length: n }, (_, i) => ({
        message: `problem ${i + 1} ${TOKEN}`,
        title: `check ${TOKEN}`,
      }));
    const { of, failed } = await run((_, ctx) => {
      ctx.annotate('error', items(7));
      ctx.annotate('error', items(5)); // the budget counts the whole step: 2 of these fit
      ctx.annotate('warning', items(10));
    });
    expect(failed).toEqual([]);
    const errors = of('annotate').filter((a) => a.kind === 'error');
    // Nine errors: the tenth slot belongs to the step's failure line.
    expect(errors.map((a) => a.message)).toEqual([
      ...Array.from({ length: 7 }, (_, i) => `problem ${i + 1} ***`),
      'problem 1 ***',
      'problem 2 ***',
    ]);
    expect(errors.every((a) => JSON.stringify(a.properties) === '{"title":"check ***"}')).toBe(true);
    const notices = of('annotate').filter((a) => a.kind === 'notice');
    expect(notices).toEqual([
      {
        call: 'annotate',
        kind: 'notice',
        message: '3 more errors not shown here; see the job summary',
        properties: { title: 'demo' },
      },
    ]);
    // Ten warnings fit their budget: all shown, no notice for them.
    const warnings = of('annotate').filter((a) => a.kind === 'warning');
    expect(warnings).toHaveLength(10);
  });

  it('places an annotation at file, line and column (columns only within one line)', async () => {
    const { of } = await run((_, ctx) =>
      ctx.annotate('warning', [
        { message: 'a', file: 'src/a.ts', line: 3, column: 7, endColumn: 9 },
        { message: 'b', file: 'src/b.ts', line: 3, column: 7, endLine: 5, endColumn: 2 },
        { message: 'c', line: 3 },
      ]),
    );
    expect(of('annotate').map((a) => a.properties)).toEqual([
      { file: 'src/a.ts', startLine: 3, startColumn: 7, endColumn: 9 },
      { file: 'src/b.ts', startLine: 3, endLine: 5 },
      {},
    ]);
  });

  it('an annotation without a title is emitted without one', async () => {
    const { of } = await run((_, ctx) => ctx.annotate('warning', [{ message: 'slow' }]));
    expect(of('annotate')).toEqual([{ call: 'annotate', kind: 'warning', message: 'slow', properties: {} }]);
  });

  it('writes the job summary once, scrubbed, when GITHUB_STEP_SUMMARY is set — even when the body fails', async () => {
    vi.stubEnv('INPUT_TOKEN', TOKEN);
    vi.stubEnv('GITHUB_STEP_SUMMARY', '/tmp/step-summary.md');
    const { runner, failed } = await run((_, ctx) => {
      ctx.summary('### Part one');
      ctx.summary(`part two ${TOKEN}`);
      throw new ReportedFailure('checks failed');
    });
    expect(failed).toEqual(['checks failed']);
    expect(runner.calls.filter((c) => c.call === 'writeSummary' || c.call === 'setFailed')).toEqual([
      { call: 'setFailed', message: 'checks failed' },
      { call: 'writeSummary', markdown: '### Part one\n\npart two ***' },
    ]);
  });

  it('does not write a job summary when GITHUB_STEP_SUMMARY is unset or empty, or the body added none', async () => {
    const unset = await run((_, ctx) => ctx.summary('### Part one'));
    expect(unset.of('writeSummary')).toEqual([]);

    vi.stubEnv('GITHUB_STEP_SUMMARY', '');
    const empty = await run((_, ctx) => ctx.summary('### Part one'));
    expect(empty.of('writeSummary')).toEqual([]);

    vi.stubEnv('GITHUB_STEP_SUMMARY', '/tmp/step-summary.md');
    const none = await run(() => {});
    expect(none.of('writeSummary')).toEqual([]);
  });

  it.each([
    ['INPUT_COUNT', 'many', "input 'count': expected an integer of at least 0, got 'many'"],
    [
      'INPUT_TOKEN',
      'tok-SENTINEL\nsecond line',
      "input 'token': expected a value without control characters (a newline, a tab …), got a value that is not shown",
    ],
  ])('a bad input (%s=%j) fails the step in one line before the body runs', async (name, value, line) => {
    vi.stubEnv(name, value);
    const { ran, runner, failed } = await run(() => {});
    expect(ran).toBe(false);
    expect(failed).toEqual([line]);
    expect(runner.calls.filter((c) => c.call !== 'setSecret' && c.call !== 'setFailed')).toEqual([]);
    expect(runner.lines).toEqual([]);
  });
});
