import { describe, expect, it } from 'vitest';
import { httpUrlSchema } from './common';
import { organisationInputSchema, organisationPatchSchema } from './organisation';

describe('httpUrlSchema', () => {
  it('accepts http and https addresses, with ports, paths, queries and international names', () => {
    for (const url of [
      'https://cluster.example.org',
      'http://localhost:8080/x',
      'https://xn--mnchen-3ya.de/a?b=1#c',
      'https://münchen.de/',
      'https://192.168.1.1/',
    ]) {
      expect(httpUrlSchema.safeParse(url).success, url).toBe(true);
    }
  });

  it('refuses javascript:, data:, file: and other schemes, with a message saying what to use', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(document.cookie)',
      'javascript://example.org/%0aalert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'ftp://example.org',
      'vbscript:msgbox',
      'not a url',
    ]) {
      const result = httpUrlSchema.safeParse(url);
      expect(result.success, url).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/http:\/\/ or https:\/\//);
    }
  });
});

describe('organisation website', () => {
  const organisation = { name: 'Sinos CMO', country: 'BR' };
  it('an organisation website `javascript:…` is refused on create and on patch, naming `website`', () => {
    const created = organisationInputSchema.safeParse({ ...organisation, website: 'javascript:alert(1)' });
    expect(created.error?.issues.map((i) => i.path)).toEqual([['website']]);
    const patched = organisationPatchSchema.safeParse({ website: 'javascript:alert(1)' });
    expect(patched.error?.issues.map((i) => i.path)).toEqual([['website']]);
  });
  it('an https website and no website are accepted', () => {
    expect(
      organisationInputSchema.safeParse({ ...organisation, website: 'https://sinos.example.org' }).success,
    ).toBe(true);
    expect(organisationInputSchema.safeParse({ ...organisation, website: null }).success).toBe(true);
  });
});
