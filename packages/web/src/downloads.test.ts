import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './downloads';

describe('CSV for downloads (RFC 4180)', () => {
  it('quotes fields with commas, quotes and line breaks, doubles quotes, leaves the rest bare', () => {
    expect(csvField('Sinos Valley')).toBe('Sinos Valley');
    expect(csvField('Footwear, leather')).toBe('"Footwear, leather"');
    expect(csvField('the "Third Italy"')).toBe('"the ""Third Italy"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });
  it('writes numbers in full precision, missing and non-finite values as empty fields', () => {
    expect(csvField(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(true)).toBe('true');
  });
  it('neutralises text cells a spreadsheet would run as formulas; numbers stay numbers', () => {
    expect(csvField('=HYPERLINK("http://evil.example","Sinos")')).toBe(
      `"'=HYPERLINK(""http://evil.example"",""Sinos"")"`,
    );
    expect(csvField('+1+cmd')).toBe("'+1+cmd");
    expect(csvField('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField(-0.5)).toBe('-0.5');
    expect(csvField('-0.5')).toBe('-0.5');
    expect(toCsv(['name', 'lq'], [['=1+1', -2]])).toBe("name,lq\r\n'=1+1,-2\r\n");
  });
  it('has a header row and CRLF line ends', () => {
    expect(
      toCsv(
        ['region', 'lq'],
        [
          ['Kansas', 6.97],
          ['São Paulo', null],
        ],
      ),
    ).toBe('region,lq\r\nKansas,6.97\r\nSão Paulo,\r\n');
  });
});
