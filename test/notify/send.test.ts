/**
 * Sending notices through the official Slack packages to the fake Slack, with a manual clock: what
 * each transport sends, and the retry rules — a 429 is retried exactly once after its Retry-After, a
 * request that never reached Slack is sent again, and nothing that may have reached Slack (a 5xx, a
 * dropped connection, a timeout) is ever sent twice.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeFailure } from '../../src/notify/delivery.js';
import { buildNoticeMessage, runContext } from '../../src/notify/message.js';
import { type NoticeTransport, sendNotice } from '../../src/notify/notify.js';
import { manualClock } from '../../src/runtime/clock.js';
import { recordingLogger } from '../../src/runtime/logger.js';
import { type FakeSlack, startFakeSlack } from '../fakes/slack.js';
import { closedPort } from '../helpers/server.js';

let slack: FakeSlack;
beforeEach(async () => {
  slack = await startFakeSlack();
});
afterEach(() => slack.close());

const RUN = runContext({
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_SHA: 'abcdef0123456789',
  GITHUB_RUN_ID: '7',
});
const NOTICE = buildNoticeMessage({ status: 'started', environment: 'production' }, RUN);

/** Sends `message` (default: a started notice) through `transport` with a manual clock. */
async function send(transport: NoticeTransport, message: object = NOTICE, timeoutMs?: number) {
  const clock = manualClock();
  const logger = recordingLogger();
  const delivery = await sendNotice(transport, message as typeof NOTICE, {
    logger,
    clock,
    ...(timeoutMs ? { timeoutMs } : {}),
  });
  return { delivery, clock, logger };
}

const webhook = (): NoticeTransport => ({ kind: 'webhook', url: slack.webhookUrl });
const bot = (extra: { ts?: string; channel?: string; token?: string } = {}): NoticeTransport => ({
  kind: 'bot',
  token: extra.token ?? slack.token,
  channel: extra.channel ?? '#deploys',
  ts: extra.ts,
  apiUrl: slack.apiUrl,
});

describe('incoming webhook', () => {
  it('posts the message as JSON, once', async () => {
    const { delivery } = await send(webhook());
    expect(delivery).toEqual({ ok: true });
    expect(slack.requests).toHaveLength(1);
    expect(slack.requests[0]?.headers['content-type']).toMatch(/^application\/json/);
    expect(slack.messages[0]).toMatchObject({ via: 'webhook', text: NOTICE.text, blocks: NOTICE.blocks });
  });

  it('retries a 429 exactly once, after its Retry-After', async () => {
    slack.failNext({ status: 429, retryAfter: 3, on: 'webhook' });
    const { delivery, clock } = await send(webhook());
    expect(delivery.ok).toBe(true);
    expect(clock.slept).toEqual([3000]);
    expect(slack.requests.map((request) => request.status)).toEqual([429, 200]);
  });

  it('gives up after a second 429, or a Retry-After above 30 s, or none', async () => {
    slack.failNext({ status: 429, retryAfter: 1 }, 2);
    const twice = await send(webhook());
    expect(twice.delivery.failure).toEqual({
      code: 'rate_limited',
      call: 'incoming webhook',
      detail: 'HTTP 429, Retry-After 1 s',
    });
    expect(slack.requests).toHaveLength(2);

    slack.failNext({ status: 429, retryAfter: 120 });
    const long = await send(webhook());
    expect(long.clock.slept).toEqual([]);
    expect(long.delivery.failure?.detail).toBe('HTTP 429, Retry-After 120 s');

    slack.failNext({ status: 429 });
    const none = await send(webhook());
    expect(none.delivery.failure?.detail).toBe('HTTP 429, without Retry-After');
    expect(slack.requests).toHaveLength(4);
  });

  it('never resends after a 500: Slack may have posted it', async () => {
    slack.failNext({ status: 500 });
    const { delivery } = await send(webhook());
    expect(slack.requests).toHaveLength(1);
    expect(describeFailure(delivery.failure!)).toBe(
      'rollup_error (incoming webhook; HTTP 500, not retried: Slack may have posted it)',
    );
  });

  it("reports Slack's error codes: an unknown webhook, an invalid payload", async () => {
    const unknown = await send({ kind: 'webhook', url: `${slack.origin}/services/T0/B0/revoked` });
    expect(describeFailure(unknown.delivery.failure!)).toBe('no_service (incoming webhook; HTTP 404)');
    const invalid = await send(webhook(), {
      text: 'x',
      blocks: [{ type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } }],
    });
    expect(describeFailure(invalid.delivery.failure!)).toBe('invalid_blocks (incoming webhook; HTTP 400)');
  });

  it('does not resend after the connection dropped, nor after a timeout', async () => {
    slack.failNext({ destroy: true });
    const dropped = await send(webhook());
    expect(dropped.delivery.failure).toMatchObject({ code: 'network_error', call: 'incoming webhook' });
    expect(dropped.delivery.failure?.detail).toMatch(/may have been posted$/);
    slack.failNext({ hang: true });
    const hung = await send(webhook(), NOTICE, 300);
    expect(hung.delivery.failure).toEqual({
      code: 'timeout',
      call: 'incoming webhook',
      detail: 'no answer within 300 ms; it may have been posted',
    });
    expect(slack.requests).toHaveLength(2);
  });
});

