/** Map boundaries shipped in data/boundaries, read-only and public. */
export { registerBoundaryRoutes } from './boundaries.routes';
