// The digest of dist/'s inputs (scripts/build-inputs.mjs), which the build records in dist/ and the
// global setup compares: it changes with any input's content or name, not with where the tree lives
// or with files the build does not read.
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

interface BuildInputs {
  repoRoot: string;
  DIGEST_FILE: string;
  buildInputFiles(root?: string): string[];
  buildInputsDigest(root?: string): string;
  recordedDigest(root?: string): string | undefined;
  digestFileText(digest: string): string;
}
const { repoRoot, DIGEST_FILE, buildInputFiles, buildInputsDigest, recordedDigest, digestFileText } =
  (await import(new URL('../../scripts/build-inputs.mjs', import.meta.url).href)) as BuildInputs;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gl-build-inputs-'));
  dirs.push(dir);
  return dir;
}

/** A tree with every input the digest reads, each holding its own path (so all differ). */
function fixture(): string {
  const root = tempDir();
  for (const path of [
    'package-lock.json',
    'scripts/build-inputs.mjs',
    'scripts/build.mjs',
    'tsconfig.build.json',
    'tsconfig.json',
    'src/index.ts',
    'src/runtime/action-run.ts',
    'src/data/table.json',
  ]) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), `// ${path}\n`);
  }
  return root;
}

describe('buildInputsDigest', () => {
  it('is 64 hex digits and the same for the same content in another directory', () => {
    const a = fixture();
    const b = join(tempDir(), 'elsewhere', 'deeper');
    cpSync(a, b, { recursive: true });
    expect(buildInputsDigest(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(buildInputsDigest(b)).toBe(buildInputsDigest(a));
  });

  it('changes when a source file changes, by a single byte', () => {
    const root = fixture();
    const before = buildInputsDigest(root);
    writeFileSync(join(root, 'src/runtime/action-run.ts'), '// src/runtime/action-run.tS\n');
    expect(buildInputsDigest(root)).not.toBe(before);
  });

  it.each([
    'package-lock.json',
    'tsconfig.build.json',
    'tsconfig.json',
    'scripts/build.mjs',
    'src/data/table.json',
  ])('changes when %s changes', (path) => {
    const root = fixture();
    const before = buildInputsDigest(root);
    writeFileSync(join(root, path), '{}\n');
    expect(buildInputsDigest(root)).not.toBe(before);
  });

  it('changes when a source file is added, removed or renamed', () => {
    const root = fixture();
    const before = buildInputsDigest(root);

    writeFileSync(join(root, 'src/extra.ts'), 'export {};\n');
    const added = buildInputsDigest(root);
    expect(added).not.toBe(before);

    // Same place in the sorted list, so only the name differs.
    renameSync(join(root, 'src/extra.ts'), join(root, 'src/extrb.ts'));
    expect(buildInputsDigest(root)).not.toBe(added);

    rmSync(join(root, 'src/extrb.ts'));
    expect(buildInputsDigest(root)).toBe(before);
    rmSync(join(root, 'src/index.ts'));
    expect(buildInputsDigest(root)).not.toBe(before);
  });

  it('ignores files the build does not read (dist/, notes, editor swap files, test/)', () => {
    const root = fixture();
    const before = buildInputsDigest(root);
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, DIGEST_FILE), digestFileText(before));
    writeFileSync(join(root, 'src/NOTES.md'), 'notes\n');
    writeFileSync(join(root, 'src/.index.ts.swp'), 'swap\n');
    mkdirSync(join(root, 'test'));
    writeFileSync(join(root, 'test/a.test.ts'), 'export {};\n');
    expect(buildInputsDigest(root)).toBe(before);
  });

  it('refuses a tree without a fixed input rather than hash a partial one', () => {
    const root = fixture();
    rmSync(join(root, 'package-lock.json'));
    expect(() => buildInputsDigest(root)).toThrow(/package-lock\.json/);
  });

  it('lists the inputs sorted by code unit, not by locale', () => {
    const root = fixture();
    writeFileSync(join(root, 'src/B.ts'), '');
    writeFileSync(join(root, 'src/a.ts'), '');
    const files = buildInputFiles(root);
    expect(files).toEqual([
      'package-lock.json',
      'scripts/build-inputs.mjs',
      'scripts/build.mjs',
      'src/B.ts',
      'src/a.ts',
      'src/data/table.json',
      'src/index.ts',
      'src/runtime/action-run.ts',
      'tsconfig.build.json',
      'tsconfig.json',
    ]);
  });

  it("is the same for this repository's inputs copied to another directory", () => {
    // Others may edit the working tree meanwhile: a copy racing an edit is retried, while a digest
    // that depended on the directory would differ on every attempt.
    const attempt = (): [string, string] => {
      const copy = tempDir();
      const files = buildInputFiles(repoRoot);
      for (const path of files) {
        mkdirSync(dirname(join(copy, path)), { recursive: true });
        cpSync(join(repoRoot, path), join(copy, path));
      }
      expect(buildInputFiles(copy)).toEqual(files);
      return [buildInputsDigest(copy), buildInputsDigest(repoRoot)];
    };
    let [copied, original] = attempt();
    for (let i = 0; i < 2 && copied !== original; i++) [copied, original] = attempt();
    expect(buildInputFiles(repoRoot)).toContain('src/runtime/action-run.ts');
    expect(copied).toBe(original);
  });
});

describe('recordedDigest', () => {
  it('reads what the build writes, and is undefined when the file is missing or malformed', () => {
    const root = fixture();
    expect(recordedDigest(root)).toBeUndefined();
    mkdirSync(join(root, 'dist'));
    const digest = buildInputsDigest(root);
    writeFileSync(join(root, DIGEST_FILE), digestFileText(digest));
    expect(recordedDigest(root)).toBe(digest);
    writeFileSync(join(root, DIGEST_FILE), 'not a digest\n');
    expect(recordedDigest(root)).toBeUndefined();
  });
});
