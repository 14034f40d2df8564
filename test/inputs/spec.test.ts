import { describe, expect, it } from 'vitest';
import { defineAction, input, readInputs } from '../../src/inputs/spec.js';
import { ConfigurationError } from '../../src/runtime/errors.js';

const spec = defineAction({
  name: 'demo',
  inputs: {
    url: input.url({ description: 'u', required: true }),
    timeout: input.duration({ description: 't', default: '30s', max: 3_600_000 }),
    'dry run': input.boolean({ description: 'd', default: 'false' }),
    token: input.string({
      description: 'secret',
      secret: true,
      pattern: /^tok_/,
      expected: 'a token starting with tok_',
    }),
    items: input.list({ description: 'l' }),
    mode: input.choice(['fast', 'safe'], { description: 'm', default: 'safe' }),
  },
  outputs: {},
});

describe('readInputs', () => {
  it('reads INPUT_* the way the runner names them, applying defaults', () => {
    const values = readInputs(spec, {
      INPUT_URL: ' https://example.com/app ',
      INPUT_DRY_RUN: 'true',
      INPUT_ITEMS: 'a,b',
    });
    expect(values.url.href).toBe('https://example.com/app');
    expect(values.timeout).toBe(30_000);
    expect(values['dry run']).toBe(true);
    expect(values.token).toBeUndefined();
    expect(values.items).toEqual(['a', 'b']);
    expect(values.mode).toBe('safe');
  });

  it('names the input and what was expected, in one line', () => {
    const bad = (env: Record<string, string>): string => {
      try {
        readInputs(spec, { INPUT_URL: 'https://x.dev', ...env });
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigurationError);
        return (error as Error).message;
      }
      throw new Error('no error');
    };
    expect(bad({ INPUT_TIMEOUT: 'soon' })).toBe(
      "input 'timeout': expected a duration like 30s or 5m, got 'soon'",
    );
    expect(bad({ INPUT_URL: 'ftp://x' })).toBe(
      "input 'url': expected an http(s) URL like https://example.com, got 'ftp://x'",
    );
    expect(bad({ INPUT_MODE: 'slow' })).toBe("input 'mode': expected one of fast, safe, got 'slow'");
    expect(bad({ INPUT_DRY_RUN: 'yes' })).toBe("input 'dry run': expected true or false, got 'yes'");
    expect(() => readInputs(spec, {})).toThrow("input 'url': required, but not supplied");
  });

  it('never echoes a secret, and hands it over for masking before parsing', () => {
    const masked: string[] = [];
    expect(() =>
      readInputs(spec, { INPUT_URL: 'https://x.dev', INPUT_TOKEN: 'sk-live-123' }, (s) => masked.push(s)),
    ).toThrow("input 'token': expected a token starting with tok_, got a value that is not shown");
    expect(masked).toEqual(['sk-live-123']);
  });
});

describe('readInputs refuses what would leak or overflow', () => {
  const message = (s: Parameters<typeof readInputs>[0], env: Record<string, string>): string => {
    try {
      readInputs(s, env);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      return (error as Error).message;
    }
    throw new Error('no error');
  };

  it('[input] a URL with user:password@ is refused in one line that never shows it', () => {
    const text = message(spec, { INPUT_URL: 'http://ops:hunter2@host.example.com' });
    expect(text).toBe(
      "input 'url': expected an http(s) URL without user:password@, got a URL with credentials",
    );
    expect(text).not.toMatch(/ops|hunter2/);
  });

  it('[input] a secret with a newline or another control character is refused, never shown', () => {
    const masked: string[] = [];
    for (const token of ['tok_a\nb', 'tok_a\u0000b', 'tok_a\u001b[2Jb', 'tok_a\rb']) {
      let text = '';
      try {
        readInputs(spec, { INPUT_URL: 'https://x.dev', INPUT_TOKEN: token }, (s) => masked.push(s));
      } catch (error) {
        text = (error as Error).message;
      }
      expect(text).toBe(
        "input 'token': expected a value without control characters (a newline, a tab …), got a value that is not shown",
      );
    }
    expect(masked).toHaveLength(4); // still handed over for masking first
    // Surrounding whitespace (a pasted secret's trailing newline) is trimmed, as the runner does.
    expect(readInputs(spec, { INPUT_URL: 'https://x.dev', INPUT_TOKEN: 'tok_abc\n' }).token).toBe('tok_abc');
  });

  it('[input] an echoed value stays on one line', () => {
    expect(message(spec, { INPUT_URL: 'https://x.dev', INPUT_MODE: 'slow\n::error::forged' })).toBe(
      "input 'mode': expected one of fast, safe, got 'slow\\n::error::forged'",
    );
  });

  it('[input] durations are bounded: above 0 and at most the declared maximum', () => {
    expect(message(spec, { INPUT_URL: 'https://x.dev', INPUT_TIMEOUT: '0s' })).toBe(
      "input 'timeout': expected a duration above 0, like 30s, got '0s'",
    );
    expect(message(spec, { INPUT_URL: 'https://x.dev', INPUT_TIMEOUT: '597h' })).toBe(
      "input 'timeout': expected a duration above 0 and at most 1h, like 30s, got '597h'",
    );
  });

  it('runs the spec refinement last, with the environment, keeping its message on one line', () => {
    const refined = defineAction({
      name: 'refined',
      inputs: { word: input.string({ description: 'w', default: 'a' }) },
      outputs: {},
      refine: (values, env) => {
        if (env.BREAK) throw new ConfigurationError(`input 'word': broken\n${env.BREAK}`);
        return { word: `${values.word}!` };
      },
    });
    expect(readInputs(refined, {}).word).toBe('a!');
    expect(() => readInputs(refined, { BREAK: 'x' })).toThrow(
      new ConfigurationError("input 'word': broken\\nx"),
    );
  });
});
