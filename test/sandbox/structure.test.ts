/**
 * The sandbox's module structure (docs/sandbox.md#how-the-code-is-laid-out): no import cycles
 * inside src/sandbox, and from the product it imports only src/runtime/ (logger, errors).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const srcRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');
const sandboxRoot = join(srcRoot, 'sandbox');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Relative imports of a file, as absolute .ts paths: `import … from`, `export … from`, type-only
 * ones, side-effect `import '…'` and dynamic `import('…')`.
 */
function localImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(?\s*)'(\.{1,2}\/[^']+)'/g)].map(
    (match) => match[1] ?? '',
  );
  return specifiers.map((specifier) => resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
}

const graph = new Map(sourceFiles(sandboxRoot).map((file) => [file, localImports(file)]));
const name = (file: string): string => relative(srcRoot, file);

describe('sandbox module structure', () => {
  it('has no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(file)), file].map(name).join(' → '));
        return;
      }
      state.set(file, 'visiting');
      for (const next of graph.get(file) ?? []) if (graph.has(next)) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('imports nothing from the product but src/runtime/', () => {
    const outside = [...graph].flatMap(([file, imports]) =>
      imports
        .filter((target) => !target.startsWith(`${sandboxRoot}/`))
        .filter((target) => !target.startsWith(join(srcRoot, 'runtime') + '/'))
        .map((target) => `${name(file)} → ${name(target)}`),
    );
    expect(outside).toEqual([]);
  });
});
