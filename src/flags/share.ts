/**
 * The measured share of a flag: how many of 10,000 synthetic evaluation contexts get `on`, evaluated
 * by `@openfeature/flagd-core` — the evaluator OpenFeature's flagd providers run in process — on the
 * file as written, so the number is what applications will see, not what we meant.
 */
import { FlagdCore } from '@openfeature/flagd-core';

/** Synthetic contexts per measurement. */
export const SAMPLE_SIZE = 10_000;

/**
 * The percentage (0–100, two decimals) of {@link SAMPLE_SIZE} contexts — `targetingKey` `user-<n>`
 * and `orgId` `org-<n>` — that `flagKey` in the flagd document `text` serves `true`. A disabled flag
 * serves callers their code default; it is measured as 0 (the safe default).
 * @throws Error when flagd-core cannot load the document.
 */
export function measureShare(text: string, flagKey: string, sampleSize = SAMPLE_SIZE): number {
  const core = new FlagdCore(undefined, silentLogger);
  core.setConfigurations(text);
  let on = 0;
  for (let index = 0; index < sampleSize; index++) {
    const result = core.resolveBooleanEvaluation(flagKey, false, {
      targetingKey: `user-${index}`,
      orgId: `org-${index}`,
    });
    if (result.value === true) on++;
  }
  return Number(((on / sampleSize) * 100).toFixed(2));
}

const silentLogger = { error() {}, warn() {}, info() {}, debug() {} };
