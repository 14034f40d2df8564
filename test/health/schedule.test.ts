import { describe, expect, it } from 'vitest';
import {
  assertFitsDeadline,
  defaultTimeoutMs,
  lastMeasurementDueMs,
  resolveSchedule,
} from '../../src/health/schedule.js';
import { ConfigurationError } from '../../src/runtime/errors.js';

describe('resolveSchedule', () => {
  it('defaults: 6 measurements, the first at once, timeout = min(10 s, interval / 2), one retry after 250 ms', () => {
    expect(resolveSchedule({ intervalMs: 10_000 })).toEqual({
      intervalMs: 10_000,
      count: 6,
      initialDelayMs: 0,
      timeoutMs: 5_000,
      retries: 1,
      retryPauseMs: 250,
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

  it('keeps explicit values, an initial delay and retries of 0 included', () => {
    expect(
      resolveSchedule({ intervalMs: 50, count: 3, initialDelayMs: 0, timeoutMs: 1000, retries: 0 }),
    ).toEqual({
      intervalMs: 50,
      count: 3,
      initialDelayMs: 0,
      timeoutMs: 1000,
      retries: 0,
      retryPauseMs: 250,
    });
    expect(
      resolveSchedule({ intervalMs: 50, initialDelayMs: 20, retries: 3, retryPauseMs: 0 }),
    ).toMatchObject({
      initialDelayMs: 20,
      retries: 3,
      retryPauseMs: 0,
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
    expect(() => resolveSchedule({ intervalMs: 1000, retries: 6 })).toThrow(
      "input 'measurement-retries': expected an integer from 0 to 5, got 6",
    );
    expect(() => resolveSchedule({ intervalMs: 1000, retries: 0.5 })).toThrow(
      "input 'measurement-retries': expected an integer from 0 to 5, got 0.5",
    );
  });
});

describe('assertFitsDeadline', () => {
  it('accepts the defaults within 10 minutes', () => {
    const s = resolveSchedule({ intervalMs: 10_000 });
    expect(lastMeasurementDueMs(s)).toBe(50_000);
    expect(() => assertFitsDeadline(s, 600_000)).not.toThrow();
  });

  it('refuses a window whose last measurement cannot answer before the deadline', () => {
    const s = resolveSchedule({ intervalMs: 10_000, durationMs: 600_000, initialDelayMs: 10_000 });
    expect(() => assertFitsDeadline(s, 600_000)).toThrow(
      "input 'progress-deadline': expected at least 10m5s (initial delay 10s + 59 × interval 10s + timeout 5s), got 10m",
    );
    expect(() => assertFitsDeadline(s, 605_000)).not.toThrow();
    // With the default initial delay (0), the message leaves it out.
    expect(() => assertFitsDeadline(resolveSchedule({ intervalMs: 60_000, count: 20 }), 600_000)).toThrow(
      "input 'progress-deadline': expected at least 19m10s (19 × interval 1m + timeout 10s), got 10m",
    );
  });
});
