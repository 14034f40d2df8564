import { describe, expect, it } from 'vitest';
import { cell, codeCell, codeSpan, markdownTable } from '../../src/format/markdown.js';

describe('markdown table cells', () => {
  it('escapes HTML brackets, pipes, backslashes and line breaks in text cells', () => {
    expect(cell('a|b <x>\nc\\d')).toBe('a\\|b &lt;x&gt; c\\\\d');
  });

  it('shows a code span as typed: brackets and ampersands are not HTML-escaped inside it', () => {
    expect(codeCell('GET /search?q=<x>&y=1')).toBe('`GET /search?q=<x>&y=1`');
  });

  it('escapes a pipe and folds a line break inside a code span, which would otherwise end the cell', () => {
    expect(codeCell('GET /a|b\n/c')).toBe('`GET /a\\|b /c`');
  });

  it('fences a code span with more backticks than it contains, padding a leading or trailing one', () => {
    expect(codeCell('a``b')).toBe('```a``b```');
    expect(codeCell('`x')).toBe('`` `x ``');
  });

  it('renders text and code cells in one table', () => {
    expect(markdownTable(['Check', 'Path'], [['<home>', codeSpan('GET /?q=<x>')]])).toBe(
      ['| Check | Path |', '| --- | --- |', '| &lt;home&gt; | `GET /?q=<x>` |'].join('\n'),
    );
  });
});
