import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import reference from './fixtures/world-hs4-2017-py-ecomplexity.json';
import { complexityOutlook } from './complexity-outlook';
import { economicComplexity } from './economic-complexity';
import { diversityAndUbiquity, locationQuotient, presence } from './location-quotient';
import { proximity } from './proximity';
import { regionIndustryMatrix } from './region-industry-matrix';
import { relatednessDensity } from './relatedness-density';

/** The world exports file as a matrix: an empty value stays NaN (missing). */
function worldExports() {
  const text = gunzipSync(
    readFileSync(
      new URL('../../../../data/world-exports-hs4/ots_country_hs4_exports_2017.csv.gz', import.meta.url),
    ),
  ).toString('utf8');
  const rows = text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.replaceAll('"', '').split(','));
  const regions = [...new Set(rows.map((r) => r[0]!))].sort();
  const industries = [...new Set(rows.map((r) => r[1]!))].sort();
  const ri = new Map(regions.map((r, k) => [r, k]));
  const ii = new Map(industries.map((p, k) => [p, k]));
  const values = new Float64Array(regions.length * industries.length).fill(NaN);
  for (const [r, p, v] of rows)
    if (v !== '') values[ri.get(r!)! * industries.length + ii.get(p!)!] = Number(v);
  return regionIndustryMatrix(regions, industries, values);
}

describe('economic complexity on world exports 2017 (224 × 1,222) against py-ecomplexity', () => {
  const matrix = worldExports();
  const R = matrix.regions.length;
  const P = matrix.industries.length;
  const ri = new Map(matrix.regions.map((r, k) => [r, k]));
  const ii = new Map(matrix.industries.map((p, k) => [p, k]));
  const lq = locationQuotient(matrix);
  const m = presence(lq);
  const { diversity, ubiquity } = diversityAndUbiquity(m, R, P);
  const ec = economicComplexity(m, R, P, diversity, ubiquity, matrix);

  it('RCA, diversity and ubiquity agree; a missing cell is NaN here where py-ecomplexity writes 0', () => {
    let missing = 0;
    for (const [r, p, rca] of reference.rca as Array<[string, string, number]>) {
      const k = ri.get(r)! * P + ii.get(p)!;
      if (Number.isNaN(matrix.values[k])) {
        // Convention difference: polos keeps suppressed/missing cells missing (never 0).
        expect(lq[k]).toBeNaN();
        expect(rca).toBe(0);
        missing++;
      } else {
        expect(lq[k]).toBeCloseTo(rca, 12);
      }
    }
    expect(missing).toBeLessThan(200);
    for (const [r, d] of Object.entries(reference.diversity)) expect(diversity[ri.get(r)!]).toBe(d);
    for (const [p, u] of Object.entries(reference.ubiquity)) expect(ubiquity[ii.get(p)!]).toBe(u);
  });

  it('ECI of all 224 countries and PCI of all 1,222 products agree to 1e-9', () => {
    expect(ec.warnings).toEqual([]);
    let worst = 0;
    for (const [r, v] of Object.entries(reference.eci))
      worst = Math.max(worst, Math.abs(ec.eci[ri.get(r)!]! - v));
    for (const [p, v] of Object.entries(reference.pci))
      worst = Math.max(worst, Math.abs(ec.pci[ii.get(p)!]! - v));
    expect(worst).toBeLessThan(1e-9);
  });

  it('proximity (400 pairs) and density with the diagonal included (400 cells) agree to 1e-12', () => {
    const phi = proximity(m, R, P, ubiquity, { diagonal: 'one' });
    for (const [a, b, v] of reference.proximity as Array<[string, string, number]>) {
      expect(phi[ii.get(a)! * P + ii.get(b)!]).toBeCloseTo(v, 12);
    }
    const density = relatednessDensity(m, phi, R, P);
    for (const [r, p, v] of reference.density as Array<[string, string, number]>) {
      expect(density[ri.get(r)! * P + ii.get(p)!]).toBeCloseTo(v, 12);
    }
  });

  it('complexity outlook (224 countries) and outlook gain (400 cells) agree to 1e-9', () => {
    const phi = proximity(m, R, P, ubiquity, { diagonal: 'one' });
    const density = relatednessDensity(m, phi, R, P);
    const { coi, cog } = complexityOutlook(m, phi, density, R, P, ec);
    for (const [r, v] of Object.entries(reference.coi))
      expect(Math.abs(coi[ri.get(r)!]! - v)).toBeLessThan(1e-9);
    for (const [r, p, v] of reference.cog as Array<[string, string, number]>) {
      expect(Math.abs(cog[ri.get(r)! * P + ii.get(p)!]! - v)).toBeLessThan(1e-9);
    }
  });

  it('density without the diagonal (Hidalgo et al.) differs from it and stays in [0, 1]', () => {
    const phi0 = proximity(m, R, P, ubiquity, { diagonal: 'zero' });
    const d0 = relatednessDensity(m, phi0, R, P);
    const [r, p, withSelf] = (reference.density as Array<[string, string, number]>)[0]!;
    const v = d0[ri.get(r)! * P + ii.get(p)!]!;
    expect(v).toBeGreaterThanOrEqual(0);
    expect(v).toBeLessThanOrEqual(1);
    expect(Math.abs(v - withSelf)).toBeGreaterThan(1e-6);
  });

  it('ECI correlates positively with diversity and PCI standardised on its own has mean 0, sd 1', () => {
    const own = economicComplexity(m, R, P, diversity, ubiquity, matrix, { pci: 'own-scale' });
    const mean = own.pci.reduce((a, b) => a + b, 0) / P;
    const sd = Math.sqrt(own.pci.reduce((a, b) => a + (b - mean) ** 2, 0) / P);
    expect(mean).toBeCloseTo(0, 10);
    expect(sd).toBeCloseTo(1, 10);
  });
});

describe('economicComplexity(m) edge cases', () => {
  it('drops a region with no present industry and warns, instead of NaN everywhere', () => {
    // 4 regions × 4 industries; region "z" has nothing.
    const x = regionIndustryMatrix(
      ['a', 'b', 'c', 'z'],
      ['p', 'q', 'r', 's'],
      [5, 1, 0, 0, 1, 5, 2, 0, 0, 1, 5, 3, 0, 0, 0, 0],
    );
    const lq = locationQuotient(x);
    const m = presence(lq);
    const { diversity, ubiquity } = diversityAndUbiquity(m, 4, 4);
    const ec = economicComplexity(m, 4, 4, diversity, ubiquity, x);
    expect(ec.warnings.map((w) => w.code)).toEqual(['zero-region']);
    expect(Number.isNaN(ec.eci[3])).toBe(true);
    expect([0, 1, 2].every((r) => Number.isFinite(ec.eci[r]))).toBe(true);
  });
});
