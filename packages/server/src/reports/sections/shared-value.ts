/**
 * The organisation report's shared-value section (issue 13 point 7; decision 086): the
 * challenges and capabilities, the impacts by kind with their values by year and direction,
 * and what the organisation did in each of the five intermediary roles, with the framework's
 * sources.
 */
import {
  impactKindLabels,
  impactKinds,
  intermediaryRoleKeys,
  intermediaryRoleLabels,
} from '@polos/core/excellence';
import type { SectionRenderer } from '../document';
import { html } from '../html';
import type { ReportLanguage } from '../language';
import type { OrganisationReportData } from '../organisation-data';

const SHARED_VALUE_METHOD =
  'polos, docs/methods/shared-value.md (impacts by kind, direction by least squares)';

export const sharedValueSection: SectionRenderer<OrganisationReportData> = (data, t, fmt) => {
  const sv = data.sharedValue;
  if (!sv) return null;
  if (!sv.challenges.length && !sv.capabilities.length && !sv.impacts.length && !sv.rolesStated) return null;
  const language = t.language as ReportLanguage;
  const named = (
    title: string,
    list: ReadonlyArray<{ name?: string | null; description?: string | null }>,
  ) =>
    list.length
      ? html`<h3>${title}</h3>
          <ul>
            ${list.map((x) => html`<li><strong>${x.name}</strong>${x.description ? html`: ${x.description}` : ''}</li>`)}
          </ul>`
      : '';
  const impacts = sv.impacts.length
    ? html`<h3>${t.impacts}</h3>
        <table>
          <thead>
            <tr>
              <th>${t.indicator}</th>
              <th>${t.unit}</th>
              <th>${t.valuesByYear}</th>
              <th>${t.direction}</th>
            </tr>
          </thead>
          <tbody>
            ${impactKinds.map((kind) =>
              sv.impactsByKind[kind].length
                ? html`<tr>
                      <th colspan="4">${impactKindLabels[kind][language]}</th>
                    </tr>
                    ${sv.impactsByKind[kind].map(
                      (s) =>
                        html`<tr>
                          <td>${s.indicator}</td>
                          <td>${s.unit}</td>
                          <td>${s.values.map((v) => `${v.year}: ${fmt.number(v.value, 2)}`).join('; ')}</td>
                          <td>${s.direction ? t.directions[s.direction] : t.noValue}</td>
                        </tr>`,
                    )}`
                : '',
            )}
          </tbody>
        </table>`
    : '';
  const roles = html`<h3>${t.roles}</h3>
    <table>
      <thead>
        <tr>
          <th>${t.role}</th>
          <th>${t.whatItDid}</th>
        </tr>
      </thead>
      <tbody>
        ${intermediaryRoleKeys.map(
          (k) =>
            html`<tr>
              <td>${intermediaryRoleLabels[k][language]}</td>
              <td>${sv.roles[k] ?? t.notStated}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  return {
    id: 'shared-value',
    title: t.sharedValue,
    body: html`${named(
      t.challenges,
      sv.challenges.map((c) => ({ name: c.challenge, description: c.description })),
    )}${named(
      t.capabilities,
      sv.capabilities.map((c) => ({ name: c.capability, description: c.description })),
    )}${impacts}${roles}`,
    sources: [...sv.sources, SHARED_VALUE_METHOD],
  };
};
