// The job-graph simulator's own rules, on small workflows with a scripted executor, and the static
// interface check over the repository's workflows.
import { describe, expect, it } from 'vitest';
import { checkInterfaces } from './sim/interface.js';
import { repositorySource } from './sim/load.js';
import {
  type SimulatedRun,
  Simulator,
  type StepExecutor,
  type StepInvocation,
  type StepResult,
  expandMatrix,
} from './sim/simulator.js';

/** A source with in-memory workflows; anything else comes from the repository. */
const sourceWith =
  (files: Record<string, string>) =>
  (path: string): string =>
    files[path] ?? repositorySource(path);

/** An executor answering each `run:` step from `echo <outcome> [name=value …]` in its script. */
const scripted: StepExecutor = async (invocation) => {
  const words = (invocation.script ?? 'success').trim().split(/\s+/);
  const outcome = (words[0] === 'echo' ? words[1] : words[0]) as StepResult['outcome'];
  const outputs = Object.fromEntries(
    words
      .slice(words[0] === 'echo' ? 2 : 1)
      .filter((word) => word.includes('='))
      .map((word) => word.split('=') as [string, string]),
  );
  return { outcome, outputs };
};

async function simulate(
  files: Record<string, string>,
  options: { event?: string; inputs?: Record<string, string | boolean | number> } = {},
): Promise<SimulatedRun> {
  const sim = new Simulator(scripted);
  const run = sim.start({
    workflow: 'main.yml',
    event: options.event ?? 'push',
    source: sourceWith(files),
    inputs: options.inputs ?? {},
  });
  await run.done;
  return run;
}

const resultsOf = (run: SimulatedRun) =>
  Object.fromEntries([...(run.result?.jobs.values() ?? [])].map((job) => [job.path, job.result]));

const job = (body: string) => `    runs-on: ubuntu-latest\n${body}`;

describe('job-graph simulator: needs and status functions', () => {
  it('skips dependents of a failed job unless their if: holds under failure() or always()', async () => {
    const run = await simulate({
      'main.yml': `on: push
jobs:
  build:
${job('    steps:\n      - run: echo failure')}
  deploy:
    needs: build
${job('    steps:\n      - run: echo success')}
  on-failure:
    needs: deploy
    if: failure()
${job('    steps:\n      - run: echo success')}
  report:
    needs: [build, deploy]
    if: always()
${job('    steps:\n      - run: echo success')}
  after-skip:
    needs: on-failure
${job('    steps:\n      - run: echo success')}
`,
    });
    expect(resultsOf(run)).toEqual({
      build: 'failure',
      deploy: 'skipped',
      'on-failure': 'success', // failure() looks at every ancestor, not only the direct need
      report: 'success',
      'after-skip': 'success',
    });
    expect(run.result?.conclusion).toBe('failure');
  });

  it('evaluates step conditions, continue-on-error, and job outputs even when the job fails', async () => {
    const run = await simulate({
      'main.yml': `on: push
jobs:
  work:
${job(`    outputs:
      first: \${{ steps.one.outputs.value }}
      second-outcome: \${{ steps.two.outcome }}
    steps:
      - id: one
        run: echo success value=1
      - id: two
        continue-on-error: true
        run: echo failure
      - id: three
        run: echo failure
      - id: skipped
        run: echo success
      - id: cleanup
        if: failure()
        run: echo success`)}
`,
    });
    const work = run.result?.jobs.get('work');
    expect(work?.result).toBe('failure');
    expect(work?.outputs).toEqual({ first: '1', 'second-outcome': 'failure' });
    expect(work?.steps.map((step) => `${step.id}:${step.outcome}/${step.conclusion}`)).toEqual([
      'one:success/success',
      'two:failure/success',
      'three:failure/failure',
      'skipped:skipped/skipped',
      'cleanup:success/success',
    ]);
  });

  it('follows a reusable workflow: inputs with defaults and types, outputs, result', async () => {
    const files = {
      'main.yml': `on: workflow_dispatch
jobs:
  call:
    uses: ./.github/workflows/callee.yml
    with:
      count: 3
  after:
    needs: call
${job('    steps:\n      - run: echo success got=${{ needs.call.outputs.echoed }}')}
`,
      '.github/workflows/callee.yml': `on:
  workflow_call:
    inputs:
      count: { type: number, required: true }
      label: { type: string, default: hello }
    outputs:
      echoed:
        value: \${{ jobs.inner.outputs.text }}
jobs:
  inner:
${job(`    outputs:
      text: \${{ steps.say.outputs.text }}
    steps:
      - id: say
        run: echo success text=\${{ inputs.label }}-\${{ inputs.count }}`)}
`,
    };
    const run = await simulate(files, { event: 'workflow_dispatch' });
    expect(resultsOf(run)).toEqual({ call: 'success', 'call/inner': 'success', after: 'success' });
    expect(run.result?.jobs.get('call')?.outputs).toEqual({ echoed: 'hello-3' });
    expect(run.result?.jobs.get('after')?.steps[0]?.outputs).toEqual({ got: 'hello-3' });

    const wrong = await simulate(
      { ...files, 'main.yml': files['main.yml'].replace('count: 3', "count: '3'\n      colour: red") },
      { event: 'workflow_dispatch' },
    );
    expect(wrong.result?.jobs.get('call')?.result).toBe('failure');
    expect(wrong.result?.jobs.get('call')?.error).toMatch(
      /input 'count' must be a number.*input 'colour' is not declared/,
    );
  });
});

