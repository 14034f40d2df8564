/**
 * The rehearsal's bundled example site, written fresh for each version: what a static build
 * (Vite `dist/`, Next.js `out/`) emits — content-hashed assets, a nested `about/index.html`, a
 * `404.html` — or, with `prebuilt`, the same pages as a Build Output API v3 tree
 * (`.vercel/output/static` + `config.json` routes: filesystem first, then a 404 page;
 * https://vercel.com/docs/build-output-api/v3/configuration).
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The text every page of version `v` carries, so a fetch tells which version answered. */
export const versionMarker = (version: number): string => `Greenlight rehearsal — version ${version}`;

const hash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 8);

/** The files of version `version` (path → content). */
export function exampleFiles(version: number): Record<string, string> {
  const css = `body{font-family:system-ui;margin:3rem}h1{color:${version % 2 ? '#1a7f37' : '#0969da'}}`;
  const js = `document.querySelector('#v').textContent = ${JSON.stringify(`v${version}`)};`;
  const cssFile = `assets/index-${hash(css)}.css`;
  const jsFile = `assets/index-${hash(js)}.js`;
  const page = (title: string, body: string): string =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
    `<link rel="stylesheet" href="/${cssFile}"><script type="module" src="/${jsFile}"></script></head>` +
    `<body><h1>${title}</h1><p>${versionMarker(version)} <span id="v"></span></p>${body}</body></html>\n`;
  return {
    'index.html': page('Greenlight rehearsal', '<p><a href="/about/">About</a></p>'),
    'about/index.html': page('About', '<p>A page in a nested directory.</p>'),
    '404.html': page('Not found', '<p>This page does not exist.</p>'),
    [cssFile]: css,
    [jsFile]: js,
  };
}

/** Where the pages of a prebuilt tree live, and its routes (filesystem, then the 404 page). */
const OUTPUT_CONFIG = {
  version: 3,
  routes: [{ handle: 'filesystem' }, { src: '/(.*)', status: 404, dest: '/404.html' }],
};

/**
 * Writes version `version` of the example site into a new directory under `parent` and returns it. With
 * `prebuilt`, the directory holds `.vercel/output` (deploy it with `prebuilt: true`).
 */
export async function writeExampleSite(
  version: number,
  prebuilt: boolean,
  parent = tmpdir(),
): Promise<string> {
  const root = await mkdtemp(join(parent, `greenlight-rehearsal-v${version}-`));
  const base = prebuilt ? join(root, '.vercel', 'output', 'static') : root;
  for (const [path, content] of Object.entries(exampleFiles(version))) {
    await mkdir(dirname(join(base, path)), { recursive: true });
    await writeFile(join(base, path), content);
  }
  if (prebuilt)
    await writeFile(
      join(root, '.vercel', 'output', 'config.json'),
      `${JSON.stringify(OUTPUT_CONFIG, null, 2)}\n`,
    );
  return root;
}

/** Smoke checks for the example site (pages, a hashed asset, the 404 page). */
export function exampleSmokeChecks(version: number): unknown[] {
  const asset = Object.keys(exampleFiles(version)).find((p) => p.endsWith('.js')) as string;
  return [
    { name: 'home', path: '/', expect: { status: 200, 'body-contains': versionMarker(version) } },
    { name: 'nested page', path: '/about/', expect: { status: 200, 'body-contains': 'nested directory' } },
    { name: 'hashed asset', path: `/${asset}`, expect: { status: 200 } },
    {
      name: 'missing page',
      path: '/no-such-page',
      expect: { status: 404, 'body-contains': 'does not exist' },
    },
  ];
}
