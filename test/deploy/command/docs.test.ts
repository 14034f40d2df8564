/**
 * docs/command-provider.md must be correct when copied: its scripts run through the provider (with
 * `ssh` and `rsync` played by local stand-ins), and its workflow uses only inputs the actions have.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CommandProvider } from '../../../src/deploy/command/provider.js';
import { promoteWithCas } from '../../../src/deploy/promote.js';
import { convergeRollback } from '../../../src/deploy/rollback.js';
import { systemClock } from '../../../src/runtime/clock.js';
import { type Fixture, fixture, inMs, request } from './fixture.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const markdown = readFileSync(join(root, 'docs/command-provider.md'), 'utf8');
const blocks = (lang: string): string[] =>
  [...markdown.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1] ?? '');

/** The bash blocks, by the path their second line names (`# deploy/deploy.sh: …`). */
const scripts = Object.fromEntries(
  blocks('bash').map((source) => [/^#!.*\n# (\S+):/.exec(source)?.[1] ?? '?', source]),
);

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, string>;
}
const steps =
  (
    parse(blocks('yaml').find((b) => b.includes('jobs:')) ?? '') as {
      jobs: Record<string, { steps: Step[] }>;
    }
  ).jobs.release?.steps ?? [];
const greenlight = steps.filter((s) => s.uses?.startsWith('greenlight-dev/greenlight/actions/'));
const action = (name: string): Step => greenlight.find((s) => s.uses?.includes(`/actions/${name}@`)) ?? {};

describe('the workflow in docs/command-provider.md', () => {
  it('uses only inputs the actions declare', () => {
    expect(greenlight.map((s) => /actions\/([a-z-]+)@/.exec(s.uses ?? '')?.[1])).toEqual([
      'deploy',
      'smoke-test',
      'promote',
      'health-check',
      'rollback',
    ]);
    for (const step of greenlight) {
      const name = /actions\/([a-z-]+)@/.exec(step.uses ?? '')?.[1] ?? '';
      const meta = parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8')) as {
        inputs: Record<string, unknown>;
      };
      for (const key of Object.keys(step.with ?? {}))
        expect(Object.keys(meta.inputs), `${name}: ${key}`).toContain(key);
    }
  });

  it('runs the scripts the page shows', () => {
    const commands = greenlight.flatMap((s) =>
      Object.entries(s.with ?? {}).filter(([k]) => k.endsWith('-command')),
    );
    for (const [, line] of commands) expect(Object.keys(scripts)).toContain(line.replace(/^bash /, ''));
  });
});

describe('the example scripts in docs/command-provider.md', () => {
  let f: Fixture;
  let provider: CommandProvider;
  const site = (): string => join(f.dir, 'site');

  beforeEach(() => {
    f = fixture();
    for (const [path, source] of Object.entries(scripts)) {
      mkdirSync(join(f.dir, 'deploy'), { recursive: true });
      writeFileSync(join(f.dir, path), source);
    }
    const bin = join(f.dir, 'bin');
    mkdirSync(bin);
    // ssh HOST COMMAND → run COMMAND here; rsync … SRC HOST:DEST → copy SRC's contents to DEST.
    writeFileSync(join(bin, 'ssh'), '#!/usr/bin/env bash\nshift\nexec bash -c "$*"\n');
    writeFileSync(
      join(bin, 'rsync'),
      '#!/usr/bin/env bash\nsrc="${*: -2:1}"\ndest="${*: -1}"\ndest="${dest#*:}"\nmkdir -p "$dest" && cp -R "$src". "$dest"\n',
    );
    chmodSync(join(bin, 'ssh'), 0o755);
    chmodSync(join(bin, 'rsync'), 0o755);
    mkdirSync(join(site(), 'releases'), { recursive: true });
    mkdirSync(join(f.dir, 'dist'));
    writeFileSync(join(f.dir, 'dist', 'index.html'), '<title>v1</title>');
    const input = (name: string, key: string): string => action(name).with?.[key] ?? '';
    provider = f.provider(
      {
        deploy: input('deploy', 'deploy-command'),
        promote: input('promote', 'promote-command'),
        rollback: input('rollback', 'rollback-command'),
        production: input('deploy', 'production-command'),
      },
      {
        env: {
          ...process.env,
          PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
          DEPLOY_HOST: 'deploy@static.example.test',
          SITE_ROOT: site(),
        },
      },
    );
  });
  afterEach(() => f.remove());

  const meta = (sha: string) => ({
    greenlightEnvironment: 'production',
    githubCommitSha: sha,
    githubRunId: '42',
  });
  const live = (): string => readlinkSync(join(site(), 'current'));

  it('deploy staged, promote, roll back', async () => {
    expect(await provider.production()).toBeUndefined();

    const first = await provider.deploy(
      request({ path: join(f.dir, 'dist'), meta: meta('3f2c1a9b0d4e5f60718293a4b5c6d7e8f9012345') }),
    );
    expect(first.deployment).toMatchObject({
      id: 'production-3f2c1a9b0d4e-42',
      url: 'https://production-3f2c1a9b0d4e-42.releases.example.com',
    });
    expect(readFileSync(join(site(), 'releases', first.deployment.id, 'index.html'), 'utf8')).toBe(
      '<title>v1</title>',
    );
    expect(existsSync(join(site(), 'current'))).toBe(false); // staged: not live

    const args = { expectedCurrentId: undefined, deadline: inMs(20_000), logger: f.logger };
    expect((await promoteWithCas(provider, { ...args, deploymentId: first.deployment.id })).outcome).toBe(
      'promoted',
    );
    expect(live()).toBe(`releases/${first.deployment.id}`);

    const second = await provider.deploy(
      request({ path: join(f.dir, 'dist'), meta: meta('aaaabbbbccccdddd') }),
    );
    const promoted = await promoteWithCas(provider, {
      ...args,
      deploymentId: second.deployment.id,
      expectedCurrentId: first.deployment.id,
    });
    expect(promoted).toMatchObject({ outcome: 'promoted', previousDeploymentId: first.deployment.id });
    expect(live()).toBe('releases/production-aaaabbbbcccc-42');

    const rolled = await convergeRollback(provider, {
      toDeploymentId: promoted.previousDeploymentId,
      reason: 'error rate 9% > 5%',
      deadline: inMs(20_000),
      clock: systemClock,
      logger: f.logger,
    });
    expect(rolled).toMatchObject({ outcome: 'rolled_back', attempts: 1 });
    expect(live()).toBe(`releases/${first.deployment.id}`);
    expect(f.logger.lines.map((l) => l.message)).toContain(
      `switching production to ${first.deployment.id} (rollback: error rate 9% > 5%)`,
    );
  });

  it('switch.sh refuses an id it did not make', async () => {
    await expect(provider.promote("x'; touch pwned; '", inMs(10_000))).rejects.toThrow(
      "promote-command 'bash' exited with code 2; stderr: refusing unexpected deployment id",
    );
    expect(existsSync(join(f.dir, 'pwned'))).toBe(false);
  });

  it('a non-staged production deploy goes live at once', async () => {
    const { deployment } = await provider.deploy(
      request({ path: join(f.dir, 'dist'), staged: false, meta: meta('0123456789abcdef') }),
    );
    expect(live()).toBe(`releases/${deployment.id}`);
    expect((await provider.production())?.id).toBe(deployment.id);
  });
});
