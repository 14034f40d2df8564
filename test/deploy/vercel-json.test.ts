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
      hasVercelJson: false,
      source: false,
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
  });

  it('a source tree (package.json) keeps the project settings: Vercel builds it', async () => {
    const settings = await staticDeploymentSettings(join(APPS, 'vite-spa/source'), false);
    expect(settings).toMatchObject({ body: {}, source: true, hasVercelJson: false });
  });

  it('a prebuilt tree sends nothing more: its routing is in .vercel/output/config.json', async () => {
    expect((await staticDeploymentSettings(join(APPS, 'static-site/prebuilt'), true)).body).toEqual({});
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