describe('job-graph simulator: matrices, services, shells', () => {
  it('expands a matrix as GitHub does: product, exclude, include (extend or add)', () => {
    expect(expandMatrix({ shard: [1, 2] })).toEqual([{ shard: 1 }, { shard: 2 }]);
    // The example of "Expanding or adding matrix configurations" in GitHub's documentation
    // (https://docs.github.com/en/actions/how-tos/write-workflows/choose-what-workflows-do/run-job-variations).
    expect(
      expandMatrix({
        fruit: ['apple', 'pear'],
        animal: ['cat', 'dog'],
        include: [
          { color: 'green' },
          { color: 'pink', animal: 'cat' },
          { fruit: 'apple', shape: 'circle' },
          { fruit: 'banana' },
          { fruit: 'banana', animal: 'cat' },
        ],
      }),
    ).toEqual([
      { fruit: 'apple', animal: 'cat', color: 'pink', shape: 'circle' },
      { fruit: 'apple', animal: 'dog', color: 'green', shape: 'circle' },
      { fruit: 'pear', animal: 'cat', color: 'pink' },
      { fruit: 'pear', animal: 'dog', color: 'green' },
      { fruit: 'banana' },
      { fruit: 'banana', animal: 'cat' },
    ]);
    // "Excluding matrix configurations": a partial match removes every combination it matches.
    expect(
      expandMatrix({ os: ['linux', 'mac'], node: [20, 24], exclude: [{ os: 'mac' }, { node: 20 }] }),
    ).toEqual([{ os: 'linux', node: 24 }]);
    expect(expandMatrix({ include: [{ a: 1 }, { a: 2 }] })).toEqual([{ a: 1 }, { a: 2 }]);
    expect(() => expandMatrix({ shard: [] })).toThrow("matrix vector 'shard' does not contain any values");
    expect(() => expandMatrix({})).toThrow('matrix has no combination');
  });

  const matrixWorkflow = (failFast: string) => `on: push
jobs:
  plan:
${job('    outputs:\n      shards: ${{ steps.p.outputs.shards }}\n    steps:\n      - id: p\n        run: echo success shards=[1,2,3]')}
  test:
    needs: plan
    strategy:
${failFast}      matrix:
        shard: \${{ fromJSON(needs.plan.outputs.shards) }}
    services:
      db:
        image: \${{ matrix.shard == 2 && 'postgres:17' || '' }}
${job("    outputs:\n      last: ${{ steps.t.outputs.shard }}\n    steps:\n      - id: t\n        run: ${{ matrix.shard == 1 && 'fail' || 'slow' }} shard=${{ matrix.shard }}\n      - if: always()\n        run: echo success")}
  report:
    needs: test
    if: always()
${job('    steps:\n      - run: echo success result=${{ needs.test.result }}')}
`;

  /** Shard 1 fails at once; the others wait until cancelled (or 50 ms without fail-fast). */
  const shardExecutor: StepExecutor = (invocation) =>
    new Promise((resolve) => {
      const script = invocation.script ?? '';
      const outputs = Object.fromEntries(
        script
          .split(/\s+/)
          .filter((word) => word.includes('='))
          .map((word) => word.split('=') as [string, string]),
      );
      if (script.startsWith('fail')) return resolve({ outcome: 'failure', outputs });
      if (!script.startsWith('slow')) return resolve({ outcome: 'success', outputs });
      const timer = setTimeout(() => resolve({ outcome: 'success', outputs }), 50);
      invocation.signal.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          resolve({ outcome: 'failure', outputs });
        },
        { once: true },
      );
    });

  it('fromJSON matrix from a job output, one job per combination; fail-fast cancels the siblings', async () => {
    const sim = new Simulator(shardExecutor);
    const run = sim.start({
      workflow: 'main.yml',
      event: 'push',
      source: sourceWith({ 'main.yml': matrixWorkflow('') }),
    });
    await run.done;
    expect(resultsOf(run)).toEqual({
      plan: 'success',
      'test (1)': 'failure',
      'test (2)': 'cancelled',
      'test (3)': 'cancelled',
      test: 'failure',
      report: 'success',
    });
    // A cancelled combination still runs its always() steps.
    expect(run.result?.jobs.get('test (2)')?.steps.map((step) => step.outcome)).toEqual([
      'cancelled',
      'success',
    ]);
    expect(run.result?.jobs.get('test (3)')?.matrix).toEqual({ shard: 3 });
    // A service whose image evaluates to '' is not started.
    expect(run.result?.jobs.get('test (2)')?.services).toEqual({ db: { image: 'postgres:17' } });
    expect(run.result?.jobs.get('test (1)')?.services).toBeUndefined();
    expect(run.result?.jobs.get('report')?.steps[0]?.outputs).toEqual({ result: 'failure' });
  });

  it('fail-fast: false lets every combination finish; outputs of the matrix job are merged', async () => {
    const sim = new Simulator(shardExecutor);
    const run = sim.start({
      workflow: 'main.yml',
      event: 'push',
      source: sourceWith({ 'main.yml': matrixWorkflow('      fail-fast: false\n') }),
    });
    await run.done;
    expect(resultsOf(run)).toMatchObject({
      'test (1)': 'failure',
      'test (2)': 'success',
      'test (3)': 'success',
      test: 'failure',
    });
    expect(['1', '2', '3']).toContain(run.result?.jobs.get('test')?.outputs.last);
  });

  it('a matrix whose vector is empty fails the job; the needs.*.result filter sees every need', async () => {
    const run = await simulate({
      'main.yml': `on: push
jobs:
  a:
${job("    strategy:\n      matrix:\n        x: ${{ fromJSON('[]') }}\n    steps:\n      - run: echo success")}
  b:
${job('    steps:\n      - run: echo success')}
  all:
    needs: [a, b]
    if: always() && contains(needs.*.result, 'failure')
${job('    steps:\n      - run: echo success')}
`,
    });
    expect(resultsOf(run)).toEqual({ a: 'failure', b: 'success', all: 'success' });
    expect(run.result?.jobs.get('a')?.error).toBe("strategy: matrix vector 'x' does not contain any values");
  });

  it('hands a step its shell (evaluated) and working directory', async () => {
    const seen: StepInvocation[] = [];
    const sim = new Simulator(async (invocation) => {
      seen.push(invocation);
      return { outcome: 'success' };
    });
    const run = sim.start({
      workflow: 'main.yml',
      event: 'push',
      source: sourceWith({
        'main.yml': `on: push
jobs:
  a:
${job('    steps:\n      - shell: node {0}\n        working-directory: app\n        run: console.log(1)\n      - run: echo 1')}
`,
      }),
    });
    await run.done;
    expect(seen.map((step) => [step.shell, step.workingDirectory])).toEqual([
      ['node {0}', 'app'],
      [undefined, undefined],
    ]);
  });
});

