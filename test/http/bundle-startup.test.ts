/**
 * What the smoke-test and health-check bundles load when they start: not Node's internal undici
 * (the HTTP client sends over node:http, and nothing touches the lazy `fetch`/`Headers` globals),
 * not @actions/core's OIDC client with @actions/http-client and its undici (left out of the bundle,
 * scripts/build.mjs), and yaml, zod and jsonpath-plus only when the checks need them
 * (src/inputs/lazy-modules.ts); likewise the gate and fast-xml-parser, only for a JUnit report.
 *
 * A preload records, at the child's exit, Node's internal modules whose name has `undici`
 * (`process.moduleLoadList`) and the files `require` loaded (`require.cache`, where the
 * dist/vendor/ copies land).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBundledAction, toolkitRoot } from '../../src/runner/bundle.js';
import { type TestServer, startServer } from '../helpers/server.js';

interface Loaded {
  /** Node internals with `undici` in their name, e.g. `NativeModule internal/deps/undici/undici`. */
  undici: string[];
  /** Files loaded with `require`, relative to dist/. */
  required: string[];
}

let dir: string;
let preload: string;
let site: TestServer;
const dist = join(toolkitRoot(), 'dist');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gl-startup-'));
  preload = join(dir, 'record-loaded.mjs');
  writeFileSync(
    preload,
    [
      "import { writeFileSync } from 'node:fs';",
      "import { createRequire } from 'node:module';",
      'const cache = createRequire(import.meta.url).cache;',
      "process.on('exit', () => writeFileSync(process.env.GREENLIGHT_LOADED_FILE, JSON.stringify({",
      "  undici: process.moduleLoadList.filter((name) => name.includes('undici')),",
      '  required: Object.keys(cache),',
      '})));',
      '',
    ].join('\n'),
  );
  site = await startServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}'),
  );
});
afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs `action` with `inputs` (in `workspace`, when given) and the preload; resolves with what it loaded. */
async function loadedBy(action: string, inputs: Record<string, string>, workspace?: string): Promise<Loaded> {
  const file = join(dir, `${action}-${Date.now()}-${Math.random()}.json`);
  const run = await runBundledAction(action, inputs, {
    ...(workspace ? { cwd: workspace } : {}),
    env: {
      NODE_OPTIONS: `--import=${pathToFileURL(preload).href}`,
      GREENLIGHT_LOADED_FILE: file,
      ...(workspace ? { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: workspace } : {}),
    },
  });
  expect(run.exitCode, run.stdout + run.stderr).toBe(0);
  const loaded = JSON.parse(readFileSync(file, 'utf8')) as Loaded;
  return {
    undici: loaded.undici,
    required: loaded.required
      .filter((path) => path.startsWith(dist))
      .map((path) => path.slice(dist.length + 1)),
  };
}

describe('bundle start-up', () => {
  it('smoke-test with its default check loads neither undici nor yaml, zod or jsonpath-plus', async () => {
    expect(await loadedBy('smoke-test', { url: site.url })).toEqual({ undici: [], required: [] });
  });

  it('health-check with its default path likewise', async () => {
    const loaded = await loadedBy('health-check', {
      url: site.url,
      count: '1',
      interval: '1s',
      'initial-delay': '0s',
    });
    expect(loaded).toEqual({ undici: [], required: [] });
  });

  it('loads yaml for YAML checks, zod for a check object, jsonpath-plus for a json assertion', async () => {
    expect(await loadedBy('smoke-test', { url: site.url, checks: '[/, /health]' })).toEqual({
      undici: [],
      required: ['vendor/yaml.cjs'],
    });
    const full = await loadedBy('smoke-test', {
      url: site.url,
      checks: '- path: /health\n  expect: { json: { "$.status": ok } }',
    });
    expect(full.undici).toEqual([]);
    expect([...full.required].sort()).toEqual([
      'vendor/jsonpath-plus.cjs',
      'vendor/yaml.cjs',
      'vendor/zod.cjs',
    ]);
  });

  it('gate loads fast-xml-parser only for a JUnit XML report', async () => {
    const workspace = mkdtempSync(join(dir, 'gate-'));
    writeFileSync(join(workspace, 'eslint.json'), '[]');
    writeFileSync(
      join(workspace, 'junit.xml'),
      '<testsuites><testsuite name="s"><testcase name="passes" time="0.01"/></testsuite></testsuites>',
    );
    expect(await loadedBy('gate', { name: 'lint', report: 'eslint.json' }, workspace)).toEqual({
      undici: [],
      required: [],
    });
    expect(await loadedBy('gate', { name: 'test', report: 'junit.xml' }, workspace)).toEqual({
      undici: [],
      required: ['vendor/fast-xml-parser.cjs'],
    });
  });

  it("bundles none of @actions/core's OIDC client, @actions/http-client or undici into their chunks", () => {
    const index = readFileSync(join(dist, 'index.js'), 'utf8');
    for (const action of ['smoke-test', 'health-check']) {
      const entry = new RegExp(`"${action}": \\(\\) => import\\("\\./([^"]+)"\\)`).exec(index)?.[1];
      expect(entry, `dist/index.js imports the ${action} chunk`).toBeDefined();
      const modules = bundledModules(entry as string);
      expect(modules.some((path) => path.includes('node_modules/@actions/core/'))).toBe(true);
      expect(
        modules.filter((path) =>
          /node_modules\/(?:@actions\/http-client|undici|yaml|zod|jsonpath-plus|fast-xml-parser)\/|@actions\/core\/lib\/oidc-utils/.test(
            path,
          ),
        ),
      ).toEqual([]);
    }
  });
});

/**
 * The module paths esbuild names (one `// path` comment per bundled module) in `chunk` and every
 * chunk it imports statically.
 */
function bundledModules(chunk: string, seen = new Set<string>()): string[] {
  if (seen.has(chunk)) return [];
  seen.add(chunk);
  const text = readFileSync(join(dist, chunk), 'utf8');
  const modules = [...text.matchAll(/^\/\/ (\S+\.[cm]?js)$/gm)].map((match) => match[1] as string);
  for (const imported of text.matchAll(/^import\s[^;]*?from\s+"\.\/([^"]+)";|^import\s+"\.\/([^"]+)";/gm)) {
    modules.push(...bundledModules((imported[1] ?? imported[2]) as string, seen));
  }
  return modules;
}
