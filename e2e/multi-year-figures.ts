/**
 * Multi-year fixture data for the stories (issue 15): the Basque automotive cluster ACICAE
 * (es21-acicae, NUTS 2 ES21 × NACE C29 in data/eu-lac-clusters/statistical_codes.csv) gets
 * the Eurostat SBS figures of its region and industry for 2008–2015 — local units as firms,
 * persons employed as direct jobs — read from the repository's own file
 * (data/eu-sbs-nuts2-nace), so its profile draws the key figures over eight years. The
 * cluster's own 2017 row (EU-LAC report) stays. Done through the API as the administrator.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { root } from './harness';

export const MULTI_YEAR_CLUSTER = 'es21-acicae';
const REGION = 'ES21';
const INDUSTRY = 'C29';

export interface SbsFigure {
  year: number;
  firms: number;
  directJobs: number;
}

/** The published (not confidential) ES21 × C29 rows of Eurostat SBS, oldest first. */
export function sbsFigures(): SbsFigure[] {
  const csv = gunzipSync(
    readFileSync(join(root, 'data/eu-sbs-nuts2-nace/sbs_nuts2_nace2_2008_2015.csv.gz')),
  ).toString('utf8');
  const [header, ...lines] = csv.split('\n');
  const columns = header!.split(',');
  const at = (name: string) => columns.indexOf(name);
  return lines
    .map((line) => line.split(','))
    .filter((c) => c[at('geo')] === REGION && c[at('nace_r2')] === INDUSTRY && c[at('persons_employed')])
    .map((c) => ({
      year: Number(c[at('year')]),
      firms: Number(c[at('local_units')]),
      directJobs: Number(c[at('persons_employed')]),
    }))
    .sort((a, b) => a.year - b.year);
}

/** As `admin`: add the SBS years to the cluster's key figures (PATCH /api/clusters/{id}). */
export async function addMultiYearFigures(
  page: Page,
  url: string,
  admin: { email: string; password: string },
): Promise<SbsFigure[]> {
  const login = await page.request.post(`${url}/api/auth/login`, { data: admin });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cluster = (await (await page.request.get(`${url}/api/clusters/${MULTI_YEAR_CLUSTER}`)).json()) as {
    keyFigures: Array<{ year: number }>;
  };
  const figures = sbsFigures();
  const res = await page.request.patch(`${url}/api/clusters/${MULTI_YEAR_CLUSTER}`, {
    headers: { 'x-csrf-token': csrfToken },
    data: {
      keyFigures: [
        ...figures.map((f) => ({
          ...f,
          source: `Eurostat SBS (sbs_r_nuts06_r2), NUTS 2 ${REGION} × NACE ${INDUSTRY}: local units and persons employed of the region's whole industry`,
        })),
        ...cluster.keyFigures.filter((k) => !figures.some((f) => f.year === k.year)),
      ],
    },
  });
  if (res.status() !== 200) throw new Error(`adding key figures: ${res.status()} ${await res.text()}`);
  await page.request.post(`${url}/api/auth/logout`, { headers: { 'x-csrf-token': csrfToken } });
  return figures;
}