describe('bot token (Web API)', () => {
  it('posts with chat.postMessage and returns ts and the channel id', async () => {
    const { delivery } = await send(bot());
    expect(delivery).toEqual({ ok: true, ts: slack.messages[0]?.ts, channel: 'C0DEPLOYS' });
    const [request] = slack.requests;
    expect(request?.endpoint).toBe('chat.postMessage');
    expect(request?.headers.authorization).toBe(`Bearer ${slack.token}`);
    expect(request?.params).toMatchObject({ channel: '#deploys', text: NOTICE.text, blocks: NOTICE.blocks });
    expect(request?.raw).not.toContain(slack.token);
  });

  it('with ts, updates the parent in place and replies in its thread', async () => {
    const first = await send(bot());
    const parent = first.delivery.ts as string;
    const promoted = buildNoticeMessage({ status: 'promoted', environment: 'production' }, RUN);
    const { delivery } = await send(bot({ ts: parent, channel: 'C0DEPLOYS' }), promoted);
    expect(delivery).toEqual({ ok: true, ts: parent, channel: 'C0DEPLOYS' });
    expect(slack.requests.map((request) => request.endpoint)).toEqual([
      'chat.postMessage',
      'chat.update',
      'chat.postMessage',
    ]);
    expect(slack.requests[1]?.params).toMatchObject({ channel: 'C0DEPLOYS', ts: parent });
    expect(slack.requests[2]?.params).toMatchObject({ channel: 'C0DEPLOYS', thread_ts: parent });
    const [parentMessage, reply] = slack.messages;
    expect(parentMessage).toMatchObject({ ts: parent, text: promoted.text, edits: [{ text: NOTICE.text }] });
    expect(reply).toMatchObject({ threadTs: parent, text: promoted.text });
  });

  it('sends no reply when the parent cannot be updated, and still returns its ts', async () => {
    const { delivery } = await send(bot({ ts: '1600000000.000001', channel: 'C0DEPLOYS' }));
    expect(delivery).toEqual({
      ok: false,
      ts: '1600000000.000001',
      channel: 'C0DEPLOYS',
      failure: { code: 'message_not_found', call: 'chat.update' },
    });
    expect(slack.requests).toHaveLength(1);
  });

  it('retries a 429 exactly once, after its Retry-After', async () => {
    slack.failNext({ status: 429, retryAfter: 2 });
    const { delivery, clock } = await send(bot());
    expect(delivery.ok).toBe(true);
    expect(clock.slept).toEqual([2000]);
    expect(slack.requests.map((request) => request.status)).toEqual([429, 200]);
    expect(slack.messages).toHaveLength(1);
  });

  it('gives up after a second 429, and on a 429 without Retry-After', async () => {
    slack.failNext({ status: 429, retryAfter: 1 }, 2);
    const twice = await send(bot());
    expect(twice.delivery.failure).toEqual({
      code: 'rate_limited',
      call: 'chat.postMessage',
      detail: 'HTTP 429, Retry-After 1 s',
    });
    slack.failNext({ status: 429 });
    const none = await send(bot());
    expect(none.delivery.failure).toEqual({
      code: 'rate_limited',
      call: 'chat.postMessage',
      detail: 'HTTP 429 without Retry-After',
    });
    expect(slack.requests).toHaveLength(3);
  });

  it('never resends after a 500, a dropped connection or a timeout', async () => {
    slack.failNext({ status: 500 });
    const failed = await send(bot());
    expect(describeFailure(failed.delivery.failure!)).toBe(
      'HTTP 500 (chat.postMessage; not retried: Slack may have posted it)',
    );
    slack.failNext({ destroy: true });
    const dropped = await send(bot());
    expect(dropped.delivery.failure).toMatchObject({ code: 'network_error', call: 'chat.postMessage' });
    slack.failNext({ hang: true });
    const hung = await send(bot(), NOTICE, 300);
    expect(hung.delivery.failure?.code).toBe('timeout');
    expect(slack.requests).toHaveLength(3);
    expect(failed.clock.slept).toEqual([]);
    expect(dropped.clock.slept).toEqual([]);
  });

  it('sends again a request refused before it reached Slack, twice at most', async () => {
    const port = await closedPort();
    const { delivery, clock } = await send({
      kind: 'bot',
      token: slack.token,
      channel: '#deploys',
      apiUrl: `http://127.0.0.1:${port}/api/`,
    });
    expect(delivery.failure).toEqual({
      code: 'network_error',
      call: 'chat.postMessage',
      detail: 'ECONNREFUSED',
    });
    expect(clock.slept).toEqual([500, 1500]);
  });

  it("reports Slack's error codes with its messages", async () => {
    const auth = await send(bot({ token: 'xoxb-wrong' }));
    expect(auth.delivery).toEqual({ ok: false, failure: { code: 'invalid_auth', call: 'chat.postMessage' } });
    const channel = await send(bot({ channel: '#nowhere' }));
    expect(channel.delivery.failure?.code).toBe('channel_not_found');
    slack.failNext({ error: 'rate_limited' });
    const coded = await send(bot());
    expect(coded.delivery.failure?.code).toBe('rate_limited');
    const invalid = await send(bot(), {
      text: 'x',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'y'.repeat(3001) } }],
    });
    expect(describeFailure(invalid.delivery.failure!)).toBe(
      'invalid_blocks (chat.postMessage; [ERROR] block 0: section text of 3001)',
    );
    expect(slack.requests).toHaveLength(4);
  });

  it("sends the user's payload with the channel, and thread_ts when continuing a thread", async () => {
    const payload = {
      text: 'Deploying :rocket:',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '*hi*' } }],
    };
    const first = await send(bot(), payload);
    await send(bot({ ts: first.delivery.ts as string, channel: 'C0DEPLOYS' }), payload);
    expect(slack.requests[0]?.params).toMatchObject({ ...payload, channel: '#deploys' });
    expect(slack.requests[2]?.params).toMatchObject({
      ...payload,
      channel: 'C0DEPLOYS',
      thread_ts: first.delivery.ts,
    });
  });
});
