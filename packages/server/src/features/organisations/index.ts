/** Cluster organisations: list with filters, read, create, update, delete. */
export { registerOrganisationRoutes } from './organisations.routes';
