/**
 * Real apps through the sandbox, built by the real tools (scripts/app-fixtures.mjs): a Vite SPA whose
 * dist/ carries a vercel.json catch-all rewrite, and a static site with `cleanUrls`,
 * `trailingSlash: false`, a redirect and a header — deployed as its plain source directory (the
 * sandbox routes it from its vercel.json) and as the Build Output tree `vercel build` made of it.
 * Both must answer the same, as Vercel would.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { api, deploy, deployReady, get, testSandbox, waitForState } from './helpers.js';

const APPS = join(import.meta.dirname, '../fixtures/apps');

/** Every file under `root`, keyed by its posix path relative to `root`. */
function treeOf(root: string): Record<string, Buffer> {
  const files: Record<string, Buffer> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(root, path).split('\\').join('/')] = readFileSync(path);
    }
  };
  walk(root);
  return files;
}

let sb: Sandbox;
beforeAll(async () => {
  sb = await testSandbox({ buildDelayMs: 0 });
});
afterAll(async () => {
  await sb.close();
});

describe('a Vite SPA with a vercel.json catch-all rewrite (path: dist)', () => {
  let origin: string;
  const dist = treeOf(join(APPS, 'vite-spa/dist'));
  const asset = Object.keys(dist).find((path) => path.startsWith('assets/') && path.endsWith('.js'));
  beforeAll(async () => {
    origin = `http://${(await deployReady(sb, dist)).url}`;
  });

  it('serves the shell at /, at deep links and for unknown paths; assets as files', async () => {
    const shell = dist['index.html']?.toString();
    for (const path of ['/', '/settings/profile', '/no/such/page']) {
      const page = await get(`${origin}${path}`);
      expect(page.status, path).toBe(200);
      expect(page.text, path).toBe(shell);
    }
    expect(asset).toBeDefined();
    const script = await get(`${origin}/${asset}`);
    expect(script.status).toBe(200);
    expect(script.text).toBe(dist[asset!]?.toString());
    expect(script.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // Everything else keeps Vercel's default for static files.
    expect((await get(`${origin}/`)).headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
  });

  it('does not serve vercel.json itself (the rewrite answers the shell instead)', async () => {
    const answer = await get(`${origin}/vercel.json`);
    expect(answer.text).not.toContain('rewrites');
    expect(answer.text).toBe(dist['index.html']?.toString());
  });
});

describe('a static site with cleanUrls, trailingSlash false, a redirect and a header', () => {
  const origins: Record<string, string> = {};
  const source = treeOf(join(APPS, 'static-site/source'));
  beforeAll(async () => {
    origins.plain = `http://${(await deployReady(sb, source)).url}`;
    const prebuilt = treeOf(join(APPS, 'static-site/prebuilt'));
    origins.prebuilt = `http://${(await deployReady(sb, prebuilt, { target: 'production' }, 'prebuilt=1')).url}`;
  });
  const page = (name: string): string => source[name]!.toString();

  for (const kind of ['plain', 'prebuilt']) {
    it(`${kind}: serves / and clean URLs, redirects .html, index and trailing-slash paths`, async () => {
      const origin = origins[kind]!;
      const pages: [string, string][] = [
        ['/', 'index.html'],
        ['/about', 'about.html'],
        ['/blog', 'blog/index.html'],
        ['/blog/first-post', 'blog/first-post.html'],
      ];
      for (const [path, file] of pages) {
        const answer = await get(`${origin}${path}`);
        expect(answer.status, path).toBe(200);
        expect(answer.text, path).toBe(page(file));
        expect(answer.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
        expect(answer.headers.get('x-frame-options'), path).toBe('DENY');
      }
      const redirects: [string, string][] = [
        ['/about.html', '/about'],
        ['/index.html', '/'],
        ['/blog/', '/blog'],
        ['/blog/index.html', '/blog'],
        ['/blog/first-post.html', '/blog/first-post'],
        ['/old-blog/first-post', '/blog/first-post'],
      ];
      for (const [path, location] of redirects) {
        const answer = await get(`${origin}${path}`);
        expect(answer.status, path).toBe(308);
        expect(answer.headers.get('location'), path).toBe(location);
      }
    });

    it(`${kind}: answers a missing page and vercel.json with the site's 404 page`, async () => {
      const origin = origins[kind]!;
      for (const path of ['/no-such-page', '/blog/nope', '/vercel.json']) {
        const answer = await get(`${origin}${path}`);
        expect(answer.status, path).toBe(404);
        expect(answer.text, path).toBe(page('404.html'));
      }
    });
  }
});

describe('routing properties in the create body', () => {
  it('win over the uploaded vercel.json, property by property', async () => {
    const files = {
      'index.html': 'home',
      'about.html': 'about',
      'vercel.json': JSON.stringify({
        cleanUrls: true,
        redirects: [{ source: '/a', destination: '/about' }],
      }),
    };
    const origin = `http://${(await deployReady(sb, files, { cleanUrls: false })).url}`;
    expect((await get(`${origin}/about`)).status).toBe(404);
    expect(await get(`${origin}/about.html`)).toMatchObject({ status: 200, text: 'about' });
    const redirect = await get(`${origin}/a`);
    expect(redirect.status).toBe(308);
    expect(redirect.headers.get('location')).toBe('/about');
  });

  it('cleanUrls with an SPA rewrite to /index.html: the rewrite finds the renamed page, a request is redirected', async () => {
    const files = {
      'index.html': 'shell',
      'vercel.json': JSON.stringify({
        cleanUrls: true,
        rewrites: [{ source: '/(.*)', destination: '/index.html' }],
      }),
    };
    const origin = `http://${(await deployReady(sb, files)).url}`;
    expect(await get(`${origin}/`)).toMatchObject({ status: 200, text: 'shell' });
    expect(await get(`${origin}/settings/profile`)).toMatchObject({ status: 200, text: 'shell' });
    const direct = await get(`${origin}/index.html`);
    expect(direct.status).toBe(308);
    expect(direct.headers.get('location')).toBe('/');
  });

  it('trailingSlash true redirects to the slash form and serves it', async () => {
    const files = { 'index.html': 'home', 'docs/index.html': 'docs' };
    const origin = `http://${(await deployReady(sb, files, { trailingSlash: true })).url}`;
    const redirect = await get(`${origin}/docs`);
    expect(redirect.status).toBe(308);
    expect(redirect.headers.get('location')).toBe('/docs/');
    expect(await get(`${origin}/docs/`)).toMatchObject({ status: 200, text: 'docs' });
  });

  it('an invalid vercel.json or routing property is refused at create with the reason', async () => {
    const body = await api(sb, 'POST', `/v13/deployments`, {
      json: {
        name: 'greenlight-sandbox',
        files: [{ file: 'index.html', data: Buffer.from('x').toString('base64'), encoding: 'base64' }],
        rewrites: [{ source: '/(', destination: '/index.html' }],
      },
    });
    expect(body.status).toBe(400);
    expect(body.body.error.code).toBe('invalid_vercel_config');
    expect(body.body.error.message).toMatch(/rewrites|source|pattern|invalid/i);
    await expect(deploy(sb, { 'index.html': 'x', 'vercel.json': '{"cleanUrls": tru' })).rejects.toThrow(
      /invalid_vercel_config.*not valid JSON/,
    );
  });
});

describe('uploads Vercel would build (the sandbox does not)', () => {
  const source = treeOf(join(APPS, 'vite-spa/source'));

  it('end in ERROR saying why, so a sandbox run is never green where Vercel would build', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{}, /package\.json "build" script/],
      [{ projectSettings: { framework: 'vite' } }, /vite framework preset/],
      [{ projectSettings: { buildCommand: 'npm run build' } }, /build command "npm run build"/],
    ];
    for (const [body, reason] of cases) {
      const created = await deploy(sb, source, body);
      const failed = await waitForState(sb, created.id, 'ERROR');
      expect(failed.errorMessage, JSON.stringify(body)).toMatch(reason);
      expect(failed.errorMessage).toContain('The sandbox does not build');
    }
    const noScript = await deploy(sb, { 'index.html': 'x', 'package.json': '{"name":"x"}' });
    expect((await waitForState(sb, noScript.id, 'ERROR')).errorMessage).toMatch(/missing_build_script/);
  });

  it("count the uploaded vercel.json's build settings, which Vercel applies over projectSettings", async () => {
    const files = { 'index.html': 'x', 'vercel.json': JSON.stringify({ buildCommand: 'make site' }) };
    const created = await deploy(sb, files, { projectSettings: { framework: null } });
    expect((await waitForState(sb, created.id, 'ERROR')).errorMessage).toMatch(/build command "make site"/);
    const withBuilds = await deploy(sb, {
      'index.html': 'x',
      'vercel.json': JSON.stringify({ builds: [{ src: '**', use: '@vercel/static' }] }),
    });
    expect((await waitForState(sb, withBuilds.id, 'ERROR')).errorMessage).toMatch(/"builds"/);
  });

  it('a redeploy keeps the projectSettings of the deployment it redeploys', async () => {
    const served = await deployReady(sb, source, { projectSettings: { buildCommand: '' } });
    const again = await api(sb, 'POST', '/v13/deployments', {
      json: { name: 'greenlight-sandbox', deploymentId: served.id },
    });
    expect(again.status).toBe(200);
    expect((await waitForState(sb, again.body.id)).readyState).toBe('READY');
  });

  it('serve as uploaded when projectSettings turn the build off', async () => {
    const served = await deployReady(sb, source, {
      projectSettings: { buildCommand: '', outputDirectory: '' },
    });
    expect((await get(`http://${served.url}/src/main.js`)).text).toBe(source['src/main.js']?.toString());
  });
});

