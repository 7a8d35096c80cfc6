/**
 * The bundled datasets of the map studio (docs/api.md, Map studio): U.S. County Business
 * Patterns by state and county, world exports, Eurostat's regional business statistics
 * (NUTS 2 × NACE divisions: persons employed, local units, wages) and Brazil's RAIS
 * establishments (municipalities and states × CNAE groups). How each is read:
 * bundled-tables.ts.
 */
import type { DatasetEntry } from './industry-space';

const CBP = 'U.S. Census Bureau, County Business Patterns 2017–2021 (data/us-cbp-county-naics)';
/** What the two state datasets of the County Business Patterns share. */
const usStatesCbp = {
  source: CBP,
  geography: 'us-states',
  boundary: 'us-states',
  boundaryObject: 'states',
  unit: 'employees',
  years: [2017, 2018, 2019, 2020, 2021],
  uploaded: null,
} as const satisfies Partial<DatasetEntry>;
const SBS =
  'Eurostat, structural business statistics by NUTS 2 region and NACE Rev. 2 (sbs_r_nuts06_r2), extracted 2017-07-31 (data/eu-sbs-nuts2-nace); NUTS codes of each year, drawn on NUTS 2013';
/** What the two Brazilian datasets share. */
const rais = {
  source:
    'RAIS, Ministério do Trabalho e Emprego: establishments by municipality and CNAE 2.0 group, 2010–2015 (data/br-rais-establishments)',
  boundary: 'br-municipalities',
  unit: 'establishments',
  years: [2010, 2011, 2012, 2013, 2014, 2015],
  uploaded: null,
} as const satisfies Partial<DatasetEntry>;

export const BUNDLED: DatasetEntry[] = [
  {
    id: 'us-states',
    kind: 'clusters',
    label: 'U.S. states — benchmark clusters (County Business Patterns employment)',
    ...usStatesCbp,
  },
  {
    id: 'us-states-naics',
    kind: 'industries',
    label: 'U.S. states — industries, NAICS 6-digit (County Business Patterns employment)',
    ...usStatesCbp,
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
  ...(['persons_employed', 'local_units', 'wages'] as const).map((measure): DatasetEntry => ({
    id: {
      persons_employed: 'eu-nuts2-nace',
      local_units: 'eu-nuts2-nace-units',
      wages: 'eu-nuts2-nace-wages',
    }[measure],
    kind: 'industries',
    label: `EU regions (NUTS 2) × NACE Rev. 2 divisions — ${
      { persons_employed: 'persons employed', local_units: 'local units', wages: 'wages and salaries' }[
        measure
      ]
    } (Eurostat SBS)`,
    source: SBS,
    geography: 'eu-nuts2-2013',
    boundary: 'eu-nuts2-2013',
    boundaryObject: 'nuts2',
    unit: { persons_employed: 'persons', local_units: 'local units', wages: 'million EUR' }[measure],
    years: [2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015],
    uploaded: null,
  })),
  {
    id: 'br-rais-municipalities',
    kind: 'industries',
    label: 'Brazil (RAIS) — municipalities × CNAE 2.0 groups, establishments',
    ...rais,
    geography: 'br-municipalities',
    boundaryObject: 'municipios',
  },
  {
    id: 'br-rais-states',
    kind: 'industries',
    label: 'Brazil (RAIS) — states × CNAE 2.0 groups, establishments (municipalities summed)',
    ...rais,
    geography: 'br-states',
    boundaryObject: 'uf',
  },
];
