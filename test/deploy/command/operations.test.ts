import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProviderError } from '../../../src/deploy/types.js';
import { ConfigurationError } from '../../../src/runtime/errors.js';
import { type Fixture, fixture, inMs, printLines, recordEnv, request } from './fixture.js';

let f: Fixture;
beforeEach(() => {
  f = fixture();
});
afterEach(() => f.remove());

type Recorded = { env: Record<string, string> };

describe('promote and rollback', () => {
  it('promote receives the id, and the url of a deployment made in this process', async () => {
    f.script('deploy.mjs', printLines('{"id": "dpl_9", "url": "https://dpl-9.example.test"}'));
    f.script('promote.mjs', recordEnv('promote.json'));
    const provider = f.provider({ deploy: 'node deploy.mjs', promote: 'node promote.mjs' });
    await provider.deploy(request());
    await provider.promote('dpl_9', inMs(10_000));
    expect(f.readJson<Recorded>('promote.json').env).toEqual({
      GREENLIGHT_DEPLOYMENT_ID: 'dpl_9',
      GREENLIGHT_DEPLOYMENT_URL: 'https://dpl-9.example.test',
    });
  });

  it('rollback receives the target and the reason; an unknown target has no url', async () => {
    f.script('rollback.mjs', recordEnv('rollback.json'));
    const provider = f.provider({ rollback: 'node rollback.mjs' });
    await provider.rollback('dpl_old', inMs(10_000), 'error rate 12% > 5%');
    expect(f.readJson<Recorded>('rollback.json').env).toEqual({
      GREENLIGHT_DEPLOYMENT_ID: 'dpl_old',
      GREENLIGHT_ROLLBACK_REASON: 'error rate 12% > 5%',
    });
    await provider.rollback('dpl_old', inMs(10_000), undefined);
    expect(f.readJson<Recorded>('rollback.json').env.GREENLIGHT_ROLLBACK_REASON).toBe('');
  });

  it('with production-command, a promote that did not take is an error', async () => {
    f.script('promote.mjs', '');
    f.script('production.mjs', printLines('{"id": "dpl_live", "url": "https://live.example.test"}'));
    const provider = f.provider({ promote: 'node promote.mjs', production: 'node production.mjs' });
    await expect(provider.promote('dpl_new', inMs(10_000))).rejects.toThrow(
      new ProviderError('promote-command exited 0 but production-command reports dpl_live, not dpl_new'),
    );
  });

  it('a failing promote names the program, the exit code and the stderr tail', async () => {
    f.script('promote.mjs', `console.error('alias busy'); process.exit(2);`);
    await expect(f.provider({ promote: 'node promote.mjs' }).promote('d', inMs(10_000))).rejects.toThrow(
      "promote-command 'node' exited with code 2; stderr: alias busy",
    );
  });
});

