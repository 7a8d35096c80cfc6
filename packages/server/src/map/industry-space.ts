/**
 * The industry view of the map studio (docs/methods/mapping.md): for a region × industry
 * table — a bundled dataset or one a user uploaded — the location quotients (RCA), the
 * presence matrix, the proximity network of industries (product space; its backbone is
 * sent for drawing), relatedness density, ECI/PCI and each region's diversification
 * opportunities, all with the core functions `polos map` uses. Computed once per dataset
 * and year and kept in a small cache.
 */
import { join } from 'node:path';
import {
  diversificationOpportunities,
  economicComplexity,
  locationQuotientWithPresence,
  proximity,
  maximumSpanningForest,
  strongLinks,
  regionIndustryMatrix,
  relatednessDensity,
  type RegionIndustryMatrix,
} from '@polos/core';
import { readStatisticalTable, type MapDatasetInfo, type Store } from '@polos/store';
import { classification, guessClassification, type Classification } from './classifications';
import { BOUNDARIES, gazetteer, type Geography, type Lang, type RegionMatch } from './geographies';

export interface DatasetEntry {
  id: string;
  kind: 'clusters' | 'industries';
  label: string;
  source: string;
  geography: Geography;
  boundary: string;
  /** TopoJSON object with the shapes (null for GeoJSON). */
  boundaryObject: string | null;
  unit: string;
  years: number[];
  uploaded: { by: string | null; at: string; file: string; rows: number } | null;
}

/** The computed space of one dataset and year. */
export interface IndustrySpace {
  entry: DatasetEntry;
  year: number | null;
  matrix: RegionIndustryMatrix;
  places: RegionMatch[];
  classification: Classification | null;
  regionTotal: Float64Array;
  industryTotal: Float64Array;
  lq: Float64Array;
  present: Uint8Array;
  diversity: Float64Array;
  ubiquity: Float64Array;
  density: Float64Array;
  eci: Float64Array;
  pci: Float64Array;
  edges: Array<[number, number, number]>;
  /** The first `tree` edges are the maximum spanning forest; the rest are the strong links. */
  tree: number;
  notes: string[];
}

const CBP = 'U.S. Census Bureau, County Business Patterns 2017–2021 (data/us-cbp-county-naics)';
/** Growth Lab practice for country rankings: leave out countries exporting under US$ 1 bn. */
export const MIN_COUNTRY_EXPORTS = 1e9;

export const BUNDLED: DatasetEntry[] = [
  {
    id: 'us-states',
    kind: 'clusters',
    label: 'U.S. states — benchmark clusters (County Business Patterns employment)',
    source: CBP,
    geography: 'us-states',
    boundary: 'us-states',
    boundaryObject: 'states',
    unit: 'employees',
    years: [2017, 2018, 2019, 2020, 2021],
    uploaded: null,
  },
  {
    id: 'us-states-naics',
    kind: 'industries',
    label: 'U.S. states — industries, NAICS 6-digit (County Business Patterns employment)',
    source: CBP,
    geography: 'us-states',
    boundary: 'us-states',
    boundaryObject: 'states',
    unit: 'employees',
    years: [2017, 2018, 2019, 2020, 2021],
    uploaded: null,
  },
  {
    id: 'us-counties-naics',
    kind: 'industries',
    label: 'U.S. counties — industries, NAICS 4-digit (County Business Patterns employment)',
    source: CBP,
    geography: 'us-counties',
    boundary: 'us-counties',
    boundaryObject: 'counties',
    unit: 'employees',
    years: [2017, 2018, 2019, 2020, 2021],
    uploaded: null,
  },
  {
    id: 'world-exports-hs4',
    kind: 'industries',
    label: 'World — exports by product, HS 4-digit, 2017 (Open Trade Statistics)',
    source:
      'Open Trade Statistics 2017 via the R package economiccomplexity (data/world-exports-hs4); countries exporting under US$ 1 bn left out',
    geography: 'world-countries',
    boundary: 'world-110m',
    boundaryObject: 'countries',
    unit: 'USD',
    years: [2017],
    uploaded: null,
  },
];

/** A stored upload as a dataset entry. */
export function uploadedEntry(d: MapDatasetInfo): DatasetEntry {
  const geography = d.geography as Geography;
  return {
    id: d.id,
    kind: 'industries',
    label: d.name,
    source: `uploaded file ${d.sourceFile}`,
    geography,
    boundary: BOUNDARIES[geography].boundary,
    boundaryObject: BOUNDARIES[geography].object,
    unit: d.unit,
    years: [],
    uploaded: { by: d.createdBy, at: d.createdAt, file: d.sourceFile, rows: d.rows },
  };
}

async function loadBundled(dataPath: string, id: string, year: number): Promise<RegionIndustryMatrix> {
  const cbp = (file: string, region: string, level: number) =>
    readStatisticalTable(join(dataPath, 'us-cbp-county-naics', file), {
      region,
      industry: 'naics',
      value: 'emp',
      year,
      level,
    });
  if (id === 'us-states-naics')
    return (await cbp('cbp_state_naics_2017_2021.csv.gz', 'state_fips', 6)).matrix;
  if (id === 'us-counties-naics') return (await cbp('cbp_county_naics_2017_2021.csv.gz', 'fips', 4)).matrix;
  if (id === 'world-exports-hs4') {
    const { matrix } = await readStatisticalTable(
      join(dataPath, 'world-exports-hs4', 'ots_country_hs4_exports_2017.csv.gz'),
      { region: 'reporter_iso', industry: 'product_code', value: 'export_value_usd' },
    );
    return keepRegions(matrix, (total) => total >= MIN_COUNTRY_EXPORTS);
  }
  throw new Error(`no bundled industry dataset ${id}`);
}