describe('job-graph simulator: cancellation, concurrency, approvals, re-runs', () => {
  const slow: StepExecutor = (invocation) =>
    new Promise((resolve) => {
      if (!invocation.script?.includes('slow')) return resolve({ outcome: 'success' });
      if (invocation.signal.aborted) return resolve({ outcome: 'failure' });
      invocation.signal.addEventListener('abort', () => resolve({ outcome: 'failure' }), { once: true });
    });

  it('a cancelled run stops the running step, then runs only always() and cancelled() jobs', async () => {
    const sim = new Simulator(slow);
    const run = sim.start({
      workflow: 'main.yml',
      event: 'push',
      source: sourceWith({
        'main.yml': `on: push
jobs:
  long:
${job('    steps:\n      - run: slow\n      - run: echo after\n      - if: always()\n        run: echo cleanup')}
  next:
    needs: long
${job('    steps:\n      - run: echo next')}
  finally:
    needs: long
    if: always()
${job('    steps:\n      - run: echo finally')}
  when-cancelled:
    needs: long
    if: cancelled()
${job('    steps:\n      - run: echo cancelled')}
`,
      }),
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    run.cancel();
    await run.done;
    expect(run.result?.conclusion).toBe('cancelled');
    expect(resultsOf(run)).toEqual({
      long: 'cancelled',
      next: 'cancelled',
      finally: 'success',
      'when-cancelled': 'success',
    });
    expect(run.result?.jobs.get('long')?.steps.map((step) => step.outcome)).toEqual([
      'cancelled',
      'skipped',
      'success',
    ]);
  });

  it('one running and one pending per group: a newcomer replaces the pending run; cancel-in-progress cancels the running one', async () => {
    const sim = new Simulator(slow);
    const source = sourceWith({
      'main.yml': `on: push
concurrency:
  group: \${{ github.event_name == 'push' && 'Deploy' || 'deploy' }}
  cancel-in-progress: \${{ github.event_name == 'workflow_dispatch' }}
jobs:
  work:
${job('    steps:\n      - run: slow')}
`,
    });
    const first = sim.start({ workflow: 'main.yml', event: 'push', source });
    const second = sim.start({ workflow: 'main.yml', event: 'push', source });
    const third = sim.start({ workflow: 'main.yml', event: 'push', source });
    await second.done;
    expect(second.result?.conclusion).toBe('cancelled');
    expect(second.result?.jobs.size).toBe(0);
    // Group names are case-insensitive: 'deploy' is the same group, and this one cancels in progress.
    const fourth = sim.start({ workflow: 'main.yml', event: 'workflow_dispatch', source });
    await Promise.all([first.done, third.done]);
    expect(first.result?.conclusion).toBe('cancelled');
    expect(third.result?.conclusion).toBe('cancelled'); // the pending one, replaced by the fourth
    fourth.cancel();
    await fourth.done;
    expect(sim.groups.log).toEqual([
      `take deploy by run ${first.id}/`,
      `wait deploy by run ${second.id}/`,
      `replace deploy by run ${second.id}/`,
      `wait deploy by run ${third.id}/`,
      `replace deploy by run ${third.id}/`,
      `cancel-running deploy by run ${first.id}/`,
      `wait deploy by run ${fourth.id}/`,
      `release deploy by run ${first.id}/`,
      `take deploy by run ${fourth.id}/`,
      `release deploy by run ${fourth.id}/`,
    ]);
  });

  it('a callee asking for its caller’s group is a deadlock: GitHub cancels the run', async () => {
    const run = await simulate({
      'main.yml': `on: push
jobs:
  call:
    concurrency: shared
    uses: ./.github/workflows/callee.yml
`,
      '.github/workflows/callee.yml': `on: workflow_call
concurrency: shared
jobs:
  inner:
${job('    steps:\n      - run: echo success')}
`,
    });
    expect(run.result?.conclusion).toBe('cancelled');
    expect(resultsOf(run)).toEqual({ call: 'cancelled' });
  });

  it('a job in a protected environment waits for approval; re-run failed jobs keeps what succeeded', async () => {
    let failDeploy = true;
    const sim = new Simulator(
      async (invocation) => ({
        outcome: invocation.jobPath === 'deploy' && failDeploy ? 'failure' : 'success',
        outputs: { attempt: String(invocation.attempt) },
      }),
      { protectedEnvironments: ['production'] },
    );
    const source = sourceWith({
      'main.yml': `on: push
jobs:
  build:
${job('    outputs:\n      attempt: ${{ steps.b.outputs.attempt }}\n    steps:\n      - id: b\n        run: build')}
  deploy:
    needs: build
    environment: production
${job('    steps:\n      - run: deploy')}
`,
    });
    const run = sim.start({ workflow: 'main.yml', event: 'push', source });
    expect(await run.waitingForApproval()).toBe('deploy');
    run.approve('deploy');
    await run.done;
    expect(resultsOf(run)).toEqual({ build: 'success', deploy: 'failure' });
    failDeploy = false;
    const again = sim.rerun(run, 'failed');
    again.approve(await again.waitingForApproval());
    await again.done;
    expect(resultsOf(again)).toEqual({ build: 'success', deploy: 'success' });
    expect(again.result?.jobs.get('build')?.outputs).toEqual({ attempt: '1' });
    expect(again.result?.jobs.get('deploy')?.attempt).toBe(2);
  });
});

describe('interface check of every call (the same loader as the simulator)', () => {
  it('finds no problem in the caller templates, the pipeline and the callees', async () => {
    for (const path of [
      'workflows/deploy.yml',
      'workflows/rollback.yml',
      'workflows/ci.yml',
      '.github/workflows/self-test.yml',
    ]) {
      expect(await checkInterfaces(path), path).toEqual([]);
    }
  });

  it('reports a misspelt input, a literal of the wrong type, a missing required input or secret, and inherit', async () => {
    const caller = (body: string) => `on: workflow_dispatch
jobs:
  release:
    uses: $/.github/workflows/deploy-production.yml
${body}`;
    const good = `    with:
      production-url: https://example.com
      vercel-org-id: team_1
      vercel-project-id: prj_1
      health-failure-limit: 1
    secrets:
      VERCEL_TOKEN: \${{ secrets.VERCEL_TOKEN }}
`;
    const check = (body: string) => checkInterfaces('main.yml', sourceWith({ 'main.yml': caller(body) }));
    expect(await check(good)).toEqual([]);
    const callee = '.github/workflows/deploy-production.yml';
    expect(await check(good.replace('health-failure-limit: 1', 'health-failur-limit: 1'))).toEqual([
      `main.yml: job \`release\` passes input \`health-failur-limit\`, which ${callee} does not declare`,
    ]);
    expect(await check(good.replace('health-failure-limit: 1', "health-failure-limit: '1'"))).toEqual([
      `main.yml: job \`release\` passes input \`health-failure-limit\` as a string; ${callee} declares a number`,
    ]);
    expect(
      await check(good.replace('      vercel-org-id: team_1\n', '').replace('VERCEL_TOKEN:', 'VERCEL_TOKN:')),
    ).toEqual([
      `main.yml: job \`release\` does not pass required input \`vercel-org-id\` of ${callee}`,
      `main.yml: job \`release\` passes secret \`VERCEL_TOKN\`, which ${callee} does not declare`,
      `main.yml: job \`release\` does not pass required secret \`VERCEL_TOKEN\` of ${callee}`,
    ]);
    expect(await check(good.replace(/ {4}secrets:\n.*\n/, '    secrets: inherit\n'))).toEqual([
      'main.yml: job `release` passes secrets: inherit',
    ]);
  });

  it('reports a step input the action does not declare, a missing required one, and an unknown action', async () => {
    const steps = (uses: string, withBlock: string) => `on: push
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - name: Check
        uses: ${uses}
        with:
${withBlock}`;
    const check = (text: string) => checkInterfaces('main.yml', sourceWith({ 'main.yml': text }));
    expect(await check(steps('$/actions/health-check', '          url: https://example.com\n'))).toEqual([]);
    expect(
      await check(
        steps('$/actions/health-check', '          url: https://example.com\n          failur-limit: 1\n'),
      ),
    ).toEqual([
      'main.yml: job `check` step `Check` passes input `failur-limit`, which the action does not declare',
    ]);
    expect(await check(steps('$/', '          path: dist\n'))).toEqual([
      'main.yml: job `check` step `Check` does not pass required input `production-url`',
    ]);
    expect(await check(steps('$/actions/helth-check', '          url: x\n'))).toEqual([
      'main.yml: job `check` step `Check` uses $/actions/helth-check, which has no action.yml',
    ]);
  });
});
