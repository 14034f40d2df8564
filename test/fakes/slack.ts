/**
 * A fake Slack on 127.0.0.1 (port 0) for the notify action's tests, answering as Slack documents:
 *
 * - an incoming webhook, `POST /services/T…/B…/<secret>` with a JSON body
 *   (https://docs.slack.dev/messaging/sending-messages-using-incoming-webhooks): `200 ok`, or a status
 *   and a plain-text code — `400 invalid_payload` (not JSON), `400 no_text`, `400 invalid_blocks`,
 *   `404 no_service` (an unknown webhook), `429` with `Retry-After`
 *   (https://docs.slack.dev/messaging/sending-messages-using-incoming-webhooks#handling_errors);
 * - the Web API's `chat.postMessage` (https://docs.slack.dev/reference/methods/chat.postMessage) and
 *   `chat.update` (https://docs.slack.dev/reference/methods/chat.update) under `/api/`: a form
 *   (`application/x-www-form-urlencoded`, blocks and attachments as JSON strings) or JSON body,
 *   `Authorization: Bearer <token>`; answered `200 {ok: true, channel, ts, message}` or
 *   `200 {ok: false, error}` (`not_authed`, `invalid_auth`, `channel_not_found`,
 *   `message_not_found`, `invalid_blocks` …), `429 {ok: false, error: "ratelimited"}` with
 *   `Retry-After` (https://docs.slack.dev/apis/web-api/rate-limits).
 *
 * Every message is checked against Block Kit's limits ({@link validateMessage}) before it is
 * accepted, and every request is recorded (`requests`) with its decoded parameters; accepted
 * messages are kept (`messages`, with their thread and edits). `failNext` scripts faults: an HTTP
 * status (with `Retry-After`), a Slack error code, or a dropped connection.
 */
import type { ServerResponse } from 'node:http';
import { type TestServer, startServer } from '../helpers/server.js';

/** Block Kit limits the fake enforces (https://docs.slack.dev/reference/block-kit/blocks). */
export const FAKE_LIMITS = {
  blocks: 50,
  sectionText: 3000,
  sectionFields: 10,
  sectionField: 2000,
  headerText: 150,
  contextElements: 10,
  contextText: 3000,
  /** Block text of one message together: Slack answers `msg_blocks_too_long` past about 13,200. */
  totalText: 13_000,
  messageText: 40_000,
  attachments: 100,
} as const;

/** The status an incoming webhook answers each error code with (Slack's table, see the module comment). */
const WEBHOOK_STATUS: Record<string, number> = {
  invalid_payload: 400,
  no_text: 400,
  invalid_blocks: 400,
  msg_too_long: 400,
  msg_blocks_too_long: 400,
  too_many_attachments: 400,
  user_not_found: 400,
  action_prohibited: 403,
  invalid_token: 403,
  channel_not_found: 404,
  no_service: 404,
  channel_is_archived: 410,
  rollup_error: 500,
};

/** Where a request went. */
export type SlackEndpoint = 'webhook' | 'chat.postMessage' | 'chat.update' | 'unknown';

/**
 * A scripted fault, for the next matching request: `status` answers that HTTP status (with
 * `Retry-After: retryAfter` when given; a 429's body is Slack's), `error` answers Slack's code
 * (Web API: `200 {ok: false, error}`; webhook: the code with its status), `destroy` drops the
 * connection without an answer, `hang` never answers.
 */
export interface SlackFault {
  status?: number;
  /** Seconds, or any text to send as the header verbatim. */
  retryAfter?: number | string;
  error?: string;
  destroy?: boolean;
  /** Never answer (the client's timeout ends the request); the connection closes with the fake. */
  hang?: boolean;
  /** Only requests to this endpoint take the fault (default: any). */
  on?: SlackEndpoint;
}

/** One request as received, with what the fake answered. */
export interface SlackRequest {
  endpoint: SlackEndpoint;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** The raw body. */
  raw: string;
  /** The decoded parameters: the JSON body, or the form with `blocks`/`attachments` parsed. */
  params: Record<string, unknown>;
  /** The HTTP status answered (0: the connection was dropped, or never answered). */
  status: number;
  /** Slack's error code when it refused, e.g. `invalid_auth`. */
  error?: string | undefined;
  /** When it arrived (ms since the epoch). */
  at: number;
}

