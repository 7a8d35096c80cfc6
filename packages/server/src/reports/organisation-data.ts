/** What the organisation report is drawn from (gathered by features/reports; rendered by sections/). */
import type { ActionPlan, Dashboard, Organisation, StrategicPlan } from '@polos/core';
import type { eligibility, latestSelfAssessment, sharedValue } from '@polos/core/excellence';
import type { Sustainability } from '@polos/core/funding';
import type { ServiceYearAnalysis } from '../features/services/service-analysis';

export interface OrganisationReportData {
  organisation: Organisation;
  /** The cluster it manages, when it manages one the reader may see. */
  cluster: { id: string; name: string } | null;
  /** Core `sustainability` over the years recorded (no years: the section is omitted). */
  sustainability: Sustainability;
  /** The plans and dashboard; null when the reader may not see them (they are private). */
  plans: { strategicPlan: StrategicPlan | null; actionPlans: ActionPlan[]; dashboard: Dashboard } | null;
  /** The latest year with services, as GET …/services/{year} analyses it; null when none. */
  services?: ServiceYearAnalysis | null;
  /** As GET …/eligibility answers it; null when nothing was entered or the reader may not see it. */
  eligibility?: (ReturnType<typeof eligibility> & { year: number }) | null;
  /** The latest self-assessment with its comparison; null when none or not readable. */
  selfAssessment?: NonNullable<ReturnType<typeof latestSelfAssessment>> | null;
  /** As GET …/shared-value answers it; null when nothing was entered or not readable. */
  sharedValue?: ReturnType<typeof sharedValue> | null;
}
