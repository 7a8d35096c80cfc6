/** What the cluster routes and the routes under a cluster share beyond HTTP: who may see a cluster. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Cluster } from '@polos/core';
import { permissions } from '@polos/core/permissions';
import type { AppEnv } from '../../context';
import { notFound } from '../../errors';

/** The cluster, if the request's user may see it (public, or a user who reads private ones); else 404. */
export async function visibleCluster(
  c: Parameters<Parameters<OpenAPIHono<AppEnv>['openapi']>[1]>[0],
  id: string,
): Promise<Cluster> {
  const cluster = await c.get('deps').store.getCluster(id);
  if (!cluster || (!cluster.isPublic && !permissions.readPrivate(c.get('user'))))
    throw notFound('cluster', id);
  return cluster;
}
