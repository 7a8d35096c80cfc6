import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('loadConfig(env): POLOS_PUBLIC_ORIGIN and POLOS_DB_DURABILITY', () => {
  it('unset: no public origin (the request-origin fallback) and a durable database', () => {
    expect(loadConfig({})).toMatchObject({ publicOrigins: [], dbDurability: 'durable' });
  });

  it('reads a comma-separated list of origins, normalised (no trailing slash, default port dropped)', () => {
    expect(
      loadConfig({
        POLOS_PUBLIC_ORIGIN: 'https://polos.example.org/, http://localhost:8080 ,https://x.org:443',
      }).publicOrigins,
    ).toEqual(['https://polos.example.org', 'http://localhost:8080', 'https://x.org']);
  });

  it.each(['polos.example.org', 'javascript:alert(1)', 'https://polos.example.org/app', 'ftp://x.org'])(
    'refuses %s, naming the variable',
    (value) => {
      expect(() => loadConfig({ POLOS_PUBLIC_ORIGIN: value })).toThrow(
        /POLOS_PUBLIC_ORIGIN: .*not an http\(s\) origin/,
      );
    },
  );

  it('POLOS_DB_DURABILITY=relaxed is the only other mode', () => {
    expect(loadConfig({ POLOS_DB_DURABILITY: 'relaxed' }).dbDurability).toBe('relaxed');
    expect(() => loadConfig({ POLOS_DB_DURABILITY: 'off' })).toThrow(/POLOS_DB_DURABILITY/);
  });
});
