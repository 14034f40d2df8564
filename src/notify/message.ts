/**
 * The Slack message of a pipeline notice: a header with the status, then, in an attachment whose
 * colour bar tells the status at a glance, the repository, ref, commit and actor, the fields that
 * apply (environment, stage, duration, deployments, URL, flag and change), the reason, and a link to
 * the run with its attempt. Everything users or the runner supplied is escaped and cut to fit Block
 * Kit's limits (./block-kit.ts); the top-level `text` fallback is always set.
 */
import { formatDuration } from '../format/duration.js';
import {
  BLOCK_KIT_LIMITS,
  NOTICE_TEXT_BUDGET,
  type NoticeAttachment,
  type NoticeBlock,
  type NoticeMessage,
  blockTexts,
  escapeWithin,
  mrkdwnLink,
  singleLine,
  truncateText,
} from './block-kit.js';

/** The pipeline moments a notice reports. */
export const NOTICE_STATUSES = [
  'started',
  'succeeded',
  'failed',
  'promoted',
  'rolled_back',
  'rollback_failed',
  'flag_changed',
] as const;

export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

/** How a status looks: the header's emoji and words, and the attachment's colour. */
export interface StatusStyle {
  emoji: string;
  label: string;
  color: NoticeAttachment['color'];
}

/**
 * Colours: `good` (green) for what went well, `warning` (yellow) for in progress or reverted,
 * `danger` (red) for what needs a person.
 */
export const STATUS_STYLES: Record<NoticeStatus, StatusStyle> = {
  started: { emoji: '🚀', label: 'Started', color: 'warning' },
  succeeded: { emoji: '✅', label: 'Succeeded', color: 'good' },
  failed: { emoji: '❌', label: 'Failed', color: 'danger' },
  promoted: { emoji: '✅', label: 'Promoted', color: 'good' },
  rolled_back: { emoji: '↩️', label: 'Rolled back', color: 'warning' },
  rollback_failed: { emoji: '🔥', label: 'Rollback failed', color: 'danger' },
  flag_changed: { emoji: '🚩', label: 'Flag changed', color: 'good' },
};

/** What a notice says, from the action's typed inputs. Absent fields are left out of the message. */
export interface Notice {
  status: NoticeStatus;
  /** e.g. `production`. */
  environment?: string | undefined;
  /** The deployment's URL. */
  url?: string | undefined;
  /** The stage the notice is about (for a failure: the stage that failed), e.g. `smoke-test`. */
  stage?: string | undefined;
  /** Why it failed or was rolled back; any length (cut to fit). */
  reason?: string | undefined;
  /** How long the pipeline or stage took, in ms. */
  durationMs?: number | undefined;
  /** The deployment released (the release action's `deployment-id`). */
  deployment?: string | undefined;
  /** What production served before: the rollback target (`previous-deployment-id`). */
  previousDeployment?: string | undefined;
  /** The feature flag, e.g. `new-checkout`. */
  flag?: string | undefined;
  /** The change, e.g. `rollout new-checkout 10%→25%`. */
  flagChange?: string | undefined;
}

/**
 * Where the notice comes from, read from the runner's `GITHUB_*` variables
 * (https://docs.github.com/actions/reference/workflows-and-actions/variables#default-environment-variables).
 */
export interface RunContext {
  /** e.g. `https://github.com`. */
  serverUrl: string;
  /** `owner/repo`. */
  repository?: string | undefined;
  /** The branch or tag (the pull request's head branch on `pull_request` events). */
  ref?: string | undefined;
  /** The full commit SHA. */
  sha?: string | undefined;
  /** Who started the run (or re-ran it). */
  actor?: string | undefined;
  runId?: string | undefined;
  runNumber?: string | undefined;
  /** 1 for the first attempt, 2 after one re-run … */
  runAttempt?: string | undefined;
  workflow?: string | undefined;
  job?: string | undefined;
}

