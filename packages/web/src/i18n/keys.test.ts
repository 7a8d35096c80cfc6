/** Every language has the same texts: same keys, no empty strings, same {{placeholders}}. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = fileURLToPath(new URL('.', import.meta.url));
const read = (path: string) => JSON.parse(readFileSync(join(dir, path), 'utf8')) as Record<string, unknown>;

function flatten(o: Record<string, unknown>, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(o)) {
    if (v && typeof v === 'object')
      for (const [kk, vv] of flatten(v as Record<string, unknown>, `${prefix}${k}.`)) out.set(kk, vv);
    else out.set(`${prefix}${k}`, String(v));
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

const features = [...new Set(readdirSync(join(dir, 'features')).map((f) => f.replace(/\.\w+\.json$/, '')))];
const sets: Array<[string, (lang: string) => string]> = [
  ['shared texts', (lang) => `${lang}.json`],
  ...features.map((f): [string, (lang: string) => string] => [f, (lang) => `features/${f}.${lang}.json`]),
];

describe.each(sets)('%s', (_name, file) => {
  it('has the same keys and placeholders in en, es and pt, none empty', () => {
    const en = flatten(read(file('en')));
    for (const lang of ['es', 'pt']) {
      const other = flatten(read(file(lang)));
      expect([...other.keys()].sort(), lang).toEqual([...en.keys()].sort());
      for (const [key, text] of other) {
        expect(text.trim(), `${lang} ${key}`).not.toBe('');
        expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(en.get(key)!));
      }
    }
  });
});
