/**
 * Slack's Block Kit: the shapes a notice uses, the limits Slack enforces on them, and the text helpers
 * that keep a message within those limits (mrkdwn escaping, truncation marked with `…`).
 *
 * Limits: https://docs.slack.dev/reference/block-kit/blocks (50 blocks per message),
 * https://docs.slack.dev/reference/block-kit/blocks/section-block (text 3,000 characters, 10 fields of
 * 2,000), https://docs.slack.dev/reference/block-kit/blocks/header-block (150),
 * https://docs.slack.dev/reference/block-kit/blocks/context-block (10 elements),
 * https://docs.slack.dev/reference/methods/chat.postMessage (top-level `text`, truncated past 40,000).
 * Slack also refuses a message whose block text adds up to more than about 13,200 characters
 * (`msg_blocks_too_long`, undocumented; measured in https://github.com/slackapi/bolt-js/issues/2509).
 */

/** Slack's limits, in characters (UTF-16 code units, which never undercount) or items. */
export const BLOCK_KIT_LIMITS = {
  /** Blocks in one message, top-level and attachment blocks together. */
  blocks: 50,
  /** A section block's `text`. */
  sectionText: 3000,
  /** Items in a section block's `fields`. */
  sectionFields: 10,
  /** One section field's text. */
  sectionField: 2000,
  /** A header block's `plain_text`. */
  headerText: 150,
  /** Elements of a context block. */
  contextElements: 10,
  /** One text element of a context block. */
  contextText: 3000,
  /** All block text of one message together (see the module comment: about 13,200 measured). */
  totalText: 13_000,
  /** The top-level `text`; Slack truncates what is longer. */
  messageText: 40_000,
} as const;

/** What a built notice spends at most on all its text (block text and the fallback `text`). */
export const NOTICE_TEXT_BUDGET = 12_000;

/** Marks text that was cut to fit. */
export const ELLIPSIS = '…';

/** A Block Kit text object: `mrkdwn` (escaped, see {@link escapeMrkdwn}) or `plain_text`. */
export type TextObject =
  { type: 'mrkdwn'; text: string } | { type: 'plain_text'; text: string; emoji: boolean };

/** The blocks a notice is made of (a subset of Block Kit's; assignable to `@slack/types`' `KnownBlock`). */
export type NoticeBlock =
  | { type: 'header'; text: { type: 'plain_text'; text: string; emoji: boolean } }
  | { type: 'section'; text: { type: 'mrkdwn'; text: string } }
  | { type: 'section'; fields: { type: 'mrkdwn'; text: string }[] }
  | { type: 'context'; elements: { type: 'mrkdwn'; text: string }[] }
  | { type: 'divider' };

/**
 * A secondary attachment: the coloured bar beside its blocks. `color` is `good`, `warning`,
 * `danger` or `#rrggbb` (https://docs.slack.dev/messaging/formatting-message-text#when-to-use-attachments).
 */
export interface NoticeAttachment {
  color: 'good' | 'warning' | 'danger';
  blocks: NoticeBlock[];
}

/**
 * A message as `chat.postMessage`, `chat.update` and an incoming webhook take it (without `channel`
 * and `ts`, which the transport adds). `text` is the fallback shown in notifications and by screen
 * readers; it is always set.
 */
export interface NoticeMessage {
  text: string;
  blocks: NoticeBlock[];
  attachments: NoticeAttachment[];
  /** No link previews: the deployment URL would unfurl into a card. */
  unfurl_links: false;
  unfurl_media: false;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * `text` with Slack's three control characters escaped (`&` `<` `>` → `&amp;` `&lt;` `&gt;`), so
 * user text can neither form a link nor a mention such as `<!channel>`
 * (https://docs.slack.dev/messaging/formatting-message-text#escaping).
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/[&<>]/g, (char) => ESCAPES[char] as string);
}

/** `text` on one line: every run of white space (newlines, tabs, line separators) as one space, trimmed. */
export function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * `raw` escaped for mrkdwn in at most `max` characters: whole when it fits, else cut at a code point
 * (never inside an escape or a surrogate pair) and ended with {@link ELLIPSIS}.
 * @param max characters of the result, at least 1.
 */
export function escapeWithin(raw: string, max: number): string {
  const escaped = escapeMrkdwn(raw);
  if (escaped.length <= max) return escaped;
  return cutAt(raw, max - ELLIPSIS.length, (char) => ESCAPES[char] ?? char) + ELLIPSIS;
}

/**
 * `raw` (plain text, not escaped) in at most `max` characters: whole when it fits, else cut at a code
 * point and ended with {@link ELLIPSIS}.
 * @param max characters of the result, at least 1.
 */
export function truncateText(raw: string, max: number): string {
  if (raw.length <= max) return raw;
  return cutAt(raw, max - ELLIPSIS.length, (char) => char) + ELLIPSIS;
}

/** The longest prefix of `raw`, each code point mapped by `piece`, of at most `room` characters. */
function cutAt(raw: string, room: number, piece: (char: string) => string): string {
  let out = '';
  for (const char of raw) {
    const next = piece(char);
    if (out.length + next.length > room) break;
    out += next;
  }
  return out;
}

/** The longest link target kept: a longer URL is shown as its (cut) text, not linked. */
export const MAX_LINK_URL = 1000;

/**
 * A mrkdwn link `<url|label>` (https://docs.slack.dev/messaging/formatting-message-text#linking-urls):
 * `label` escaped and cut to `maxLabel` characters; in `url`, `|` and `>` would end the link early,
 * so they are percent-encoded (as are `<` and spaces). A target longer than {@link MAX_LINK_URL}
 * characters is not linked: the label alone is returned.
 */
export function mrkdwnLink(url: string, label: string, maxLabel = 200): string {
  const target = url.replace(/[|<> ]/g, (char) => encodeURIComponent(char));
  if (target.length > MAX_LINK_URL) return escapeWithin(label, maxLabel);
  return `<${target}|${escapeWithin(label, maxLabel)}>`;
}

/** Every text of `blocks` that Slack counts toward a message's size: headers, sections, fields, contexts. */
export function blockTexts(blocks: readonly NoticeBlock[]): string[] {
  return blocks.flatMap((block) => {
    switch (block.type) {
      case 'header':
        return [block.text.text];
      case 'section':
        return 'text' in block ? [block.text.text] : block.fields.map((field) => field.text);
      case 'context':
        return block.elements.map((element) => element.text);
      default:
        return [];
    }
  });
}

/** Characters of all block text of `message` (top-level and attachments) plus its fallback `text`. */
export function messageTextLength(message: NoticeMessage): number {
  const blocks = [...message.blocks, ...message.attachments.flatMap((attachment) => attachment.blocks)];
  return blockTexts(blocks).reduce((sum, text) => sum + text.length, message.text.length);
}
