/**
 * Vitest global setup: makes sure dist/ is built from the sources in the working tree before any
 * test runs, because the e2e tests execute the bundles (dist/<action>.js), not src/.
 *
 * It compares the digest of the build's inputs (scripts/build-inputs.mjs: src/, the tsconfig files,
 * package-lock.json, the build scripts; about 120 files, a few milliseconds) with the one the last
 * build recorded in dist/build-inputs.sha256. When they differ, or nothing was recorded, it prints
 * one line and runs `node scripts/build.mjs` synchronously. A failed build fails the test run with
 * the build's output. When they match (a clean clone, a run after `npm run build`) it does nothing.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

interface BuildInputs {
  repoRoot: string;
  buildInputsDigest(root?: string): string;
  recordedDigest(root?: string): string | undefined;
}

/**
 * Rebuilds dist/ when it was built from other sources (see the module comment).
 * @throws Error with the build's exit status and output when the build fails
 */
export default async function setup(): Promise<void> {
  const { repoRoot, buildInputsDigest, recordedDigest } = (await import(
    new URL('../scripts/build-inputs.mjs', import.meta.url).href
  )) as BuildInputs;
  if (recordedDigest(repoRoot) === buildInputsDigest(repoRoot)) return;

  console.log('dist/ was built from other sources; rebuilding (npm run build)');
  const build = spawnSync(process.execPath, [join(repoRoot, 'scripts/build.mjs')], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (build.error || build.status !== 0) {
    const how = build.error ? build.error.message : `exit ${build.status ?? build.signal}`;
    throw new Error(
      `dist/ is stale and rebuilding it failed (${how}); fix the build, then run the tests again:\n` +
        `${build.stdout ?? ''}${build.stderr ?? ''}`,
    );
  }
}
