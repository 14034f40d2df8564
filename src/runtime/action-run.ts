/**
 * The runner-facing shell every action entry uses: read and validate inputs (masking secrets first),
 * run the body, write outputs, the job summary and annotations, and turn errors into one
 * `core.setFailed` line. Nothing below this layer touches `@actions/core`, and this layer reaches it
 * only through an {@link ActionRunner} (a {@link coreRunner} unless a test passes a fake).
 *
 * Every text this layer prints or writes (log lines, annotations, outputs, the summary, the error
 * line) goes through {@link scrubSecrets}: secret inputs and the credential variables in
 * {@link SECRET_ENV} are registered before anything runs, so a token an API echoes back is `***`
 * even where the runner's own masking does not reach (base64 or URL-encoded forms, files).
 */
import * as core from '@actions/core';
import { type ActionSpec, type InputDef, type InputValues, readInputs } from '../inputs/spec.js';
import { actionLogger } from './action-logger.js';
import { ConfigurationError, ReportedFailure, errorMessage } from './errors.js';
import type { Logger } from './logger.js';
import { registerSecret, scrubSecrets } from './secrets.js';

/**
 * Environment variables that hold credentials the actions fall back to (`VERCEL_TOKEN` for
 * `vercel-token`, the bypass secret, a GitHub token): registered as secrets like secret inputs.
 */
export const SECRET_ENV = [
  'VERCEL_TOKEN',
  'VERCEL_AUTOMATION_BYPASS_SECRET',
  'GITHUB_TOKEN',
  'GH_TOKEN',
] as const;

/**
 * Annotation placement shown by the runner (`@actions/core`'s `AnnotationProperties`;
 * https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands#setting-an-error-message).
 */
export interface AnnotationProperties {
  /** Shown above the message in the annotation. */
  title?: string;
  /** Path relative to the repository root. */
  file?: string;
  /** 1-based. */
  startLine?: number;
  endLine?: number;
  /** 1-based; only with a single line. */
  startColumn?: number;
  endColumn?: number;
}

/** The annotation types the runner shows (10 of each per step, 50 per job). */
export type AnnotationKind = 'error' | 'warning' | 'notice';

/**
 * Everything {@link runActionBody} asks of the runner, so a test can pass a fake that records.
 * Texts reach these methods already scrubbed of registered secrets.
 */
export interface ActionRunner {
  /**
   * Log lines (`::debug::`, plain, `::warning::`, `::error::`) and groups; the unexpected-error
   * stack goes to `debug`.
   */
  readonly logger: Logger;
  /** Masks `value` in the runner's log from now on (`::add-mask::`). */
  setSecret(value: string): void;
  /** Sets the step output `name` (written to `$GITHUB_OUTPUT`). */
  setOutput(name: string, value: string): void;
  /** Prints `message` as an error annotation and makes the step exit with code 1. */
  setFailed(message: string): void;
  /** Emits one `error`, `warning` or `notice` annotation. */
  annotate(kind: AnnotationKind, message: string, properties: AnnotationProperties): void;
  /**
   * Appends `markdown` and a line break to the job summary (the file `$GITHUB_STEP_SUMMARY` names).
   * Rejects when that file cannot be written; only called when the variable is set.
   */
  writeSummary(markdown: string): Promise<void>;
}

/**
 * The real runner: `@actions/core`, with a fresh {@link actionLogger} (its own group state) for log
 * lines.
 */
export function coreRunner(): ActionRunner {
  return {
    logger: actionLogger(),
    setSecret: (value) => core.setSecret(value),
    setOutput: (name, value) => core.setOutput(name, value),
    setFailed: (message) => core.setFailed(message),
    annotate: (kind, message, properties) =>
      kind === 'error'
        ? core.error(message, properties)
        : kind === 'warning'
          ? core.warning(message, properties)
          : core.notice(message, properties),
    writeSummary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write();
    },
  };
}

/**
 * Masks `value` for the runner (`::add-mask::`) and registers it for {@link scrubSecrets}. Empty or
 * undefined values are ignored.
 */
export function maskSecret(
  value: string | undefined,
  runner: Pick<ActionRunner, 'setSecret'> = coreRunner(),
): void {
  if (!value) return;
  runner.setSecret(value);
  registerSecret(value);
}

/** A logger whose every line, and every group name, is scrubbed of registered secrets. */
function scrubbingLogger(inner: Logger): Logger {
  return {
    debug: (m) => inner.debug(scrubSecrets(m)),
    info: (m) => inner.info(scrubSecrets(m)),
    warning: (m) => inner.warning(scrubSecrets(m)),
    error: (m) => inner.error(scrubSecrets(m)),
    group: (name, work) => inner.group(scrubSecrets(name), work),
  };
}

/**
 * Annotations shown per type and step (GitHub shows 10 of each; `core.setFailed` takes one error, and
 * one notice is kept for the line that says how many more there were).
 * https://docs.github.com/en/actions/reference/limits
 */
