/**
 * Test helper: reads a CSV of data/ (RFC 4180: quoted cells, doubled quotes, CRLF or LF,
 * optional BOM; `.gz` unzipped) into rows keyed by header. Tests only: core itself reads no files.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export function parseCsvText(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(cell);
      records.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    records.push(row);
  }
  const [header = [], ...body] = records.filter((r) => !(r.length === 1 && r[0] === ''));
  return body.map((r) => Object.fromEntries(header.map((h, j) => [h, r[j] ?? ''])));
}

/**
 * A file under data/, by its path there (e.g. `eu-lac-collaboration/cluster_organisations.csv`).
 * `keepLine` keeps only the data lines it accepts (for files whose cells hold no line breaks).
 */
export function readDataCsv(path: string, keepLine?: (line: string) => boolean): Record<string, string>[] {
  const buffer = readFileSync(new URL(`../../../data/${path}`, import.meta.url));
  let text = (path.endsWith('.gz') ? gunzipSync(buffer) : buffer).toString('utf8');
  if (keepLine) {
    const [header = '', ...lines] = text.split(/\r?\n/);
    text = [header, ...lines.filter(keepLine)].join('\n');
  }
  return parseCsvText(text);
}
