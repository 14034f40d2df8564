import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** What only exists outside the repository: notes a newcomer cannot open, or one machine's paths. */
const OUTSIDE = [
  /\.\.\/shared\b/,
  /\bresearch notes?\b/i,
  /\bDESIGN(\.md| principle| ")/,
  /\bsecurity\.md F\d+/,
  /\/(work|home|Users)\/[\w.-]+\//,
];

describe('references a newcomer can open', () => {
  it('src/, docs/ and the README point at public URLs and the repository only', () => {
    const files = [
      ...filesUnder(join(ROOT, 'src')),
      ...filesUnder(join(ROOT, 'docs')),
      join(ROOT, 'README.md'),
    ];
    const found = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          OUTSIDE.some((pattern) => pattern.test(line))
            ? [`${relative(ROOT, file)}:${index + 1}: ${line.trim()}`]
            : [],
        ),
    );
    expect(found).toEqual([]);
  });
});
