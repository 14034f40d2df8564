// Offline workflow policy: mirrors the zizmor audits and OpenSSF Scorecard checks that matter for
// this repository's workflows, caller templates and action metadata, so a mistake fails `vitest`
// here instead of only on GitHub (zizmor and Scorecard cannot be installed on these machines).
// Rule ids reuse the zizmor audit names (https://docs.zizmor.sh/audits/); see
// docs/workflow-security.md for the rationale of each.
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import { isReleasePinPlaceholder } from './pins.js';
import {
  child,
  jobs,
  lineOf,
  lineOfMatch,
  parse,
  steps,
  str,
  stringsMatching,
  usesRefs,
} from './yaml-tree.js';
import type { FileKind, Parsed } from './yaml-tree.js';

export type { FileKind } from './yaml-tree.js';

/** Rule id → what it enforces (and the zizmor audit / Scorecard check it mirrors). */
export const RULES = {
  'yaml-syntax': 'the file parses as YAML',
  'excessive-permissions':
    'top-level `permissions` is `{}` or read-only; writes only per job (zizmor excessive-permissions, Scorecard Token-Permissions)',
  'template-injection':
    'no `${{ inputs.* }}`, `${{ github.event.* }}` or `${{ github.head_ref }}` inside `run:`/`script:`; pass them through `env:` (zizmor template-injection, Scorecard Dangerous-Workflow)',
  'unpinned-uses':
    'third-party `uses:` pinned to a full 40-hex commit SHA (zizmor unpinned-uses, Scorecard Pinned-Dependencies)',
  'ref-version-mismatch':
    'a SHA pin carries a `# vX.Y.Z` comment on the same line (zizmor ref-version-mismatch)',
  'self-repository': 'same-repository references use `$/…`, not `./…` (zizmor self-repository)',
  'dangerous-triggers':
    'no `pull_request_target` or `workflow_run` triggers (zizmor dangerous-triggers, Scorecard Dangerous-Workflow)',
  artipacked: '`actions/checkout` sets `persist-credentials: false` (zizmor artipacked)',
  'timeout-minutes':
    'every job that runs steps sets `timeout-minutes` (the default is 6 hours); reusable-workflow call jobs cannot',
  'secrets-inherit': 'no `secrets: inherit`; pass named secrets (zizmor secrets-inherit)',
  'overprovisioned-secrets': 'no `toJSON(secrets)` (zizmor overprovisioned-secrets)',
  'unredacted-secrets':
    'no `fromJSON(secrets…)`: derived values escape log redaction (zizmor unredacted-secrets)',
  'adhoc-packages':
    'no `npm install` / `npm i` in `run:`; use `npm ci` (zizmor adhoc-packages, Scorecard Pinned-Dependencies)',
} as const;

export type Rule = keyof typeof RULES;

export interface PolicyOptions {
  /**
   * The file is a caller template (`workflows/`): its `greenlight-dev/greenlight` reference may carry
   * the release-pin placeholder (zero SHA + "pin: replace …" comment) instead of a `# vX.Y.Z`.
   */
  readonly callerTemplate?: boolean;
}

export interface Violation {
  readonly rule: Rule;
  /** 1-based line in the checked file. */
  readonly line?: number;
  readonly message: string;
}