/** A message the fake accepted. */
export interface SlackMessage {
  channel: string;
  ts: string;
  /** The parent's ts for a thread reply. */
  threadTs?: string | undefined;
  text?: string | undefined;
  blocks?: unknown[] | undefined;
  attachments?: unknown[] | undefined;
  /** `webhook` or `chat.postMessage`. */
  via: 'webhook' | 'chat.postMessage';
  /** Earlier versions, oldest first, replaced by `chat.update`. */
  edits: { text?: string | undefined; blocks?: unknown[] | undefined; attachments?: unknown[] | undefined }[];
}

export interface FakeSlack {
  /** The origin, e.g. `http://127.0.0.1:4567`. */
  origin: string;
  /** The Web API root to give as `slackApiUrl` / the `slack-api-url` input. */
  apiUrl: string;
  /** The one incoming webhook this fake knows (its last segment is the secret). */
  webhookUrl: string;
  /** The bot token the Web API accepts. */
  token: string;
  /** Channel names (without `#`) → ids. */
  channels: Record<string, string>;
  requests: SlackRequest[];
  messages: SlackMessage[];
  /** Answers the next `times` matching requests with `fault`. */
  failNext(fault: SlackFault, times?: number): void;
  close(): Promise<void>;
}

/** The valid bot token, unless `startFakeSlack` is given another. */
export const FAKE_TOKEN = 'xoxb-1111-2222-fakeSlackTokenSENTINEL';

/** Block types Slack knows (the fake checks the ones notices use and accepts the others as they are). */
const BLOCK_TYPES = new Set([
  'header',
  'section',
  'context',
  'divider',
  'actions',
  'image',
  'rich_text',
  'markdown',
  'input',
  'file',
  'video',
  'table',
]);

/** Text of a text object, or undefined when `value` is not one. */
function textOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const text = (value as { text?: unknown }).text;
  return typeof text === 'string' ? text : undefined;
}

/**
 * Checks one message against what Slack accepts (the limits in {@link FAKE_LIMITS}): blocks at most
 * 50 (top-level and in attachments), known block types, a header's plain text 1–150 characters, a
 * section's text at most 3,000 and fields at most 10 of 2,000 (and one of them present), a context's
 * 1–10 elements, all block text together at most 13,000, at most 100 attachments; top-level `text`
 * required when there are blocks (the fallback for notifications), at most 40,000.
 * @returns Slack's error code and what was wrong, or undefined when the message is valid.
 */
