/**
 * A cluster's members (firms and other organisations), intermediaries (with their roles)
 * and value chains (with their governance): list, add, remove, under
 * `/api/clusters/{id}/members|intermediaries|value-chains`. Reading follows the cluster's
 * visibility; writing needs the right to update that cluster (admins, analysts, its own
 * cluster managers). Each write is one transaction with its audit row (the store).
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
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
import { requireUser } from '../../auth/require-user';
import { visibleCluster } from './clusters.service';
import { errorResponses, errorsOf, json, secured } from '../../openapi/responses';
import { deleteRoute, idParam } from '../../openapi/resource-routes';

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
  const tag = 'cluster parts';
  app.openapi(
    createRoute({
      method: 'get',
      path: `/api/clusters/{id}/${kind.path}`,
      tags: [tag],
      summary: `A cluster's ${kind.path.replace('-', ' ')}`,
      request: { params: idParam },
      responses: { 200: json(z.array(kind.schema), 'The list, by name'), 404: errorResponses[404] },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await visibleCluster(c, id);
      return c.json((await kind.list(c.get('deps').store, id)) as never, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: `/api/clusters/{id}/${kind.path}`,
      tags: [tag],
      summary: `Add a ${kind.label} to a cluster (who may update the cluster)`,
      description: `The body is a ${kind.label} without \`clusterId\`; \`id\` is derived from \`name\` when absent.`,
      security: secured,
      request: {
        params: idParam,
        body: {
          content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } },
          required: true,
        },
      },
      responses: {
        201: json(kind.schema, 'Added'),
        ...errorsOf(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const { id } = c.req.valid('param');
      if (!permissions.updateCluster(user, id)) throw forbidden(`you may not change cluster "${id}"`);
      await visibleCluster(c, id);
      const body = c.req.valid('json');
      const name = typeof body.name === 'string' ? body.name : '';
      const parsed = kind.schema.safeParse({
        ...body,
        clusterId: id,
        id: body.id ?? (slugify(name) || undefined),
      });
      if (!parsed.success)
        throw new ApiError(400, 'invalid_input', `invalid ${kind.label}`, fieldsFromZod(parsed.error));
      const created = await kind.create(c.get('deps').store, parsed.data, actorOf(user));
      return c.json(created as never, 201);
    },
  );

  deleteRoute(app, {
    path: `/api/clusters/{id}/${kind.path}/{partId}`,
    tag,
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
