import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index.js';
import { deployReady, get, sha1, testSandbox } from './helpers.js';

let sb: Sandbox;
let plain: string;
let bare: string;
let output: string;

const CONFIG = {
  version: 3,
  routes: [
    { src: '^/(.+)/$', headers: { Location: '/$1' }, status: 308 },
    { src: '/old-blog/(?<slug>[^/]+)', headers: { Location: '/blog/$slug' }, status: 301 },
    { src: '/temp', headers: { Location: 'https://example.com/' }, status: 307 },
    {
      src: '/assets/(.*)',
      headers: { 'cache-control': 'public, max-age=31536000, immutable' },
      continue: true,
    },
    { src: '/(.*)', headers: { 'x-frame-options': 'DENY' }, continue: true },
    { src: '/secret', status: 403 },
    { src: '/beta', has: [{ type: 'cookie', key: 'beta', value: '1' }], dest: '/posts/hello.html' },
    { handle: 'filesystem' },
    { src: '/blog/([^/]+)', dest: '/posts/$1.html' },
    { src: '/posts/(.*)', dest: '/app.html' },
    { src: '/app/.*', dest: '/app.html' },
    { handle: 'error' },
    { src: '/.*', dest: '/custom-404.html', status: 404 },
  ],
  overrides: { 'about.html': { path: 'about' } },
};

beforeAll(async () => {
  sb = await testSandbox();
  plain = `http://${
    (
      await deployReady(sb, {
        'index.html': '<h1>home</h1>',
        'about.html': 'about page',
        'docs/index.html': 'docs index',
        'style.css': 'body{}',
        'img/logo.svg': '<svg/>',
        'data.json': '{"a":1}',
        '404.html': 'custom not found',
      })
    ).url
  }`;
  bare = `http://${(await deployReady(sb, { 'index.html': 'bare' })).url}`;
  const out = '.vercel/output';
  output = `http://${
    (
      await deployReady(
        sb,
        {
          [`${out}/config.json`]: JSON.stringify(CONFIG),
          [`${out}/static/index.html`]: 'boa home',
          [`${out}/static/about.html`]: 'boa about',
          [`${out}/static/posts/hello.html`]: 'hello post',
          [`${out}/static/app.html`]: 'spa shell',
          [`${out}/static/assets/app.js`]: 'console.log(1)',
          [`${out}/static/custom-404.html`]: 'boa not found',
        },
        { target: 'production' },
        'prebuilt=1',
      )
    ).url
  }`;
});
afterAll(async () => {
  await sb.close();
});

describe('plain static trees', () => {
  it('maps / and directories to index.html; /a does not find a.html without cleanUrls', async () => {
    expect((await get(`${plain}/`)).text).toBe('<h1>home</h1>');
    expect((await get(`${plain}/about.html`)).text).toBe('about page');
    // Vercel's default (cleanUrls false): the extensionless path is not found.
    expect(await get(`${plain}/about`)).toMatchObject({ status: 404, text: 'custom not found' });
    expect((await get(`${plain}/about/`)).status).toBe(404);
    expect((await get(`${plain}/docs`)).text).toBe('docs index');
    expect((await get(`${plain}/docs/`)).text).toBe('docs index');
  });

  it('labels content types by extension and sends Content-Length and a SHA-1 ETag', async () => {
    const cases: [string, string][] = [
      ['/', 'text/html; charset=utf-8'],
      ['/style.css', 'text/css; charset=utf-8'],
      ['/img/logo.svg', 'image/svg+xml'],
      ['/data.json', 'application/json; charset=utf-8'],
    ];
    for (const [path, type] of cases)
      expect((await get(`${plain}${path}`)).headers.get('content-type'), path).toBe(type);
    const res = await get(`${plain}/style.css`);
    expect(res.headers.get('content-length')).toBe('6');
    expect(res.headers.get('etag')).toBe(`"${sha1('body{}')}"`);
    const cached = await get(`${plain}/style.css`, { headers: { 'if-none-match': `"${sha1('body{}')}"` } });
    expect(cached.status).toBe(304);
    expect(cached.text).toBe('');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get(`${plain}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(head.headers.get('content-length')).toBe(String('<h1>home</h1>'.length));
    expect((await get(`${plain}/`, { method: 'POST' })).status).toBe(405);
  });

  it('serves 404.html with status 404 when present, a plain 404 otherwise', async () => {
    const missing = await get(`${plain}/nope`);
    expect(missing.status).toBe(404);
    expect(missing.text).toBe('custom not found');
    const none = await get(`${bare}/nope`);
    expect(none.status).toBe(404);
    expect(none.headers.get('x-vercel-error')).toBe('NOT_FOUND');
    expect((await get(`${plain}/../etc/passwd`)).status).not.toBe(200);
  });
});

describe('Build Output API v3 trees', () => {
  it('serves static files with header routes (continue: true) applied', async () => {
    const home = await get(`${output}/`);
    expect(home.text).toBe('boa home');
    expect(home.headers.get('x-frame-options')).toBe('DENY');
    const asset = await get(`${output}/assets/app.js`);
    expect(asset.text).toBe('console.log(1)');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('x-frame-options')).toBe('DENY');
    expect(asset.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
  });

  it('applies overrides (about.html served at /about, not at /about.html)', async () => {
    expect((await get(`${output}/about`)).text).toBe('boa about');
    expect((await get(`${output}/about.html`)).status).toBe(404);
  });

  it('answers redirects with Location, substituting $1 and named groups', async () => {
    const slash = await get(`${output}/about/`);
    expect(slash.status).toBe(308);
    expect(slash.headers.get('location')).toBe('/about');
    const named = await get(`${output}/old-blog/hello`);
    expect(named.status).toBe(301);
    expect(named.headers.get('location')).toBe('/blog/hello');
    const external = await get(`${output}/temp`);
    expect(external.status).toBe(307);
    expect(external.headers.get('location')).toBe('https://example.com/');
  });

  it('rewrites after the filesystem phase with $1, and the filesystem wins over later routes', async () => {
    expect((await get(`${output}/blog/hello`)).text).toBe('hello post');
    expect((await get(`${output}/posts/hello.html`)).text).toBe('hello post');
    expect((await get(`${output}/posts/other`)).text).toBe('spa shell');
    expect((await get(`${output}/app/settings/profile`)).text).toBe('spa shell');
  });

  it('runs the error phase for misses: the 404 route’s page with status 404', async () => {
    const miss = await get(`${output}/nothing/here`);
    expect(miss.status).toBe(404);
    expect(miss.text).toBe('boa not found');
    expect(miss.headers.get('x-frame-options')).toBe('DENY');
    const badRewrite = await get(`${output}/blog/missing`);
    expect(badRewrite.status).toBe(404);
    expect(badRewrite.text).toBe('boa not found');
  });

  it('answers a status-only route, and honours has conditions', async () => {
    expect((await get(`${output}/secret`)).status).toBe(403);
    expect((await get(`${output}/beta`, { headers: { cookie: 'beta=1' } })).text).toBe('hello post');
    expect((await get(`${output}/beta`)).status).toBe(404);
  });

  it('answers 500 naming the problem when config.json is invalid', async () => {
    const broken = await deployReady(
      sb,
      { '.vercel/output/config.json': '{"version": 2}', '.vercel/output/static/index.html': 'x' },
      {},
      'prebuilt=1',
    );
    const res = await get(`http://${broken.url}/`);
    expect(res.status).toBe(500);
    expect(res.text).toContain('version');
  });
});