export function validateMessage(
  message: Record<string, unknown>,
): { error: string; detail: string } | undefined {
  const { text, blocks, attachments } = message;
  if (text !== undefined && typeof text !== 'string') return { error: 'invalid_arguments', detail: 'text' };
  if (blocks !== undefined && !Array.isArray(blocks)) return { error: 'invalid_blocks', detail: 'blocks' };
  if (attachments !== undefined && !Array.isArray(attachments)) {
    return { error: 'invalid_attachments', detail: 'attachments' };
  }
  const attachmentList = (attachments ?? []) as unknown[];
  if (attachmentList.length > FAKE_LIMITS.attachments) {
    return { error: 'too_many_attachments', detail: `${attachmentList.length} attachments` };
  }
  const allBlocks: unknown[] = [...((blocks ?? []) as unknown[])];
  for (const [index, attachment] of attachmentList.entries()) {
    if (typeof attachment !== 'object' || attachment === null) {
      return { error: 'invalid_attachments', detail: `attachments[${index}]` };
    }
    const inner = (attachment as { blocks?: unknown }).blocks;
    if (inner !== undefined && !Array.isArray(inner)) {
      return { error: 'invalid_attachments', detail: `attachments[${index}].blocks` };
    }
    allBlocks.push(...((inner ?? []) as unknown[]));
  }
  if (!text && allBlocks.length === 0 && attachmentList.length === 0)
    return { error: 'no_text', detail: 'empty' };
  if (allBlocks.length > 0 && !text) {
    return { error: 'no_text', detail: 'text is required with blocks (the notification fallback)' };
  }
  if (typeof text === 'string' && text.length > FAKE_LIMITS.messageText) {
    return { error: 'msg_too_long', detail: `text of ${text.length}` };
  }
  if (allBlocks.length > FAKE_LIMITS.blocks)
    return { error: 'invalid_blocks', detail: `${allBlocks.length} blocks` };
  let total = 0;
  for (const [index, block] of allBlocks.entries()) {
    const where = `block ${index}`;
    if (typeof block !== 'object' || block === null) return { error: 'invalid_blocks', detail: where };
    const { type } = block as { type?: unknown };
    if (typeof type !== 'string' || !BLOCK_TYPES.has(type))
      return { error: 'invalid_blocks', detail: `${where}: type` };
    if (type === 'header') {
      const header = (block as { text?: { type?: unknown } }).text;
      const headerText = textOf(header);
      if (header?.type !== 'plain_text' || !headerText)
        return { error: 'invalid_blocks', detail: `${where}: header text` };
      if (headerText.length > FAKE_LIMITS.headerText) {
        return { error: 'invalid_blocks', detail: `${where}: header of ${headerText.length} > 150` };
      }
      total += headerText.length;
    } else if (type === 'section') {
      const section = block as { text?: unknown; fields?: unknown };
      const sectionText = textOf(section.text);
      if (section.text !== undefined && sectionText === undefined)
        return { error: 'invalid_blocks', detail: where };
      if (sectionText !== undefined) {
        if (sectionText.length === 0 || sectionText.length > FAKE_LIMITS.sectionText) {
          return { error: 'invalid_blocks', detail: `${where}: section text of ${sectionText.length}` };
        }
        total += sectionText.length;
      }
      if (section.fields !== undefined) {
        if (!Array.isArray(section.fields) || section.fields.length > FAKE_LIMITS.sectionFields) {
          return { error: 'invalid_blocks', detail: `${where}: fields` };
        }
        for (const field of section.fields) {
          const fieldText = textOf(field);
          if (!fieldText || fieldText.length > FAKE_LIMITS.sectionField) {
            return { error: 'invalid_blocks', detail: `${where}: field of ${fieldText?.length ?? 0}` };
          }
          total += fieldText.length;
        }
      }
      if (sectionText === undefined && section.fields === undefined) {
        return { error: 'invalid_blocks', detail: `${where}: section without text or fields` };
      }
    } else if (type === 'context') {
      const { elements } = block as { elements?: unknown };
      if (
        !Array.isArray(elements) ||
        elements.length === 0 ||
        elements.length > FAKE_LIMITS.contextElements
      ) {
        return { error: 'invalid_blocks', detail: `${where}: context elements` };
      }
      for (const element of elements) {
        const elementText = textOf(element) ?? '';
        if (elementText.length > FAKE_LIMITS.contextText) {
          return { error: 'invalid_blocks', detail: `${where}: context text of ${elementText.length}` };
        }
        total += elementText.length;
      }
    }
  }
  if (total > FAKE_LIMITS.totalText)
    return { error: 'msg_blocks_too_long', detail: `block text of ${total}` };
  return undefined;
}

/** A request body decoded: its parameters, or the Slack error code that refuses it. */
type Decoded = { params: Record<string, unknown> } | { decodeError: string };

/** The form's fields, with `blocks`, `attachments` and `metadata` parsed from their JSON strings. */
function decodeForm(raw: string): Decoded {
  const params: Record<string, unknown> = Object.fromEntries(new URLSearchParams(raw));
  for (const key of ['blocks', 'attachments', 'metadata']) {
    if (typeof params[key] !== 'string') continue;
    try {
      params[key] = JSON.parse(params[key] as string);
    } catch {
      return { decodeError: key === 'blocks' ? 'invalid_blocks_format' : 'invalid_arguments' };
    }
  }
  return { params };
}

/**
 * Starts the fake. `options.token` replaces {@link FAKE_TOKEN}; `options.channels` the channel
 * names → ids (default `deploys` → `C0DEPLOYS`).
 */