describe('the served root of a plain upload', () => {
  const files = { 'index.html': 'root page', 'public/index.html': 'public page' };

  it('is public/ when the upload has one and nothing names another (as detectBuilders serves it)', async () => {
    const origin = `http://${(await deployReady(sb, files)).url}`;
    expect(await get(`${origin}/`)).toMatchObject({ status: 200, text: 'public page' });
    expect((await get(`${origin}/public/index.html`)).status).toBe(404);
  });

  it("is the upload's root with outputDirectory '' (what Greenlight sends), or the outputDirectory named", async () => {
    const root = await deployReady(sb, files, { projectSettings: { outputDirectory: '' } });
    expect(await get(`http://${root.url}/`)).toMatchObject({ status: 200, text: 'root page' });
    const named = await deployReady(
      sb,
      { 'index.html': 'root page', 'site/index.html': 'site page' },
      {
        projectSettings: { outputDirectory: 'site' },
      },
    );
    expect(await get(`http://${named.url}/`)).toMatchObject({ status: 200, text: 'site page' });
  });
});

describe('routing values the schemas refuse', () => {
  it('are a 400 at create, as the schemas @vercel/routing-utils publishes say', async () => {
    for (const body of [{ cleanUrls: 'yes' }, { rewrites: [{ source: '/a' }] }]) {
      const created = await api(sb, 'POST', '/v13/deployments', {
        json: {
          name: 'greenlight-sandbox',
          files: [{ file: 'index.html', data: Buffer.from('x').toString('base64'), encoding: 'base64' }],
          ...body,
        },
      });
      expect(created.status, JSON.stringify(body)).toBe(400);
      expect(created.body.error.code).toBe('invalid_vercel_config');
    }
  });
});
