/**
 * Excel's CSV in languages with a decimal comma (es, pt, de …): semicolon-separated, values
 * such as 380,5 and 1.234,5 — read by the streaming reader that reads every CSV.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportValidationError } from '../store';
import { readStatisticalTable } from './statistical-table';

const dir = mkdtempSync(join(tmpdir(), 'polos-decimal-comma-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const options = { region: 'region', industry: 'industry', value: 'value' };
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('repeated rows in an upload', () => {
  it('are refused with duplicates: refuse, each named with the line of the first; summed by default', async () => {
    const path = write('twice.csv', 'region,industry,value\nES21,C25,10\nES30,C25,5\nES21,C25,10\n');
    const error = await readStatisticalTable(path, { ...options, duplicates: 'refuse' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportValidationError);
    expect((error as ImportValidationError).issues).toEqual([
      expect.objectContaining({ row: 4, field: 'region', message: expect.stringContaining('line 2') }),
    ]);
    const summed = await readStatisticalTable(path, options);
    expect(Array.from(summed.matrix.values)).toEqual([20, 5]);
    expect(summed.notes[0]!.text).toContain('summed');
  });
});

describe('Excel CSV with a decimal comma', () => {
  it('reads 380,5 and 1.234,5 in a semicolon file, keeping integers and dotted decimals', async () => {
    const t = await readStatisticalTable(
      write(
        'excel.csv',
        'region;industry;value\nES21;C25;380,5\nES21;C28;1.234,5\nES30;C25;12\nES30;C28;7.25\n',
      ),
      options,
    );
    expect(t.matrix.regions).toEqual(['ES21', 'ES30']);
    expect(Array.from(t.matrix.values)).toEqual([380.5, 1234.5, 12, 7.25]);
  });

  it('still refuses a comma decimal in a comma file, and a malformed grouping, naming the line', async () => {
    const quoted = write('comma.csv', 'region,industry,value\nES21,C25,"380,5"\nES30,C25,1\n');
    const e1 = await readStatisticalTable(quoted, options).catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(ImportValidationError);
    expect((e1 as ImportValidationError).issues[0]).toMatchObject({ row: 2, field: 'value' });
    const grouped = write('grouped.csv', 'region;industry;value\nES21;C25;12.34,5\nES30;C25;1\n');
    const e2 = await readStatisticalTable(grouped, options).catch((e: unknown) => e);
    expect((e2 as ImportValidationError).issues[0]).toMatchObject({ row: 2, field: 'value' });
  });
});