/** The {@link RunContext} of `env` (a step's environment); unset variables are left undefined. */
export function runContext(env: Record<string, string | undefined>): RunContext {
  const value = (name: string): string | undefined => env[name]?.trim() || undefined;
  return {
    serverUrl: (value('GITHUB_SERVER_URL') ?? 'https://github.com').replace(/\/+$/, ''),
    repository: value('GITHUB_REPOSITORY'),
    ref: value('GITHUB_HEAD_REF') ?? value('GITHUB_REF_NAME'),
    sha: value('GITHUB_SHA'),
    actor: value('GITHUB_TRIGGERING_ACTOR') ?? value('GITHUB_ACTOR'),
    runId: value('GITHUB_RUN_ID'),
    runNumber: value('GITHUB_RUN_NUMBER'),
    runAttempt: value('GITHUB_RUN_ATTEMPT'),
    workflow: value('GITHUB_WORKFLOW'),
    job: value('GITHUB_JOB'),
  };
}

/** Characters each short value may take (names, ids, refs), escaped; far below the field limit. */
const SHORT_VALUE = 200;
/** Characters a URL may take inside a field. */
const URL_VALUE = 500;
/** Characters of the top-level fallback `text`: one line for notifications. */
const FALLBACK_TEXT = 300;
/** The reason section starts with this label. */
const REASON_LABEL = '*Reason*\n';
/** Below this many characters of room, a reason is left out rather than shown as a stub. */
const MIN_REASON_ROOM = 20;

/** `github.com/owner/repo/…` links; undefined without a repository. */
function runLinks(run: RunContext): { repo?: string; commit?: string; run?: string } {
  if (!run.repository) return {};
  const repo = `${run.serverUrl}/${run.repository}`;
  return {
    repo,
    ...(run.sha ? { commit: `${repo}/commit/${run.sha}` } : {}),
    ...(run.runId
      ? { run: `${repo}/actions/runs/${run.runId}${run.runAttempt ? `/attempts/${run.runAttempt}` : ''}` }
      : {}),
  };
}

/**
 * The header's words, on one line: `Failed at smoke-test · production`,
 * `Flag changed: new-checkout · production`.
 */
function headline(notice: Notice): string {
  const style = STATUS_STYLES[notice.status];
  const stage = singleLine(notice.stage ?? '');
  const flag = singleLine(notice.flag ?? '');
  const environment = singleLine(notice.environment ?? '');
  let words = style.label;
  if (notice.status === 'failed' && stage) words = `Failed at ${stage}`;
  if (notice.status === 'flag_changed' && flag) words = `Flag changed: ${flag}`;
  return `${style.emoji} ${words}${environment ? ` · ${environment}` : ''}`;
}

/**
 * The deployments as production moved: `old → new` when a release went forward, `new → old` when it
 * was rolled back (and `(not confirmed)` when the rollback failed); one id alone as it is.
 */
function deploymentMove(notice: Notice): string | undefined {
  const released = notice.deployment && `\`${escapeWithin(notice.deployment, SHORT_VALUE)}\``;
  const previous = notice.previousDeployment && `\`${escapeWithin(notice.previousDeployment, SHORT_VALUE)}\``;
  if (released && previous) {
    if (notice.status === 'rolled_back') return `${released} → ${previous}`;
    if (notice.status === 'rollback_failed') return `${released} → ${previous} (not confirmed)`;
    return `${previous} → ${released}`;
  }
  return released || previous || undefined;
}

