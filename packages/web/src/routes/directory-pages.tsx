/**
 * The pages of the organisation directory and partner search (issue 12), one lazily
 * loaded chunk: the directory, an organisation, its matches, the partner-search list and
 * one post.
 */
import type { Route } from '../navigation';
import OrganisationDirectory from './organisation-directory';
import OrganisationMatches from './organisation-matches';
import OrganisationPage from './organisation-page';
import PartnerSearchList from './partner-search-list';
import PartnerSearchPage from './partner-search-page';

export default function DirectoryPages({ route }: { route: Route }) {
  switch (route.page) {
    case 'organisation':
      return <OrganisationPage key={route.id} id={route.id} />;
    case 'organisation-matches':
      return <OrganisationMatches key={route.id} id={route.id} />;
    case 'partner-searches':
      return <PartnerSearchList />;
    case 'partner-search':
      return <PartnerSearchPage key={route.id} id={route.id} />;
    default:
      return <OrganisationDirectory />;
  }
}
