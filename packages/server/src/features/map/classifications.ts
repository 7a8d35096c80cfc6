/**
 * Names and groups of industry codes for the map studio: NAICS 2017 titles and sectors
 * (as published with County Business Patterns, English only) and HS 4-digit products with
 * the Atlas of Economic Complexity's ten sections (English and Spanish names from the
 * Growth Lab classification; Portuguese section names by polos, product names fall back
 * to English), NACE Rev. 2 divisions by section (Eurostat's English names) and CNAE 2.0
 * groups by section (IBGE's Portuguese names). Provenance: data/us-cbp-county-naics,
 * data/world-exports-hs4, data/eu-sbs-nuts2-nace, data/br-rais-establishments.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCsv, SECTOR_RANGES } from '@polos/store';
import type { Lang } from './geographies';

export interface Classification {
  id: ClassificationId;
  label(code: string, lang: Lang): string | undefined;
  /** Group key of a code (a NAICS sector, an HS section), or null. */
  group(code: string): string | null;
  groups: Array<{ id: string; label: Record<Lang, string> }>;
}

/** Atlas of Economic Complexity product sections (cid-harvard/classifications hs92_atlas.csv; pt by polos). */
const HS_SECTIONS: Array<[string, string, string, string]> = [
  ['0', 'Textiles', 'Textiles y muebles', 'Têxteis e móveis'],
  ['1', 'Agriculture', 'Vegetales, alimentos y madera', 'Agricultura, alimentos e madeira'],
  ['2', 'Stone', 'Piedra y vidrio', 'Pedra e vidro'],
  ['3', 'Minerals', 'Minerales', 'Minerais'],
  ['4', 'Metals', 'Metales', 'Metais'],
  ['5', 'Chemicals', 'Químicos y plásticos', 'Químicos e plásticos'],
  ['6', 'Vehicles', 'Vehículos de transporte', 'Veículos de transporte'],
  ['7', 'Machinery', 'Maquinaria', 'Máquinas'],
  ['8', 'Electronics', 'Electrónicos', 'Eletrônicos'],
  ['9', 'Other', 'Otros', 'Outros'],
];

const rows = async (path: string) => parseCsv(await readFile(path, 'utf8')).records.map((r) => r.values);
const cache = new Map<string, Promise<Classification>>();

export type ClassificationId = 'naics' | 'hs4' | 'nace' | 'cnae';
const readers: Record<ClassificationId, (dataPath: string) => Promise<Classification>> = {
  naics: (d) => naics(d),
  hs4: (d) => hs4(d),
  nace: (d) => nace(d),
  cnae: (d) => cnae(d),
};

/** The classification of a bundled dataset's industry codes. */
export const classificationOf = (datasetId: string): ClassificationId =>
  datasetId.startsWith('world-')
    ? 'hs4'
    : datasetId.startsWith('eu-')
      ? 'nace'
      : datasetId.startsWith('br-')
        ? 'cnae'
        : 'naics';

export function classification(dataPath: string, id: ClassificationId): Promise<Classification> {
  const key = `${dataPath}|${id}`;
  let c = cache.get(key);
  if (!c) {
    c = readers[id](dataPath);
    cache.set(key, c);
    c.catch(() => cache.delete(key));
  }
  return c;
}

async function naics(dataPath: string): Promise<Classification> {
  const labels = new Map(
    (await rows(join(dataPath, 'us-cbp-county-naics', 'naics2017_labels_from_cbp.csv'))).map((r) => [
      r.naics!,
      r.label!,
    ]),
  );
  const sectors = [...labels.keys()].filter((c) => /^\d{2}(-\d{2})?$/.test(c) && c !== '00');
  return {
    id: 'naics',
    label: (code) => labels.get(code),
    group: (code) => {
      const two = code.slice(0, 2);
      const sector = SECTOR_RANGES[two] ?? two;
      return labels.has(sector) ? sector : null;
    },
    groups: sectors.map((s) => {
      const name = labels.get(s)!;
      return { id: s, label: { en: name, es: name, pt: name } };
    }),
  };
}

async function hs4(dataPath: string): Promise<Classification> {
  const products = new Map(
    (await rows(join(dataPath, 'world-exports-hs4', 'hs4_products.csv'))).map((r) => [r.code!, r]),
  );
  return {
    id: 'hs4',
    label: (code, lang) => {
      const p = products.get(code);
      return p && (lang === 'es' ? p.name_es : p.name_en);
    },
    group: (code) => products.get(code)?.section ?? null,
    groups: HS_SECTIONS.map(([id, en, es, pt]) => ({ id, label: { en, es, pt } })),
  };
}

const same = (name: string): Record<Lang, string> => ({ en: name, es: name, pt: name });

/** NACE Rev. 2 divisions grouped by section, Eurostat's English names (all languages). */
async function nace(dataPath: string): Promise<Classification> {
  const codes = await rows(join(dataPath, 'eu-sbs-nuts2-nace', 'nace_r2_codes.csv'));
  const byCode = new Map(codes.map((r) => [r.nace_r2!, r]));
  return {
    id: 'nace',
    label: (code) => byCode.get(code)?.name,
    group: (code) => byCode.get(code)?.section ?? null,
    groups: codes
      .filter((r) => r.nace_level === 'section')
      .map((r) => ({ id: r.nace_r2!, label: same(`${r.nace_r2} ${r.name}`) })),
  };
}

/** CNAE 2.0 groups grouped by section, IBGE CONCLA's Portuguese names (all languages). */
async function cnae(dataPath: string): Promise<Classification> {
  const codes = await rows(join(dataPath, 'br-rais-establishments', 'cnae2_groups.csv'));
  const byCode = new Map(codes.map((r) => [r.cnae_group!, r]));
  const sections = new Map(codes.map((r) => [r.cnae_section!, r.cnae_section_name!]));
  return {
    id: 'cnae',
    label: (code) => byCode.get(code)?.cnae_group_name,
    group: (code) => byCode.get(code)?.cnae_section ?? null,
    groups: [...sections].map(([id, name]) => ({ id, label: same(`${id} ${name}`) })),
  };
}

/** The classification whose codes cover most of `codes` (at least 80 %), for uploads. */
export async function guessClassification(
  dataPath: string,
  codes: readonly string[],
): Promise<Classification | null> {
  for (const id of ['naics', 'hs4', 'nace', 'cnae'] as const) {
    const c = await classification(dataPath, id);
    const known = codes.filter((code) => c.label(code, 'en') !== undefined).length;
    if (codes.length && known / codes.length >= 0.8) return c;
  }
  return null;
}
