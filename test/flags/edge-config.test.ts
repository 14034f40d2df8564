/**
 * The Edge Config sync (src/flags/edge-config.ts) end to end: a document written by the flag
 * operations, synced to the embedded sandbox, then read back with `@vercel/edge-config` the way an
 * application on Vercel reads it — and evaluated with flagd-core in interpreter mode, as an edge
 * runtime must. Refusals (size, id) send nothing; a refused write is one line without the token.
 */
import { FlagdCore } from '@openfeature/flagd-core';
import { createClient } from '@vercel/edge-config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_EDGE_CONFIG_SIZE_LIMIT_BYTES,
  EdgeConfigSyncError,
  edgeConfigItems,
  edgeConfigSizeBytes,
  staticFlags,
  syncEdgeConfig,
} from '../../src/flags/edge-config.js';
import { serializeFlagDocument } from '../../src/flags/document.js';
import { applyFlagOperation } from '../../src/flags/operations.js';
import { measureShare } from '../../src/flags/share.js';
import type { FlagRequest } from '../../src/flags/types.js';
import { HttpClient } from '../../src/http/client.js';
import { ConfigurationError } from '../../src/runtime/errors.js';
import { systemClock } from '../../src/runtime/clock.js';
import { recordingLogger, silentLogger } from '../../src/runtime/logger.js';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js';

const FILE = 'flags/production.flagd.json';
const NOW = new Date('2026-11-27T12:00:00Z');

/** Applies `requests` in turn to `text` (undefined: no file yet) and returns the last text. */
function apply(text: string | undefined, ...requests: Partial<FlagRequest>[]): string | undefined {
  let current = text;
  for (const request of requests)
    current = applyFlagOperation(
      current,
      { actor: 'octocat', now: NOW, ...request } as FlagRequest,
      FILE,
    ).text;
  return current;
}

/**
 * A production file as the operations write it: `dark-mode` enabled (on), `new-search` created (off),
 * `new-checkout` at a 25 % rollout, `beta-banner` overridden for one organisation, `legacy-api`
 * enabled then killed, `old-header` archived — plus `theme`, a hand-edited string flag.
 */
function productionFile(): string {
  const written = apply(
    undefined,
    { operation: 'create', flag: 'dark-mode' },
    { operation: 'enable', flag: 'dark-mode', reason: 'launch' },
    { operation: 'create', flag: 'new-search' },
    { operation: 'create', flag: 'new-checkout' },
    { operation: 'rollout', flag: 'new-checkout', percentage: 25, reason: 'canary' },
    { operation: 'create', flag: 'beta-banner' },
    { operation: 'override', flag: 'beta-banner', org: 'acme', variant: 'on' },
    { operation: 'create', flag: 'legacy-api' },
    { operation: 'enable', flag: 'legacy-api' },
    { operation: 'kill', flag: 'legacy-api', reason: 'incident 42' },
    { operation: 'create', flag: 'old-header' },
    { operation: 'archive', flag: 'old-header' },
  );
  const document = JSON.parse(written ?? '');
  document.flags.theme = {
    state: 'ENABLED',
    variants: { light: 'light', dark: 'dark' },
    defaultVariant: 'dark',
  };
  return serializeFlagDocument(document);
}

/** What `flags` must hold for {@link productionFile}: static managed flags only. */
const EXPECTED_FLAGS = { 'dark-mode': true, 'new-search': false };

const ID = 'ecfg_greenlightflags1';
/** An OpenFeature logger that drops everything. */
const quietOpenFeatureLogger = { error() {}, warn() {}, info() {}, debug() {} };

let sandbox: Sandbox;
let http: HttpClient;
beforeAll(async () => {
  sandbox = await startSandbox({ buildDelayMs: 30 });
  http = new HttpClient({ clock: systemClock, logger: silentLogger, baseDelayMs: 5, maxDelayMs: 20 });
});
afterAll(async () => {
  await sandbox.close();
});

