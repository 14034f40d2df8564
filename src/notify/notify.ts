/**
 * Sends a notice through the transport the inputs chose, loading only that transport's Slack
 * package (`@slack/webhook` or `@slack/web-api`) when it is used.
 */
import type { NoticeMessage } from './block-kit.js';
import type { Delivery, SendOptions } from './delivery.js';
import type { UserPayload } from './payload.js';

/** An incoming webhook (one message per notice), or a bot token and channel (threads and updates). */
export type NoticeTransport =
  | { kind: 'webhook'; url: string }
  | { kind: 'bot'; token: string; channel: string; ts?: string | undefined; apiUrl?: string | undefined };

/**
 * Sends `message` (a built notice or the user's payload) through `transport`; see ./webhook.ts and
 * ./web-api.ts for what each sends and retries.
 * @returns the {@link Delivery}; never rejects for a Slack or network failure.
 */
export async function sendNotice(
  transport: NoticeTransport,
  message: NoticeMessage | UserPayload,
  options: SendOptions,
): Promise<Delivery> {
  if (transport.kind === 'webhook') {
    const { sendWebhook } = await import('./webhook.js');
    return sendWebhook(transport.url, message, options);
  }
  const { sendWithBot } = await import('./web-api.js');
  return sendWithBot(transport, message, options);
}