const SHA_PIN = /^[\w.-]+\/[\w.-]+(?:\/[^@\s]+)?@[0-9a-f]{40}$/;
const VERSION_COMMENT = /^v\d+\.\d+\.\d+$/;
const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;
// Attacker-controllable or caller-controlled contexts; `github.event_name` stays allowed.
const UNTRUSTED_CONTEXT =
  /(?<![\w.-])(?:inputs\s*(?:\.|\[)|github\s*\.\s*(?:event|head_ref)\b|github\s*\[\s*['"](?:event|head_ref)['"]\s*\])/;
const NPM_INSTALL = /(?:^|[\s;&|(`])npm\s+(?:install|isntall|in|i|add|install-test|it)(?=$|[\s;&|)`])/m;
const TO_JSON_SECRETS = /toJSON\s*\(\s*secrets\s*\)/i;
const FROM_JSON_SECRETS = /fromJSON\s*\(\s*secrets\b/i;
const DANGEROUS_TRIGGERS = new Set(['pull_request_target', 'workflow_run']);
const READ_ONLY = new Set(['read', 'none']);

/**
 * Checks one workflow (`kind: 'workflow'`) or action metadata file (`kind: 'action'`, i.e. an
 * `action.yml`; only composite `runs.steps` have steps to check). Pass `callerTemplate` for files
 * under `workflows/` (see {@link PolicyOptions}).
 * @returns violations sorted by line; empty when the file satisfies every rule in RULES
 */
export function checkPolicy(text: string, kind: FileKind, options: PolicyOptions = {}): Violation[] {
  const parsed = parse(text);
  if (parsed.doc.errors.length > 0) {
    const error = parsed.doc.errors[0];
    return [
      { rule: 'yaml-syntax', line: error?.linePos?.[0].line, message: error?.message ?? 'invalid YAML' },
    ];
  }
  const violations = [
    ...(kind === 'workflow' ? [...permissions(parsed), ...triggers(parsed), ...jobRules(parsed)] : []),
    ...stepRules(parsed, kind),
    ...pins(parsed, kind, options),
    ...secretsContext(parsed),
  ];
  return violations.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

function permissions(parsed: Parsed): Violation[] {
  const node = child(parsed.doc.contents, 'permissions');
  const rule = 'excessive-permissions';
  if (node === undefined) {
    return [
      { rule, line: 1, message: 'no top-level `permissions:`; set `permissions: {}` and grant per job' },
    ];
  }
  if (isScalar(node) && node.value === 'read-all') return [];
  if (!isMap(node)) {
    return [
      {
        rule,
        line: lineOf(parsed, node),
        message: `top-level \`permissions: ${String(str(node) ?? '')}\` is not read-only`,
      },
    ];
  }
  return node.items.flatMap((pair) => {
    const value = str(pair.value);
    return value !== undefined && READ_ONLY.has(value)
      ? []
      : [
          {
            rule,
            line: lineOf(parsed, pair.key as Node),
            message: `top-level permission \`${String(str(pair.key))}: ${String(value)}\` is not read-only; grant writes per job`,
          },
        ];
  });
}

function triggers(parsed: Parsed): Violation[] {
  const on = child(parsed.doc.contents, 'on');
  const names: Array<[string, Node]> = isScalar(on)
    ? [[String(on.value), on]]
    : isSeq(on)
      ? on.items.flatMap((item) => (isScalar(item) ? [[String(item.value), item] as [string, Node]] : []))
      : isMap(on)
        ? on.items.flatMap((pair) =>
            isScalar(pair.key) ? [[String(pair.key.value), pair.key] as [string, Node]] : [],
          )
        : [];
  return names
    .filter(([name]) => DANGEROUS_TRIGGERS.has(name))
    .map(([name, node]) => ({
      rule: 'dangerous-triggers' as const,
      line: lineOf(parsed, node),
      message: `trigger \`${name}\` runs with a privileged token on untrusted input`,
    }));
}

function jobRules(parsed: Parsed): Violation[] {
  return jobs(parsed).flatMap((job): Violation[] => {
    const found: Violation[] = [];
    const calls = child(job.node, 'uses') !== undefined;
    if (!calls && child(job.node, 'timeout-minutes') === undefined) {
      found.push({
        rule: 'timeout-minutes',
        line: job.line,
        message: `job \`${job.id}\` has no \`timeout-minutes\``,
      });
    }
    const secrets = child(job.node, 'secrets');
    if (str(secrets) === 'inherit') {
      found.push({
        rule: 'secrets-inherit',
        line: lineOf(parsed, secrets),
        message: `job \`${job.id}\` passes \`secrets: inherit\`; pass the named secrets the callee declares`,
      });
    }
    return found;
  });
}

function stepRules(parsed: Parsed, kind: FileKind): Violation[] {
  return steps(parsed, kind).flatMap((step): Violation[] => {
    const found: Violation[] = [];
    const uses = str(child(step.node, 'uses')) ?? '';
    const scripts: Node[] = [];
    const run = child(step.node, 'run');
    if (run !== undefined) scripts.push(run);
    const script = child(child(step.node, 'with'), 'script');
    if (uses.startsWith('actions/github-script@') && script !== undefined) scripts.push(script);
    for (const node of scripts) {
      const text = str(node) ?? '';
      for (const [expression, inner] of text.matchAll(EXPRESSION)) {
        if (!UNTRUSTED_CONTEXT.test(inner ?? '')) continue;
        found.push({
          rule: 'template-injection',
          line: lineOfMatch(parsed, node, new RegExp(escapeRegExp(expression))),
          message: `\`${expression}\` is expanded into a script; pass it through \`env:\` and use "$VAR"`,
        });
      }
    }
    if (run !== undefined && NPM_INSTALL.test(str(run) ?? '')) {
      found.push({
        rule: 'adhoc-packages',
        line: lineOfMatch(parsed, run, NPM_INSTALL),
        message: '`npm install` in `run:` resolves versions at run time; use `npm ci`',
      });
    }
    if (/^actions\/checkout(?:@|$)/.test(uses)) {
      const persist = child(child(step.node, 'with'), 'persist-credentials');
      const value: unknown = isScalar(persist) ? persist.value : undefined;
      if (value !== false && value !== 'false') {
        found.push({
          rule: 'artipacked',
          line: step.line,
          message:
            '`actions/checkout` without `with: persist-credentials: false` leaves the token in .git/config',
        });
      }
    }
    return found;
  });
}

function pins(parsed: Parsed, kind: FileKind, options: PolicyOptions): Violation[] {
  return usesRefs(parsed, kind).flatMap((ref): Violation[] => {
    if (ref.uses.startsWith('$/') || ref.uses.startsWith('docker://')) return [];
    if (options.callerTemplate === true && isReleasePinPlaceholder(ref)) return [];
    if (ref.uses.startsWith('./')) {
      return [
        {
          rule: 'self-repository',
          line: ref.line,
          message: `\`${ref.uses}\` resolves against the checked-out tree (the caller's repo in a reusable workflow); use \`$/${ref.uses.slice(2)}\``,
        },
      ];
    }
    if (!SHA_PIN.test(ref.uses)) {
      return [
        {
          rule: 'unpinned-uses',
          line: ref.line,
          message: `\`${ref.uses}\` is not pinned to a full commit SHA`,
        },
      ];
    }
    if (ref.comment === undefined || !VERSION_COMMENT.test(ref.comment)) {
      return [
        {
          rule: 'ref-version-mismatch',
          line: ref.line,
          message: `\`${ref.uses}\` needs a \`# vX.Y.Z\` comment naming the pinned tag on the same line`,
        },
      ];
    }
    return [];
  });
}

function secretsContext(parsed: Parsed): Violation[] {
  return [
    ...stringsMatching(parsed, TO_JSON_SECRETS).map(({ line }) => ({
      rule: 'overprovisioned-secrets' as const,
      line,
      message: '`toJSON(secrets)` exposes every secret; reference the ones needed by name',
    })),
    ...stringsMatching(parsed, FROM_JSON_SECRETS).map(({ line }) => ({
      rule: 'unredacted-secrets' as const,
      line,
      message:
        '`fromJSON(secrets.…)` yields values the runner does not redact; store each value as its own secret',
    })),
  ];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One line per violation: `file:line: [rule] message`. */
export function formatViolations(file: string, violations: readonly Violation[]): string {
  return violations.map((v) => `${file}:${v.line ?? '?'}: [${v.rule}] ${v.message}`).join('\n');
}
