import { describe, expect, it } from 'vitest';
import { isCallerTemplate, RELEASE_PIN_PLACEHOLDER } from './pins.js';
import { checkPolicy, formatViolations, RULES } from './policy.js';
import type { FileKind, Rule } from './policy.js';
import { repoFiles } from './repo-files.js';

const CHECKOUT = 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1';

// Passes every rule; each bad fixture below changes one thing.
const GOOD = `name: good
on:
  push:
    branches: [main]
  workflow_dispatch:
    inputs:
      target:
        type: string
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    permissions:
      contents: write
    steps:
      - uses: ${CHECKOUT}
        with:
          persist-credentials: false
      - uses: $/actions/smoke-test
      - uses: docker://alpine:3.20
      - run: npm ci && npm test && echo "$TARGET" "\${{ github.event_name }}" "\${{ steps.x.outputs.inputs }}"
        env:
          TARGET: \${{ inputs.target }}
          TOKEN: \${{ secrets.DEPLOY_TOKEN }}
  deploy:
    needs: build
    uses: $/.github/workflows/deploy.yml
    secrets:
      token: \${{ secrets.DEPLOY_TOKEN }}
`;

const GOOD_ACTION = `name: composite
description: a composite action
inputs:
  url:
    description: where
runs:
  using: composite
  steps:
    - uses: ${CHECKOUT}
      with:
        persist-credentials: false
    - run: curl --fail "$URL"
      shell: bash
      env:
        URL: \${{ inputs.url }}
`;

function mutate(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/** One bad fixture per rule: [rule, kind, text, expected line]. */
const BAD: Array<[Rule, FileKind, string, number]> = [
  ['yaml-syntax', 'workflow', mutate(GOOD, 'jobs:\n', 'jobs:\n  bad: [\n'), 13],
  [
    'excessive-permissions',
    'workflow',
    mutate(GOOD, 'permissions:\n  contents: read\njobs', 'permissions:\n  contents: write\njobs'),
    10,
  ],
  [
    'excessive-permissions',
    'workflow',
    mutate(GOOD, 'permissions:\n  contents: read\njobs', 'permissions: write-all\njobs'),
    9,
  ],
  ['excessive-permissions', 'workflow', mutate(GOOD, 'permissions:\n  contents: read\njobs', 'jobs'), 1],
  ['template-injection', 'workflow', mutate(GOOD, 'echo "$TARGET"', 'echo "${{ inputs.target }}"'), 23],
  [
    'template-injection',
    'workflow',
    mutate(GOOD, 'echo "$TARGET"', 'echo "${{ github.event.pull_request.title }}"'),
    23,
  ],
  ['template-injection', 'workflow', mutate(GOOD, 'echo "$TARGET"', 'echo "${{ github.head_ref }}"'), 23],
  [
    'template-injection',
    'workflow',
    mutate(GOOD, 'echo "$TARGET"', 'echo "${{ github.event.inputs.target }}"'),
    23,
  ],
  [
    'template-injection',
    'action',
    mutate(GOOD_ACTION, 'curl --fail "$URL"', 'curl --fail "${{ inputs.url }}"'),
    12,
  ],
  ['unpinned-uses', 'workflow', mutate(GOOD, CHECKOUT, 'actions/checkout@v7 # v7.0.1'), 18],
  ['unpinned-uses', 'action', mutate(GOOD_ACTION, CHECKOUT, 'actions/checkout@main'), 9],
  [
    'unpinned-uses',
    'workflow',
    mutate(GOOD, 'uses: $/.github/workflows/deploy.yml', 'uses: octo/tools/.github/workflows/deploy.yml@v1'),
    29,
  ],
  ['ref-version-mismatch', 'workflow', mutate(GOOD, ' # v7.0.1', ''), 18],
  ['ref-version-mismatch', 'workflow', mutate(GOOD, ' # v7.0.1', ' # latest'), 18],
  [
    'self-repository',
    'workflow',
    mutate(GOOD, 'uses: $/actions/smoke-test', 'uses: ./actions/smoke-test'),
    21,
  ],
  [
    'dangerous-triggers',
    'workflow',
    mutate(GOOD, '  workflow_dispatch:\n', '  pull_request_target:\n  workflow_dispatch:\n'),
    5,
  ],
  [
    'dangerous-triggers',
    'workflow',
    mutate(GOOD, 'on:\n  push:\n    branches: [main]\n', 'on:\n  workflow_run:\n    workflows: [ci]\n'),
    3,
  ],
  ['artipacked', 'workflow', mutate(GOOD, '        with:\n          persist-credentials: false\n', ''), 18],
  ['artipacked', 'action', mutate(GOOD_ACTION, 'persist-credentials: false', 'persist-credentials: true'), 9],
  ['timeout-minutes', 'workflow', mutate(GOOD, '    timeout-minutes: 10\n', ''), 12],
  [
    'secrets-inherit',
    'workflow',
    mutate(GOOD, 'secrets:\n      token: ${{ secrets.DEPLOY_TOKEN }}', 'secrets: inherit'),
    30,
  ],
  [
    'overprovisioned-secrets',
    'workflow',
    mutate(GOOD, 'TOKEN: ${{ secrets.DEPLOY_TOKEN }}', 'TOKEN: ${{ toJSON(secrets) }}'),
    26,
  ],
  [
    'unredacted-secrets',
    'workflow',
    mutate(GOOD, 'TOKEN: ${{ secrets.DEPLOY_TOKEN }}', 'TOKEN: ${{ fromJSON(secrets.CONFIG).token }}'),
    26,
  ],
  ['adhoc-packages', 'workflow', mutate(GOOD, 'npm ci && npm test', 'npm install && npm test'), 23],
  ['adhoc-packages', 'workflow', mutate(GOOD, 'npm ci && npm test', 'npm ci && npm i -g left-pad'), 23],
  ['adhoc-packages', 'action', mutate(GOOD_ACTION, 'curl --fail "$URL"', 'npm i zx'), 12],
];

describe('workflow policy on the repository', () => {
  const files = repoFiles();

  it('finds the repository workflows', () => {
    expect(files.map((f) => f.path)).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/self-test.yml',
        '.github/workflows/security.yml',
        'workflows/ci.yml',
      ]),
    );
  });

  it.each(files.map((f) => [f.path, f] as const))('%s satisfies every rule', (_path, file) => {
    const options = { callerTemplate: isCallerTemplate(file.path) };
    expect(formatViolations(file.path, checkPolicy(file.text, file.kind, options))).toBe('');
  });
});

