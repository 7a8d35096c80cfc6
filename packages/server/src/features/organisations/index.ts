/** Cluster organisations: list with filters, read, create, update, delete; their administrators. */
export { registerOrganisationRoutes } from './organisations.routes';
export { registerOrganisationAdminRoutes } from './organisation-admins.routes';
export { organisationActedForBy } from './organisation-access';
