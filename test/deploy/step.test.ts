/**
 * deployStep with a prepared deploy: the tree is hashed once, a reuse drops the prepared deploy
 * unsent, and a failure before sending drops it too.
 */
import { describe, expect, it } from 'vitest';
import { deployStep } from '../../src/deploy/step.js';
import type { DeployProvider, DeploymentInfo, PreparedDeploy } from '../../src/deploy/types.js';
import { recordingLogger } from '../../src/runtime/logger.js';

const KEY = 'c'.repeat(64);

function deployment(id: string, meta: Record<string, string> = {}): DeploymentInfo {
  return { id, url: `https://${id}.example`, createdAt: 1, production: true, state: 'ready', meta };
}

/** A provider whose every call is recorded; `reusable` is what the reuse lookup finds. */
function fakeProvider(options: {
  reusable?: DeploymentInfo;
  failLookup?: boolean;
  failProduction?: boolean;
}) {
  const calls: string[] = [];
  const prepared: PreparedDeploy = {
    contentKey: KEY,
    deploy: async (request) => {
      calls.push(`send ${request.meta.greenlightContentKey}`);
      return { deployment: deployment('new'), uploadedBytes: 1, uploadedFiles: 1 };
    },
    discard: () => calls.push('discard'),
  };
  const provider = {
    name: 'vercel',
    prepareDeploy: async () => {
      calls.push('prepare');
      return prepared;
    },
    production: async () => {
      if (options.failProduction) throw new Error('production read failed');
      return undefined;
    },
    findReusable: async (meta: Record<string, string>) => {
      calls.push(`lookup ${meta.greenlightContentKey}`);
      if (options.failLookup) throw new Error('lookup failed');
      return options.reusable;
    },
    deploy: async () => {
      calls.push('deploy unprepared');
      throw new Error('not expected');
    },
    previousProduction: async () => undefined,
  } as unknown as DeployProvider;
  return { provider, calls };
}

const args = {
  path: '/site',
  environment: 'staging' as const,
  staged: false,
  prebuilt: false,
  meta: { greenlightEnvironment: 'staging' },
  deadline: Date.now() + 60_000,
  alias: undefined,
  logger: recordingLogger(),
};

describe('deployStep with a prepared deploy', () => {
  it('sends the prepared deploy, keyed by its content key, when nothing is reusable', async () => {
    const { provider, calls } = fakeProvider({});
    const result = await deployStep(provider, args);
    expect(result).toMatchObject({ reused: false, deployment: { id: 'new' } });
    expect(calls).toEqual(['prepare', `lookup ${KEY}`, `send ${KEY}`, 'discard']);
  });

  it('drops the prepared deploy unsent when a deployment of the same content is reused', async () => {
    const { provider, calls } = fakeProvider({ reusable: deployment('old', { greenlightContentKey: KEY }) });
    const result = await deployStep(provider, args);
    expect(result).toMatchObject({ reused: true, deployment: { id: 'old' } });
    expect(calls).toEqual(['prepare', `lookup ${KEY}`, 'discard']);
  });

  it('drops it unsent when the reuse lookup or the production read fails', async () => {
    const lookup = fakeProvider({ failLookup: true });
    await expect(deployStep(lookup.provider, args)).rejects.toThrow('lookup failed');
    expect(lookup.calls).toEqual(['prepare', `lookup ${KEY}`, 'discard']);
    const read = fakeProvider({ failProduction: true });
    await expect(deployStep(read.provider, { ...args, environment: 'production' })).rejects.toThrow(
      'production read failed',
    );
    expect(read.calls).toEqual(['prepare', 'discard']);
  });
});
