/**
 * GitHub-flavoured Markdown for job summaries
 * (https://github.github.com/gfm/#tables-extension-, https://github.github.com/gfm/#code-spans).
 */

/** A table cell shown as code: HTML inside it is not interpreted, so it is not escaped either. */
export interface CodeSpan {
  readonly code: string;
}

/** What a table cell holds: plain text (escaped with {@link cell}) or a {@link CodeSpan}. */
export type TableCell = string | CodeSpan;

/** Marks `text` to be shown as a code span in a table cell. */
export function codeSpan(text: string): CodeSpan {
  return { code: text };
}

/** Escapes text for a Markdown table cell: backslashes, pipes, newlines and HTML-significant brackets. */
export function cell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * A code span for a table cell. Inside a code span only `|` (which would end the cell even there)
 * and line breaks need care: `<x>` and `&` show as typed. The fence is one backtick longer than the
 * longest run of backticks in the text, padded with a space when the text starts or ends with one.
 */
export function codeCell(text: string): string {
  const body = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** A GitHub-flavoured Markdown table. Text cells are escaped with {@link cell}, code spans with {@link codeCell}. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly TableCell[])[]): string {
  const line = (cells: readonly TableCell[]): string =>
    `| ${cells.map((value) => (typeof value === 'string' ? cell(value) : codeCell(value.code))).join(' | ')} |`;
  return [line(headers), `|${headers.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}
