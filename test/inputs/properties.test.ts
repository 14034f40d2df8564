/**
 * Properties of the shared parsers and of the backoff, checked over generated inputs (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffMs } from '../../src/http/retry-after.js';
import { parseDuration, parseList } from '../../src/inputs/parse.js';
import { formatDuration } from '../../src/format/duration.js';
import { parseStatusSet } from '../../src/probes/status.js';
import { percentile } from '../../src/probes/stats.js';

describe('properties', () => {
  it('a formatted duration parses back to the same value, to its shown precision', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 48 * 3_600_000 }), (ms) => {
        const back = parseDuration(formatDuration(ms));
        // Shown precision: 1 ms under 1 s, 0.1 s under 1 min, 1 s under 1 h, 1 min above.
        const step = ms < 1000 ? 1 : ms < 60_000 ? 100 : ms < 3_600_000 ? 1000 : 60_000;
        expect(Math.abs(back - ms)).toBeLessThanOrEqual(step / 2 + 1);
      }),
    );
  });

  it('a list parses to trimmed, non-empty items, and re-parsing its join changes nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (parts) => {
        const items = parseList(parts.join('\n'));
        for (const item of items) expect(item).toBe(item.trim());
        expect(items).not.toContain('');
        expect(parseList(items.join(','))).toEqual(items.flatMap((i) => parseList(i)));
      }),
    );
  });

  it('a status class holds exactly its hundred codes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 100, max: 599 }), (cls, code) => {
        expect(parseStatusSet(`${cls}xx`).has(code)).toBe(Math.floor(code / 100) === cls);
        expect(parseStatusSet(code).has(code)).toBe(true);
      }),
    );
  });

  it('backoff stays within [0, min(max, base × 2^(retry-1)))', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 60_000 }),
        fc.double({ min: 0, max: 0.999999, noNaN: true }),
        (retry, base, max, r) => {
          const wait = backoffMs(retry, base, max, () => r);
          expect(wait).toBeGreaterThanOrEqual(0);
          expect(wait).toBeLessThan(Math.min(max, base * 2 ** (retry - 1)));
        },
      ),
    );
  });

  it('a percentile is one of the values and grows with p', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1 }),
        fc.integer({ min: 1, max: 100 }),
        (values, p) => {
          const v = percentile(values, p) as number;
          expect(values).toContain(v);
          expect(v).toBeLessThanOrEqual(percentile(values, Math.min(100, p + 10)) as number);
        },
      ),
    );
  });
});
