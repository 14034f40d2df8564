import { describe, expect, it } from 'vitest';
import {
  ValueError,
  formatDuration,
  parseBoolean,
  parseDuration,
  parseList,
  parseNumber,
} from '../../src/inputs/parse.js';

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
