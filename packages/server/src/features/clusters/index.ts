/**
 * Clusters: the records and the parts under one cluster (members, contacts, ...). Two
 * entry points, because app.ts registers the parts later (after the boundaries): the
 * OpenAPI document keeps its order.
 */
export { registerClusterRoutes } from './clusters.routes';
export { registerClusterPartRoutes } from './cluster-parts.routes';
export { visibleCluster } from './clusters.service';
