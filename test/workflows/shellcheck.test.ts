// The extraction behind `npm run lint:shell` (.ci/run runs shellcheck on what it extracts): every
// bash `run:` block of the workflows, with `${{ … }}` replaced as the runner substitutes it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './repo-files.js';

/** The script's exports (plain JavaScript run by `node`); a computed specifier skips declarations. */
interface ShellcheckScript {
  scriptFiles(base?: string): string[];
  runBlocks(path: string, text: string): Array<{ where: string; script: string }>;
}
const { runBlocks, scriptFiles } = (await import(
  new URL('../../scripts/shellcheck.mjs', import.meta.url).href
)) as ShellcheckScript;

describe('shellcheck extraction', () => {
  it('finds the bash run: blocks of every workflow, expressions replaced', () => {
    const files = scriptFiles(repoRoot);
    expect(files).toEqual(
      expect.arrayContaining([
        '.github/workflows/deploy-production.yml',
        'workflows/deploy.yml',
        'action.yml',
      ]),
    );
    const blocks = files.flatMap((path) => runBlocks(path, readFileSync(join(repoRoot, path), 'utf8')));
    expect(blocks.map((block) => block.where)).toEqual(
      expect.arrayContaining([
        '.github/workflows/deploy-production.yml: job preflight › Check this tree passed staging',
        '.github/workflows/deploy-production.yml: job build › Build',
      ]),
    );
    for (const block of blocks) expect(block.script).not.toContain('${{');
  });

  it('skips non-bash shells and reads composite action steps', () => {
    const workflow = `jobs:
  a:
    defaults: { run: { shell: pwsh } }
    steps:
      - run: Write-Host hi
      - name: in bash
        shell: bash
        run: echo "\${{ inputs.x }}"
`;
    expect(runBlocks('w.yml', workflow)).toEqual([
      { where: 'w.yml: job a › in bash', script: 'echo "EXPR"' },
    ]);
    const action = `runs:\n  using: composite\n  steps:\n    - name: go\n      shell: bash\n      run: ls\n`;
    expect(runBlocks('action.yml', action)).toEqual([{ where: 'action.yml: composite › go', script: 'ls' }]);
  });
});