const ANNOTATION_BUDGET: Record<AnnotationKind, number> = { error: 9, warning: 10, notice: 9 };
/** Notices GitHub shows per step; the overflow lines count among them. */
const NOTICES_SHOWN = 10;

export interface Annotation {
  message: string;
  title?: string;
  /** Path relative to the repository root, `/`-separated. */
  file?: string;
  /** 1-based. */
  line?: number;
  /** 1-based. */
  column?: number;
  endLine?: number;
  endColumn?: number;
}

/** The runner's placement of `item`: file, lines and columns (columns only within one line). */
function placement(item: Annotation): AnnotationProperties {
  const properties: AnnotationProperties = {};
  if (item.title) properties.title = scrubSecrets(item.title);
  if (!item.file) return properties;
  properties.file = item.file;
  if (item.line === undefined) return properties;
  properties.startLine = item.line;
  if (item.endLine !== undefined) properties.endLine = item.endLine;
  const oneLine = item.endLine === undefined || item.endLine === item.line;
  if (oneLine && item.column !== undefined) {
    properties.startColumn = item.column;
    if (item.endColumn !== undefined) properties.endColumn = item.endColumn;
  }
  return properties;
}

export interface ActionContext<O extends string> {
  logger: Logger;
  env: Record<string, string | undefined>;
  setOutput(name: O, value: string | number | boolean): void;
  /** Appends Markdown to the step's job summary (written once, when the action ends). */
  summary(markdown: string): void;
  /**
   * Emits annotations within GitHub's per-step limit of each type (counted over the whole step):
   * those that do not fit are counted in one notice pointing to the job summary, where the details
   * belong.
   */
  annotate(kind: AnnotationKind, items: readonly Annotation[]): void;
}

/**
 * Runs an action body as the runner expects: registers the {@link SECRET_ENV} credentials, reads
 * the `INPUT_*` variables of `process.env` against `spec` (masking secret inputs first; an invalid
 * input fails the step before `body` runs), runs `body`, then writes the job summary (its parts
 * joined by blank lines) if `body` added any and `GITHUB_STEP_SUMMARY` is set.
 *
 * Errors never escape, they fail the step: {@link ConfigurationError} and {@link ReportedFailure}
 * through one `setFailed` line with their message; anything else through
 * `<action>: unexpected error: <message>`, with the stack at debug level only. Everything printed
 * is scrubbed of registered secrets (see the module comment).
 * @param runner where outputs, annotations, log lines and the summary go; {@link coreRunner} (the
 *   real runner, a fresh one per call) unless a test passes a fake.
 * @returns when the step's outcome is recorded on `runner` (the process exit code is set by
 *   `setFailed`); rejects only if writing the job summary fails.
 */
export async function runActionBody<I extends Record<string, InputDef>, O extends string>(
  spec: ActionSpec<I, O>,
  body: (inputs: InputValues<I>, ctx: ActionContext<O>) => Promise<void>,
  runner: ActionRunner = coreRunner(),
): Promise<void> {
  for (const name of SECRET_ENV) registerSecret(process.env[name]);
  const logger = scrubbingLogger(runner.logger);
  const summary: string[] = [];
  const emitted: Record<AnnotationKind, number> = { error: 0, warning: 0, notice: 0 };
  const ctx: ActionContext<O> = {
    logger,
    env: process.env,
    setOutput: (name, value) => runner.setOutput(name, scrubSecrets(String(value))),
    summary: (markdown) => {
      summary.push(markdown);
    },
    annotate: (kind, items) => {
      const shown = items.slice(0, Math.max(0, ANNOTATION_BUDGET[kind] - emitted[kind]));
      emitted[kind] += shown.length;
      for (const item of shown) runner.annotate(kind, scrubSecrets(item.message), placement(item));
      const hidden = items.length - shown.length;
      // GitHub shows 10 notices per step: an overflow line takes one of them, while one is left.
      if (hidden > 0 && emitted.notice < NOTICES_SHOWN) {
        emitted.notice++;
        const plural = kind === 'error' ? 'errors' : kind === 'warning' ? 'warnings' : 'notices';
        runner.annotate('notice', `${hidden} more ${plural} not shown here; see the job summary`, {
          title: spec.name,
        });
      }
    },
  };
  try {
    const inputs = readInputs(spec, process.env, (value) => maskSecret(value, runner));
    await body(inputs, ctx);
  } catch (error) {
    if (error instanceof ConfigurationError || error instanceof ReportedFailure) {
      runner.setFailed(scrubSecrets(error.message));
    } else {
      logger.debug(error instanceof Error && error.stack ? error.stack : String(error));
      runner.setFailed(scrubSecrets(`${spec.name}: unexpected error: ${errorMessage(error)}`));
    }
  } finally {
    if (summary.length > 0 && process.env.GITHUB_STEP_SUMMARY) {
      await runner.writeSummary(scrubSecrets(summary.join('\n\n')));
    }
  }
}
