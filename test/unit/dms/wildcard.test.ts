import { describe, expect, it } from 'vitest';
import { escapeDmsName, hasExplicitWildcard, matchDmsPattern } from '../../../src/dms/wildcard.js';

describe('DMS wildcard escaping', () => {
  it('escapes _ % and [ as one-character sets', () => {
    expect(escapeDmsName('GL_JE_LINES')).toBe('GL[_]JE[_]LINES');
    expect(escapeDmsName('PCT%')).toBe('PCT[%]');
    expect(escapeDmsName('A[1]')).toBe('A[[]1]');
    expect(escapeDmsName('PLAIN')).toBe('PLAIN');
  });
  it('an escaped name matches only itself', () => {
    for (const name of ['GL_JE_LINES', 'PCT%', 'A[1]', 'x_%[y']) {
      expect(matchDmsPattern(escapeDmsName(name), name)).toBe(true);
    }
    expect(matchDmsPattern(escapeDmsName('GL_JE_LINES'), 'GLXJEXLINES')).toBe(false);
    expect(matchDmsPattern(escapeDmsName('PCT%'), 'PCTX')).toBe(false);
    expect(matchDmsPattern(escapeDmsName('A[1]'), 'A1]')).toBe(false);
  });
  it('interprets DMS patterns: % run, _ one char, [set], [range]', () => {
    expect(matchDmsPattern('GL_JE_LINES', 'GLXJEXLINES')).toBe(true);
    expect(matchDmsPattern('GL%', 'GL_JE_LINES')).toBe(true);
    expect(matchDmsPattern('GL%', 'AP_INVOICES')).toBe(false);
    expect(matchDmsPattern('T[ab]', 'Tb')).toBe(true);
    expect(matchDmsPattern('T[a-c]', 'Td')).toBe(false);
    expect(matchDmsPattern('gl%', 'GL_X')).toBe(false);
  });
  it('tells exact names from patterns for table-settings', () => {
    expect(hasExplicitWildcard('GL_JE_LINES')).toBe(false);
    expect(hasExplicitWildcard('GL%')).toBe(true);
    expect(hasExplicitWildcard('GL[_]JE')).toBe(true);
  });
});
