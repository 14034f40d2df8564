/**
 * The release timeline: each stage with its start, duration and outcome, for the summary, the
 * rehearsal and the JSON output.
 */
import { type Logger, silentLogger } from '../runtime/logger.js';
import { markdownTable } from '../format/markdown.js';
import { formatDuration } from '../format/duration.js';
import type { Clock } from '../runtime/clock.js';

export interface Stage {
  /** e.g. `deploy`, `smoke test`, `promote`, `health check`, `rollback`. */
  stage: string;
  /** ms since epoch. */
  startedAt: number;
  durationMs: number;
  /** A short word: `ready`, `passed`, `promoted`, `unhealthy`, `rolled_back`, `cancelled` … */
  outcome: string;
  /** One line of detail. */
  detail: string;
}

/**
 * Thrown into a stage when the release is cancelled (the runner's SIGINT/SIGTERM); the timeline
 * records the stage as `cancelled`. The message says why, e.g. `received SIGINT`.
 */
export class StageCancelled extends Error {
  override name = 'StageCancelled';
}

/** Collects stages as they finish. */
export class Timeline {
  readonly stages: Stage[] = [];
  /**
   * `onStage` hears each stage as it ends (live progress); each stage's log lines go into a group
   * named after it on `logger`.
   */
  constructor(
    private readonly clock: Clock,
    private readonly onStage: (stage: Stage) => void = () => {},
    private readonly logger: Logger = silentLogger,
  ) {}

  /** Records a finished stage. */
  add(stage: Stage): void {
    this.stages.push(stage);
    this.onStage(stage);
  }

  /**
   * Runs `work` as a stage; its result's `outcome`/`detail` are recorded. A thrown error is recorded
   * as outcome `failed` ({@link StageCancelled}: `cancelled`) with the error's message, then rethrown.
   */
  async run<T extends { outcome: string; detail: string }>(
    stage: string,
    work: () => Promise<T>,
  ): Promise<T> {
    const startedAt = this.clock.now();
    try {
      const result = await this.logger.group(stage, work);
      this.add({
        stage,
        startedAt,
        durationMs: this.clock.now() - startedAt,
        outcome: result.outcome,
        detail: result.detail,
      });
      return result;
    } catch (error) {
      this.add({
        stage,
        startedAt,
        durationMs: this.clock.now() - startedAt,
        outcome: error instanceof StageCancelled ? 'cancelled' : 'failed',
        detail: (error as Error).message,
      });
      throw error;
    }
  }
}

/** The timeline as a Markdown table (stage, duration, outcome, detail). */
export function timelineMarkdown(stages: readonly Stage[]): string {
  return markdownTable(
    ['Stage', 'Duration', 'Outcome', 'Detail'],
    stages.map((s) => [s.stage, formatDuration(s.durationMs), s.outcome, s.detail]),
  );
}

/** The timeline as aligned plain text, one stage a line (for the terminal); `width` pads the stage column. */
export function timelineText(
  stages: readonly Stage[],
  width = Math.max(5, ...stages.map((s) => s.stage.length)),
): string {
  const head = `  ${'stage'.padEnd(width)}  ${'duration'.padStart(8)}  outcome`;
  const rows = stages.map(
    (s) =>
      `  ${s.stage.padEnd(width)}  ${formatDuration(s.durationMs).padStart(8)}  ${s.outcome}${s.detail ? `: ${s.detail}` : ''}`,
  );
  return [head, ...rows].join('\n');
}
