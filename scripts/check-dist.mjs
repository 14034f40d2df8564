// check-dist: rebuilds dist/ and fails when it differs from what is committed, so the bundles the
// runner executes are always the ones the source produces. The rebuilt tree is left in place for
// inspection (CI uploads it on failure).
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
const status = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { cwd: root, encoding: 'utf8' });
if (status.trim() !== '') {
  console.error(
    'check-dist: dist/ differs from a fresh build of the source. Run `npm run build` and commit dist/:',
  );
  console.error(status);
  execFileSync('git', ['--no-pager', 'diff', '--stat', '--', 'dist'], { cwd: root, stdio: 'inherit' });
  process.exit(1);
}
console.log('check-dist: dist/ matches the source');
