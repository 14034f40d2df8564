/**
 * The runner-facing shell every action entry uses: read and validate inputs (masking secrets first),
 * run the body, write outputs, the job summary and annotations, and turn errors into one
 * `core.setFailed` line. Nothing below this layer touches `@actions/core`.
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

/** Masks `value` for the runner (`::add-mask::`) and registers it for {@link scrubSecrets}. */
export function maskSecret(value: string | undefined): void {
  if (!value) return;
  core.setSecret(value);
  registerSecret(value);
}

/** A logger whose every line is scrubbed of registered secrets. */
function scrubbingLogger(inner: Logger): Logger {
  return {
    debug: (m) => inner.debug(scrubSecrets(m)),
    info: (m) => inner.info(scrubSecrets(m)),
    warning: (m) => inner.warning(scrubSecrets(m)),
    error: (m) => inner.error(scrubSecrets(m)),
  };
}

/** GitHub shows at most 10 error (and 10 warning) annotations per step; `core.setFailed` takes one. */
const ANNOTATION_BUDGET = 9;

export interface Annotation {
  message: string;
  title?: string;
}

export interface ActionContext<O extends string> {
  logger: Logger;
  env: Record<string, string | undefined>;
  setOutput(name: O, value: string | number | boolean): void;
  /** Appends Markdown to the step's job summary (written once, when the action ends). */
  summary(markdown: string): void;
  /**
   * Emits annotations within GitHub's per-step limit: when there are more than fit, the last slot
   * says how many more there were (details belong in the summary).
   */
  annotate(kind: 'error' | 'warning', items: readonly Annotation[]): void;
}

/**
 * Runs an action body as the runner expects. Errors: {@link ConfigurationError} and
 * {@link ReportedFailure} print their one-line message; anything else prints
 * `<action>: unexpected error: <message>` with the stack at debug level. All set exit code 1.
 * Everything printed is scrubbed of registered secrets (see the module comment).
 */
export async function runActionBody<I extends Record<string, InputDef>, O extends string>(
  spec: ActionSpec<I, O>,
  body: (inputs: InputValues<I>, ctx: ActionContext<O>) => Promise<void>,
): Promise<void> {
  for (const name of SECRET_ENV) registerSecret(process.env[name]);
  const logger = scrubbingLogger(actionLogger());
  const summary: string[] = [];
  const ctx: ActionContext<O> = {
    logger,
    env: process.env,
    setOutput: (name, value) => core.setOutput(name, scrubSecrets(String(value))),
    summary: (markdown) => {
      summary.push(markdown);
    },
    annotate: (kind, items) => {
      const emit = kind === 'error' ? core.error : core.warning;
      const shown = items.length > ANNOTATION_BUDGET ? items.slice(0, ANNOTATION_BUDGET - 1) : items;
      for (const item of shown) {
        emit(scrubSecrets(item.message), item.title ? { title: scrubSecrets(item.title) } : {});
      }
      if (shown.length < items.length) {
        emit(`${items.length - shown.length} more not shown here; see the job summary`, { title: spec.name });
      }
    },
  };
  try {
    const inputs = readInputs(spec, process.env, maskSecret);
    await body(inputs, ctx);
  } catch (error) {
    if (error instanceof ConfigurationError || error instanceof ReportedFailure) {
      core.setFailed(scrubSecrets(error.message));
    } else {
      core.debug(scrubSecrets(error instanceof Error && error.stack ? error.stack : String(error)));
      core.setFailed(scrubSecrets(`${spec.name}: unexpected error: ${errorMessage(error)}`));
    }
  } finally {
    if (summary.length > 0 && process.env.GITHUB_STEP_SUMMARY) {
      await core.summary.addRaw(scrubSecrets(summary.join('\n\n')), true).write();
    }
  }
}
