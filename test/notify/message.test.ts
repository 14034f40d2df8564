/**
 * The notice's Block Kit message: what it shows for each status (header, colour, fields, links), and
 * that whatever the inputs — 40,000-character values, Slack's control characters, emoji — it stays
 * within Block Kit's limits (checked by the fake Slack's validator), cuts are marked with `…`, and the
 * fallback `text` is always set.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BLOCK_KIT_LIMITS,
  ELLIPSIS,
  NOTICE_TEXT_BUDGET,
  type NoticeBlock,
  type NoticeMessage,
  blockTexts,
  escapeMrkdwn,
  escapeWithin,
  messageTextLength,
  mrkdwnLink,
  truncateText,
} from '../../src/notify/block-kit.js';
import {
  NOTICE_STATUSES,
  type Notice,
  type RunContext,
  STATUS_STYLES,
  buildNoticeMessage,
  runContext,
} from '../../src/notify/message.js';
import { validateMessage } from '../fakes/slack.js';

const RUN: RunContext = runContext({
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_REF_NAME: 'main',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_ACTOR: 'octocat',
  GITHUB_RUN_ID: '987654321',
  GITHUB_RUN_NUMBER: '42',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_WORKFLOW: 'Deploy production',
  GITHUB_JOB: 'release',
});

/** Every block of `message`: top-level, then the attachment's. */
function allBlocks(message: NoticeMessage): NoticeBlock[] {
  return [...message.blocks, ...message.attachments.flatMap((attachment) => attachment.blocks)];
}

/** All block text of `message` joined by newlines (for `toContain`). */
function shown(message: NoticeMessage): string {
  return blockTexts(allBlocks(message)).join('\n');
}

/** Asserts the limits Slack enforces, each on its own, and the fake's validator on the whole. */
function expectWithinLimits(message: NoticeMessage): void {
  expect(validateMessage(message as unknown as Record<string, unknown>)).toBeUndefined();
  const blocks = allBlocks(message);
  expect(blocks.length).toBeLessThanOrEqual(BLOCK_KIT_LIMITS.blocks);
  for (const block of blocks) {
    if (block.type === 'header') {
      expect(block.text.text.length).toBeLessThanOrEqual(BLOCK_KIT_LIMITS.headerText);
      expect(block.text.text).not.toMatch(/[\n\r\u2028\u2029]/);
    }
    if (block.type === 'section' && 'text' in block) {
      expect(block.text.text.length).toBeLessThanOrEqual(BLOCK_KIT_LIMITS.sectionText);
    }
    if (block.type === 'section' && 'fields' in block) {
      expect(block.fields.length).toBeLessThanOrEqual(BLOCK_KIT_LIMITS.sectionFields);
      for (const field of block.fields) {
        expect(field.text.length).toBeLessThanOrEqual(BLOCK_KIT_LIMITS.sectionField);
      }
    }
  }
  expect(messageTextLength(message)).toBeLessThanOrEqual(NOTICE_TEXT_BUDGET);
  expect(message.text.trim()).not.toBe('');
  expect(message.text).not.toMatch(/[\n\r\u2028\u2029]/);
}

