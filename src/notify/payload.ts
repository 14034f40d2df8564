/**
 * A message the user wrote: the `payload` input, sent instead of the built notice.
 */
import { ValueError } from '../inputs/parse.js';

/**
 * A Slack message as JSON: the arguments of `chat.postMessage` (https://docs.slack.dev/reference/methods/chat.postMessage)
 * or an incoming webhook's body (https://docs.slack.dev/messaging/sending-messages-using-incoming-webhooks),
 * e.g. `{"text": "…", "blocks": […]}`.
 */
export type UserPayload = Record<string, unknown>;

/** Keys the transport sets itself; a payload holding one is refused rather than silently overridden. */
const TRANSPORT_KEYS = ['channel', 'ts', 'thread_ts', 'token'] as const;

/**
 * Parses the `payload` input: a JSON object with at least one of `text`, `blocks` or `attachments`,
 * without the keys the transport owns (`channel`, `ts`, `thread_ts`, `token`: use the inputs). Slack
 * judges the rest (an invalid block is its `invalid_blocks`, reported like any failure to notify).
 * @throws ValueError ("expected …") with one line: the JSON error and its position, or what is missing.
 */
export function parsePayload(raw: string): UserPayload {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n', 1)[0] : String(error);
    throw new ValueError('a Slack message as a JSON object', `invalid JSON (${reason})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const kind = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
    throw new ValueError('a Slack message as a JSON object', kind);
  }
  const message = value as UserPayload;
  if (!['text', 'blocks', 'attachments'].some((key) => message[key] !== undefined)) {
    const keys = Object.keys(message);
    const shown = keys.length > 5 ? `${keys.slice(0, 5).join(', ')} …` : keys.join(', ');
    throw new ValueError(
      'a Slack message with text, blocks or attachments',
      `an object with ${keys.length === 0 ? 'no keys' : `only ${shown}`}`,
    );
  }
  const owned = TRANSPORT_KEYS.filter((key) => key in message);
  if (owned.length > 0) {
    throw new ValueError(
      `a message without ${owned.join(', ')} (use the inputs channel and ts)`,
      `a payload holding ${owned.join(', ')}`,
    );
  }
  return message;
}
