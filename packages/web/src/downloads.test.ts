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
