/**
 * How a command line becomes a program and its arguments: splitCommandLine must read every line as
 * `@actions/exec` 3 did (it ran these lines before), checked against a verbatim copy of exec's own
 * splitter over generated lines (fast-check); programOf names the word that is run; resolveProgram
 * finds relative paths where exec did.
 */
import { isAbsolute, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { programOf, resolveProgram, splitCommandLine } from '../../../src/deploy/command/command-line.js';

/**
 * `argStringToArray` from @actions/exec 3.0.0 (lib/toolrunner.js, MIT licence,
 * https://github.com/actions/toolkit/blob/main/packages/exec/src/toolrunner.ts), copied verbatim
 * apart from types, as the reference the splitter must agree with. Kept here rather than imported
 * so that the test outlives the dependency.
 */
function execArgStringToArray(argString: string): string[] {
  const args: string[] = [];
  let inQuotes = false;
  let escaped = false;
  let arg = '';
  function append(c: string): void {
    // we only escape double quotes.
    if (escaped && c !== '"') {
      arg += '\\';
    }
    arg += c;
    escaped = false;
  }
  for (let i = 0; i < argString.length; i++) {
    const c = argString.charAt(i);
    if (c === '"') {
      if (!escaped) {
        inQuotes = !inQuotes;
      } else {
        append(c);
      }
      continue;
    }
    if (c === '\\' && escaped) {
      append(c);
      continue;
    }
    if (c === '\\' && inQuotes) {
      escaped = true;
      continue;
    }
    if (c === ' ' && !inQuotes) {
      if (arg.length > 0) {
        args.push(arg);
        arg = '';
      }
      continue;
    }
    append(c);
  }
  if (arg.length > 0) {
    args.push(arg.trim());
  }
  return args;
}

/** Lines made mostly of the characters the rules are about. */
const lines = fc.string({
  unit: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('"', '\\', ' ', "'", '\t', 'a', 'b', '-', '=', '/') },
    { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 1 }) },
  ),
  maxLength: 40,
});

describe('splitCommandLine', () => {
  it.each([
    ['./deploy.sh --prod', ['./deploy.sh', '--prod']],
    ['a   b', ['a', 'b']],
    ['a\tb c', ['a\tb', 'c']],
    ['./deploy.sh "my site"', ['./deploy.sh', 'my site']],
    ['a"b c"d', ['ab cd']],
    ["'a b'", ["'a", "b'"]],
    ['"say \\"hi\\""', ['say "hi"']],
    ['"a\\b"', ['a\\b']],
    ['"a\\\\b"', ['a\\\\b']],
    ['"a\\\\"b c"', ['a\\\\b', 'c']],
    ['a\\"b c"', ['a\\b c']],
    ['"open to the end', ['open to the end']],
    ['"ends in a backslash\\', ['ends in a backslash']],
    ['a "" b', ['a', 'b']],
    ['x "y "', ['x', 'y']],
    ['"x " y', ['x ', 'y']],
    ['x "\t"', ['x', '']],
    ['', []],
    ['   ', []],
    ['""', []],
  ])('%j is %j', (line, words) => {
    expect(splitCommandLine(line)).toEqual(words);
    expect(execArgStringToArray(line)).toEqual(words);
  });

  it('reads every line as @actions/exec 3 does', () => {
    fc.assert(
      fc.property(lines, (line) => {
        expect(splitCommandLine(line)).toEqual(execArgStringToArray(line));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives back words without spaces or double quotes joined by spaces', () => {
    const word = fc.string({ minLength: 1, maxLength: 8 }).filter((w) => w.trim() === w && !/[ "]/.test(w));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }), fc.integer({ min: 1, max: 3 }), (words, gap) => {
        expect(splitCommandLine(words.join(' '.repeat(gap)))).toEqual(words);
      }),
    );
  });
});

describe('programOf', () => {
  it('is the first word that is run', () => {
    fc.assert(
      fc.property(lines, (line) => {
        expect(programOf(line)).toBe(splitCommandLine(line)[0] ?? '');
      }),
    );
    expect(programOf('"./my scripts/deploy.sh"/x --prod')).toBe('./my scripts/deploy.sh/x');
  });
});

describe('resolveProgram', () => {
  it('keeps a bare name for the PATH lookup and an absolute path as it is', () => {
    expect(resolveProgram('npx', '/work/site')).toBe('npx');
    expect(resolveProgram('/usr/bin/env', '/work/site')).toBe('/usr/bin/env');
  });

  it('resolves a path with a slash against the working directory, or this process’s', () => {
    expect(resolveProgram('./deploy.sh', '/work/site')).toBe('/work/site/deploy.sh');
    expect(resolveProgram('deploy/deploy.sh', '/work/site')).toBe('/work/site/deploy/deploy.sh');
    expect(resolveProgram('../bin/deploy', 'site')).toBe(join(process.cwd(), 'bin/deploy'));
    const resolved = resolveProgram('./deploy.sh', undefined);
    expect(isAbsolute(resolved)).toBe(true);
    expect(resolved).toBe(join(process.cwd(), 'deploy.sh'));
  });
});
