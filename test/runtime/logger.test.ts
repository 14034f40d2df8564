import { afterEach, describe, expect, it, vi } from 'vitest';
import { consoleLogger, recordingLogger } from '../../src/runtime/logger.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Logger groups', () => {
  it('the console logger indents the lines of a group under its name, and stops after it', async () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    const logger = consoleLogger();
    logger.info('before');
    const result = await logger.group('deploy', async () => {
      logger.info('uploading');
      logger.warning('slow');
      return 42;
    });
    logger.info('after');
    expect(result).toBe(42);
    expect(written.join('')).toBe('before\n▸ deploy\n  uploading\n  warning: slow\nafter\n');
  });

  it('a group closes when its work throws, and the error reaches the caller', async () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    const logger = consoleLogger();
    await expect(logger.group('promote', () => Promise.reject(new Error('refused')))).rejects.toThrow(
      'refused',
    );
    logger.info('after');
    expect(written.join('')).toBe('▸ promote\nafter\n');
  });

  it('a group inside a group only runs its work: the runner cannot nest groups', async () => {
    const logger = recordingLogger();
    await logger.group('release', async () => {
      await logger.group('inner', async () => logger.info('line'));
    });
    await logger.group('second', async () => {});
    expect(logger.groups).toEqual(['release', 'second']);
    expect(logger.lines).toEqual([{ level: 'info', message: 'line' }]);
  });
});
