/**
 * What the resource routes (clusters, organisations, map datasets, cluster parts, …) share:
 * the id parameter, the page envelope, and the delete route (signed-in user → the feature's
 * own permission check and removal → 204). Features keep their rules; this keeps the shape.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { User } from '@polos/core';
import type { Context } from 'hono';
import { z } from 'zod';
import { requireUser } from '../auth/require-user';
import type { AppEnv } from '../context';
import { errorsOf, secured } from './responses';

/** `{id}` in a resource's path: 1 to 100 characters. */
export const idParam = z.object({ id: z.string().min(1).max(100) });

/** A page of items as the list routes answer it, named `id` in the OpenAPI document. */
export function pageSchemaOf<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      items: z.array(item),
      total: z.number().int(),
      limit: z.number().int(),
      offset: z.number().int(),
    })
    .meta({ id });
}

export interface DeleteRouteSpec<P extends z.ZodObject> {
  path: string;
  tag: string;
  summary: string;
  params: P;
  /** OpenAPI description of the 204 answer. */
  done?: string;
  /** Checks the user's right (throw `forbidden`) and removes the record (throw `notFound`). */
  remove(user: User, params: z.infer<P>, c: Context<AppEnv>): Promise<void>;
}

/** `DELETE path` → 204, with 401/403/404 declared; the rules live in `spec.remove`. */
export function deleteRoute<P extends z.ZodObject>(app: OpenAPIHono<AppEnv>, spec: DeleteRouteSpec<P>): void {
  app.openapi(
    createRoute({
      method: 'delete',
      path: spec.path,
      tags: [spec.tag],
      summary: spec.summary,
      security: secured,
      request: { params: spec.params },
      responses: {
        204: { description: spec.done ?? 'Deleted' },
        ...errorsOf(401, 403, 404),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      // Validated by the route's `params` schema before this handler runs.
      const params = (c.req as unknown as { valid(target: 'param'): z.infer<P> }).valid('param');
      await spec.remove(user, params, c as unknown as Context<AppEnv>);
      return c.body(null, 204);
    },
  );
}
