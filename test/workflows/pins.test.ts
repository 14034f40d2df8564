import { describe, expect, it } from 'vitest';
import { checkPins, isCallerTemplate, isThirdParty, loadPins, RELEASE_PIN_PLACEHOLDER } from './pins.js';
import { repoFiles } from './repo-files.js';
import { parse, usesRefs } from './yaml-tree.js';

const pins = loadPins();

describe('pins.json', () => {
  it('holds full commit SHAs and vX.Y.Z tags keyed by owner/repo', () => {
    expect(Object.keys(pins).length).toBeGreaterThan(0);
    for (const [repo, pin] of Object.entries(pins)) {
      expect(repo).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(pin.sha).toMatch(/^[0-9a-f]{40}$/);
      expect(pin.tag).toMatch(/^v\d+\.\d+\.\d+$/);
    }
  });
});

describe('third-party pins in the repository', () => {
  const files = repoFiles();

  it('pins the auditors and the actions CI uses', () => {
    const used = new Set(
      files.flatMap((f) =>
        usesRefs(parse(f.text), f.kind).map((r) => r.uses.split('@')[0]?.split('/').slice(0, 2).join('/')),
      ),
    );
    for (const repo of [
      'actions/checkout',
      'ossf/scorecard-action',
      'github/codeql-action',
      'zizmorcore/zizmor-action',
    ]) {
      expect(used).toContain(repo);
    }
  });

  it.each(files.map((f) => [f.path, f] as const))('%s uses only verified pins', (_path, file) => {
    const options = { callerTemplate: isCallerTemplate(file.path) };
    expect(checkPins(usesRefs(parse(file.text), file.kind), pins, options).join('\n')).toBe('');
  });
});

describe('checkPins', () => {
  const checkout = pins['actions/checkout']!;
  const refs = (line: string) =>
    usesRefs(parse(`jobs:\n  a:\n    steps:\n      - uses: ${line}\n`), 'workflow');

  it('accepts a verified pin, also for an action in a subdirectory', () => {
    expect(checkPins(refs(`actions/checkout@${checkout.sha} # ${checkout.tag}`), pins)).toEqual([]);
    const codeql = pins['github/codeql-action']!;
    expect(checkPins(refs(`github/codeql-action/upload-sarif@${codeql.sha} # ${codeql.tag}`), pins)).toEqual(
      [],
    );
  });

  it('rejects a typo in the SHA', () => {
    const typo = `${checkout.sha.slice(0, -1)}${checkout.sha.endsWith('0') ? '1' : '0'}`;
    expect(checkPins(refs(`actions/checkout@${typo} # ${checkout.tag}`), pins)).toEqual([
      `line 4: actions/checkout@${typo} should be @${checkout.sha} (${checkout.tag})`,
    ]);
  });

  it('rejects a comment naming another tag', () => {
    expect(checkPins(refs(`actions/checkout@${checkout.sha} # v6.0.0`), pins)).toEqual([
      'line 4: actions/checkout comment is "v6.0.0", expected "v7.0.1"',
    ]);
  });

  it('rejects an action that is not in the table', () => {
    expect(checkPins(refs(`octo/unknown@${checkout.sha} # v1.0.0`), pins)).toEqual([
      'line 4: octo/unknown is not in pins.json (add it from the verified list)',
    ]);
  });

  it('accepts the release-pin placeholder only in caller templates, and only exactly', () => {
    const { repo, sha, comment } = RELEASE_PIN_PLACEHOLDER;
    const call = (uses: string) => usesRefs(parse(`jobs:\n  a:\n    uses: ${uses}\n`), 'workflow');
    const placeholder = call(`${repo}/.github/workflows/pipeline.yml@${sha} # ${comment}`);
    expect(checkPins(placeholder, pins, { callerTemplate: true })).toEqual([]);
    expect(checkPins(placeholder, pins)).toEqual([
      `line 3: ${repo} is not in pins.json (add it from the verified list)`,
    ]);
    // A real-looking but unverified SHA is still rejected, even with the placeholder's comment.
    const unknown = call(`${repo}/.github/workflows/pipeline.yml@${'a'.repeat(40)} # ${comment}`);
    expect(checkPins(unknown, pins, { callerTemplate: true })).toEqual([
      `line 3: ${repo} is not in pins.json (add it from the verified list)`,
    ]);
    const otherComment = call(`${repo}/.github/workflows/pipeline.yml@${sha} # v1.0.0`);
    expect(checkPins(otherComment, pins, { callerTemplate: true })).toHaveLength(1);
  });

  it('leaves local, self-repository and docker references alone', () => {
    expect(['./x', '$/actions/smoke-test', 'docker://alpine:3'].map(isThirdParty)).toEqual([
      false,
      false,
      false,
    ]);
    expect(isThirdParty('actions/checkout@v7')).toBe(true);
  });
});
