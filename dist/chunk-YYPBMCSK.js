import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  markdownTable
} from "./chunk-BA2AZJKK.js";
import {
  formatDuration
} from "./chunk-BB4YEEFY.js";
import {
  silentLogger
} from "./chunk-MN7KZA7R.js";

// lib/release/stages.js
var StageCancelled = class extends Error {
  name = "StageCancelled";
};
var Timeline = class {
  clock;
  onStage;
  logger;
  stages = [];
  /**
   * `onStage` hears each stage as it ends (live progress); each stage's log lines go into a group
   * named after it on `logger`.
   */
  constructor(clock, onStage = () => {
  }, logger = silentLogger) {
    this.clock = clock;
    this.onStage = onStage;
    this.logger = logger;
  }
  /** Records a finished stage. */
  add(stage) {
    this.stages.push(stage);
    this.onStage(stage);
  }
  /**
   * Runs `work` as a stage; its result's `outcome`/`detail` are recorded. A thrown error is recorded
   * as outcome `failed` ({@link StageCancelled}: `cancelled`) with the error's message, then rethrown.
   */
  async run(stage, work) {
    const startedAt = this.clock.now();
    try {
      const result = await this.logger.group(stage, work);
      this.add({
        stage,
        startedAt,
        durationMs: this.clock.now() - startedAt,
        outcome: result.outcome,
        detail: result.detail
      });
      return result;
    } catch (error) {
      this.add({
        stage,
        startedAt,
        durationMs: this.clock.now() - startedAt,
        outcome: error instanceof StageCancelled ? "cancelled" : "failed",
        detail: error.message
      });
      throw error;
    }
  }
};
function timelineMarkdown(stages) {
  return markdownTable(["Stage", "Duration", "Outcome", "Detail"], stages.map((s) => [s.stage, formatDuration(s.durationMs), s.outcome, s.detail]));
}
function timelineText(stages, width = Math.max(5, ...stages.map((s) => s.stage.length))) {
  const head = `  ${"stage".padEnd(width)}  ${"duration".padStart(8)}  outcome`;
  const rows = stages.map((s) => `  ${s.stage.padEnd(width)}  ${formatDuration(s.durationMs).padStart(8)}  ${s.outcome}${s.detail ? `: ${s.detail}` : ""}`);
  return [head, ...rows].join("\n");
}

export {
  StageCancelled,
  Timeline,
  timelineMarkdown,
  timelineText
};
