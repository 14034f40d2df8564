/**
 * The runner-facing shell every action entry uses: read and validate inputs (masking secrets first),
 * run the body, write outputs, the job summary and annotations, and turn errors into one
 * `core.setFailed` line. Nothing below this layer touches `@actions/core`.
 */
import * as core from '@actions/core';
import { type ActionSpec, type InputDef, type InputValues, readInputs } from '../inputs/spec.js';
import { actionLogger } from './action-logger.js';
import { ConfigurationError, ReportedFailure, errorMessage } from './errors.js';
import type { Logger } from './logger.js';

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
 */
export async function runActionBody<I extends Record<string, InputDef>, O extends string>(
  spec: ActionSpec<I, O>,
  body: (inputs: InputValues<I>, ctx: ActionContext<O>) => Promise<void>,
): Promise<void> {
  const logger = actionLogger();
  const summary: string[] = [];
  const ctx: ActionContext<O> = {
    logger,
    env: process.env,
    setOutput: (name, value) => core.setOutput(name, String(value)),
    summary: (markdown) => {
      summary.push(markdown);
    },
    annotate: (kind, items) => {
      const emit = kind === 'error' ? core.error : core.warning;
      const shown = items.length > ANNOTATION_BUDGET ? items.slice(0, ANNOTATION_BUDGET - 1) : items;
      for (const item of shown) emit(item.message, item.title ? { title: item.title } : {});
      if (shown.length < items.length) {
        emit(`${items.length - shown.length} more not shown here; see the job summary`, { title: spec.name });
      }
    },
  };
  try {
    const inputs = readInputs(spec, process.env, (secret) => core.setSecret(secret));
    await body(inputs, ctx);
  } catch (error) {
    if (error instanceof ConfigurationError || error instanceof ReportedFailure) {
      core.setFailed(error.message);
    } else {
      core.debug(error instanceof Error && error.stack ? error.stack : String(error));
      core.setFailed(`${spec.name}: unexpected error: ${errorMessage(error)}`);
    }
  } finally {
    if (summary.length > 0 && process.env.GITHUB_STEP_SUMMARY) {
      await core.summary.addRaw(summary.join('\n\n'), true).write();
    }
  }
}
