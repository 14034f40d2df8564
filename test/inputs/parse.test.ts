import { describe, expect, it } from 'vitest';
import {
  DURATION_LIMITS,
  HOSTNAME,
  MAX_TIMER_MS,
  ValueError,
  hasControlCharacter,
  parseBoolean,
  parseBoundedDuration,
  parseDuration,
  parseHttpUrl,
  parseList,
  parseNumber,
  quoteValue,
} from '../../src/inputs/parse.js';
import { formatDuration } from '../../src/format/duration.js';

describe('parseDuration', () => {
  it.each([
    ['30s', 30_000],
    ['5m', 300_000],
    ['1h', 3_600_000],
    ['250ms', 250],
    ['1m30s', 90_000],
    ['1.5s', 1500],
    ['0s', 0],
  ])('%s → %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['soon', '30', '', '5 m', 's', '1d', '-1s', '1m30'])('refuses %j', (text) => {
    expect(() => parseDuration(text)).toThrow(new ValueError('a duration like 30s or 5m'));
  });

  it('formats durations back', () => {
    expect(formatDuration(250)).toBe('250ms');
    expect(formatDuration(1500)).toBe('1.5s');
    expect(formatDuration(90_000)).toBe('1m30s');
    expect(formatDuration(3_600_000)).toBe('1h');
    expect(parseDuration(formatDuration(90_000))).toBe(90_000);
  });
});

describe('parseBoolean', () => {
  it('accepts YAML 1.2 core booleans only', () => {
    for (const t of ['true', 'True', 'TRUE']) expect(parseBoolean(t)).toBe(true);
    for (const f of ['false', 'False', 'FALSE']) expect(parseBoolean(f)).toBe(false);
    for (const bad of ['yes', 'no', 'on', 'off', '1', '0', 'tRue', '']) {
      expect(() => parseBoolean(bad)).toThrow('expected true or false');
    }
  });
});

describe('parseList', () => {
  it('splits on newlines and commas, trims, drops empties', () => {
    expect(parseList('a, b\n c\n\n,d ')).toEqual(['a', 'b', 'c', 'd']);
    expect(parseList('')).toEqual([]);
  });
});

describe('parseNumber', () => {
  it('enforces bounds and integers', () => {
    expect(parseNumber('3', { min: 0, max: 10, integer: true })).toBe(3);
    expect(parseNumber('2.5', { min: 0 })).toBe(2.5);
    expect(() => parseNumber('11', { min: 0, max: 10, integer: true })).toThrow(
      'expected an integer from 0 to 10',
    );
    expect(() => parseNumber('2.5', { integer: true, min: 1 })).toThrow('expected an integer of at least 1');
    expect(() => parseNumber('many', { max: 5 })).toThrow('expected a number of at most 5');
    expect(() => parseNumber('1e3', {})).toThrow('expected a number');
  });
});

describe('parseHttpUrl', () => {
  it('[input] refuses userinfo without echoing it, as text or as parsed', () => {
    for (const text of [
      'http://ops:hunter2@host.example.com',
      'https://ops@host.example.com/x',
      'https://:hunter2@host.example.com',
      'https://@host.example.com',
      'http:/ops:hunter2@host.example.com',
      'HTTPS://ops:hunter2@host.example.com',
      'https://ops:hunter2@exa mple.com', // does not even parse
      'ftp://ops:hunter2@host.example.com',
    ]) {
      let caught: unknown;
      try {
        parseHttpUrl(text);
      } catch (error) {
        caught = error;
      }
      expect(caught, text).toBeInstanceOf(ValueError);
      expect((caught as ValueError).expected).toBe('an http(s) URL without user:password@');
      expect((caught as ValueError).got).toBe('a URL with credentials');
    }
  });

  it('keeps an @ in the path, query or fragment', () => {
    expect(parseHttpUrl('https://example.com/@team?by=a@b#c@d').pathname).toBe('/@team');
    expect(() => parseHttpUrl('ftp://example.com')).toThrow(
      'expected an http(s) URL like https://example.com',
    );
  });
});

describe('parseBoundedDuration', () => {
  it('[input] refuses 0 unless allowed, and anything above the maximum, naming the range', () => {
    const max = DURATION_LIMITS.interval;
    expect(parseBoundedDuration('10s', { max })).toBe(10_000);
    expect(parseBoundedDuration('6h', { max })).toBe(6 * 3_600_000);
    expect(parseBoundedDuration('0s', { max, allowZero: true })).toBe(0);
    expect(() => parseBoundedDuration('0s', { max })).toThrow(new ValueError('a duration above 0, like 10s'));
    expect(() => parseBoundedDuration('6h0m1s', { max, example: '30s' })).toThrow(
      new ValueError('a duration above 0 and at most 6h, like 30s'),
    );
    expect(() => parseBoundedDuration('597h', { max: DURATION_LIMITS.deadline, allowZero: true })).toThrow(
      new ValueError('a duration of at least 0 and at most 24h, like 10s'),
    );
  });

  it('keeps every limit below what a Node timer holds', () => {
    for (const limit of Object.values(DURATION_LIMITS)) expect(limit).toBeLessThan(MAX_TIMER_MS);
    expect(parseDuration('597h')).toBeGreaterThan(MAX_TIMER_MS); // what used to be accepted
  });
});

describe('quoteValue and hasControlCharacter', () => {
  it('quotes on one line, escaping control characters, cut at 200 characters', () => {
    expect(quoteValue('soon')).toBe("'soon'");
    expect(quoteValue('a\nb\r\tc\u001b[31m\u2028')).toBe("'a\\nb\\r\\tc\\u001b[31m\\u2028'");
    expect(quoteValue('x'.repeat(300))).toBe(`'${'x'.repeat(200)}…'`);
    expect(hasControlCharacter('tok\nen')).toBe(true);
    expect(hasControlCharacter('tok\u0000')).toBe(true);
    expect(hasControlCharacter('tok_ok-123.ü')).toBe(false);
  });

  it('HOSTNAME takes hostnames only', () => {
    expect(HOSTNAME.test('staging.example.com')).toBe(true);
    for (const bad of [
      'https://evil.example.com/x',
      'evil.example.com/x',
      'evil.example.com:443',
      'localhost',
      'a..b',
    ])
      expect(HOSTNAME.test(bad), bad).toBe(false);
  });
});
