/**
 * The notify action's inputs: one transport, a channel with a bot token, threading only with a bot
 * token, a status unless a payload, a payload that is a JSON message; each mistake is one line that
 * names the input and never shows a secret.
 */
import { describe, expect, it } from 'vitest';
import { notifySpec, parseNoticeDuration } from '../../src/actions/notify.inputs.js';
import { releaseSpec } from '../../src/actions/release.inputs.js';
import { inputEnvName, readInputs } from '../../src/inputs/spec.js';
import { ConfigurationError } from '../../src/runtime/errors.js';

const WEBHOOK = 'https://hooks.slack.com/services/T000/B000/secretPART123456';
const TOKEN = 'xoxb-123-456-secretTOKEN';

/** The notify action's (or `spec`'s) inputs from `inputs` (input name → raw value), with action.yml's defaults. */
function read(inputs: Record<string, string>, spec: typeof notifySpec | typeof releaseSpec = notifySpec) {
  const env: Record<string, string> = {};
  for (const [name, def] of Object.entries(spec.inputs)) {
    if (def.default !== undefined) env[inputEnvName(name)] = def.default;
  }
  for (const [name, value] of Object.entries(inputs)) env[inputEnvName(name)] = value;
  return readInputs(spec as typeof notifySpec, env);
}

/** The one-line message `inputs` are refused with. */
function refusal(
  inputs: Record<string, string>,
  spec: typeof notifySpec | typeof releaseSpec = notifySpec,
): string {
  try {
    read(inputs, spec);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    expect(message).not.toContain('secretPART');
    expect(message).not.toContain('secretTOKEN');
    return message;
  }
  throw new Error('expected the inputs to be refused');
}

describe('notify inputs', () => {
  it('reads a webhook notice with typed values', () => {
    const inputs = read({
      'webhook-url': WEBHOOK,
      status: 'failed',
      url: 'https://shop-abc.vercel.app',
      duration: '1m30s',
      reason: 'smoke test failed',
    });
    expect(inputs).toMatchObject({
      'webhook-url': WEBHOOK,
      status: 'failed',
      duration: 90_000,
      reason: 'smoke test failed',
      'fail-on-error': false,
    });
    expect(inputs.url?.href).toBe('https://shop-abc.vercel.app/');
    expect(inputs['slack-api-url'].href).toBe('https://slack.com/api/');
  });

  it('reads a bot-token notice that continues a thread', () => {
    const inputs = read({
      'slack-bot-token': TOKEN,
      channel: 'C0123456789',
      ts: '1700000000.123456',
      status: 'promoted',
    });
    expect(inputs).toMatchObject({ channel: 'C0123456789', ts: '1700000000.123456', status: 'promoted' });
  });

  it('refuses no transport, both transports, and a bot token without a channel', () => {
    expect(refusal({ status: 'started' })).toBe(
      "inputs 'webhook-url' and 'slack-bot-token': expected one Slack transport (an incoming webhook URL, or a bot token with channel), got neither",
    );
    expect(
      refusal({ 'webhook-url': WEBHOOK, 'slack-bot-token': TOKEN, channel: '#deploys', status: 'started' }),
    ).toMatch(/^inputs 'webhook-url' and 'slack-bot-token': expected one Slack transport, got both/);
    expect(refusal({ 'slack-bot-token': TOKEN, status: 'started' })).toMatch(
      /^input 'channel': required with 'slack-bot-token'/,
    );
  });

  it("the release action's slack- inputs get the same transport checks, under their own names", () => {
    const release = { path: '.', 'production-url': 'https://shop.example.com' };
    expect(
      refusal({ ...release, 'slack-webhook-url': WEBHOOK, 'slack-bot-token': TOKEN }, releaseSpec),
    ).toMatch(/^inputs 'slack-webhook-url' and 'slack-bot-token': expected one Slack transport, got both/);
    expect(refusal({ ...release, 'slack-bot-token': TOKEN }, releaseSpec)).toBe(
      "input 'slack-channel': required with 'slack-bot-token' (a channel id like C0123456789, or #name for a new message)",
    );
  });

  it('refuses threading with a webhook: it cannot update or reply', () => {
    expect(refusal({ 'webhook-url': WEBHOOK, ts: '1700000000.123456', status: 'started' })).toMatch(
      /^input 'ts': only with slack-bot-token; an incoming webhook .* cannot update a message or reply in a thread$/,
    );
    expect(refusal({ 'webhook-url': WEBHOOK, channel: '#deploys', status: 'started' })).toMatch(
      /^input 'channel': only with slack-bot-token/,
    );
  });

  it('refuses a bad status, a missing status, a bad ts and a bad duration', () => {
    expect(refusal({ 'webhook-url': WEBHOOK, status: 'deployed' })).toBe(
      "input 'status': expected one of started, succeeded, failed, promoted, rolled_back, rollback_failed, flag_changed, got 'deployed'",
    );
    expect(refusal({ 'webhook-url': WEBHOOK })).toMatch(/^input 'status': required unless payload is given/);
    expect(refusal({ 'slack-bot-token': TOKEN, channel: 'C1', ts: 'yesterday', status: 'started' })).toMatch(
      /^input 'ts': expected a Slack message timestamp like 1700000000\.123456/,
    );
    expect(refusal({ 'webhook-url': WEBHOOK, status: 'started', duration: 'long' })).toBe(
      "input 'duration': expected a duration like 1m30s, 90s or 90000 (ms), got 'long'",
    );
  });

  it('refuses a webhook URL that is not one without showing it', () => {
    expect(refusal({ 'webhook-url': 'hooks.slack.com/services/secretPART', status: 'started' })).toMatch(
      /^input 'webhook-url': expected .*, got a value that is not shown$/,
    );
  });

  it('takes a payload instead of a status, as a JSON object message', () => {
    const inputs = read({ 'webhook-url': WEBHOOK, payload: '{"text": "hello", "blocks": []}' });
    expect(inputs.payload).toEqual({ text: 'hello', blocks: [] });
    expect(inputs.status).toBeUndefined();
  });

  it('refuses a payload that is not JSON, not an object, not a message, or sets the channel itself', () => {
    expect(refusal({ 'webhook-url': WEBHOOK, payload: '{"text": "hello",}' })).toMatch(
      /^input 'payload': expected a Slack message as a JSON object, got invalid JSON \(.+\)$/,
    );
    expect(refusal({ 'webhook-url': WEBHOOK, payload: '["hello"]' })).toBe(
      "input 'payload': expected a Slack message as a JSON object, got an array",
    );
    expect(refusal({ 'webhook-url': WEBHOOK, payload: '{"username": "bot"}' })).toBe(
      "input 'payload': expected a Slack message with text, blocks or attachments, got an object with only username",
    );
    expect(
      refusal({ 'slack-bot-token': TOKEN, channel: 'C1', payload: '{"text": "x", "channel": "C2"}' }),
    ).toBe(
      "input 'payload': expected a message without channel (use the inputs channel and ts), got a payload holding channel",
    );
  });

  it('reads durations as a duration or whole milliseconds', () => {
    expect(parseNoticeDuration('1m30s')).toBe(90_000);
    expect(parseNoticeDuration('90000')).toBe(90_000);
    expect(parseNoticeDuration('1500ms')).toBe(1500);
    expect(() => parseNoticeDuration('-5')).toThrow(/expected a duration like 1m30s/);
    expect(() => parseNoticeDuration('0')).toThrow('expected a duration above 0, like 1m30s');
    expect(() => parseNoticeDuration('25h')).toThrow(
      'expected a duration above 0 and at most 24h, like 1m30s',
    );
  });
});