export async function startFakeSlack(
  options: { token?: string; channels?: Record<string, string> } = {},
): Promise<FakeSlack> {
  const token = options.token ?? FAKE_TOKEN;
  const channels = options.channels ?? { deploys: 'C0DEPLOYS' };
  const webhookPath = '/services/T0FAKE000/B0FAKE000/hookSecretSENTINEL0123456';
  const requests: SlackRequest[] = [];
  const messages: SlackMessage[] = [];
  const faults: { fault: SlackFault; remaining: number }[] = [];
  let sequence = 0;

  const nextTs = (): string => {
    sequence++;
    return `${1_700_000_000 + sequence}.${String(sequence).padStart(6, '0')}`;
  };
  const channelId = (given: unknown): string | undefined => {
    if (typeof given !== 'string' || given === '') return undefined;
    if (Object.values(channels).includes(given)) return given;
    return channels[given.replace(/^#/, '')];
  };
  const takeFault = (endpoint: SlackEndpoint): SlackFault | undefined => {
    const index = faults.findIndex((entry) => !entry.fault.on || entry.fault.on === endpoint);
    if (index < 0) return undefined;
    const entry = faults[index] as { fault: SlackFault; remaining: number };
    entry.remaining--;
    if (entry.remaining <= 0) faults.splice(index, 1);
    return entry.fault;
  };

  const server: TestServer = await startServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] as string;
    const endpoint: SlackEndpoint =
      path === webhookPath || path.startsWith('/services/')
        ? 'webhook'
        : path === '/api/chat.postMessage'
          ? 'chat.postMessage'
          : path === '/api/chat.update'
            ? 'chat.update'
            : 'unknown';
    const record: SlackRequest = {
      endpoint,
      path,
      headers: req.headers,
      raw: req.body,
      params: {},
      status: 0,
      at: Date.now(),
    };
    requests.push(record);
    const contentType = String(req.headers['content-type'] ?? '');
    let decoded: Decoded;
    if (contentType.startsWith('application/json')) {
      try {
        const value: unknown = JSON.parse(req.body);
        decoded =
          typeof value === 'object' && value !== null && !Array.isArray(value)
            ? { params: value as Record<string, unknown> }
            : { decodeError: 'invalid_payload' };
      } catch {
        decoded = { decodeError: endpoint === 'webhook' ? 'invalid_payload' : 'invalid_json' };
      }
    } else if (contentType.startsWith('application/x-www-form-urlencoded') && endpoint !== 'webhook') {
      decoded = decodeForm(req.body);
    } else {
      decoded = { decodeError: endpoint === 'webhook' ? 'invalid_payload' : 'invalid_form_data' };
    }
    if ('params' in decoded) record.params = decoded.params;

    const fault = takeFault(endpoint);
    if (fault?.destroy) {
      req.socket.destroy();
      return;
    }
    if (fault?.hang) return;
    if (endpoint === 'webhook') return answerWebhook(res, record, path === webhookPath, decoded, fault);
    return answerWebApi(res, record, decoded, fault);
  });

  /** Writes a webhook answer: `ok`, or the code with its status. */
  function webhookAnswer(
    res: ServerResponse,
    record: SlackRequest,
    status: number,
    body: string,
    retryAfter?: number | string,
  ) {
    record.status = status;
    if (status !== 200) record.error = body;
    res.writeHead(status, {
      'content-type': 'text/plain',
      ...(retryAfter !== undefined ? { 'retry-after': String(retryAfter) } : {}),
    });
    res.end(body);
  }

  function answerWebhook(
    res: ServerResponse,
    record: SlackRequest,
    known: boolean,
    decoded: Decoded,
    fault: SlackFault | undefined,
  ): void {
    if (fault?.status !== undefined) {
      const body =
        fault.error ??
        (fault.status === 429 ? 'rate_limited' : fault.status >= 500 ? 'rollup_error' : 'error');
      return webhookAnswer(res, record, fault.status, body, fault.retryAfter);
    }
    if (fault?.error) return webhookAnswer(res, record, WEBHOOK_STATUS[fault.error] ?? 400, fault.error);
    if (!known) return webhookAnswer(res, record, 404, 'no_service');
    if ('decodeError' in decoded) return webhookAnswer(res, record, 400, decoded.decodeError);
    const { params } = decoded;
    const invalid = validateMessage(params);
    if (invalid) return webhookAnswer(res, record, WEBHOOK_STATUS[invalid.error] ?? 400, invalid.error);
    messages.push({
      channel: 'C0WEBHOOK',
      ts: nextTs(),
      text: params.text as string | undefined,
      blocks: params.blocks as unknown[] | undefined,
      attachments: params.attachments as unknown[] | undefined,
      via: 'webhook',
      edits: [],
    });
    return webhookAnswer(res, record, 200, 'ok');
  }

  /** Writes a Web API answer (JSON, status 200 unless told). */
  function apiAnswer(
    res: ServerResponse,
    record: SlackRequest,
    body: Record<string, unknown>,
    status = 200,
    headers: Record<string, string> = {},
  ): void {
    record.status = status;
    if (body.ok === false) record.error = String(body.error);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  }

  function answerWebApi(
    res: ServerResponse,
    record: SlackRequest,
    decoded: Decoded,
    fault: SlackFault | undefined,
  ): void {
    if (fault?.status === 429) {
      const headers: Record<string, string> =
        fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {};
      return apiAnswer(res, record, { ok: false, error: 'ratelimited' }, 429, headers);
    }
    if (fault?.status !== undefined) {
      record.status = fault.status;
      res.writeHead(fault.status, { 'content-type': 'text/html' });
      res.end('<html><body>Server Error</body></html>');
      return;
    }
    if (fault?.error) return apiAnswer(res, record, { ok: false, error: fault.error });
    if (record.endpoint === 'unknown')
      return apiAnswer(res, record, { ok: false, error: 'unknown_method' }, 404);
    const authorization = String(record.headers.authorization ?? '');
    const given = authorization.startsWith('Bearer ')
      ? authorization.slice('Bearer '.length)
      : 'params' in decoded
        ? (decoded.params.token as string | undefined)
        : undefined;
    if (!given) return apiAnswer(res, record, { ok: false, error: 'not_authed' });
    if (given !== token) return apiAnswer(res, record, { ok: false, error: 'invalid_auth' });
    if ('decodeError' in decoded) return apiAnswer(res, record, { ok: false, error: decoded.decodeError });
    const { params } = decoded;
    const invalid = validateMessage(params);
    if (invalid) {
      return apiAnswer(res, record, {
        ok: false,
        error: invalid.error,
        response_metadata: { messages: [`[ERROR] ${invalid.detail}`] },
      });
    }
    const content = {
      text: params.text as string | undefined,
      blocks: params.blocks as unknown[] | undefined,
      attachments: params.attachments as unknown[] | undefined,
    };
    if (record.endpoint === 'chat.postMessage') {
      const channel = channelId(params.channel);
      if (!channel) return apiAnswer(res, record, { ok: false, error: 'channel_not_found' });
      const threadTs = typeof params.thread_ts === 'string' ? params.thread_ts : undefined;
      if (threadTs && !messages.some((message) => message.channel === channel && message.ts === threadTs)) {
        return apiAnswer(res, record, { ok: false, error: 'thread_not_found' });
      }
      const ts = nextTs();
      messages.push({ channel, ts, threadTs, ...content, via: 'chat.postMessage', edits: [] });
      return apiAnswer(res, record, { ok: true, channel, ts, message: { type: 'message', ts, ...content } });
    }
    // chat.update: the channel must be an id (https://docs.slack.dev/reference/methods/chat.update).
    const channel =
      typeof params.channel === 'string' && Object.values(channels).includes(params.channel)
        ? params.channel
        : undefined;
    if (!channel) return apiAnswer(res, record, { ok: false, error: 'channel_not_found' });
    const message = messages.find((candidate) => candidate.channel === channel && candidate.ts === params.ts);
    if (!message) return apiAnswer(res, record, { ok: false, error: 'message_not_found' });
    message.edits.push({ text: message.text, blocks: message.blocks, attachments: message.attachments });
    Object.assign(message, content);
    return apiAnswer(res, record, {
      ok: true,
      channel,
      ts: message.ts,
      text: message.text,
      message: content,
    });
  }

  return {
    origin: server.origin,
    apiUrl: `${server.origin}/api/`,
    webhookUrl: `${server.origin}${webhookPath}`,
    token,
    channels,
    requests,
    messages,
    failNext(fault, times = 1) {
      faults.push({ fault, remaining: times });
    },
    close: () => server.close(),
  };
}
