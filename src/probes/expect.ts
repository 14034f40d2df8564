/**
 * Judges an answered request against a check's expectation. Pure: takes what came back, returns the
 * list of reasons it falls short (empty = passed).
 */
import { isDeepStrictEqual } from 'node:util';
import { loadJsonPath } from '../inputs/lazy-modules.js';
import type { Expectation } from './check.js';

/** What the judge needs from a response. */
export interface Answer {
  status: number;
  headers: Headers;
  body: string;
  latencyMs: number;
}

const show = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
};

/**
 * Every way `answer` misses `expect`, as short human reasons (`status 503, expected 200-299`).
 * JSONPath is evaluated by jsonpath-plus with script evaluation disabled
 * (https://github.com/JSONPath-Plus/JSONPath), loaded on the first `json` assertion
 * (src/inputs/lazy-modules.ts).
 */
export function judge(answer: Answer, expect: Expectation): string[] {
  const reasons: string[] = [];
  if (!expect.status.has(answer.status))
    reasons.push(`status ${answer.status}, expected ${expect.status.text}`);
  for (const text of expect.bodyContains) {
    if (!answer.body.includes(text)) reasons.push(`body does not contain ${show(text)}`);
  }
  for (const re of expect.bodyMatches) {
    if (!re.test(answer.body)) reasons.push(`body does not match /${re.source}/`);
  }
  const paths = Object.entries(expect.json);
  if (paths.length > 0) {
    let doc: unknown;
    let parsed = false;
    try {
      doc = JSON.parse(answer.body);
      parsed = true;
    } catch {
      reasons.push(answer.body.trim() === '' ? 'body is empty, expected JSON' : 'body is not JSON');
    }
    if (parsed) {
      const { JSONPath } = loadJsonPath();
      for (const [path, expected] of paths) {
        let found: unknown[];
        try {
          found = JSONPath({ path, json: doc as object, wrap: true, eval: false }) as unknown[];
        } catch {
          reasons.push(`${path} is not a valid JSONPath`);
          continue;
        }
        if (found.length === 0) reasons.push(`${path} not found`);
        else if (!isDeepStrictEqual(found[0], expected))
          reasons.push(`${path} is ${show(found[0])}, expected ${show(expected)}`);
      }
    }
  }
  for (const [name, wanted] of Object.entries(expect.headers)) {
    const actual = answer.headers.get(name);
    if (actual === null) reasons.push(`header ${name} missing`);
    else if (!actual.toLowerCase().includes(wanted.toLowerCase())) {
      reasons.push(`header ${name} is ${show(actual)}, expected it to contain ${show(wanted)}`);
    }
  }
  if (expect.maxLatencyMs !== undefined && answer.latencyMs > expect.maxLatencyMs) {
    reasons.push(`latency ${Math.round(answer.latencyMs)} ms over ${expect.maxLatencyMs} ms`);
  }
  return reasons;
}
