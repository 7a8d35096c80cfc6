/** What the organisation report is drawn from (gathered by features/reports; rendered by sections/). */
import type { ActionPlan, Dashboard, Organisation, StrategicPlan } from '@polos/core';
import type { Sustainability } from '@polos/core/funding';

export interface OrganisationReportData {
  organisation: Organisation;
  /** The cluster it manages, when it manages one the reader may see. */
  cluster: { id: string; name: string } | null;
  /** Core `sustainability` over the years recorded (no years: the section is omitted). */
  sustainability: Sustainability;
  /** The plans and dashboard; null when the reader may not see them (they are private). */
  plans: { strategicPlan: StrategicPlan | null; actionPlans: ActionPlan[]; dashboard: Dashboard } | null;
}
