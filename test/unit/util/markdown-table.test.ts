import { describe, expect, it } from 'vitest';
import { markdownTable, pipeSafe } from '../../../src/util/markdown-table.js';

describe('markdownTable', () => {
  it('marks alignment when given, else writes the compact separator', () => {
    expect(markdownTable(['Name', 'Rows'], [['a', '1']], { align: ['l', 'r'] })).toEqual(['| Name | Rows |', '| --- | ---: |', '| a | 1 |']);
    expect(markdownTable(['Name', 'Rows'], [['a', '1']])).toEqual(['| Name | Rows |', '|---|---|', '| a | 1 |']);
  });

  it('escapes body cells by the given rule and writes the empty text instead of a bare header', () => {
    expect(markdownTable(['A|B'], [['x|y\nz']], { escapeCell: pipeSafe })).toEqual(['| A|B |', '|---|', '| x\\|y z |']);
    expect(markdownTable(['A'], [], { whenEmpty: '(none)' })).toEqual(['(none)']);
    expect(markdownTable(['A'], [])).toEqual(['| A |', '|---|']);
  });
});
