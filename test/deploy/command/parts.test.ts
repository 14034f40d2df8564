import { afterEach, describe, expect, it } from 'vitest';
import { checkCommandLine, programOf } from '../../../src/deploy/command/command-line.js';
import { commandEnv, metaEnv, metaEnvKey } from '../../../src/deploy/command/env.js';
import { lastJsonLine, readResult } from '../../../src/deploy/command/result.js';
import { scrubber, tailLine } from '../../../src/deploy/command/scrub.js';
import { recordingLogger } from '../../../src/runtime/logger.js';
import { type Fixture, fixture, hang, inMs, isAlive, printLines, readPid, request } from './fixture.js';

describe('environment', () => {
  it('upper-snake-cases meta keys', () => {
    expect(
      ['githubCommitSha', 'greenlightEnvironment', 'run-id', 'HTTPPort', 'sha256Sum', 'a.b c'].map(
        metaEnvKey,
      ),
    ).toEqual(['GITHUB_COMMIT_SHA', 'GREENLIGHT_ENVIRONMENT', 'RUN_ID', 'HTTP_PORT', 'SHA256_SUM', 'A_B_C']);
  });

  it('keeps the first of two keys that collide and warns', () => {
    const logger = recordingLogger();
    expect(metaEnv({ 'run-id': '1', runId: '2', '--': 'x' }, logger)).toEqual({
      GREENLIGHT_META_RUN_ID: '1',
    });
    expect(logger.lines.map((l) => l.message)).toEqual([
      "meta keys 'run-id' and 'runId' both map to GREENLIGHT_META_RUN_ID; 'runId' is not passed",
      "meta key '--' has no letters or digits; not passed to the command",
    ]);
  });

  it('drops unset values, stale GREENLIGHT_* and the action inputs', () => {
    expect(
      commandEnv(
        {
          PATH: '/bin',
          UNSET: undefined,
          INPUT_SLACK_WEBHOOK: 'x',
          Input_Other: 'y',
          GREENLIGHT_STAGED: 'true',
        },
        { GREENLIGHT_DEPLOYMENT_ID: 'd' },
      ),
    ).toEqual({ PATH: '/bin', GREENLIGHT_DEPLOYMENT_ID: 'd' });
  });
});

describe('scrubbing', () => {
  it('masks every occurrence, longest first, and each line of a multi-line secret', () => {
    const scrub = scrubber(['abc', 'abcdef', '', 'line-one\nline-two']);
    expect(scrub('x abcdef y abc z')).toBe('x *** y *** z');
    expect(scrub('got line-two')).toBe('got ***');
  });

  it('quotes the last non-blank lines on one line', () => {
    expect(tailLine('a\n\nb\r\nc\n', 2, (t) => t)).toBe('b | c');
    expect(tailLine('', 5, (t) => t)).toBe('(no output)');
    expect(tailLine('x'.repeat(300), 1, (t) => t)).toHaveLength(201);
  });
});

describe('result line', () => {
  const none = (t: string): string => t;

  it('is the last line that parses as a JSON object or null', () => {
    expect(lastJsonLine('{"id": 1}\n{ building }\n[1]\n42\n')).toEqual({ value: { id: 1 } });
    expect(lastJsonLine('{"id": 1}\nnull\n')).toEqual({ value: null });
    expect(lastJsonLine('plain\n')).toBeUndefined();
  });

  it.each([
    [
      '{"id": "d", "url": "https://d.test", "createdAt": "yesterday"}',
      'printed a "createdAt" that is neither ms since the epoch nor an ISO date',
    ],
    [
      '{"id": "d", "url": "https://d.test", "production": "yes"}',
      'printed a "production" that is not true or false',
    ],
    [
      '{"id": "d", "url": "https://d.test", "meta": {"a": {"b": 1}}}',
      'printed a "meta" that is not an object of strings',
    ],
    ['{"id": "", "url": "https://d.test"}', 'printed a result without an "id" string'],
    ['{"id": "d", "url": "ftp://d.test"}', 'printed a result whose "url" is not an absolute http(s) URL'],
    ['null', 'printed null'],
  ])('refuses %s', (line, problem) => {
    expect(() => readResult(line, 'deploy', "deploy-command 'x'", none)).toThrow(
      `deploy-command 'x' ${problem};`,
    );
  });

  it('lets a production command omit the url and ignores deploy-only fields', () => {
    expect(readResult('{"id": "p", "createdAt": "nonsense"}', 'production', 'p', none)).toEqual({
      id: 'p',
      url: '',
    });
  });
});

describe('command lines', () => {
  it('treats blank as absent and allows ordinary arguments', () => {
    expect(checkCommandLine('deploy', '   ')).toBeUndefined();
    expect(checkCommandLine('deploy', ' npx wrangler pages deploy dist --branch=main ')).toBe(
      'npx wrangler pages deploy dist --branch=main',
    );
    expect(checkCommandLine('deploy', './deploy.sh "price: $5" --x=a=b')).toBe(
      './deploy.sh "price: $5" --x=a=b',
    );
  });

  it('refuses several lines', () => {
    expect(() => checkCommandLine('deploy', './a.sh\n./b.sh')).toThrow(
      "input 'deploy-command': expected one command line, got several lines; put the steps in a script and run that",
    );
  });

  it('names only the program', () => {
    expect(programOf('./deploy.sh --token abc')).toBe('./deploy.sh');
    expect(programOf('"./my scripts/deploy.sh" --prod')).toBe('./my scripts/deploy.sh');
  });
});

describe('concurrent commands', () => {
  let f: Fixture;
  afterEach(() => f.remove());

  it('each watchdog stops its own process only', async () => {
    f = fixture();
    f.script('slow.mjs', hang('slow'));
    f.script(
      'fast.mjs',
      `import { writeFileSync } from 'node:fs';\nwriteFileSync('fast.pid', String(process.pid));\nsetTimeout(() => console.log('{"id": "fast", "url": "https://fast.test"}'), 2_000);`,
    );
    const slow = f.provider({ deploy: 'node slow.mjs' }).deploy(request({ deadline: inMs(1_500) }));
    const fast = f.provider({ deploy: 'node fast.mjs' }).deploy(request({ deadline: inMs(10_000) }));
    await expect(slow).rejects.toThrow('did not finish before the deadline; it was stopped');
    expect((await fast).deployment.id).toBe('fast');
    const pid = (name: string): number => readPid(f.dir, name);
    expect(isAlive(pid('slow.pid'))).toBe(false);
    expect(pid('slow.pid')).not.toBe(pid('fast.pid'));
  });

  it('a production command logs at debug level only', async () => {
    f = fixture();
    f.script('production.mjs', printLines('checking', 'null'));
    await f.provider({ production: 'node production.mjs' }).production();
    expect(f.logger.lines.filter((l) => l.level !== 'debug')).toEqual([]);
    expect(f.logger.lines.map((l) => l.message)).toContain('checking');
  });
});
