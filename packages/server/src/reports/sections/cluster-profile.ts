/** The cluster brief's profile section: the cluster and its key figures by year. */
import type { SectionRenderer } from '../document';
import { html } from '../html';
import type { ClusterBriefData } from '../cluster-data';
import { termOf } from '../language';
import { profileList } from './organisation-profile';

export const clusterProfileSection: SectionRenderer<ClusterBriefData> = ({ cluster }, t, fmt) => {
  const scale = { one: 1, thousand: 1e3, million: 1e6 } as const;
  const money = (
    v: number | null | undefined,
    currency: string | null | undefined,
    unit: keyof typeof scale,
  ) => (v === null || v === undefined || !currency ? t.noValue : fmt.money(v * scale[unit], currency));
  const figures = [...cluster.keyFigures].sort((a, b) => a.year - b.year);
  const keyFigures = figures.length
    ? html`<h3>${t.keyFigures}</h3>
        <table>
          <thead>
            <tr>
              <th>${t.year}</th>
              <th class="n">${t.firms}</th>
              <th class="n">${t.directJobs}</th>
              <th class="n">${t.turnover}</th>
              <th class="n">${t.exports}</th>
            </tr>
          </thead>
          <tbody>
            ${figures.map(
              (f) =>
                html`<tr>
                  <td>${f.year}</td>
                  <td class="n">${fmt.number(f.firms, 0)}</td>
                  <td class="n">${fmt.number(f.directJobs, 0)}</td>
                  <td class="n">${money(f.turnover, f.currency, f.unit)}</td>
                  <td class="n">${money(f.exports, f.currency, f.unit)}</td>
                </tr>`,
            )}
          </tbody>
        </table>`
    : '';
  return {
    id: 'cluster-profile',
    title: t.clusterProfile,
    body: html`${profileList([
      [t.name, cluster.name],
      [t.country, fmt.country(cluster.country)],
      [t.region, cluster.region],
      [t.location, cluster.location],
      [t.sector, cluster.sector],
      [t.sectorGroup, termOf(t, cluster.sectorGroup)],
      [t.lifeCycleStage, termOf(t, cluster.lifeCycleStage)],
    ])}${cluster.description ? html`<p>${cluster.description}</p>` : ''}${keyFigures}`,
    sources: [...new Set([cluster.source, ...figures.map((f) => f.source)].filter((s): s is string => !!s))],
  };
};
