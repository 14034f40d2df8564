/** The canary controller's job summary: one row per canary flag — stage, held for, verdict, decision. */
import { formatDuration } from '../format/duration.js';
import { type TableCell, codeSpan, markdownTable } from '../format/markdown.js';
import type { CanaryDecision } from './canary.js';

const ACTION_WORDS: Record<CanaryDecision['action'], string> = {
  advance: '⬆️ advance',
  'rollback-canary': '⬇️ back one stage',
  kill: '🛑 kill',
  hold: '⏸️ hold',
};

/** GitHub-flavoured Markdown: a heading, then the table (or a line saying no flag is in a canary). */
export function canaryMarkdown(decisions: readonly CanaryDecision[], environment: string): string {
  const heading = `### 🐤 Canary flags (${environment})`;
  if (decisions.length === 0) return `${heading}\n\nNo flag is in a canary stage: nothing to do.`;
  const rows = decisions.map((decision): TableCell[] => [
    codeSpan(decision.flag),
    `${decision.stage}%${decision.stageNumber > 0 ? ` (stage ${decision.stageNumber}/${decision.stages.length})` : ''}`,
    decision.heldMs === undefined
      ? ''
      : `${formatDuration(decision.heldMs)} of ${formatDuration(decision.holdMs)}`,
    decision.verdict,
    decision.superseded
      ? 'left alone (another change came first)'
      : decision.failed
        ? `⚠️ ${decision.action} not written`
        : ACTION_WORDS[decision.action],
    decision.reason,
    decision.commitSha ? codeSpan(decision.commitSha.slice(0, 7)) : '',
  ]);
  return `${heading}\n\n${markdownTable(['flag', 'stage', 'held', 'verdict', 'decision', 'why', 'commit'], rows)}`;
}
