/**
 * The organisation report (issue 13 point 6): a list of section renderers over the data the
 * route gathers: profile, funding, plan, services, eligibility, self-assessment, shared value.
 */
import { buildReport, type BuiltReport, type SectionRenderer } from './document';
import type { ReportLanguage } from './language';
import type { OrganisationReportData } from './organisation-data';
import { fundingSection } from './sections/funding';
import { organisationProfileSection } from './sections/organisation-profile';
import { eligibilitySection } from './sections/eligibility';
import { planSection } from './sections/plan';
import { selfAssessmentSection } from './sections/self-assessment';
import { servicesSection } from './sections/services';
import { sharedValueSection } from './sections/shared-value';

/** The sections in order; each returns null when it has no data (then it is left out). */
export const organisationSections: ReadonlyArray<SectionRenderer<OrganisationReportData>> = [
  organisationProfileSection,
  fundingSection,
  planSection,
  servicesSection,
  eligibilitySection,
  selfAssessmentSection,
  sharedValueSection,
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
