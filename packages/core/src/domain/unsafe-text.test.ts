import { describe, expect, it } from 'vitest';
import { findUnsafeText, unsafeTextProblem } from './unsafe-text';

describe('unsafeTextProblem(text)', () => {
  it('refuses a NUL character', () => {
    expect(unsafeTextProblem('a\u0000b')).toMatch(/NUL/);
  });
  it('refuses a lone high or low surrogate', () => {
    expect(unsafeTextProblem('a\ud800b')).toMatch(/surrogate/);
    expect(unsafeTextProblem('a\udc00')).toMatch(/surrogate/);
    expect(unsafeTextProblem('\ud800')).toMatch(/surrogate/);
  });
  it('accepts accented text and emoji made of proper surrogate pairs', () => {
    for (const text of ['Señor Ñandú', 'São João', 'Zürich', '🧵👟 cluster', '\ud83e\uddf5', '']) {
      expect(unsafeTextProblem(text)).toBeUndefined();
    }
  });
});

describe('findUnsafeText(value)', () => {
  it('names the path of each bad string, value or key', () => {
    expect(
      findUnsafeText({ name: 'ok', keyFigures: [{ unit: 'x\u0000' }], ['k\ud800']: 1 }).map((i) => i.path),
    ).toEqual([['keyFigures', 0, 'unit'], ['k\ud800']]);
  });
  it('finds nothing in clean values of any shape', () => {
    expect(findUnsafeText([{ a: 'ñ', b: [1, null, true, '😀'] }, 'ã'])).toEqual([]);
  });
  it('stops at the limit', () => {
    expect(
      findUnsafeText(
        Array.from({ length: 100 }, () => '\u0000'),
        5,
      ),
    ).toHaveLength(5);
  });
});
