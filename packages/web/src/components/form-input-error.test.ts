import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { FormInputError, readNumbers } from './form-input-error';
import { problemLines } from './api-form';

const forms = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../i18n/features/forms.${lang}.json`, import.meta.url), 'utf8')) as object;
const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: 'es',
    resources: Object.fromEntries(['en', 'es', 'pt'].map((l) => [l, { translation: { forms: forms(l) } }])),
    interpolation: { escapeValue: false },
  });
});
const failure = (f: () => unknown): FormInputError => {
  try {
    f();
  } catch (e) {
    if (e instanceof FormInputError) return e;
  }
  throw new Error('expected a FormInputError');
};

describe('numeric fields are read in the user language before anything is sent', () => {
  it('reads "11.200" jobs in Spanish and "12,500" in English, an empty field as unknown', () => {
    const es = i18n.getFixedT('es');
    expect(
      readNumbers(es, 'es', {
        jobs: { label: 'Empleos', text: '11.200', whole: true },
        turnover: { label: 'Facturación', text: '380,5' },
        firms: { label: 'Empresas', text: '' },
      }),
    ).toEqual({ jobs: 11200, turnover: 380.5, firms: null });
    expect(readNumbers(i18n.getFixedT('en'), 'en', { jobs: { label: 'Jobs', text: '12,500' } })).toEqual({
      jobs: 12500,
    });
  });

  it('names every unreadable field with its label, the rule and an example in the user language', () => {
    const e = failure(() =>
      readNumbers(i18n.getFixedT('es'), 'es', {
        jobs: { label: 'Empleos', text: '12,500', whole: true },
        firms: { label: 'Empresas', text: 'muchas' },
        turnover: { label: 'Facturación', text: '3,5' },
      }),
    );
    expect(e.lines).toEqual([
      '«Empleos»: «12,500» puede leerse como dos números distintos; escríbalo como 12.500,5 o sin separadores',
      '«Empresas» debe ser un número, escrito como 12.500,5',
    ]);
    const pt = failure(() =>
      readNumbers(i18n.getFixedT('pt'), 'pt', { jobs: { label: 'Empregos', text: '1,5', whole: true } }),
    );
    expect(pt.lines).toEqual(['“Empregos” deve ser um número inteiro']);
    const en = failure(() =>
      readNumbers(i18n.getFixedT('en'), 'en', { jobs: { label: 'Jobs', text: '12.500' } }),
    );
    expect(en.lines[0]).toContain('write it like 12,500.5');
  });

  it('the form shows the problems under a line saying nothing was saved', () => {
    const e = new FormInputError(['«Empresas» debe ser un número, escrito como 12.500,5']);
    expect(problemLines(i18n.getFixedT('es'), e)).toEqual([
      'Algunos valores no se pudieron leer; no se guardó nada.',
      '«Empresas» debe ser un número, escrito como 12.500,5',
    ]);
  });
});
