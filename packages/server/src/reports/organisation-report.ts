/**
 * The organisation report (issue 13 point 6): a list of section renderers over the data the
 * route gathers. The services, self-assessment and shared-value sections are added to the
 * list, one line each, as those records arrive (migrations 014–015).
 */
import { buildReport, type BuiltReport, type SectionRenderer } from './document';
import type { ReportLanguage } from './language';
import type { OrganisationReportData } from './organisation-data';
import { fundingSection } from './sections/funding';
import { organisationProfileSection } from './sections/organisation-profile';
import { planSection } from './sections/plan';

/** The sections in order; each returns null when it has no data (then it is left out). */
export const organisationSections: ReadonlyArray<SectionRenderer<OrganisationReportData>> = [
  organisationProfileSection,
  fundingSection,
  planSection,
];

/** The organisation report as one HTML document, generated `now`. */
export const organisationReport = (
  data: OrganisationReportData,
  language: ReportLanguage,
  now: Date,
): BuiltReport =>
  buildReport(organisationSections, data, {
    kind: (t) => t.organisationReport,
    subject: data.organisation.name,
    language,
    now,
  });
