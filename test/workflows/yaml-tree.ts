// Navigation over a parsed workflow or action metadata file for the policy checker: the `yaml`
// Document API keeps every node's source range and same-line comments, so findings carry 1-based
// line numbers and `# vX.Y.Z` pin comments can be read as comments.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Document, Node, Scalar, YAMLMap } from 'yaml';

export type FileKind = 'workflow' | 'action';

/** A parsed file: the document plus line lookup into its source. */
export interface Parsed {
  readonly text: string;
  readonly doc: Document.Parsed;
  /** 1-based line of a source offset. */
  line(offset: number): number;
}

/** A job (`jobs.<id>`) of a workflow. */
export interface Job {
  readonly id: string;
  readonly node: YAMLMap;
  readonly line: number;
}

/** A step of a workflow job or of a composite action (`runs.steps`). */
export interface Step {
  readonly node: YAMLMap;
  readonly line: number;
}

/** A `uses:` reference, at step or job level, with its same-line comment (without `#`). */
export interface UsesRef {
  readonly uses: string;
  readonly line: number;
  readonly comment: string | undefined;
  readonly level: 'step' | 'job';
}

export function parse(text: string): Parsed {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return { text, doc, line: (offset) => lineCounter.linePos(offset).line };
}

/** 1-based line where a node starts (1 when the node has no source range). */
export function lineOf(parsed: Parsed, node: Node | null | undefined): number {
  return node?.range ? parsed.line(node.range[0]) : 1;
}

/** The value node under `key` of a mapping node, if any. */
export function child(node: unknown, key: string): Node | undefined {
  if (!isMap(node)) return undefined;
  const value: unknown = node.get(key, true);
  return value === null || value === undefined ? undefined : (value as Node);
}

/** The string value of a scalar node, or undefined for anything else. */
export function str(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

export function jobs(parsed: Parsed): Job[] {
  const node = child(parsed.doc.contents, 'jobs');
  if (!isMap(node)) return [];
  return node.items.flatMap((pair) =>
    isScalar(pair.key) && isMap(pair.value)
      ? [{ id: String(pair.key.value), node: pair.value, line: lineOf(parsed, pair.key) }]
      : [],
  );
}

/** Steps of every job (workflow) or of `runs.steps` (composite action). */
export function steps(parsed: Parsed, kind: FileKind): Step[] {
  const lists =
    kind === 'workflow'
      ? jobs(parsed).map((job) => child(job.node, 'steps'))
      : [child(child(parsed.doc.contents, 'runs'), 'steps')];
  return lists.flatMap((list) =>
    isSeq(list)
      ? list.items.flatMap((item) => (isMap(item) ? [{ node: item, line: lineOf(parsed, item) }] : []))
      : [],
  );
}

/**
 * The comment written on the same line right after a scalar (`value # comment`), trimmed. The
 * `yaml` package attaches it as the scalar's `comment`; no line break may stand between the value
 * and the `#`, so a comment on a later line never counts.
 */
export function sameLineComment(parsed: Parsed, node: Scalar): string | undefined {
  if (!node.comment || !node.range) return undefined;
  const [, valueEnd, nodeEnd] = node.range;
  const after = parsed.text.slice(valueEnd, nodeEnd);
  const hash = after.indexOf('#');
  return hash >= 0 && !after.slice(0, hash).includes('\n') ? node.comment.trim() : undefined;
}

/** Every `uses:` in steps, plus job-level reusable-workflow calls in a workflow. */
export function usesRefs(parsed: Parsed, kind: FileKind): UsesRef[] {
  const refs: UsesRef[] = [];
  const add = (node: Node | undefined, level: UsesRef['level']): void => {
    const uses = str(node);
    if (uses === undefined || !isScalar(node)) return;
    refs.push({ uses, line: lineOf(parsed, node), comment: sameLineComment(parsed, node), level });
  };
  if (kind === 'workflow') for (const job of jobs(parsed)) add(child(job.node, 'uses'), 'job');
  for (const step of steps(parsed, kind)) add(child(step.node, 'uses'), 'step');
  return refs.sort((a, b) => a.line - b.line);
}

/** Every string scalar of the document matching `pattern`, with the line of the first match. */
export function stringsMatching(parsed: Parsed, pattern: RegExp): Array<{ value: string; line: number }> {
  const hits: Array<{ value: string; line: number }> = [];
  visit(parsed.doc, {
    Scalar(_key, node) {
      if (typeof node.value !== 'string' || !pattern.test(node.value)) return;
      hits.push({ value: node.value, line: lineOfMatch(parsed, node, pattern) });
    },
  });
  return hits;
}

/**
 * 1-based line of the first match of `pattern` inside a scalar's source text (block scalars keep
 * the text of each line, only indented), falling back to the scalar's first line.
 */
export function lineOfMatch(parsed: Parsed, node: Node, pattern: RegExp): number {
  if (!node.range) return 1;
  const [start, end] = node.range;
  const flags = pattern.flags.replace(/[gy]/g, '');
  const match = new RegExp(pattern.source, flags).exec(parsed.text.slice(start, end));
  return parsed.line(start + (match?.index ?? 0));
}
