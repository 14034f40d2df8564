import { describe, expect, it } from 'vitest';
import { defineAction, input, readInputs } from '../../src/inputs/spec.js';
import { ConfigurationError } from '../../src/runtime/errors.js';

const spec = defineAction({
  name: 'demo',
  inputs: {
    url: input.url({ description: 'u', required: true }),
    timeout: input.duration({ description: 't', default: '30s' }),
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
