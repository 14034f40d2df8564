import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/runtime/errors.js';
import { detectFormat, parseReport } from '../../../src/gates/reports/index.js';

/** A committed report with the fixture project's placeholder `<root>` replaced by `projectDir`. */
function fixture(path: string, projectDir = '/repo/app'): string {
  const text = readFileSync(new URL(`../../fixtures/gates/${path}`, import.meta.url), 'utf8');
  return text.replaceAll('&lt;root&gt;', projectDir);
}

const options = { root: '/repo', cwd: '/repo/app' };

describe('junit-xml', () => {
  it("reads Vitest's JUnit report: the classname is the file, time in seconds becomes ms", () => {
    const report = parseReport(fixture('vitest/junit.xml'), 'junit-xml', options);
    expect(report).toEqual({
      format: 'junit-xml',
      problems: [],
      tests: [
        {
          name: 'src/broken.spec.js',
          status: 'failed',
          file: 'app/src/broken.spec.js',
          durationMs: 0,
          message: 'cannot load this suite',
        },
        {
          name: 'math > add > adds two numbers',
          status: 'passed',
          file: 'app/src/math.spec.js',
          durationMs: expect.any(Number) as number,
        },
        {
          name: 'math > add > adds wrongly',
          status: 'failed',
          file: 'app/src/math.spec.js',
          durationMs: expect.any(Number) as number,
          message: 'expected 3 to be 4 // Object.is equality',
        },
        { name: 'math > add > adds later', status: 'skipped', file: 'app/src/math.spec.js', durationMs: 0 },
        { name: 'math > add > adds strings', status: 'skipped', file: 'app/src/math.spec.js', durationMs: 0 },
      ],
    });
    const xml = fixture('vitest/junit.xml');
    const seconds = Number(/name="math &gt; add &gt; adds two numbers" time="([\d.]+)"/.exec(xml)?.[1]);
    expect(report.tests[1]?.durationMs).toBe(Math.round(seconds * 1_000_000) / 1000);
  });

  it("reads jest-junit's default report: name and classname repeat each other, no file", () => {
    const report = parseReport(fixture('jest/junit.xml'), 'junit-xml', options);
    expect(report.tests).toEqual([
      { name: 'math add adds two numbers', status: 'passed', durationMs: expect.any(Number) as number },
      {
        name: 'math add adds wrongly',
        status: 'failed',
        durationMs: expect.any(Number) as number,
        message: 'Error: expect(received).toBe(expected) // Object.is equality\nExpected: 4\nReceived: 3',
      },
      { name: 'math add adds later', status: 'skipped', durationMs: 0 },
      // jest-junit writes a todo test as a plain (passing) test case
      { name: 'math add adds strings', status: 'passed', durationMs: 0 },
    ]);
  });

  it('reads jest-junit with the file attribute and suite errors: <error> is a failure', () => {
    const report = parseReport(fixture('jest/junit-options.xml'), 'junit-xml', options);
    expect(report.tests.map((test) => [test.name, test.status, test.file])).toEqual([
      ['math add adds two numbers', 'passed', 'app/src/math.spec.js'],
      ['math add adds wrongly', 'failed', 'app/src/math.spec.js'],
      ['math add adds later', 'skipped', 'app/src/math.spec.js'],
      ['math add adds strings', 'passed', 'app/src/math.spec.js'],
      ['Test suite failed to run > src/broken.spec.js', 'failed', 'app/src/broken.spec.js'],
      ['Test suite failed to run > src/broken.spec.js', 'failed', 'app/src/broken.spec.js'],
    ]);
    expect(report.tests[4]?.message).toBe('● Test suite failed to run\ncannot load this suite');
  });

  it('reads the generic shape: a lone <testsuite>, nested suites, class names, line and entities', () => {
    const xml = [
      '<?xml version="1.0"?>',
      '<testsuite name="outer" file="tests/test_math.py">',
      '  <testcase classname="tests.test_math.TestAdd" name="test_adds" time="1.5" line="12"/>',
      '  <testsuite name="inner">',
      '    <testcase classname="tests.test_math.TestAdd" name="test_fails &amp; &#x41;"><error message="boom"/></testcase>',
      '    <testcase name="bare"><failure/></testcase>',
      '  </testsuite>',
      '</testsuite>',
    ].join('\n');
    expect(parseReport(xml, 'junit-xml', options).tests).toEqual([
      {
        name: 'tests.test_math.TestAdd > test_adds',
        status: 'passed',
        file: 'app/tests/test_math.py',
        line: 12,
        durationMs: 1500,
      },
      {
        name: 'tests.test_math.TestAdd > test_fails & A',
        status: 'failed',
        file: 'app/tests/test_math.py',
        message: 'boom',
      },
      { name: 'bare', status: 'failed', file: 'app/tests/test_math.py' },
    ]);
  });

  it('refuses XML that is not JUnit, malformed or truncated XML, and text', () => {
    expect(() => parseReport('<coverage line-rate="1"/>', 'junit-xml', options)).toThrow(ConfigurationError);
    expect(() => parseReport('<coverage line-rate="1"/>', 'junit-xml', options)).toThrow(
      "input 'report': expected JUnit XML (<testsuites> or <testsuite> holding <testcase> elements), got XML with root <coverage>",
    );
    const truncated = fixture('vitest/junit.xml').slice(0, 600);
    expect(() => parseReport(truncated, 'junit-xml', options)).toThrow(
      /^input 'report': expected JUnit XML \(<testsuites> or <testsuite> holding <testcase> elements\), got XML that does not parse: .+ \(line \d+\)$/,
    );
    expect(() => parseReport('{"testResults": []}', 'junit-xml', options)).toThrow(
      `input 'report': expected JUnit XML (<testsuites> or <testsuite> holding <testcase> elements), got text that is not XML: '{"testResults": []}'`,
    );
  });

  it('is detected from its content', () => {
    for (const path of ['vitest/junit.xml', 'jest/junit.xml', 'jest/junit-options.xml']) {
      expect(detectFormat(fixture(path)), path).toBe('junit-xml');
    }
    expect(detectFormat('<coverage/>')).toBeUndefined();
  });
});