describe('production', () => {
  it('reads the live deployment, and get() knows it afterwards', async () => {
    f.script(
      'production.mjs',
      printLines('checking…', '{"id": "dpl_live", "url": "https://live.example.test"}'),
    );
    const provider = f.provider({ production: 'node production.mjs' });
    const live = await provider.production();
    expect(live).toEqual({
      id: 'dpl_live',
      url: 'https://live.example.test',
      createdAt: 0,
      production: true,
      state: 'ready',
      meta: {},
    });
    expect(await provider.get('dpl_live')).toEqual(live);
  });

  it('null, or no JSON line at all, means nothing is live', async () => {
    f.script('null.mjs', printLines('no production deployment yet', 'null'));
    f.script('quiet.mjs', printLines('nothing here'));
    expect(await f.provider({ production: 'node null.mjs' }).production()).toBeUndefined();
    expect(await f.provider({ production: 'node quiet.mjs' }).production()).toBeUndefined();
  });

  it('keeps what this process knows about a deployment it made', async () => {
    f.script(
      'deploy.mjs',
      printLines('{"id": "d1", "url": "https://d1.example.test", "createdAt": 1700000000000}'),
    );
    f.script('production.mjs', printLines('{"id": "d1"}'));
    const provider = f.provider({ deploy: 'node deploy.mjs', production: 'node production.mjs' });
    await provider.deploy(request({ meta: { githubCommitSha: 'abc' } }));
    expect(await provider.production()).toMatchObject({
      id: 'd1',
      url: 'https://d1.example.test',
      createdAt: 1_700_000_000_000,
      meta: { githubCommitSha: 'abc' },
    });
  });

  it('an invalid line is an error', async () => {
    f.script('production.mjs', printLines('{"url": "https://live.example.test"}'));
    await expect(f.provider({ production: 'node production.mjs' }).production()).rejects.toThrow(
      /^production-command 'node' printed a result without an "id" string; expected .* or null; last stdout lines: /,
    );
  });

  it('without production-command, production is unknown until this process promotes or rolls back', async () => {
    f.script('switch.mjs', '');
    const provider = f.provider({ promote: 'node switch.mjs', rollback: 'node switch.mjs' });
    expect(provider.readsProduction).toBe(false);
    expect(await provider.production()).toBeUndefined();
    expect(await provider.previousProduction('d')).toBeUndefined();
    await provider.promote('dpl_new', inMs(10_000));
    expect(await provider.production()).toMatchObject({ id: 'dpl_new', state: 'ready' });
    await provider.rollback('dpl_old', inMs(10_000), undefined);
    expect((await provider.production())?.id).toBe('dpl_old');
    expect(f.logger.lines.map((l) => l.message)).toContain(
      'rollback-command exited 0; production is taken to be dpl_old (no production-command to confirm it)',
    );
  });
});

describe('what the command provider cannot do', () => {
  it('get() of an unknown id assumes a ready production deployment of unknown age', async () => {
    expect(await f.provider({}).get('dpl_x')).toEqual({
      id: 'dpl_x',
      url: '',
      createdAt: 0,
      production: true,
      state: 'ready',
      meta: {},
    });
  });

  it('finds nothing to reuse and assigns no aliases', async () => {
    const provider = f.provider({});
    expect(await provider.findReusable({ githubCommitSha: 'abc' }, 'production')).toBeUndefined();
    await expect(provider.assignAlias('d', 'www.example.test', inMs(1000))).rejects.toThrow(
      new ProviderError('the command provider does not assign aliases; do it in your deploy command'),
    );
  });

  it.each([
    ['deploy', 'deploy-command', 'deploy'],
    ['promote', 'promote-command', 'promote'],
    ['rollback', 'rollback-command', 'roll back'],
  ] as const)('a missing %s command names its input', async (operation, input, verb) => {
    const provider = f.provider({ deploy: '  ', promote: '' });
    const call =
      operation === 'deploy'
        ? provider.deploy(request())
        : operation === 'promote'
          ? provider.promote('d', inMs(1000))
          : provider.rollback('d', inMs(1000), undefined);
    await expect(call).rejects.toThrow(
      new ConfigurationError(`input '${input}': required with provider 'command' to ${verb}`),
    );
  });

  it.each([
    ['./deploy.sh && ./notify.sh', "'&&'"],
    ['npx wrangler pages deploy dist | tee log', "'|'"],
    ['./deploy.sh --token $DEPLOY_TOKEN', "'$DEPLOY_TOKEN'"],
    ['./deploy.sh "${TARGET}"', "'${TARGET}'"],
    ['./deploy.sh $(cat target)', "'$('"],
    ['DEPLOY_TOKEN=s3cret ./deploy.sh', "'DEPLOY_TOKEN=…'"],
  ])('refuses shell syntax up front: %s', (line, shown) => {
    expect(() => f.provider({ promote: line })).toThrow(
      new ConfigurationError(
        `input 'promote-command': runs without a shell, so ${shown} is not shell syntax here but a literal word; put the steps in a script and run that`,
      ),
    );
  });
});