/** Clears the sandbox's request log. */
async function clearLog(): Promise<void> {
  await fetch(`${sandbox.api}/_sandbox/requests`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${sandbox.token}` },
  });
}

/** The logged Edge Config writes since the last {@link clearLog}. */
async function writes(): Promise<
  { method: string; path: string; query: Record<string, string>; status: number }[]
> {
  const res = await fetch(`${sandbox.api}/_sandbox/requests`, {
    headers: { authorization: `Bearer ${sandbox.token}` },
  });
  const { requests } = (await res.json()) as {
    requests: { method: string; path: string; query: Record<string, string>; status: number }[];
  };
  return requests.filter((entry) => entry.method === 'PATCH');
}

/** Options for a sync of `documentText` to the sandbox. */
function syncOptions(documentText: string, extra: Partial<Parameters<typeof syncEdgeConfig>[0]> = {}) {
  return {
    http,
    apiUrl: sandbox.api,
    token: sandbox.token,
    teamId: sandbox.teamId,
    edgeConfigId: ID,
    documentText,
    where: FILE,
    logger: silentLogger,
    ...extra,
  };
}

/** The error `promise` rejects with (fails the test when it resolves). */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('edgeConfigItems', () => {
  it('gives flagd (the whole document) and flags (enabled managed flags without targeting)', () => {
    const text = productionFile();
    const [flagd, flags] = edgeConfigItems(text, FILE);
    expect(flagd).toEqual({
      operation: 'upsert',
      key: 'flagd',
      value: JSON.parse(text),
      description: expect.any(String),
    });
    // Left out: the rollout, the override, the killed and archived flags, the hand-edited one.
    expect(flags).toEqual({
      operation: 'upsert',
      key: 'flags',
      value: EXPECTED_FLAGS,
      description: expect.any(String),
    });
    for (const item of [flagd, flags]) expect(item.description.length).toBeLessThanOrEqual(512);
    expect(edgeConfigSizeBytes([flagd, flags])).toBe(
      Buffer.byteLength(JSON.stringify({ flagd: JSON.parse(text), flags: EXPECTED_FLAGS })),
    );
  });

  it('follows the operations: a flag leaves flags when it gets targeting or is killed, returns when static again', () => {
    const text = productionFile();
    const rolledOut = apply(text, {
      operation: 'rollout',
      flag: 'dark-mode',
      percentage: 50,
      reason: 'back to canary',
    });
    expect(staticFlags(JSON.parse(rolledOut ?? ''))).toEqual({ 'new-search': false });
    const full = apply(rolledOut, {
      operation: 'rollout',
      flag: 'dark-mode',
      percentage: 100,
      reason: 'done',
    });
    expect(staticFlags(JSON.parse(full ?? ''))).toEqual(EXPECTED_FLAGS);
    const killed = apply(full, { operation: 'kill', flag: 'new-search', reason: 'broken' });
    expect(staticFlags(JSON.parse(killed ?? ''))).toEqual({ 'dark-mode': true });
    const restored = apply(text, { operation: 'restore', flag: 'legacy-api' });
    expect(staticFlags(JSON.parse(restored ?? ''))).toEqual({ ...EXPECTED_FLAGS, 'legacy-api': true });
  });

  it('refuses a text that is not a valid flagd document, naming it', () => {
    for (const bad of ['', '{', '{"flags":{"x":{"state":"ON","variants":{}}}}'])
      expect(() => edgeConfigItems(bad, FILE)).toThrow(ConfigurationError);
    expect(() => edgeConfigItems('{', FILE)).toThrow(/^flags\/production\.flagd\.json: /);
  });
});

describe('syncEdgeConfig against the sandbox, read back with @vercel/edge-config', () => {
  it('upserts both items in one PATCH; an app reads flagd (evaluable at the edge) and flags', async () => {
    await clearLog();
    const text = productionFile();
    const logger = recordingLogger();
    const result = await syncEdgeConfig({ ...syncOptions(text), logger });
    expect(result).toEqual({ bytes: edgeConfigSizeBytes(edgeConfigItems(text)), items: ['flagd', 'flags'] });
    expect(result.bytes).toBeLessThan(DEFAULT_EDGE_CONFIG_SIZE_LIMIT_BYTES);
    const sent = await writes();
    expect(sent).toEqual([
      expect.objectContaining({
        path: `/v1/edge-config/${ID}/items`,
        query: { teamId: sandbox.teamId },
        status: 200,
      }),
    ]);
    expect(logger.lines).toEqual([
      { level: 'info', message: expect.stringContaining(`${result.bytes} of 65536 bytes`) },
    ]);
    expect(JSON.stringify(logger.lines)).not.toContain(sandbox.token);

    // As an app on Vercel: EDGE_CONFIG is the connection string (here pointing at the sandbox).
    const client = createClient(`${sandbox.api}/${ID}?token=${sandbox.token}`);
    const flagd = await client.get('flagd');
    expect(flagd).toEqual(JSON.parse(text));
    expect(await client.get('flags')).toEqual(EXPECTED_FLAGS);

    // flagd-core in interpreter mode (no new Function(), as the Edge Runtime requires) serves
    // what the repository file serves: the 25 % rollout, the override, the killed flag's default.
    const core = new FlagdCore(undefined, quietOpenFeatureLogger, { disableDynamicCodeGeneration: true });
    core.setConfigurations(JSON.stringify(flagd));
    let on = 0;
    for (let index = 0; index < 2000; index++)
      if (core.resolveBooleanEvaluation('new-checkout', false, { targetingKey: `user-${index}` }).value) on++;
    expect((on / 2000) * 100).toBeCloseTo(measureShare(text, 'new-checkout', 2000), 5);
    expect(core.resolveBooleanEvaluation('beta-banner', false, { orgId: 'acme' }).value).toBe(true);
    expect(core.resolveBooleanEvaluation('beta-banner', false, { orgId: 'globex' }).value).toBe(false);
    expect(core.resolveBooleanEvaluation('legacy-api', true, {}).value).toBe(true); // killed: code default
  });

  it('overwrites both items on the next change (last writer wins)', async () => {
    const first = productionFile();
    await syncEdgeConfig(syncOptions(first));
    const next = apply(first, { operation: 'enable', flag: 'new-search', reason: 'ready' }) ?? '';
    await syncEdgeConfig(syncOptions(next));
    const client = createClient(`${sandbox.api}/${ID}?token=${sandbox.token}`);
    expect(await client.get('flags')).toEqual({ 'dark-mode': true, 'new-search': true });
    expect(await client.get('flagd')).toEqual(JSON.parse(next));
  });

  it('retries a 503 (the write is a full snapshot) and succeeds', async () => {
    await clearLog();
    await fetch(`${sandbox.api}/_sandbox/faults`, {
      method: 'POST',
      headers: { authorization: `Bearer ${sandbox.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ endpoint: 'PATCH /v1/edge-config/*/items', status: 503, count: 1 }),
    });
    await syncEdgeConfig(syncOptions(productionFile()));
    expect((await writes()).map((entry) => entry.status)).toEqual([503, 200]);
  });
});

