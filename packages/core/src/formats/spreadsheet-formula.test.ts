import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from './spreadsheet-formula';

describe('neutraliseFormula(text)', () => {
  it('prefixes a quote to text starting with = + - @ TAB or CR', () => {
    expect(neutraliseFormula('=HYPERLINK("http://evil.example","click")')).toBe(
      `'=HYPERLINK("http://evil.example","click")`,
    );
    expect(neutraliseFormula('+cmd|calc')).toBe("'+cmd|calc");
    expect(neutraliseFormula('-2+3+cmd')).toBe("'-2+3+cmd");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('\t=1+1')).toBe("'\t=1+1");
    expect(neutraliseFormula('\r=1+1')).toBe("'\r=1+1");
  });
  it('leaves plain numbers written as text, and other text, unchanged', () => {
    for (const text of ['-0.5', '+3', '-12', '1e-9', '-1.5E+3', 'São Paulo', 'a=b', '', '0-1', "'quoted"]) {
      expect(neutraliseFormula(text)).toBe(text);
    }
  });
});
