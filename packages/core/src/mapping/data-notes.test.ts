import { describe, expect, it } from 'vitest';
import { dataNote, listed, noteText, type DataNoteCode } from './data-notes';
import { mappingWarnings } from './mapping-warnings';

describe('data notes', () => {
  it('keep the English texts the API and run.json have always written', () => {
    expect(dataNote('negative-values', { count: 3 }).text).toBe('3 negative value(s) read as missing');
    expect(mappingWarnings.missingCells(1329).message).toBe(
      '1329 cell(s) are missing or suppressed: they count in no total and their LQ is NaN (not present)',
    );
    expect(dataNote('no-shape', { count: 14, ...listed([...'ABCDEFGHIJKLMN'], 12) }).text).toBe(
      '14 region(s) have no shape on this map (another version of the codes, or unknown): listed in the tables, not drawn — A, B, C, D, E, F, G, H, I, J, K, L and 2 more.',
    );
  });

  it('say the same in Spanish and Portuguese, with the same values', () => {
    const note = mappingWarnings.missingCells(1329).note;
    expect(noteText(note, 'es')).toBe(
      '1329 celda(s) ausentes o suprimidas: no cuentan en ningún total y su cociente de localización no existe (no presente)',
    );
    expect(noteText(note, 'pt')).toMatch(/^1329 célula\(s\) ausentes/);
    const shapes = dataNote('no-shape', { count: 3, ...listed(['FI13', 'FI18', 'UKM2'], 2) });
    expect(noteText(shapes, 'es')).toMatch(/— FI13, FI18 y 1 más\.$/);
    expect(noteText(shapes, 'pt')).toMatch(/— FI13, FI18 e mais 1\.$/);
  });

  it('have every placeholder of the English text in each language, and no placeholder left', () => {
    const codes: DataNoteCode[] = [
      'negative-values',
      'duplicate-rows',
      'extra-regio',
      'nuts-2006-doubles',
      'successor-shapes',
      'no-shape',
      'zero-region',
      'zero-industry',
      'missing-cells',
      'no-eigenvector-convergence',
      'unmapped-industries',
      'isolated-industry',
      'dataset-unavailable',
      'region-not-in-dataset',
    ];
    const values = {
      count: 7,
      codes: 'XX1',
      more: 0,
      year: 2011,
      details: 'D',
      residual: '1e-3',
      dataset: 'ds',
      region: 'R9',
    };
    for (const code of codes) {
      const en = dataNote(code, values);
      for (const lang of ['es', 'pt'] as const) {
        const text = noteText(en, lang);
        expect(text, `${code} ${lang}`).not.toMatch(/\{\{|\}\}/);
        expect(text, `${code} ${lang}`).not.toBe(en.text);
        for (const v of ['7', 'XX1', '2011', 'D', '1e-3', 'ds', 'R9'])
          if (en.text.includes(v)) expect(text, `${code} ${lang} keeps ${v}`).toContain(v);
      }
    }
  });
});
