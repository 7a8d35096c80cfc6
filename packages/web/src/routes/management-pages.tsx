/**
 * The pages of managing a cluster organisation (issue 13), one lazily loaded chunk: an
 * organisation's management page, the comparison of several organisations' funding mixes, and
 * the member survey answered without an account (`/survey/<code>`).
 */
import type { Route } from '../navigation';
import FundingComparison from './funding-comparison';
import OrganisationManagement from './organisation-management';
import SurveyAnswer from './survey-answer';

export default function ManagementPages({ route }: { route: Route }) {
  return route.page === 'organisation-manage' ? (
    <OrganisationManagement key={route.id} id={route.id} />
  ) : route.page === 'survey' ? (
    <SurveyAnswer code={route.code} />
  ) : (
    <FundingComparison />
  );
}
