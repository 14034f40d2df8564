/**
 * JUnit XML as JavaScript test runners write it: Vitest's `--reporter=junit`
 * (https://vitest.dev/guide/reporters#junit-reporter) and jest-junit
 * (https://github.com/jest-community/jest-junit#readme), and the common shape other tools share:
 *
 * ```xml
 * <testsuites>
 *   <testsuite name="src/math.spec.js">
 *     <testcase classname="src/math.spec.js" name="math &gt; add &gt; adds" time="0.002" file="…">
 *       <failure message="expected 3 to be 4">stack…</failure>   <!-- or <error>, or <skipped/> -->
 *     </testcase>
 *   </testsuite>
 * </testsuites>
 * ```
 *
 * `time` is in seconds. Vitest puts the file path (relative to its root) in `classname` and the
 * describe blocks and title, joined by ` > `, in `name`; jest-junit by default puts
 * "describe title" in both (and the file in `file` with `addFileAttribute`).
 */
import { loadXmlParser } from '../../inputs/lazy-modules.js';
import { quoteValue } from '../../inputs/parse.js';
import type { GateReport, TestCase } from '../types.js';
import {
  firstLine,
  isRecord,
  messageHead,
  nonEmptyString,
  position,
  reportError,
  rootRelative,
  roundMs,
  type PathOptions,
} from './shared.js';

const EXPECTED = 'JUnit XML (<testsuites> or <testsuite> holding <testcase> elements)';
const REPEATED = new Set(['testsuite', 'testcase', 'failure', 'error', 'skipped']);

/**
 * Reads JUnit XML: one test case per `<testcase>`, in nested `<testsuite>`s too. Status: failed
 * with a `<failure>` or `<error>`, skipped with `<skipped>`, else passed. Name: `name`, prefixed
 * by `classname + ' > '` unless the classname is a file path (Vitest) or `name` already starts
 * with it (jest-junit). File: the `file` attribute of the case or its suite, else a classname that
 * is a path; relative to the root (the tools write it relative to `cwd`). `time` (seconds) →
 * `durationMs`; `line` when given; `message`: the failure's `message` attribute, else the head of
 * its text.
 * @throws ConfigurationError naming input 'report' when the text is not well-formed XML or has no
 *   `<testsuites>`/`<testsuite>` root.
 */
export function parseJunitXml(text: string, options: PathOptions): GateReport {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') throw reportError(EXPECTED, 'an empty report');
  if (!body.startsWith('<'))
    throw reportError(EXPECTED, `text that is not XML: ${quoteValue(firstLine(body), 80)}`);
  const { XMLParser, XMLValidator } = loadXmlParser();
  const valid = XMLValidator.validate(body);
  if (valid !== true) {
    throw reportError(EXPECTED, `XML that does not parse: ${valid.err.msg} (line ${valid.err.line})`);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    attributesGroupName: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    htmlEntities: true, // numeric character references (&#x1B;) as well as &lt; and friends
    isArray: (tagName) => REPEATED.has(tagName),
  });
  const document: unknown = parser.parse(body);
  const rootSuites = isRecord(document) ? rootSuitesOf(document) : undefined;
  if (rootSuites === undefined) {
    const rootName = isRecord(document)
      ? Object.keys(document).find((name) => !name.startsWith('?'))
      : undefined;
    throw reportError(
      EXPECTED,
      rootName === undefined ? 'XML without elements' : `XML with root <${rootName}>`,
    );
  }
  const tests: TestCase[] = [];
  for (const suite of rootSuites) collectSuite(suite, undefined, tests, options);
  return { format: 'junit-xml', problems: [], tests };
}

/** The top-level `<testsuite>` elements, under `<testsuites>` or alone. */
function rootSuitesOf(document: Record<string, unknown>): unknown[] | undefined {
  if ('testsuites' in document) {
    const container = document.testsuites;
    return isRecord(container) && Array.isArray(container.testsuite) ? container.testsuite : [];
  }
  if (Array.isArray(document.testsuite)) return document.testsuite;
  return undefined;
}

function collectSuite(
  suite: unknown,
  parentFile: string | undefined,
  tests: TestCase[],
  options: PathOptions,
): void {
  if (!isRecord(suite)) return;
  const attributes = attributesOf(suite);
  const suiteFile = nonEmptyString(attributes.file) ?? parentFile;
  for (const testcase of Array.isArray(suite.testcase) ? suite.testcase : []) {
    if (isRecord(testcase)) tests.push(readCase(testcase, suiteFile, options));
  }
  for (const nested of Array.isArray(suite.testsuite) ? suite.testsuite : []) {
    collectSuite(nested, suiteFile, tests, options);
  }
}

function readCase(
  testcase: Record<string, unknown>,
  suiteFile: string | undefined,
  options: PathOptions,
): TestCase {
  const attributes = attributesOf(testcase);
  const name = nonEmptyString(attributes.name) ?? '';
  const classname = nonEmptyString(attributes.classname);
  const classIsPath = classname !== undefined && isPathLike(classname);
  const fullName =
    classname === undefined || classIsPath || name === classname || name.startsWith(`${classname} `)
      ? name || (classname ?? '')
      : `${classname} > ${name}`;
  const failure = firstOf(testcase.failure) ?? firstOf(testcase.error);
  const status = failure !== undefined ? 'failed' : 'skipped' in testcase ? 'skipped' : 'passed';
  const result: TestCase = { name: fullName, status };
  const path = nonEmptyString(attributes.file) ?? suiteFile ?? (classIsPath ? classname : undefined);
  const file = path === undefined ? undefined : rootRelative(path, options);
  if (file !== undefined) result.file = file;
  const line = position(Number(attributes.line));
  if (line !== undefined) result.line = line;
  const seconds = Number(attributes.time);
  if (attributes.time !== undefined && Number.isFinite(seconds) && seconds >= 0)
    result.durationMs = roundMs(seconds * 1000);
  if (failure !== undefined) {
    const message = failureMessage(failure);
    if (message !== undefined) result.message = message;
  }
  return result;
}

/** The attributes of an element (grouped under `@` by the parser's options), as strings. */
function attributesOf(element: Record<string, unknown>): Record<string, string> {
  const group = element['@'];
  if (!isRecord(group)) return {};
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(group)) {
    if (typeof value === 'string') attributes[key] = value;
  }
  return attributes;
}

/** The first `<failure>`/`<error>` element: an empty string for `<failure/>`, else an object. */
function firstOf(elements: unknown): unknown {
  return Array.isArray(elements) && elements.length > 0 ? elements[0] : undefined;
}

function failureMessage(failure: unknown): string | undefined {
  if (typeof failure === 'string') return messageHead(failure);
  if (!isRecord(failure)) return undefined;
  const attribute = nonEmptyString(attributesOf(failure).message);
  if (attribute !== undefined) return messageHead(attribute);
  const body = failure['#text'];
  return typeof body === 'string' ? messageHead(body) : undefined;
}

/** A classname that is a file path (`src/math.spec.ts`), as Vitest writes it, not a class or describe title. */
function isPathLike(classname: string): boolean {
  return !/\s/.test(classname) && (/[\\/]/.test(classname) || /\.[cm]?[jt]sx?$/.test(classname));
}
