// Rebuilds dist/ deterministically: TypeScript 7 emits JS into lib/, esbuild bundles lib/index.js into
// dist/index.js with code splitting (https://esbuild.github.io/api/#splitting): each lazily imported
// action is its own chunk, code they share lands in chunks named by a hash of their content, so an
// action's start-up loads only what it imports. Then one tiny stub per action (dist/<action>.js,
// what each action.yml runs) and the CLI stub (dist/cli.js) are written. esbuild bundles what
// TypeScript 7, the compiler the project type-checks with, emitted, rather than strip the types
// itself, hence the two steps. Last, the digest of the build's inputs goes to
// dist/build-inputs.sha256 (scripts/build-inputs.mjs), so the test run can tell when dist/ was built
// from other sources and rebuild it (test/global-setup.ts).
//
// Why esbuild and not @vercel/ncc (webpack): start-up time. The runner starts a fresh process for
// every step, and an action's cold start is mostly parsing and evaluating bundled code. esbuild's
// tree shaking of ES modules, told which of @actions/core's modules have no side effects
// (`coreWithoutSideEffects` below), leaves out its OIDC client and with it @actions/http-client and
// its copy of undici (about 1 MB), which ncc always bundled because core.js imports them; measured
// figures are in docs/benchmarks.md ("smoke-test").
//
// Besides the bundle, dist/vendor/ holds self-contained CommonJS copies of the libraries that only
// some inputs need (src/inputs/lazy-modules.ts), and dist/package.json maps their subpath imports
// (`#yaml` → ./vendor/yaml.cjs) so they are required only when used. dist/licenses.txt lists the
// license of every package bundled anywhere in dist/.
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { DIGEST_FILE, buildInputsDigest, digestFileText } from './build-inputs.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const run = (file, args) => execFileSync(process.execPath, [file, ...args], { cwd: root, stdio: 'inherit' });

/** The libraries loaded on first use: subpath import → package (see src/inputs/lazy-modules.ts). */
const LAZY = {
  '#yaml': 'yaml',
  '#zod': 'zod',
  '#jsonpath-plus': 'jsonpath-plus',
  '#fast-xml-parser': 'fast-xml-parser',
};

// Hashed before anything is compiled: a source edited while the build runs then makes the recorded
// digest differ from the next check's, which rebuilds, rather than leave a stale dist/ unnoticed.
const inputsDigest = buildInputsDigest(root);

rmSync(join(root, 'lib'), { recursive: true, force: true });
rmSync(join(root, 'dist'), { recursive: true, force: true });
run(join(root, 'node_modules/typescript7/bin/tsc'), ['-p', 'tsconfig.build.json']);

/**
 * Loads Node's built-in modules with `require` (from the banner's `createRequire`), as ncc did,
 * rather than with ESM `import`: Node builds an ES module namespace for a built-in by reading every
 * export, and node:http's include lazy getters (`WebSocket`, `CloseEvent`) that load Node's internal
 * undici, about 30 ms of start-up that nothing here uses.
 */
const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(build) {
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    build.onResolve({ filter: /^[a-z_:/]+$/ }, (args) => {
      if (!builtins.has(args.path) || args.kind === 'require-call') return undefined;
      return { path: args.path, namespace: 'builtin' };
    });
    build.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};

/**
 * Declares two modules of @actions/core free of side effects at import time, which they are (only
 * declarations, and constants computed from `os`), so that esbuild leaves them out unless their
 * exports are used: `oidc-utils.js` (behind `core.getIDToken`, which imports @actions/http-client
 * and its undici) and `platform.js` (`core.platform`, which imports @actions/exec). Greenlight calls
 * neither; if it ever does, they are bundled as usual (https://esbuild.github.io/api/#tree-shaking,
 * https://esbuild.github.io/plugins/#on-resolve-results `sideEffects`).
 */
const coreWithoutSideEffects = {
  name: 'actions-core-without-side-effects',
  setup(build) {
    build.onResolve({ filter: /^\.\/(?:oidc-utils|platform)\.js$/ }, (args) => {
      if (!/[\\/]node_modules[\\/]@actions[\\/]core[\\/]lib$/.test(args.resolveDir)) return undefined;
      return { path: join(args.resolveDir, args.path), sideEffects: false };
    });
  },
};

