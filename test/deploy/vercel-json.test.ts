import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_BUILT_PROJECT_SETTINGS, staticDeploymentSettings } from '../../src/deploy/vercel/vercel-json.js';
import { ConfigurationError } from '../../src/runtime/errors.js';
import { writeTree } from '../helpers/site.js';

const APPS = resolve(import.meta.dirname, '../fixtures/apps');

describe('staticDeploymentSettings: what a deploy of a built directory sends besides its files', () => {
  it('a built directory without vercel.json: only the as-built project settings', async () => {
    const dir = await writeTree({ 'index.html': 'x' });
    expect(await staticDeploymentSettings(dir, false)).toEqual({
      body: { projectSettings: AS_BUILT_PROJECT_SETTINGS },
      warnings: [],
      source: false,
      routes: [],
    });
  });

  it("a Vite dist/: its vercel.json's rewrite and headers go in the body, as the CLI sends them", async () => {
    const settings = await staticDeploymentSettings(join(APPS, 'vite-spa/dist'), false);
    expect(settings.body).toEqual({
      projectSettings: AS_BUILT_PROJECT_SETTINGS,
      rewrites: [{ source: '/(.*)', destination: '/index.html' }],
      headers: [
        {
          source: '/assets/(.*)',
          headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
        },
      ],
    });
    expect(settings.warnings).toEqual([]);
    // The routes Vercel makes of it: the headers rule, the filesystem, then the rewrite.
    expect(settings.routes.at(-1)).toEqual({ src: '^(?:/(.*))$', dest: '/index.html', check: true });
  });

  it('a source tree (package.json) keeps the project settings: Vercel builds it', async () => {
    const settings = await staticDeploymentSettings(join(APPS, 'vite-spa/source'), false);
    expect(settings).toMatchObject({ body: {}, source: true });
  });

  it('a prebuilt tree sends nothing more: its routing is in .vercel/output/config.json', async () => {
    // Even a vercel.json the plain deploy would refuse is not read: `vercel build` already applied it.
    const dir = await writeTree({ 'vercel.json': '{"buildCommand": "npm run build"' });
    expect(await staticDeploymentSettings(dir, true)).toEqual({
      body: {},
      warnings: [],
      source: false,
      routes: [],
    });
    await expect(staticDeploymentSettings(dir, false)).rejects.toThrow(/not valid JSON/);
  });

  it('[input] refuses build settings that would have Vercel build the files; warns about those with no effect', async () => {
    for (const [key, value] of [
      ['buildCommand', 'npm run build'],
      ['framework', 'vite'],
      ['installCommand', 'npm ci'],
      ['outputDirectory', 'dist'],
      ['ignoreCommand', 'exit 0'],
      ['builds', [{ src: '**', use: '@vercel/static' }]],
    ] as const) {
      const dir = await writeTree({ 'index.html': 'x', 'vercel.json': JSON.stringify({ [key]: value }) });
      await expect(staticDeploymentSettings(dir, false), key).rejects.toThrow(
        `input 'path': vercel.json "${key}" would have Vercel build the deployed files`,
      );
    }
    const kept = await writeTree({
      'index.html': 'x',
      'vercel.json': JSON.stringify({ buildCommand: '', framework: null, functions: { 'api/*.js': {} } }),
    });
    expect((await staticDeploymentSettings(kept, false)).warnings).toEqual([
      'vercel.json "functions" has no effect: Greenlight deploys the directory as built (use prebuilt for functions)',
    ]);
  });

  it('reads vercel.json again once it changed, and does not keep a failure', async () => {
    const dir = await writeTree({ 'index.html': 'x', 'vercel.json': '{"cleanUrls": tru' });
    await expect(staticDeploymentSettings(dir, false)).rejects.toThrow(/not valid JSON/);
    await writeFile(join(dir, 'vercel.json'), '{"cleanUrls": true}');
    expect((await staticDeploymentSettings(dir, false)).body).toMatchObject({ cleanUrls: true });
  });

  it('[input] refuses vercel.json that is not a JSON object, or whose routing is invalid, in one line', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ 'vercel.json': '{"cleanUrls": tru' }, /^input 'path': vercel\.json is not valid JSON: /],
      [{ 'vercel.json': '[]' }, /^input 'path': vercel\.json must hold a JSON object$/],
      [{ 'vercel.json': '{"cleanUrls": "yes"}' }, /^input 'path': vercel\.json: .*cleanUrls/],
      [
        {
          'vercel.json': JSON.stringify({
            routes: [{ src: '/a', dest: '/b' }],
            rewrites: [{ source: '/c', destination: '/d' }],
          }),
        },
        /^input 'path': vercel\.json: .*routes/,
      ],
    ];
    for (const [files, message] of cases) {
      const dir = await writeTree({ 'index.html': 'x', ...files });
      const error = await staticDeploymentSettings(dir, false).catch((e: unknown) => e);
      expect(error, JSON.stringify(files)).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message, JSON.stringify(files)).toMatch(message);
      expect((error as Error).message).not.toContain('\n');
    }
  });
});