describe('workflow policy rules', () => {
  it('passes the good workflow and the good composite action', () => {
    expect(checkPolicy(GOOD, 'workflow')).toEqual([]);
    expect(checkPolicy(GOOD_ACTION, 'action')).toEqual([]);
  });

  it('accepts `permissions: {}` and `read-all` at the top level', () => {
    const empty = mutate(GOOD, 'permissions:\n  contents: read\njobs', 'permissions: {}\njobs');
    const readAll = mutate(GOOD, 'permissions:\n  contents: read\njobs', 'permissions: read-all\njobs');
    expect(checkPolicy(empty, 'workflow')).toEqual([]);
    expect(checkPolicy(readAll, 'workflow')).toEqual([]);
  });

  it.each(BAD.map(([rule, kind, text, line], i) => [`${rule} #${i}`, rule, kind, text, line] as const))(
    '%s fires exactly its rule',
    (_name, rule, kind, text, line) => {
      const violations = checkPolicy(text, kind);
      expect(violations.map((v) => [v.rule, v.line])).toEqual([[rule, line]]);
      expect(violations[0]?.message).not.toBe('');
    },
  );

  it('has a failing fixture for every rule', () => {
    expect(new Set(BAD.map(([rule]) => rule))).toEqual(new Set(Object.keys(RULES)));
  });

  it('does not count a pin comment on the next line', () => {
    const text = mutate(GOOD, ` # v7.0.1\n        with:`, `\n        # v7.0.1\n        with:`);
    expect(checkPolicy(text, 'workflow').map((v) => v.rule)).toEqual(['ref-version-mismatch']);
  });

  it('reads triggers written as a string or a list', () => {
    const asString = mutate(
      GOOD,
      /on:\n[\s\S]*?permissions/.exec(GOOD)![0],
      'on: pull_request_target\npermissions',
    );
    const asList = mutate(
      GOOD,
      /on:\n[\s\S]*?permissions/.exec(GOOD)![0],
      'on: [push, workflow_run]\npermissions',
    );
    expect(checkPolicy(asString, 'workflow').map((v) => v.rule)).toEqual(['dangerous-triggers']);
    expect(checkPolicy(asList, 'workflow').map((v) => v.rule)).toEqual(['dangerous-triggers']);
  });

  it('reports several violations in line order, readably', () => {
    const text = mutate(mutate(GOOD, '    timeout-minutes: 10\n', ''), ' # v7.0.1', '');
    expect(formatViolations('x.yml', checkPolicy(text, 'workflow'))).toBe(
      'x.yml:12: [timeout-minutes] job `build` has no `timeout-minutes`\n' +
        'x.yml:17: [ref-version-mismatch] `actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1` needs a `# vX.Y.Z` comment naming the pinned tag on the same line',
    );
  });
});

describe('release-pin placeholder in caller templates', () => {
  const { repo, sha, comment } = RELEASE_PIN_PLACEHOLDER;
  const caller = (uses: string) => `name: caller
on: push
permissions: {}
jobs:
  release:
    uses: ${uses}
`;
  const placeholder = caller(`${repo}/.github/workflows/pipeline.yml@${sha} # ${comment}`);
  const rules = (text: string, callerTemplate: boolean) =>
    checkPolicy(text, 'workflow', { callerTemplate }).map((v) => v.rule);

  it('accepts exactly the placeholder, and only in a caller template', () => {
    expect(rules(placeholder, true)).toEqual([]);
    expect(rules(placeholder, false)).toEqual(['ref-version-mismatch']);
  });

  it('still rejects another SHA, another comment or another repository with that comment', () => {
    const otherSha = caller(`${repo}/.github/workflows/pipeline.yml@${'a'.repeat(40)} # ${comment}`);
    const otherComment = caller(`${repo}/.github/workflows/pipeline.yml@${sha} # pin me later`);
    const otherRepo = caller(`octo/tools/.github/workflows/pipeline.yml@${sha} # ${comment}`);
    const unpinned = caller(`${repo}/.github/workflows/pipeline.yml@main # ${comment}`);
    expect(rules(otherSha, true)).toEqual(['ref-version-mismatch']);
    expect(rules(otherComment, true)).toEqual(['ref-version-mismatch']);
    expect(rules(otherRepo, true)).toEqual(['ref-version-mismatch']);
    expect(rules(unpinned, true)).toEqual(['unpinned-uses']);
  });

  it('knows caller templates by their folder', () => {
    expect(['workflows/deploy.yml', '.github/workflows/deploy-production.yml'].map(isCallerTemplate)).toEqual(
      [true, false],
    );
  });
});
