import { describe, expect, it } from 'vitest';
import { formatBytes, parseBytes, parseCoverageThreshold, parseSizeBudgets } from '../../src/gates/limits.js';
import { ConfigurationError } from '../../src/runtime/errors.js';

describe('parseCoverageThreshold', () => {
  it('reads metric=percent pairs, commas or newlines, and a bare number as lines', () => {
    expect(parseCoverageThreshold('lines=80, branches=70\nfunctions=66.5')).toEqual({
      lines: 80,
      branches: 70,
      functions: 66.5,
    });
    expect(parseCoverageThreshold('90')).toEqual({ lines: 90 });
    expect(parseCoverageThreshold('')).toEqual({});
  });

  it.each(['line=80', 'lines=', 'lines=101', 'lines=-1', 'lines=eighty'])(
    '[input] refuses %s in one line naming the input',
    (raw) => {
      expect(() => parseCoverageThreshold(raw)).toThrow(ConfigurationError);
      expect(() => parseCoverageThreshold(raw)).toThrow(
        /^input 'coverage-threshold': expected metric=percent pairs such as lines=80,branches=70 \(metrics lines, statements, functions, branches\), got '/,
      );
    },
  );
});

describe('size budgets', () => {
  it('reads bytes in SI and IEC units', () => {
    expect(parseBytes('250kB')).toBe(250_000);
    expect(parseBytes('1.5 MiB')).toBe(1_572_864);
    expect(parseBytes('4096')).toBe(4096);
    expect(parseBytes('12 B')).toBe(12);
    expect(parseBytes('2 parsecs')).toBeUndefined();
    expect(parseBytes('kB')).toBeUndefined();
  });

  it('reads glob=size pairs, in order; the last = splits (globs may hold =)', () => {
    expect(parseSizeBudgets('dist/**/*.js=250kB\ndist/a=b.css = 1KiB')).toEqual([
      { glob: 'dist/**/*.js', bytes: 250_000, written: '250kB' },
      { glob: 'dist/a=b.css', bytes: 1024, written: '1KiB' },
    ]);
  });

  it.each(['dist/*.js', '=1kB', 'dist/*.js=lots'])('[input] refuses %s naming the input', (raw) => {
    expect(() => parseSizeBudgets(raw)).toThrow(/^input 'size-budget': expected glob=size pairs/);
  });

  it('formats bytes for people', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(250_000)).toBe('250.00 kB');
    expect(formatBytes(2_500_000)).toBe('2.50 MB');
  });
});
