/**
 * A cluster's members (firms and other organisations), intermediaries (with their roles)
 * and value chains (with their governance): list, add, remove, under
 * `/api/clusters/{id}/members|intermediaries|value-chains`. Reading follows the cluster's
 * visibility; writing needs the right to update that cluster (admins, analysts, its own
 * cluster managers). Each write is one transaction with its audit row (the store).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  intermediarySchema,
  memberSchema,
  slugify,
  valueChainSchema,
  type Intermediary,
  type Member,
  type ValueChain,
} from '@polos/core';
import { permissions } from '@polos/core/permissions';
import type { Store } from '@polos/store';
import { z } from 'zod';
import { actorOf, type AppEnv } from '../../context';
import { ApiError, fieldsFromZod, forbidden, notFound } from '../../errors';
import { visibleCluster } from './clusters.service';
import { idParam, resourceRoutes } from '../../openapi/resource-routes';
import { json } from '../../openapi/responses';

type Actor = ReturnType<typeof actorOf>;
interface PartKind<T> {
  path: 'members' | 'intermediaries' | 'value-chains';
  label: string;
  schema: z.ZodType<T>;
  list(store: Store, clusterId: string): Promise<T[]>;
  create(store: Store, value: T, actor: Actor): Promise<T>;
  remove(store: Store, clusterId: string, id: string, actor: Actor): Promise<boolean>;
}

const kinds = [
  {
    path: 'members',
    label: 'member',
    schema: memberSchema,
    list: (s, c) => s.listMembers(c),
    create: (s, v, a) => s.createMember(v, a),
    remove: (s, c, id, a) => s.deleteMember(c, id, a),
  } satisfies PartKind<Member>,
  {
    path: 'intermediaries',
    label: 'intermediary',
    schema: intermediarySchema,
    list: (s, c) => s.listIntermediaries(c),
    create: (s, v, a) => s.createIntermediary(v, a),
    remove: (s, c, id, a) => s.deleteIntermediary(c, id, a),
  } satisfies PartKind<Intermediary>,
  {
    path: 'value-chains',
    label: 'value chain',
    schema: valueChainSchema,
    list: (s, c) => s.listValueChains(c),
    create: (s, v, a) => s.createValueChain(v, a),
    remove: (s, c, id, a) => s.deleteValueChain(c, id, a),
  } satisfies PartKind<ValueChain>,
] as const;

const partParam = idParam.extend({ partId: z.string().min(1).max(100) });

function registerKind<T>(app: OpenAPIHono<AppEnv>, kind: PartKind<T>): void {
  const routes = resourceRoutes(app, 'cluster parts');
  routes.get(`/api/clusters/{id}/${kind.path}`, {
    summary: `A cluster's ${kind.path.replace('-', ' ')}`,
    params: idParam,
    ok: json(z.array(kind.schema), 'The list, by name'),
    async answer({ params: { id } }, c) {
      await visibleCluster(c, id);
      return kind.list(c.get('deps').store, id);
    },
  });

  routes.write('post', `/api/clusters/{id}/${kind.path}`, {
    summary: `Add a ${kind.label} to a cluster (who may update the cluster)`,
    description: `The body is a ${kind.label} without \`clusterId\`; \`id\` is derived from \`name\` when absent.`,
    params: idParam,
    body: z.record(z.string(), z.unknown()),
    ok: json(kind.schema, 'Added'),
    errors: [400, 403, 404, 409],
    async write(user, { params: { id }, body }, c) {
      if (!permissions.updateCluster(user, id)) throw forbidden(`you may not change cluster "${id}"`);
      await visibleCluster(c, id);
      const name = typeof body.name === 'string' ? body.name : '';
      const parsed = kind.schema.safeParse({
        ...body,
        clusterId: id,
        id: body.id ?? (slugify(name) || undefined),
      });
      if (!parsed.success)
        throw new ApiError(400, 'invalid_input', `invalid ${kind.label}`, fieldsFromZod(parsed.error));
      return kind.create(c.get('deps').store, parsed.data, actorOf(user));
    },
  });

  routes.remove(`/api/clusters/{id}/${kind.path}/{partId}`, {
    summary: `Remove a ${kind.label} from a cluster (who may update the cluster)`,
    params: partParam,
    done: 'Removed',
    async remove(user, { id, partId }, c) {
      if (!permissions.updateCluster(user, id)) throw forbidden(`you may not change cluster "${id}"`);
      await visibleCluster(c, id);
      if (!(await kind.remove(c.get('deps').store, id, partId, actorOf(user))))
        throw notFound(kind.label, partId);
    },
  });
}

export function registerClusterPartRoutes(app: OpenAPIHono<AppEnv>): void {
  for (const kind of kinds) registerKind(app, kind as PartKind<unknown>);
}
