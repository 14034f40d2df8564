/**
 * The file is what applications read: OpenFeature's flagd provider in file mode
 * (`@openfeature/flagd-provider`, `resolverType: 'in-process'` with `offlineFlagSourcePath`), through
 * the OpenFeature server SDK, must accept a file Greenlight wrote unchanged and give the same answers
 * as flagd-core, which measures the share.
 */
import { FlagdCore } from '@openfeature/flagd-core';
import { FlagdProvider } from '@openfeature/flagd-provider';
import { OpenFeature } from '@openfeature/server-sdk';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyFlagOperation } from '../../src/flags/operations.js';
import type { FlagRequest } from '../../src/flags/types.js';
import { writeTree } from '../helpers/site.js';

const NOW = new Date('2026-11-27T12:00:00Z');

afterAll(async () => {
  await OpenFeature.close();
});

describe('a flag file Greenlight wrote, read by the OpenFeature flagd file provider', () => {
  it('gives the same answers as flagd-core: rollout, overrides, a killed flag', async () => {
    let text: string | undefined;
    const requests: Partial<FlagRequest>[] = [
      { operation: 'create', flag: 'new-checkout' },
      { operation: 'rollout', flag: 'new-checkout', percentage: 30 },
      { operation: 'override', flag: 'new-checkout', org: 'acme', variant: 'on' },
      { operation: 'override', flag: 'new-checkout', org: 'globex', variant: 'off' },
      { operation: 'create', flag: 'old-banner' },
      { operation: 'enable', flag: 'old-banner' },
      { operation: 'kill', flag: 'old-banner', reason: 'INC-7' },
    ];
    for (const request of requests)
      text = applyFlagOperation(
        text,
        { actor: 'octocat', now: NOW, ...request } as FlagRequest,
        'flags.flagd.json',
      ).text;
    const file = join(await writeTree({}), 'production.flagd.json');
    await writeFile(file, text as string);

    await OpenFeature.setProviderAndWait(
      'flags-test',
      new FlagdProvider({ resolverType: 'in-process', offlineFlagSourcePath: file }),
    );
    const client = OpenFeature.getClient('flags-test');
    const core = new FlagdCore();
    core.setConfigurations(text as string);

    let agreed = 0;
    let on = 0;
    for (let index = 0; index < 2000; index++) {
      const context = {
        targetingKey: `user-${index}`,
        orgId: index % 10 === 0 ? 'acme' : index % 10 === 1 ? 'globex' : `org-${index}`,
      };
      const fromProvider = await client.getBooleanDetails('new-checkout', false, context);
      const fromCore = core.resolveBooleanEvaluation('new-checkout', false, context);
      expect(fromProvider.errorCode).toBeUndefined();
      if (fromProvider.value === fromCore.value) agreed++;
      if (fromProvider.value) on++;
      if (context.orgId === 'acme') expect(fromProvider.value).toBe(true);
      if (context.orgId === 'globex') expect(fromProvider.value).toBe(false);
    }
    expect(agreed).toBe(2000);
    // 10 % acme (on), 10 % globex (off), 30 % of the other 80 %: about 34 %.
    expect(on / 2000).toBeGreaterThan(0.3);
    expect(on / 2000).toBeLessThan(0.38);

    const killed = await client.getBooleanDetails('old-banner', true, { targetingKey: 'user-1' });
    expect(killed).toMatchObject({ value: true, reason: 'DISABLED' });
  });
});