/**
 * Options both builds share: Node 20+, readable output, no source maps, no legal comments inline
 * (they are in licenses.txt). Paths in the output (comments naming each module) are relative to the
 * repository and keep symlinks as they are, so a tree whose node_modules is a link builds the same.
 */
const common = {
  absWorkingDir: root,
  preserveSymlinks: true,
  bundle: true,
  platform: 'node',
  target: 'node20',
  outdir: 'dist',
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
};

const bundle = await esbuild.build({
  ...common,
  entryPoints: ['lib/index.js'],
  format: 'esm',
  splitting: true,
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  // CommonJS dependencies call `require`, which an ES module lacks.
  banner: {
    js: [
      "import { createRequire as __greenlightCreateRequire } from 'node:module';",
      'const require = __greenlightCreateRequire(import.meta.url);',
    ].join('\n'),
  },
  plugins: [builtinsByRequire, coreWithoutSideEffects],
});

const vendor = await esbuild.build({
  ...common,
  entryPoints: Object.values(LAZY).map((name) => ({ in: name, out: `vendor/${name}` })),
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
});

writeFileSync(
  join(root, 'dist', 'package.json'),
  `${JSON.stringify(
    {
      type: 'module',
      imports: Object.fromEntries(Object.entries(LAZY).map(([key, name]) => [key, `./vendor/${name}.cjs`])),
    },
    null,
    2,
  )}\n`,
);
writeFileSync(join(root, 'dist', 'licenses.txt'), licensesText([bundle.metafile, vendor.metafile]));

const { ACTIONS } = await import(pathToFileURL(join(root, 'lib/actions/registry.js')).href);
for (const name of Object.keys(ACTIONS)) {
  const where = name === 'release' ? 'action.yml' : `actions/${name}/action.yml`;
  writeFileSync(
    join(root, 'dist', `${name}.js`),
    `// Generated by scripts/build.mjs: the runner starts here for ${where}.\n` +
      `import { runAction } from './index.js';\n\nawait runAction(${JSON.stringify(name)});\n`,
  );
}
writeFileSync(
  join(root, 'dist', 'cli.js'),
  `#!/usr/bin/env node\n// Generated by scripts/build.mjs: the \`greenlight\` command.\n` +
    `import { cli } from './index.js';\n\nawait cli(process.argv.slice(2));\n`,
);
chmodSync(join(root, 'dist', 'cli.js'), 0o755);
writeFileSync(join(root, DIGEST_FILE), digestFileText(inputsDigest));
rmSync(join(root, 'lib'), { recursive: true, force: true });
console.log(`dist/: ${readdirSync(join(root, 'dist')).length} files`);

/**
 * The license of every package whose code the builds bundled, sorted by name, each as its name, its
 * `license` field and the text of its LICENSE file (the layout ncc's `--license` wrote).
 * @param {esbuild.Metafile[]} metafiles
 * @returns {string}
 */
function licensesText(metafiles) {
  const packageDirs = new Set();
  for (const metafile of metafiles) {
    for (const input of Object.keys(metafile.inputs)) {
      const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (match) packageDirs.add(match[1]);
    }
  }
  const entries = new Map();
  for (const dir of packageDirs) {
    const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
    const name = manifest.name ?? dir.slice(dir.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const license = typeof manifest.license === 'string' ? manifest.license : (manifest.license?.type ?? '');
    const file = readdirSync(join(root, dir))
      .filter((entry) => /^(?:licen[cs]e|copying)(?:\.|$)/i.test(entry))
      .sort()[0];
    const text = file ? readFileSync(join(root, dir, file), 'utf8') : '';
    // One entry per name and version: nested copies of the same release add nothing.
    entries.set(`${name}@${manifest.version}`, { name, license, text: text.trim() });
  }
  // Vendored files bundled from src/: each folder holds the upstream LICENSE and a README naming it.
  for (const input of metafiles.flatMap((metafile) => Object.keys(metafile.inputs))) {
    if (!/^(?:src|lib)\/flags\/schema\//.test(input)) continue;
    const text = readFileSync(join(root, 'src/flags/schema/LICENSE'), 'utf8');
    entries.set('flagd-schemas@0.2.15', {
      name: 'flagd-schemas (json/flags.json, json/targeting.json)',
      license: 'Apache-2.0',
      text: text.trim(),
    });
  }
  return [...entries.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, { name, license, text }]) => `${name}\n${license}\n${text}`.trimEnd())
    .join('\n\n')
    .concat('\n');
}
