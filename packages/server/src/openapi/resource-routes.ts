/**
 * What the resource routes (clusters, organisations, map datasets, cluster parts, the
 * collaboration records, …) share: the id parameter, the page envelope, and the three route
 * shapes — a read (`getRoute`: a record or a page), a signed-in write (`writeRoute`: POST,
 * PATCH or PUT with a JSON body) and a delete (`deleteRoute` → 204). Each declares its
 * statuses in the OpenAPI document; features keep their rules in the callback.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { User } from '@polos/core';
import type { Context } from 'hono';
import { z } from 'zod';
import { requireUser } from '../auth/require-user';
import type { AppEnv } from '../context';
import { jsonBody } from './request-parts';
import { errorResponses, errorsOf, json, secured } from './responses';

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

type ErrorStatus = keyof typeof errorResponses;
type Ctx = Context<AppEnv>;

/** Where a route is and how the OpenAPI document names it. */
interface RouteDoc {
  path: string;
  tag: string;
  summary: string;
  description?: string;
}

/** The validated parts of a request, as the route's schemas declared them. */
interface Valid<P extends z.ZodObject, Q extends z.ZodObject> {
  params: z.infer<P>;
  query: z.infer<Q>;
}

// Hono's typed `valid()` needs the literal route type; the schemas checked the parts
// before the handler runs, so reading them untyped and typing them here is safe.
function validParts<P extends z.ZodObject, Q extends z.ZodObject>(c: unknown, spec: { params?: P; query?: Q }) {
  const req = (c as { req: { valid(target: string): unknown } }).req;
  return {
    params: (spec.params ? req.valid('param') : {}) as z.infer<P>,
    query: (spec.query ? req.valid('query') : {}) as z.infer<Q>,
  };
}

function requestOf(spec: { params?: z.ZodObject; query?: z.ZodObject }, body?: z.ZodType, required = true) {
  return {
    ...(spec.params ? { params: spec.params } : {}),
    ...(spec.query ? { query: spec.query } : {}),
    ...(body ? { body: jsonBody(body, required) } : {}),
  };
}

export interface GetRouteSpec<P extends z.ZodObject, Q extends z.ZodObject, R extends z.ZodType> extends RouteDoc {
  params?: P;
  query?: Q;
  /** The answer's schema and its description (`json(schema, described)`). */
  schema: R;
  described: string;
  /** Errors besides the defaults (400 with a query, 404 with params). */
  errors?: ErrorStatus[];
  /** Signed-in readers only (`security` declared, 401 when anonymous). */
  signedIn?: boolean;
  /** The answer; throws `notFound`/`forbidden` by the feature's rules. */
  answer(input: Valid<P, Q>, c: Ctx): Promise<z.infer<R>>;
}

/** `GET path` → 200 with `schema`: a record (`params`) or a page (`query`). */
export function getRoute<P extends z.ZodObject, Q extends z.ZodObject, R extends z.ZodType>(
  app: OpenAPIHono<AppEnv>,
  spec: GetRouteSpec<P, Q, R>,
): void {
  const errors = new Set<ErrorStatus>(spec.errors ?? []);
  if (spec.query) errors.add(400);
  if (spec.params) errors.add(404);
  if (spec.signedIn) errors.add(401);
  app.openapi(
    createRoute({
      method: 'get',
      path: spec.path,
      tags: [spec.tag],
      summary: spec.summary,
      ...(spec.description ? { description: spec.description } : {}),
      ...(spec.signedIn ? { security: secured } : {}),
      request: requestOf(spec),
      responses: { 200: json(spec.schema, spec.described), ...errorsOf(...errors) },
    }),
    async (c) => {
      if (spec.signedIn) requireUser(c);
      const answer = await spec.answer(validParts(c, spec), c as unknown as Ctx);
      return c.json(answer as never, 200);
    },
  );
}

export interface WriteRouteSpec<P extends z.ZodObject, Q extends z.ZodObject, B extends z.ZodType, R extends z.ZodType>
  extends RouteDoc {
  method: 'post' | 'patch' | 'put';
  params?: P;
  query?: Q;
  /** The JSON body (none: the route takes no body). */
  body?: B;
  /** The caller may leave the body out (`required: false`). */
  bodyOptional?: boolean;
  /** The answer's schema; none with status 204. */
  schema?: R;
  /** 201 for a new record, 200 otherwise, 204 for an answer without a body. */
  status: 200 | 201 | 204;
  described: string;
  /** The declared errors (401 is always there). */
  errors: ErrorStatus[];
  /** Checks the user's right, writes, and returns the record (nothing for 204). */
  write(user: User, input: Valid<P, Q> & { body: z.infer<B> }, c: Ctx): Promise<z.infer<R>>;
}

/** A signed-in write (usually with a JSON body) → `status` with `schema`. */
export function writeRoute<
  P extends z.ZodObject,
  Q extends z.ZodObject,
  B extends z.ZodType,
  R extends z.ZodType = z.ZodVoid,
>(app: OpenAPIHono<AppEnv>, spec: WriteRouteSpec<P, Q, B, R>): void {
  const answer = spec.schema ? json(spec.schema, spec.described) : { description: spec.described };
  app.openapi(
    createRoute({
      method: spec.method,
      path: spec.path,
      tags: [spec.tag],
      summary: spec.summary,
      ...(spec.description ? { description: spec.description } : {}),
      security: secured,
      request: requestOf(spec, spec.body, !spec.bodyOptional),
      responses: { [spec.status]: answer, ...errorsOf(401, ...spec.errors) },
    }),
    async (c) => {
      const user = requireUser(c);
      const req = c.req as unknown as { valid(target: 'json'): z.infer<B> };
      const body = spec.body ? req.valid('json') : (undefined as z.infer<B>);
      const record = await spec.write(user, { ...validParts(c, spec), body }, c as unknown as Ctx);
      // The status is the spec's, declared above; its literal type is lost there.
      if (spec.status === 204) return c.body(null, 204) as never;
      return c.json(record as never, spec.status) as never;
    },
  );
}

export interface DeleteRouteSpec<P extends z.ZodObject> extends RouteDoc {
  params: P;
  /** OpenAPI description of the 204 answer. */
  done?: string;
  /** Checks the user's right (throw `forbidden`) and removes the record (throw `notFound`). */
  remove(user: User, params: z.infer<P>, c: Ctx): Promise<void>;
}

/** `DELETE path` → 204, with 401/403/404 declared; the rules live in `spec.remove`. */
export function deleteRoute<P extends z.ZodObject>(app: OpenAPIHono<AppEnv>, spec: DeleteRouteSpec<P>): void {
  app.openapi(
    createRoute({
      method: 'delete',
      path: spec.path,
      tags: [spec.tag],
      summary: spec.summary,
      ...(spec.description ? { description: spec.description } : {}),
      security: secured,
      request: { params: spec.params },
      responses: {
        204: { description: spec.done ?? 'Deleted' },
        ...errorsOf(401, 403, 404),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      await spec.remove(user, validParts(c, spec).params, c as unknown as Ctx);
      return c.body(null, 204);
    },
  );
}
