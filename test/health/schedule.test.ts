import { describe, expect, it } from 'vitest';
import {
  assertFitsDeadline,
  defaultTimeoutMs,
  lastMeasurementDueMs,
  resolveSchedule,
} from '../../src/health/schedule.js';
import { ConfigurationError } from '../../src/runtime/errors.js';

describe('resolveSchedule', () => {
  it('defaults: 6 measurements, initial delay = interval, timeout = min(10 s, interval / 2)', () => {
    expect(resolveSchedule({ intervalMs: 10_000 })).toEqual({
      intervalMs: 10_000,
      count: 6,
      initialDelayMs: 10_000,
      timeoutMs: 5_000,
    });
    expect(defaultTimeoutMs(60_000)).toBe(10_000);
    expect(defaultTimeoutMs(50)).toBe(25);
    expect(defaultTimeoutMs(1)).toBe(1);
  });

  it('turns a duration into ceil(duration / interval) measurements', () => {
    expect(resolveSchedule({ intervalMs: 10_000, durationMs: 25_000 }).count).toBe(3);
    expect(resolveSchedule({ intervalMs: 10_000, durationMs: 30_000 }).count).toBe(3);
    expect(resolveSchedule({ intervalMs: 10_000, durationMs: 1 }).count).toBe(1);
  });

  it('keeps explicit values, an initial delay of 0 included', () => {
    expect(resolveSchedule({ intervalMs: 50, count: 3, initialDelayMs: 0, timeoutMs: 1000 })).toEqual({
      intervalMs: 50,
      count: 3,
      initialDelayMs: 0,
      timeoutMs: 1000,
    });
  });

  it('refuses bad schedules in one line naming the input', () => {
    expect(() => resolveSchedule({ intervalMs: 0 })).toThrow(
      new ConfigurationError("input 'interval': expected a duration above 0, got 0ms"),
    );
    expect(() => resolveSchedule({ intervalMs: 1000, count: 3, durationMs: 5000 })).toThrow(
      "inputs 'count' and 'duration': expected one of them, got both",
    );
    expect(() => resolveSchedule({ intervalMs: 1000, count: 0 })).toThrow(
      "input 'count': expected an integer of at least 1, got 0",
    );
  });
});

describe('assertFitsDeadline', () => {
  it('accepts the defaults within 10 minutes', () => {
    const s = resolveSchedule({ intervalMs: 10_000 });
    expect(lastMeasurementDueMs(s)).toBe(60_000);
    expect(() => assertFitsDeadline(s, 600_000)).not.toThrow();
  });

  it('refuses a window whose last measurement cannot answer before the deadline', () => {
    const s = resolveSchedule({ intervalMs: 10_000, durationMs: 600_000 });
    expect(() => assertFitsDeadline(s, 600_000)).toThrow(
      "input 'progress-deadline': expected at least 10m5s (initial delay 10s + 59 × interval 10s + timeout 5s), got 10m",
    );
    expect(() => assertFitsDeadline(s, 605_000)).not.toThrow();
  });
});
