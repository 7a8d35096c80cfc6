import fc from 'fast-check';
import { findUnsafeText } from '@polos/core';
import { describe, expect, it } from 'vitest';
import { originalText, storableText } from './cluster-import-job';

describe('storableText(text) for a job payload', () => {
  it('escapes NUL, lone surrogates and backslash, and nothing else', () => {
    expect(storableText('a\u0000b\\c\ud800d\udc00e😀')).toBe('a\\u0000b\\\\c\\ud800d\\udc00e😀');
  });

  it('originalText undoes it exactly, and the stored text has nothing jsonb refuses', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ maxLength: 10 }), (a, b) => {
        const text = `${a}\\u0000${b}\u0000\ud83d${a}`;
        const stored = storableText(text);
        expect(findUnsafeText(stored)).toEqual([]);
        expect(originalText(stored)).toBe(text);
      }),
      { seed: 106, numRuns: 300 },
    );
  });
});
