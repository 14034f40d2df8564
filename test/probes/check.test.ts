import { describe, expect, it } from 'vitest';
import { parseChecks } from '../../src/probes/check.js';
import { parseStatusSet } from '../../src/probes/status.js';

const fail = (text: string): string => {
  try {
    parseChecks(text, "input 'checks'");
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('accepted');
};

describe('status sets', () => {
  it('reads codes, lists, ranges and classes', () => {
    const s = parseStatusSet('429, 5xx');
    expect([429, 500, 503, 599].every((c) => s.has(c))).toBe(true);
    expect([200, 404, 428, 600].some((c) => s.has(c))).toBe(false);
    expect(parseStatusSet([200, '204']).text).toBe('200, 204');
    expect(parseStatusSet('200-299').has(204)).toBe(true);
    expect(parseStatusSet(301).has(302)).toBe(false);
    expect(() => parseStatusSet('ok')).toThrow(/expected a status like 200/);
    expect(() => parseStatusSet('299-200')).toThrow();
  });
});

describe('parseChecks', () => {
  it('accepts YAML, JSON, the path shorthand and {checks: [...]}', () => {
    const yaml = parseChecks(
      `- name: home\n  path: /\n  expect:\n    status: [200, 304]\n    body-contains: Welcome\n- /about\n`,
      'x',
    );
    expect(yaml.map((c) => [c.name, c.path, c.method])).toEqual([
      ['home', '/', 'GET'],
      ['/about', '/about', 'GET'],
    ]);
    expect(yaml[0]?.expect.status.has(304)).toBe(true);
    expect(yaml[1]?.expect.status.text).toBe('200-299');
    const json = parseChecks(
      '{"checks":[{"path":"/api","method":"post","body":{"a":1},"expect":{"json":{"$.ok":true}}}]}',
      'x',
    );
    expect(json[0]).toMatchObject({ method: 'POST', body: '{"a":1}', expect: { json: { '$.ok': true } } });
  });

  it('names the check and field of a mistake in one line', () => {
    expect(fail('- name: api\n  path: /api\n  expect: { status: ok }')).toBe(
      "input 'checks': check 1 ('api'): expect.status: expected a status like 200, a list like [200, 204], a range like 200-299, or a class like 2xx",
    );
    expect(fail('- path: /\n- path: api')).toMatch(/^input 'checks': check 2: /);
    expect(fail('- path: /\n  expect: { statuss: 200 }')).toMatch(
      /^input 'checks': check 1: expect: .*statuss/,
    );
    expect(fail('[unclosed')).toMatch(/^input 'checks': expected a YAML or JSON list of checks \(/);
    expect(fail('[]')).toBe("input 'checks': expected at least one check");
    expect(fail("- path: /\n  expect: { body-matches: '(' }")).toMatch(
      /expected a valid regular expression, got '\('/,
    );
    expect(fail('- path: /\n  expect: { json: { status: ok } }')).toMatch(/JSONPath starting with '\$'/);
    expect(fail('- path: /\n  expect: { max-latency-ms: -5 }').split('\n')).toHaveLength(1);
  });
});