/** The line under the header: repository · ref · commit · actor (what of it the runner set). */
function originLine(run: RunContext): string | undefined {
  const links = runLinks(run);
  const parts: string[] = [];
  if (run.repository) parts.push(`*${mrkdwnLink(links.repo as string, run.repository)}*`);
  if (run.ref) parts.push(`\`${escapeWithin(run.ref, SHORT_VALUE)}\``);
  if (run.sha) {
    const short = run.sha.slice(0, 7);
    parts.push(links.commit ? mrkdwnLink(links.commit, short) : `\`${escapeWithin(short, 7)}\``);
  }
  if (run.actor) parts.push(`by ${escapeWithin(run.actor, SHORT_VALUE)}`);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** The fields that apply, as `*Label*\nvalue` (at most seven of Slack's ten). */
function noticeFields(notice: Notice): string[] {
  const fields: [string, string | undefined][] = [
    ['Environment', notice.environment && escapeWithin(notice.environment, SHORT_VALUE)],
    ['Stage', notice.stage && escapeWithin(notice.stage, SHORT_VALUE)],
    ['Duration', notice.durationMs === undefined ? undefined : formatDuration(notice.durationMs)],
    ['Deployment', deploymentMove(notice)],
    ['URL', notice.url && mrkdwnLink(notice.url, truncateText(notice.url, URL_VALUE), URL_VALUE)],
    ['Flag', notice.flag && `\`${escapeWithin(notice.flag, SHORT_VALUE)}\``],
    ['Change', notice.flagChange && escapeWithin(notice.flagChange, SHORT_VALUE)],
  ];
  return fields.flatMap(([label, value]) => (value ? [`*${label}*\n${value}`] : []));
}

/** The context line: the run with its number and attempt, the workflow and the job. */
function contextLine(run: RunContext): string | undefined {
  const links = runLinks(run);
  const parts: string[] = [];
  if (run.runId) {
    const label = `Run ${run.runNumber ? `#${run.runNumber}` : run.runId}, attempt ${run.runAttempt ?? '1'}`;
    parts.push(links.run ? mrkdwnLink(links.run, label) : escapeWithin(label, SHORT_VALUE));
  }
  if (run.workflow) parts.push(escapeWithin(run.workflow, SHORT_VALUE));
  if (run.job) parts.push(`job ${escapeWithin(run.job, SHORT_VALUE)}`);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** The one-line fallback: `❌ Failed at smoke-test · production — owner/repo abc1234: reason`. */
function fallbackText(notice: Notice, run: RunContext): string {
  const where = singleLine([run.repository, run.sha?.slice(0, 7)].filter(Boolean).join(' '));
  const firstLine = singleLine(notice.reason?.trim().split(/[\r\n\u2028\u2029]/, 1)[0] ?? '');
  const raw = `${headline(notice)}${where ? ` — ${where}` : ''}${firstLine ? `: ${firstLine}` : ''}`;
  return escapeWithin(raw, FALLBACK_TEXT);
}

/**
 * Builds the Block Kit message of `notice` sent from `run`: one header block on top, then one
 * attachment coloured by status ({@link STATUS_STYLES}) holding the origin line, the fields, the
 * reason and the run link (no attachment when none of them is known). Within Block Kit's limits whatever the inputs' length: every value is cut
 * to fit (marked `…`), the reason to what is left of the section limit, and the whole stays within
 * {@link NOTICE_TEXT_BUDGET} characters; `text` is always a non-empty one-line fallback.
 * @returns a message ready for `chat.postMessage`, `chat.update` or an incoming webhook.
 */
export function buildNoticeMessage(notice: Notice, run: RunContext): NoticeMessage {
  const header: NoticeBlock = {
    type: 'header',
    text: {
      type: 'plain_text',
      text: truncateText(headline(notice), BLOCK_KIT_LIMITS.headerText),
      emoji: true,
    },
  };
  const details: NoticeBlock[] = [];
  const origin = originLine(run);
  if (origin) details.push({ type: 'section', text: { type: 'mrkdwn', text: origin } });
  const fields = noticeFields(notice);
  if (fields.length > 0) {
    details.push({ type: 'section', fields: fields.map((text) => ({ type: 'mrkdwn', text })) });
  }
  const context = contextLine(run);
  const text = fallbackText(notice, run);

  if (notice.reason?.trim()) {
    // The reason takes what the rest of the message leaves, within the section limit.
    const used = [text, context ?? '', ...blockTexts([header, ...details])].reduce(
      (sum, part) => sum + part.length,
      0,
    );
    const room = Math.min(BLOCK_KIT_LIMITS.sectionText, NOTICE_TEXT_BUDGET - used) - REASON_LABEL.length;
    if (room >= MIN_REASON_ROOM) {
      details.push({
        type: 'section',
        text: { type: 'mrkdwn', text: `${REASON_LABEL}${escapeWithin(notice.reason.trim(), room)}` },
      });
    }
  }
  if (context) details.push({ type: 'context', elements: [{ type: 'mrkdwn', text: context }] });
  return {
    text,
    blocks: [header],
    // An attachment without blocks would be an empty bar: none then (the header still shows the status).
    attachments: details.length > 0 ? [{ color: STATUS_STYLES[notice.status].color, blocks: details }] : [],
    unfurl_links: false,
    unfurl_media: false,
  };
}
