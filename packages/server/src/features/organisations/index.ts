/** Cluster organisations: the directory (list, read, writes, publication), their administrators, matches. */
export { registerOrganisationRoutes } from './organisations.routes';
export { registerOrganisationAdminRoutes } from './organisation-admins.routes';
export { registerOrganisationPublicationRoutes } from './organisation-publication.routes';
export { registerOrganisationMatchRoutes } from './organisation-matches.routes';
export { organisationActedForBy } from './organisation-access';
export { registerMyOrganisationRoutes } from './my-organisations.routes';
export { organisationsActedForByName } from './organisations-acted-for';