describe('buildNoticeMessage', () => {
  it('shows a failure: header with the stage and environment, danger colour, origin, fields, reason, run link', () => {
    const message = buildNoticeMessage(
      {
        status: 'failed',
        environment: 'production',
        stage: 'smoke-test',
        reason: 'GET /api/health answered 503',
        durationMs: 90_000,
        deployment: 'dpl_new',
        previousDeployment: 'dpl_old',
        url: 'https://shop-abc.vercel.app/',
      },
      RUN,
    );
    expect(message.blocks).toEqual([
      {
        type: 'header',
        text: { type: 'plain_text', text: '❌ Failed at smoke-test · production', emoji: true },
      },
    ]);
    expect(message.attachments).toHaveLength(1);
    expect(message.attachments[0]?.color).toBe('danger');
    const text = shown(message);
    expect(text).toContain('*<https://github.com/acme/shop|acme/shop>*');
    expect(text).toContain('`main`');
    expect(text).toContain(
      '<https://github.com/acme/shop/commit/0123456789abcdef0123456789abcdef01234567|0123456>',
    );
    expect(text).toContain('by octocat');
    expect(text).toContain('*Environment*\nproduction');
    expect(text).toContain('*Stage*\nsmoke-test');
    expect(text).toContain('*Duration*\n1m30s');
    expect(text).toContain('*Deployment*\n`dpl_old` → `dpl_new`');
    expect(text).toContain('*URL*\n<https://shop-abc.vercel.app/|https://shop-abc.vercel.app/>');
    expect(text).toContain('*Reason*\nGET /api/health answered 503');
    expect(text).toContain(
      '<https://github.com/acme/shop/actions/runs/987654321/attempts/2|Run #42, attempt 2> · Deploy production · job release',
    );
    expect(message.text).toBe(
      '❌ Failed at smoke-test · production — acme/shop 0123456: GET /api/health answered 503',
    );
    expect(message).toMatchObject({ unfurl_links: false, unfurl_media: false });
    expectWithinLimits(message);
  });

  it('colours by status: good for what went well, warning for in progress or reverted, danger for what needs a person', () => {
    const colours = Object.fromEntries(
      NOTICE_STATUSES.map((status) => [status, buildNoticeMessage({ status }, RUN).attachments[0]?.color]),
    );
    expect(colours).toEqual({
      started: 'warning',
      succeeded: 'good',
      failed: 'danger',
      promoted: 'good',
      rolled_back: 'warning',
      rollback_failed: 'danger',
      flag_changed: 'good',
    });
    for (const status of NOTICE_STATUSES) {
      const message = buildNoticeMessage({ status }, RUN);
      const header = message.blocks[0];
      expect(header?.type === 'header' && header.text.text).toBe(
        `${STATUS_STYLES[status].emoji} ${STATUS_STYLES[status].label}`,
      );
      expectWithinLimits(message);
    }
  });

  it('shows deployments as production moved: forward on promote, back on rollback', () => {
    const ids = { deployment: 'dpl_new', previousDeployment: 'dpl_old' };
    expect(shown(buildNoticeMessage({ status: 'promoted', ...ids }, RUN))).toContain('`dpl_old` → `dpl_new`');
    expect(shown(buildNoticeMessage({ status: 'rolled_back', ...ids }, RUN))).toContain(
      '`dpl_new` → `dpl_old`',
    );
    expect(shown(buildNoticeMessage({ status: 'rollback_failed', ...ids }, RUN))).toContain(
      '`dpl_new` → `dpl_old` (not confirmed)',
    );
    expect(shown(buildNoticeMessage({ status: 'succeeded', deployment: 'dpl_new' }, RUN))).toContain(
      '*Deployment*\n`dpl_new`',
    );
  });

  it('shows a flag change with the flag in the header and the change as a field', () => {
    const message = buildNoticeMessage(
      {
        status: 'flag_changed',
        environment: 'production',
        flag: 'new-checkout',
        flagChange: 'rollout new-checkout 10%→25%',
      },
      RUN,
    );
    const header = message.blocks[0];
    expect(header?.type === 'header' && header.text.text).toBe('🚩 Flag changed: new-checkout · production');
    expect(shown(message)).toContain('*Flag*\n`new-checkout`');
    expect(shown(message)).toContain('*Change*\nrollout new-checkout 10%→25%');
    expectWithinLimits(message);
  });

  it('leaves out what the runner did not set, and still has a fallback text', () => {
    const message = buildNoticeMessage({ status: 'started' }, runContext({}));
    expect(message.attachments).toEqual([]);
    expect(message.blocks).toHaveLength(1);
    expect(message.text).toBe('🚀 Started');
    expectWithinLimits(message);
  });

  it('uses the pull request head branch and the triggering actor when set', () => {
    const run = runContext({
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_REF_NAME: '17/merge',
      GITHUB_HEAD_REF: 'feature/cart',
      GITHUB_ACTOR: 'octocat',
      GITHUB_TRIGGERING_ACTOR: 'hubot',
      GITHUB_RUN_ID: '1',
    });
    const text = shown(buildNoticeMessage({ status: 'started' }, run));
    expect(text).toContain('`feature/cart`');
    expect(text).toContain('by hubot');
    expect(text).toContain('<https://github.com/acme/shop/actions/runs/1|Run 1, attempt 1>');
  });

  it("escapes Slack's control characters in every value, so user text forms no link or mention", () => {
    const message = buildNoticeMessage(
      {
        status: 'failed',
        environment: '<!channel>',
        stage: 'a & b',
        reason: 'see <https://evil.example|your bank> & <@U123>',
        flag: '<!here>',
      },
      { ...RUN, actor: '<!everyone>' },
    );
    // Everything but the header (plain text, where Slack parses nothing).
    const text = [...blockTexts(allBlocks(message).slice(1)), message.text].join('\n');
    expect(text).not.toMatch(/<!(channel|here|everyone)>|<@U123>|<https:\/\/evil/);
    expect(text).toContain('&lt;!channel&gt;');
    expect(text).toContain('a &amp; b');
    expect(text).toContain('see &lt;https://evil.example|your bank&gt; &amp; &lt;@U123&gt;');
    // The header is plain text: shown as typed.
    const header = message.blocks[0];
    expect(header?.type === 'header' && header.text.text).toBe('❌ Failed at a & b · <!channel>');
  });

  it('cuts a 40,000-character reason to the section limit, marked with …, and stays valid', () => {
    const message = buildNoticeMessage(
      { status: 'failed', stage: 'health-check', reason: 'x'.repeat(40_000) },
      RUN,
    );
    const reason = blockTexts(allBlocks(message)).find((text) => text.startsWith('*Reason*'));
    expect(reason).toBeDefined();
    expect(reason?.endsWith(ELLIPSIS)).toBe(true);
    expect(reason?.length).toBe(BLOCK_KIT_LIMITS.sectionText);
    expect(message.text.endsWith(ELLIPSIS)).toBe(true);
    expectWithinLimits(message);
  });

  it('stays within every limit when every value is 40,000 characters long', () => {
    const huge = (char: string): string => char.repeat(40_000);
    const message = buildNoticeMessage(
      {
        status: 'rollback_failed',
        environment: huge('e'),
        url: `https://example.com/${huge('p')}`,
        stage: huge('s'),
        reason: huge('<'),
        durationMs: 10 ** 12,
        deployment: huge('d'),
        previousDeployment: huge('q'),
        flag: huge('f'),
        flagChange: huge('&'),
      },
      {
        ...RUN,
        repository: `acme/${huge('r')}`,
        ref: huge('b'),
        actor: huge('a'),
        workflow: huge('w'),
        job: huge('j'),
      },
    );
    expectWithinLimits(message);
    const header = message.blocks[0];
    expect(header?.type === 'header' && header.text.text.endsWith(ELLIPSIS)).toBe(true);
    expect(shown(message)).toContain(`*Change*\n${'&amp;'.repeat(39)}${ELLIPSIS}`);
  });

  it('stays within every limit for any values (property)', () => {
    const value = fc.option(fc.string({ unit: 'binary', maxLength: 6000 }), { nil: undefined });
    fc.assert(
      fc.property(
        fc.constantFrom(...NOTICE_STATUSES),
        value,
        value,
        value,
        fc.option(fc.string({ unit: 'grapheme', maxLength: 20_000 }), { nil: undefined }),
        value,
        (status, environment, stage, deployment, reason, flag) => {
          const notice: Notice = { status, environment, stage, deployment, reason, flag, flagChange: flag };
          expectWithinLimits(buildNoticeMessage(notice, RUN));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('text helpers', () => {
  it('escapes &, < and > only', () => {
    expect(escapeMrkdwn('a & b < c > d "e" *f*')).toBe('a &amp; b &lt; c &gt; d "e" *f*');
  });

  it('cuts escaped text between escapes, never inside one, and marks the cut', () => {
    const cut = escapeWithin('&'.repeat(100), 13);
    expect(cut).toBe(`&amp;&amp;${ELLIPSIS}`);
    expect(escapeWithin('short', 10)).toBe('short');
  });

  it('cuts between code points, never inside a surrogate pair', () => {
    const cut = truncateText('😀'.repeat(100), 10);
    expect(cut).toBe(`${'😀'.repeat(4)}${ELLIPSIS}`);
    expect(cut.length).toBeLessThanOrEqual(10);
    expect(escapeWithin('😀'.repeat(100), 4)).toBe(`😀${ELLIPSIS}`);
  });

  it('builds links whose target cannot end early and whose label is escaped', () => {
    expect(mrkdwnLink('https://example.com/a|b>c d', 'x < y')).toBe(
      '<https://example.com/a%7Cb%3Ec%20d|x &lt; y>',
    );
    // Too long to link: the label alone.
    expect(mrkdwnLink(`https://example.com/${'p'.repeat(2000)}`, 'the <deployment>')).toBe(
      'the &lt;deployment&gt;',
    );
  });
});
