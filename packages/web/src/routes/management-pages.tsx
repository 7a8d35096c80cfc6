/**
 * The pages of managing a cluster organisation (issue 13), one lazily loaded chunk: an
 * organisation's management page and the comparison of several organisations' funding mixes.
 */
import type { Route } from '../navigation';
import FundingComparison from './funding-comparison';
import OrganisationManagement from './organisation-management';

export default function ManagementPages({ route }: { route: Route }) {
  return route.page === 'organisation-manage' ? (
    <OrganisationManagement key={route.id} id={route.id} />
  ) : (
    <FundingComparison />
  );
}
