/** The organisation report's profile section: who the organisation is. */
import type { SectionRenderer } from '../document';
import { html, type HtmlValue } from '../html';
import { termOf } from '../language';
import type { OrganisationReportData } from '../organisation-data';

/** Rows of a definition list; rows without a value are left out. */
export function profileList(rows: ReadonlyArray<[string, HtmlValue]>) {
  const kept = rows.filter(([, v]) => v !== null && v !== undefined && v !== '' && v !== false);
  return html`<dl class="profile">
    ${kept.map(
      ([k, v]) =>
        html`<dt>${k}</dt>
          <dd>${v}</dd>`,
    )}
  </dl>`;
}

export const organisationProfileSection: SectionRenderer<OrganisationReportData> = (data, t, fmt) => {
  const o = data.organisation;
  const members = o.members.length
    ? fmt.number(
        o.members.reduce((n, m) => n + m.count, 0),
        0,
      )
    : null;
  const labels = o.labels.map((l) => `${l.level} (${fmt.date(l.awardedOn)} – ${fmt.date(l.validUntil)})`);
  return {
    id: 'profile',
    title: t.profile,
    body: profileList([
      [t.name, o.name],
      [t.acronym, o.acronym],
      [t.country, fmt.country(o.country)],
      [t.region, o.region],
      [t.legalForm, termOf(t, o.legalForm)],
      [t.founded, o.founded],
      [t.staffFte, o.staffFte === null || o.staffFte === undefined ? null : fmt.number(o.staffFte)],
      [t.governanceBodies, o.governanceBodies.map((b) => termOf(t, b)).join(', ')],
      [t.sector, o.sectorDescription],
      [t.sectorGroup, termOf(t, o.sectorGroup)],
      [t.managesCluster, data.cluster?.name],
      [t.labels, labels.join('; ')],
      [t.members, members],
      [t.website, o.website],
    ]),
    sources: o.source ? [o.source] : [],
  };
};
