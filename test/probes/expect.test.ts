import { describe, expect, it } from 'vitest';
import { parseChecks } from '../../src/probes/check.js';
import { judge } from '../../src/probes/expect.js';

const expectation = (yaml: string) => {
  const check = parseChecks(`- path: /\n  expect: ${yaml}`, 'x')[0];
  if (!check) throw new Error('no check');
  return check.expect;
};
const answer = (
  over: Partial<{ status: number; body: string; headers: Record<string, string>; latencyMs: number }> = {},
) => ({
  status: over.status ?? 200,
  body: over.body ?? '',
  headers: new Headers(over.headers ?? {}),
  latencyMs: over.latencyMs ?? 10,
});

describe('judge', () => {
  it('status: default 2xx, lists and ranges', () => {
    expect(judge(answer({ status: 204 }), expectation('{}'))).toEqual([]);
    expect(judge(answer({ status: 503 }), expectation('{}'))).toEqual(['status 503, expected 200-299']);
    expect(judge(answer({ status: 404 }), expectation('{ status: [200, 404] }'))).toEqual([]);
  });

  it('body-contains and body-matches', () => {
    const e = expectation('{ body-contains: [Welcome, "<title>"], body-matches: "v\\\\d+\\\\.\\\\d+" }');
    expect(judge(answer({ body: '<title>x</title> Welcome v1.2' }), e)).toEqual([]);
    expect(judge(answer({ body: 'nothing' }), e)).toEqual([
      'body does not contain "Welcome"',
      'body does not contain "<title>"',
      'body does not match /v\\d+\\.\\d+/',
    ]);
  });

  it('json paths: equality, missing paths, non-JSON and empty bodies', () => {
    const e = expectation('{ json: { "$.status": ok, "$.checks[0].db": { up: true } } }');
    expect(judge(answer({ body: '{"status":"ok","checks":[{"db":{"up":true}}]}' }), e)).toEqual([]);
    expect(judge(answer({ body: '{"status":"down","checks":[]}' }), e)).toEqual([
      '$.status is "down", expected "ok"',
      '$.checks[0].db not found',
    ]);
    expect(judge(answer({ body: '<html>' }), e)).toEqual(['body is not JSON']);
    expect(judge(answer({ body: '' }), e)).toEqual(['body is empty, expected JSON']);
  });

  it('headers contain the expected text, case-insensitively', () => {
    const e = expectation('{ headers: { Content-Type: text/html, x-version: 2 } }');
    expect(
      judge(answer({ headers: { 'content-type': 'text/HTML; charset=utf-8', 'x-version': '2' } }), e),
    ).toEqual([]);
    expect(judge(answer({ headers: { 'content-type': 'application/json' } }), e)).toEqual([
      'header content-type is "application/json", expected it to contain "text/html"',
      'header x-version missing',
    ]);
  });

  it('max-latency-ms', () => {
    expect(judge(answer({ latencyMs: 812.4 }), expectation('{ max-latency-ms: 500 }'))).toEqual([
      'latency 812 ms over 500 ms',
    ]);
    expect(judge(answer({ latencyMs: 499 }), expectation('{ max-latency-ms: 500 }'))).toEqual([]);
  });
});