describe('syncEdgeConfig refusals', () => {
  it('refuses items over the size limit with one line saying both sizes, and sends nothing', async () => {
    await clearLog();
    const text = productionFile();
    const bytes = edgeConfigSizeBytes(edgeConfigItems(text));
    const error = await rejection(syncEdgeConfig(syncOptions(text, { sizeLimitBytes: 1024 })));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).not.toContain('\n');
    expect(error.message).toMatch(/^input 'edge-config-size-limit': /);
    expect(error.message).toContain(`${bytes} bytes, over the limit of 1024 bytes`);
    expect(await writes()).toEqual([]);
    // The same document fits the default (Pro) limit; Hobby's 8 KB is checked the same way.
    const large = apply(
      text,
      ...Array.from({ length: 60 }, (_unused, index) => ({
        operation: 'create' as const,
        flag: `flag-${index}`,
      })),
    );
    const largeBytes = edgeConfigSizeBytes(edgeConfigItems(large ?? ''));
    expect(largeBytes).toBeGreaterThan(8192);
    const hobby = await rejection(syncEdgeConfig(syncOptions(large ?? '', { sizeLimitBytes: 8192 })));
    expect(hobby.message).toContain(`${largeBytes} bytes, over the limit of 8192 bytes`);
    expect(await writes()).toEqual([]);
  });

  it.each([0, -1, 1.5, Number.NaN])(
    'refuses a size limit of %s naming edge-config-size-limit',
    async (limit) => {
      const error = await rejection(syncEdgeConfig(syncOptions(productionFile(), { sizeLimitBytes: limit })));
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.message).toMatch(/^input 'edge-config-size-limit': expected a positive whole number/);
    },
  );

  it.each([
    ['a dash instead of the underscore', 'ecfg-abc123'],
    ['no ecfg_ prefix', 'abc123'],
    ['an empty id', ''],
    ['a pasted connection string', `https://edge-config.vercel.com/ecfg_abc123?token=read-secret-0042`],
  ])('refuses %s naming edge-config-id, without echoing it, and sends nothing', async (_what, id) => {
    await clearLog();
    const error = await rejection(syncEdgeConfig(syncOptions(productionFile(), { edgeConfigId: id })));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(/^input 'edge-config-id': expected an Edge Config id matching \^ecfg_/);
    expect(error.message).not.toContain('\n');
    expect(error.message).not.toContain('read-secret-0042');
    expect(await writes()).toEqual([]);
  });

  it('reports a 403 as one line naming vercel-token, without the token', async () => {
    await clearLog();
    const token = 'wrong-token-5f2b9c7e1d';
    const error = await rejection(syncEdgeConfig(syncOptions(productionFile(), { token })));
    expect(error).toBeInstanceOf(EdgeConfigSyncError);
    expect(error).toMatchObject({ status: 403, input: 'vercel-token' });
    expect(error.message).toBe(
      `Edge Config ${ID}: PATCH ${sandbox.api}/v1/edge-config/${ID}/items: answered 403: Not authorized (forbidden) (check input 'vercel-token')`,
    );
    expect(error.message).not.toContain(token);
    expect(error.message).not.toContain(sandbox.token);
    expect((await writes()).map((entry) => entry.status)).toEqual([403]); // refused, not retried
  });

  it('never prints the token even when the API echoes it back', async () => {
    await fetch(`${sandbox.api}/_sandbox/faults`, {
      method: 'POST',
      headers: { authorization: `Bearer ${sandbox.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        endpoint: 'PATCH /v1/edge-config/*/items',
        status: 403,
        code: sandbox.token,
        count: 1,
      }),
    });
    const error = await rejection(syncEdgeConfig(syncOptions(productionFile())));
    expect(error).toMatchObject({ status: 403, input: 'vercel-token' });
    expect(error.message).toContain('(***)');
    expect(error.message).not.toContain(sandbox.token);
  });

  it('refuses an empty token naming vercel-token before sending', async () => {
    await clearLog();
    const error = await rejection(syncEdgeConfig(syncOptions(productionFile(), { token: ' ' })));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(/^input 'vercel-token': /);
    expect(await writes()).toEqual([]);
  });
});
