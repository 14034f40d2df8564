import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultAppChecks, MISSING_PATH, rewritesPath } from '../../src/rehearse/app-checks.js';
import { writeTree } from '../helpers/site.js';

const APPS = resolve(import.meta.dirname, '../fixtures/apps');

describe("rehearse --dir: default smoke checks derived from the app's routes", () => {
  it('an SPA with a catch-all rewrite: the missing path must answer 200 (the shell)', async () => {
    expect(await defaultAppChecks(join(APPS, 'vite-spa/dist'), false)).toEqual([
      { name: 'home', path: '/' },
      { name: 'deep link (rewritten by the app)', path: MISSING_PATH, expect: { status: 200 } },
    ]);
  });

  it('a site without a rewrite (plain or built by vercel build): the missing path must answer 404', async () => {
    // The prebuilt fixture has routes (redirects and an error route), none of which rewrites it.
    expect(existsSync(join(APPS, 'static-site/prebuilt/.vercel/output/config.json'))).toBe(true);
    for (const [dir, prebuilt] of [
      ['static-site/source', false],
      ['static-site/prebuilt', true],
    ] as const) {
      expect(await defaultAppChecks(join(APPS, dir), prebuilt), dir).toEqual([
        { name: 'home', path: '/' },
        { name: 'missing page', path: MISSING_PATH, expect: { status: 404 } },
      ]);
    }
  });

  it('a rewrite that only applies under a condition, or to other paths, does not count', async () => {
    const conditional = await writeTree({
      'index.html': 'x',
      'vercel.json': JSON.stringify({
        rewrites: [
          { source: '/(.*)', destination: '/index.html', has: [{ type: 'cookie', key: 'beta' }] },
          { source: '/app/(.*)', destination: '/index.html' },
        ],
      }),
    });
    expect(await rewritesPath(conditional, false, MISSING_PATH)).toBe(false);
    expect(await rewritesPath(conditional, false, '/app/settings')).toBe(true);
    const prebuilt = await writeTree({
      '.vercel/output/config.json': JSON.stringify({
        version: 3,
        routes: [{ handle: 'filesystem' }, { src: '/(?P<rest>.*)', dest: '/index.html' }],
      }),
    });
    expect(await rewritesPath(prebuilt, true, MISSING_PATH)).toBe(true);
  });
});
