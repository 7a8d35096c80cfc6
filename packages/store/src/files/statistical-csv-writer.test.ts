import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StatisticalCsvWriter, csvField } from './statistical-csv-writer';

describe('statistical CSV writer', () => {
  it('csvField neutralises labels a spreadsheet would run as formulas, then quotes', () => {
    expect(csvField('=HYPERLINK("http://evil.example")')).toBe(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csvField('@A1')).toBe("'@A1");
    expect(csvField('-x')).toBe("'-x");
    expect(csvField('-0.5')).toBe('-0.5');
    expect(csvField('ES21')).toBe('ES21');
    expect(csvField('Footwear, leather')).toBe('"Footwear, leather"');
  });

  it('writes neutralised labels and numbers as numbers (negative numbers keep their sign)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'polos-csv-'));
    try {
      const path = join(dir, 'lq.csv');
      const w = new StatisticalCsvWriter(path, 'region,lq');
      for (const [label, value] of [
        ['=cmd', -0.5],
        ['r1', 1.25],
      ] as const) {
        w.label(w.encode(`${csvField(label)},`));
        w.number(value);
        w.newline();
      }
      w.close();
      expect(readFileSync(path, 'utf8')).toBe("region,lq\n'=cmd,-0.5\nr1,1.25\n");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
