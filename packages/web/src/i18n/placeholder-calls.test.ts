/**
 * A text with {{placeholders}} is never asked for without values: `t('profile.notFound')`
 * would show `There is no cluster "{{id}}"` to the user. Scans every `t('literal.key')`
 * call without a second argument in the web app's sources.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('..', import.meta.url));
const i18n = join(src, 'i18n');
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

const english: Record<string, unknown> = read(join(i18n, 'en.json'));
for (const file of readdirSync(join(i18n, 'features')).filter((f) => f.endsWith('.en.json')))
  english[file.replace('.en.json', '')] = read(join(i18n, 'features', file));
const text = (key: string): unknown =>
  key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], english);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'api' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('texts with placeholders', () => {
  it('are always given their values', () => {
    const bare: string[] = [];
    for (const file of sources(src)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([\w.-]+)'\s*\)/g)) {
        const value = text(m[1]!);
        if (typeof value === 'string' && value.includes('{{'))
          bare.push(`${file.slice(src.length)}: ${m[1]}`);
      }
    }
    expect(bare).toEqual([]);
  });
});