/** The rows whose total (missing cells as 0) passes `keep`. */
export function keepRegions(m: RegionIndustryMatrix, keep: (total: number) => boolean): RegionIndustryMatrix {
  const P = m.industries.length;
  const rows: number[] = [];
  m.regions.forEach((_, r) => {
    let s = 0;
    for (let i = 0; i < P; i++) s += m.values[r * P + i]! || 0;
    if (keep(s)) rows.push(r);
  });
  const values = new Float64Array(rows.length * P);
  rows.forEach((r, k) => values.set(m.values.subarray(r * P, (r + 1) * P), k * P));
  return regionIndustryMatrix(
    rows.map((r) => m.regions[r]!),
    m.industries,
    values,
  );
}

/** Every measure of the space of a matrix (pure apart from the lookups). */
export function computeSpace(
  entry: DatasetEntry,
  year: number | null,
  matrix: RegionIndustryMatrix,
  places: RegionMatch[],
  cls: Classification | null,
): IndustrySpace {
  const R = matrix.regions.length;
  const P = matrix.industries.length;
  const notes: string[] = [];
  const { lq, presence: present, diversity, ubiquity } = locationQuotientWithPresence(matrix);
  const regionTotal = new Float64Array(R);
  const industryTotal = new Float64Array(P);
  for (let r = 0; r < R; r++)
    for (let i = 0; i < P; i++) {
      const v = matrix.values[r * P + i]! || 0;
      regionTotal[r] = regionTotal[r]! + v;
      industryTotal[i] = industryTotal[i]! + v;
    }
  // Density without the industry itself (Hidalgo et al. 2007: φ_ii is not a neighbour).
  const phi = proximity(present, R, P, ubiquity, { diagonal: 'zero' });
  const density = relatednessDensity(present, phi, R, P);
  const ec = economicComplexity(present, R, P, diversity, ubiquity, matrix);
  for (const w of ec.warnings) notes.push(w.message);
  // Backbone: the tree plus at most 2 strong links per industry keeps 1,000+ nodes readable.
  const forest = maximumSpanningForest(phi, P);
  const edges = [...forest, ...strongLinks(phi, P, forest, { threshold: 0.55, maxExtra: 2 * P })];
  const tree = forest.length;
  return {
    entry,
    year,
    matrix,
    places,
    classification: cls,
    regionTotal,
    industryTotal,
    lq,
    present,
    diversity,
    ubiquity,
    density,
    eci: ec.eci,
    pci: ec.pci,
    edges,
    tree,
    notes,
  };
}

/** Loads and computes spaces, cached by dataset and year (a few at a time). */
export class SpaceCache {
  private readonly spaces = new Map<string, Promise<IndustrySpace>>();
  constructor(
    private readonly dataPath: string,
    private readonly limit = 6,
  ) {}

  get(entry: DatasetEntry, year: number | null, store: Store): Promise<IndustrySpace> {
    const key = `${entry.id}@${year ?? ''}`;
    let s = this.spaces.get(key);
    if (s) {
      // Most recently used last.
      this.spaces.delete(key);
      this.spaces.set(key, s);
      return s;
    }
    s = this.build(entry, year, store);
    this.spaces.set(key, s);
    s.catch(() => this.spaces.delete(key));
    while (this.spaces.size > this.limit) this.spaces.delete(this.spaces.keys().next().value!);
    return s;
  }

  forget(id: string): void {
    for (const key of [...this.spaces.keys()]) if (key.startsWith(`${id}@`)) this.spaces.delete(key);
  }

  private async build(entry: DatasetEntry, year: number | null, store: Store): Promise<IndustrySpace> {
    let matrix: RegionIndustryMatrix;
    let cls: Classification | null;
    if (entry.uploaded) {
      const d = await store.getMapDataset(entry.id);
      if (!d) throw new Error(`dataset ${entry.id} is gone`);
      matrix = regionIndustryMatrix(d.regions, d.industries, d.values);
      cls = await guessClassification(this.dataPath, d.industries);
    } else {
      matrix = await loadBundled(this.dataPath, entry.id, year!);
      cls = await classification(this.dataPath, entry.id === 'world-exports-hs4' ? 'hs4' : 'naics');
    }
    const places = await gazetteer(this.dataPath, entry.geography);
    return computeSpace(
      entry,
      year,
      matrix,
      matrix.regions.map((code) => places.match(code)),
      cls,
    );
  }
}

export const spaceLang = (lang: string | undefined): Lang => (lang === 'es' || lang === 'pt' ? lang : 'en');

/** Each region's diversification opportunities and top specialisations. */
export function regionProfile(space: IndustrySpace, r: number, limit: number) {
  const P = space.matrix.industries.length;
  const opportunities = diversificationOpportunities(space.present, space.density, space.pci, r, P, {
    limit,
  }).map((o) => ({ industry: o.industry, density: o.density, complexity: o.pci, score: o.score }));
  const specialisations: Array<{ industry: number; value: number; lq: number }> = [];
  const present: number[] = [];
  for (let i = 0; i < P; i++) {
    if (!space.present[r * P + i]) continue;
    present.push(i);
    specialisations.push({ industry: i, value: space.matrix.values[r * P + i]!, lq: space.lq[r * P + i]! });
  }
  specialisations.sort((a, b) => b.lq - a.lq);
  return { opportunities, specialisations: specialisations.slice(0, limit), present };
}
