/**
 * Notes about a statistical table and the measures computed from it (values read as missing,
 * rows summed, regions left out or not drawn, measures that could not be computed): each one a
 * code and its values, so an interface shows it in its reader's language, with the English
 * text kept for the API's other readers and the CLI's run.json. The texts live here once
 * (STYLE.md §6); `dataNote` writes the English text from the same template as `noteText`.
 */
export type NoteLanguage = 'en' | 'es' | 'pt';

/** The template of each note in each language; `{{name}}` is replaced by the note's value. */
const TEMPLATES = {
  'negative-values': {
    en: '{{count}} negative value(s) read as missing',
    es: '{{count}} valor(es) negativo(s) leído(s) como ausentes',
    pt: '{{count}} valor(es) negativo(s) lido(s) como ausentes',
  },
  'duplicate-rows': {
    en: '{{count}} row(s) share a region and industry with another row: they were summed',
    es: '{{count}} fila(s) comparten región e industria con otra fila: se sumaron',
    pt: '{{count}} linha(s) compartilham região e indústria com outra linha: foram somadas',
  },
  'extra-regio': {
    en: 'Extra-regio codes left out (no territory): {{codes}}.',
    es: 'Códigos extra-regio excluidos (sin territorio): {{codes}}.',
    pt: 'Códigos extra-regio excluídos (sem território): {{codes}}.',
  },
  'nuts-2006-doubles': {
    en: 'NUTS 2006 codes left out in {{year}}: {{codes}} — their NUTS 2010 successors carry the same data (Eurostat counts them twice).',
    es: 'Códigos NUTS 2006 excluidos en {{year}}: {{codes}} — sus sucesores NUTS 2010 llevan los mismos datos (Eurostat los cuenta dos veces).',
    pt: 'Códigos NUTS 2006 excluídos em {{year}}: {{codes}} — os seus sucessores NUTS 2010 trazem os mesmos dados (o Eurostat os conta duas vezes).',
  },
  'successor-shapes': {
    en: "{{count}} region(s) drawn through their successor's shape: {{details}}.",
    es: '{{count}} región(es) dibujada(s) con la forma de su sucesora: {{details}}.',
    pt: '{{count}} região(ões) desenhada(s) com a forma da sucessora: {{details}}.',
  },
  'no-shape': {
    en: '{{count}} region(s) have no shape on this map (another version of the codes, or unknown): listed in the tables, not drawn — {{codes}}.',
    es: '{{count}} región(es) sin forma en este mapa (otra versión de los códigos, o desconocidas): están en las tablas, no se dibujan — {{codes}}.',
    pt: '{{count}} região(ões) sem forma neste mapa (outra versão dos códigos, ou desconhecidas): estão nas tabelas, não são desenhadas — {{codes}}.',
  },
  'zero-region': {
    en: '{{count}} region(s) have no present industry (diversity 0); left out of ECI/PCI (their ECI is NaN)',
    es: '{{count}} región(es) sin ninguna industria presente (diversidad 0); excluidas del ECI/PCI (su ECI no existe)',
    pt: '{{count}} região(ões) sem nenhuma indústria presente (diversidade 0); excluídas do ECI/PCI (o seu ECI não existe)',
  },
  'zero-industry': {
    en: '{{count}} industr(y/ies) are present in no region (ubiquity 0); left out of ECI/PCI (their PCI is NaN)',
    es: '{{count}} industria(s) no presente(s) en ninguna región (ubicuidad 0); excluida(s) del ECI/PCI (su PCI no existe)',
    pt: '{{count}} indústria(s) não presente(s) em nenhuma região (ubiquidade 0); excluída(s) do ECI/PCI (o seu PCI não existe)',
  },
  'missing-cells': {
    en: '{{count}} cell(s) are missing or suppressed: they count in no total and their LQ is NaN (not present)',
    es: '{{count}} celda(s) ausentes o suprimidas: no cuentan en ningún total y su cociente de localización no existe (no presente)',
    pt: '{{count}} célula(s) ausentes ou suprimidas: não contam em nenhum total e o seu quociente locacional não existe (não presente)',
  },
  'no-eigenvector-convergence': {
    en: 'the eigenvector for ECI/PCI did not converge (residual {{residual}}); values may be inaccurate',
    es: 'el vector propio del ECI/PCI no convergió (residuo {{residual}}); los valores pueden ser inexactos',
    pt: 'o autovetor do ECI/PCI não convergiu (resíduo {{residual}}); os valores podem ser imprecisos',
  },
  'unmapped-industries': {
    en: '{{count}} industr(y/ies) of the data belong to no cluster of the definitions',
    es: '{{count}} industria(s) de los datos no pertenecen a ningún clúster de las definiciones',
    pt: '{{count}} indústria(s) dos dados não pertencem a nenhum cluster das definições',
  },
  'isolated-industry': {
    en: '{{count}} industr(y/ies) have zero proximity to every other industry: their density is NaN',
    es: '{{count}} industria(s) con proximidad cero a todas las demás: su densidad no existe',
    pt: '{{count}} indústria(s) com proximidade zero a todas as outras: a sua densidade não existe',
  },
  'dataset-unavailable': {
    en: 'the dataset "{{dataset}}" is not available to you: no checks',
    es: 'el conjunto de datos «{{dataset}}» no está disponible para usted: sin comprobaciones',
    pt: 'o conjunto de dados «{{dataset}}» não está disponível para você: sem verificações',
  },
  'region-not-in-dataset': {
    en: 'region "{{region}}" is not in the dataset "{{dataset}}": no checks',
    es: 'la región «{{region}}» no está en el conjunto de datos «{{dataset}}»: sin comprobaciones',
    pt: 'a região «{{region}}» não está no conjunto de dados «{{dataset}}»: sem verificações',
  },
} as const satisfies Record<string, Record<NoteLanguage, string>>;

export type DataNoteCode = keyof typeof TEMPLATES;

export interface DataNote {
  code: DataNoteCode;
  values: Record<string, string | number>;
  /** The note in English. */
  text: string;
}

/** " and 3 more" after a shortened list, in each language. */
const MORE: Record<NoteLanguage, (n: number) => string> = {
  en: (n) => ` and ${n} more`,
  es: (n) => ` y ${n} más`,
  pt: (n) => ` e mais ${n}`,
};

function fill(code: DataNoteCode, values: DataNote['values'], lang: NoteLanguage): string {
  const more = typeof values.more === 'number' && values.more > 0 ? MORE[lang](values.more) : '';
  return TEMPLATES[code][lang].replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    name === 'codes' ? `${values.codes ?? ''}${more}` : String(values[name] ?? ''),
  );
}

/**
 * A note with its English text. A `codes` value is a list; with `more` (a count), the list is
 * said to go on.
 * @example dataNote('negative-values', { count: 2 }).text // '2 negative value(s) read as missing'
 */
export function dataNote(code: DataNoteCode, values: DataNote['values']): DataNote {
  return { code, values, text: fill(code, values, 'en') };
}

/**
 * The note in `lang`.
 * @example noteText(dataNote('negative-values', { count: 2 }), 'es') // '2 valor(es) negativo(s) leído(s) como ausentes'
 */
export function noteText(note: DataNote, lang: NoteLanguage): string {
  return note.code in TEMPLATES ? fill(note.code, note.values, lang) : note.text;
}

/** The first `max` labels joined by ", ", and how many more there are (the values of a `codes` note). */
export function listed(labels: readonly string[], max: number): { codes: string; more: number } {
  return { codes: labels.slice(0, max).join(', '), more: Math.max(0, labels.length - max) };
}
