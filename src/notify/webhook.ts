/**
 * Notices through an incoming webhook (`@slack/webhook`'s `IncomingWebhook`): one message per
 * notice — a webhook cannot update a message or reply in a thread, and answers no `ts`
 * (https://docs.slack.dev/messaging/sending-messages-using-incoming-webhooks).
 *
 * Retries (see ./delivery.ts): the client's are off (`retryConfig: { retries: 0 }`, its default),
 * so one attempt; it rejects a 429 at once without its `Retry-After`, which the `fetch` witness reads
 * so that {@link sendWebhook} can retry once after it. Error answers are plain-text codes
 * (`invalid_payload`, `no_service`, `channel_not_found` …;
 * https://docs.slack.dev/messaging/sending-messages-using-incoming-webhooks#handling_errors).
 */
import {
  IncomingWebhook,
  IncomingWebhookHTTPError,
  IncomingWebhookRequestError,
  type IncomingWebhookSendArguments,
} from '@slack/webhook';
import { retryAfterMs } from '../http/retry-after.js';
import type { NoticeMessage } from './block-kit.js';
import { type Delivery, SEND_DEFAULTS, type SendOptions, noAnswerFailure, witnessFetch } from './delivery.js';
import type { UserPayload } from './payload.js';

const CALL = 'incoming webhook';

/** Slack's error bodies are short snake_case codes; anything else (an HTML page) is not shown. */
const ERROR_CODE = /^[a-z][a-z0-9_]{0,63}$/;

/**
 * Posts `message` to the incoming webhook `url` (a secret: it never appears in a failure). A 429
 * with a `Retry-After` of at most `maxRetryAfterMs` is sent once more after that wait; nothing else
 * is retried.
 * @returns `{ ok: true }` (no `ts`: webhooks answer only `ok`), or a failure whose code is Slack's
 *   (`no_service`, `invalid_payload` …), `rate_limited`, `HTTP <status>`, `timeout` or
 *   `network_error`; never rejects.
 */
export async function sendWebhook(
  url: string,
  message: NoticeMessage | UserPayload,
  options: SendOptions,
): Promise<Delivery> {
  const timeoutMs = options.timeoutMs ?? SEND_DEFAULTS.timeoutMs;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? SEND_DEFAULTS.maxRetryAfterMs;
  const witness = witnessFetch();
  const webhook = new IncomingWebhook(url, {
    timeout: timeoutMs,
    retryConfig: { retries: 0 },
    fetch: witness.fetch,
  });
  for (let attempt = 1; ; attempt++) {
    try {
      await webhook.send(message as IncomingWebhookSendArguments);
      return { ok: true };
    } catch (error) {
      if (error instanceof IncomingWebhookHTTPError) {
        const body = typeof error.body === 'string' ? error.body.trim() : '';
        const slackCode = ERROR_CODE.test(body) ? body : undefined;
        if (error.statusCode === 429) {
          const answer = witness.last;
          const waitMs =
            answer?.status === 429 ? retryAfterMs(answer.headers, options.clock.now()) : undefined;
          if (attempt === 1 && waitMs !== undefined && waitMs <= maxRetryAfterMs) {
            options.logger.info(
              `Slack rate-limited the incoming webhook; retrying once after ${Math.ceil(waitMs / 1000)} s (Retry-After)`,
            );
            await options.clock.sleep(waitMs);
            continue;
          }
          const wait =
            waitMs === undefined ? 'without Retry-After' : `Retry-After ${Math.ceil(waitMs / 1000)} s`;
          return {
            ok: false,
            failure: { code: slackCode ?? 'rate_limited', call: CALL, detail: `HTTP 429, ${wait}` },
          };
        }
        const maybePosted = error.statusCode >= 500 ? ', not retried: Slack may have posted it' : '';
        return {
          ok: false,
          failure: {
            code: slackCode ?? `HTTP ${error.statusCode}`,
            call: CALL,
            detail:
              `${slackCode ? `HTTP ${error.statusCode}` : ''}${maybePosted}`.replace(/^, /, '') || undefined,
          },
        };
      }
      if (error instanceof IncomingWebhookRequestError) {
        return { ok: false, failure: noAnswerFailure(error.original, CALL, timeoutMs) };
      }
      return {
        ok: false,
        failure: {
          code: 'unexpected_error',
          call: CALL,
          detail: error instanceof Error ? error.name : 'unknown',
        },
      };
    }
  }
}
