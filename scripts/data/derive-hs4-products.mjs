#!/usr/bin/env node
/**
 * Derives data/world-exports-hs4/hs4_products.csv (names and Atlas sections of the HS
 * 4-digit products in the bundled world exports) from the classification tables in
 * ../shared/data/classifications (see data/world-exports-hs4/PROVENANCE.md). Run once by
 * a maintainer; the output is committed. Usage: node scripts/data/derive-hs4-products.mjs <shared classifications dir>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';

const dir = process.argv[2] ?? '../shared/data/classifications';

/** Minimal RFC 4180 parser (quoted fields, doubled quotes). */
function parse(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k];
    if (quoted) {
      if (ch === '"' && text[k + 1] === '"') {
        field += '"';
        k++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows;
  return body.filter((r) => r.length > 1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
const q = (s) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

const exportsCsv = gunzipSync(readFileSync('data/world-exports-hs4/ots_country_hs4_exports_2017.csv.gz')).toString();
const codes = [...new Set(parse(exportsCsv).map((r) => r.product_code))].sort();
const atlas = new Map(
  parse(readFileSync(join(dir, 'cid-harvard/hs92_atlas.csv'), 'utf8'))
    .filter((r) => r.level === '4digit')
    .map((r) => [r.code, r]),
);
const hs2007 = new Map(
  parse(readFileSync(join(dir, 'concordance-pkg/hs3_desc.csv'), 'utf8')).map((r) => [r.code, r.desc]),
);
const chapterSection = new Map();
for (const [code, r] of atlas) chapterSection.set(code.slice(0, 2), r.top_parent_id);

const lines = ['code,section,name_en,name_es,source'];
for (const code of codes) {
  const a = atlas.get(code);
  if (a) lines.push([code, a.top_parent_id, q(a.name_short_en), q(a.name_short_es), 'hs92_atlas'].join(','));
  else {
    const name = hs2007.get(code);
    if (!name) throw new Error(`no name for HS ${code}`);
    lines.push([code, chapterSection.get(code.slice(0, 2)) ?? '9', q(name), q(name), 'hs2007_desc'].join(','));
  }
}
writeFileSync('data/world-exports-hs4/hs4_products.csv', lines.join('\n') + '\n');
console.log(`${codes.length} products written`);
