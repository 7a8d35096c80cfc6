import { describe, expect, it } from 'vitest';
import { formatLocaleNumber, parseLocaleNumber } from './locale-number';

const value = (text: string, lang: string, whole = false) => parseLocaleNumber(text, lang, { whole });

describe('numbers are read in the user language', () => {
  it('English reads "12,500" as twelve thousand five hundred and "380.5" as a decimal', () => {
    expect(value('12,500', 'en')).toEqual({ ok: true, value: 12500 });
    expect(value('1,234,567', 'en')).toEqual({ ok: true, value: 1234567 });
    expect(value('380.5', 'en')).toEqual({ ok: true, value: 380.5 });
    expect(value('0.125', 'en')).toEqual({ ok: true, value: 0.125 });
  });

  it('Spanish and Portuguese read "12.500" and "11.200" as thousands and "380,5" as a decimal', () => {
    for (const lang of ['es', 'pt', 'pt-BR']) {
      expect(value('12.500', lang)).toEqual({ ok: true, value: 12500 });
      expect(value('11.200', lang)).toEqual({ ok: true, value: 11200 });
      expect(value('380,5', lang)).toEqual({ ok: true, value: 380.5 });
      expect(value('1.234.567,25', lang)).toEqual({ ok: true, value: 1234567.25 });
    }
  });

  it('every language reads "12 500" (also with the no-break spaces Intl writes) and plain digits', () => {
    for (const lang of ['en', 'es', 'pt']) {
      expect(value('12 500', lang)).toEqual({ ok: true, value: 12500 });
      expect(value('12\u00a0500', lang)).toEqual({ ok: true, value: 12500 });
      expect(value('12\u202f500', lang)).toEqual({ ok: true, value: 12500 });
      expect(value(' 12500 ', lang)).toEqual({ ok: true, value: 12500 });
      expect(value('-3', lang)).toEqual({ ok: true, value: -3 });
    }
  });

  it('empty text is an unknown figure, not zero', () => {
    expect(value('  ', 'es')).toEqual({ ok: true, value: null });
  });

  it('a decimal mark followed by three digits that the other convention reads as thousands is refused as ambiguous', () => {
    expect(value('12.500', 'en')).toEqual({ ok: false, problem: 'ambiguous' });
    expect(value('12,500', 'es')).toEqual({ ok: false, problem: 'ambiguous' });
    expect(value('12,500', 'pt')).toEqual({ ok: false, problem: 'ambiguous' });
  });

  it('garbage and badly grouped numbers are refused', () => {
    for (const text of [
      'abc',
      '12a',
      '1,2,3',
      '12,50',
      '1.2.3',
      '12..5',
      '--1',
      '1e5',
      'Infinity',
      '12 50',
    ]) {
      expect(value(text, 'en'), text).toEqual({ ok: false, problem: 'not_a_number' });
    }
    expect(value('380.5', 'es')).toEqual({ ok: false, problem: 'not_a_number' });
  });

  it('whole figures (jobs, firms) refuse decimals', () => {
    expect(value('380,5', 'pt', true)).toEqual({ ok: false, problem: 'not_whole' });
    expect(value('12.500', 'pt', true)).toEqual({ ok: true, value: 12500 });
  });

  it('numbers are shown back in the language format and read back to the same value', () => {
    expect(formatLocaleNumber(12500, 'en')).toBe('12,500');
    expect(formatLocaleNumber(12500, 'es')).toBe('12.500');
    expect(formatLocaleNumber(380.5, 'pt')).toBe('380,5');
    expect(formatLocaleNumber(null, 'en')).toBe('');
    for (const lang of ['en', 'es', 'pt'])
      for (const n of [12500, 380.5, 1234567.25, 7])
        expect(value(formatLocaleNumber(n, lang), lang)).toEqual({ ok: true, value: n });
  });
});
