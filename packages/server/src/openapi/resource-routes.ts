/**
 * What the resource routes (clusters, organisations, map datasets, cluster parts, the
 * collaboration records, …) share: the id parameter, the page envelope, and the three route
 * shapes of `resourceRoutes(app, tag)` — a read (`get`: a record or a page), a signed-in
 * write (`write`: POST, PATCH or PUT, usually with a JSON body) and a delete (`remove` →
 * 204). Each declares its statuses in the OpenAPI document; features keep their rules in
 * the callback.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { User } from '@polos/core';
import type { Context } from 'hono';
import { z } from 'zod';
import { requireUser } from '../auth/require-user';
import type { AppEnv } from '../context';
import { jsonBody } from './request-parts';
import type { errorResponses } from './responses';
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

type ErrorStatus = keyof typeof errorResponses;
type Ctx = Context<AppEnv>;
/** A JSON answer as `json(schema, description)` declares it. */
type Answer<R extends z.ZodType> = { description: string; content: { 'application/json': { schema: R } } };

/** The validated parts of a request, as the route's schemas declared them. */
interface Valid<P extends z.ZodObject, Q extends z.ZodObject> {
  params: z.infer<P>;
  query: z.infer<Q>;
}

/** What every route spec may say besides its answer. */
interface RouteParts<P extends z.ZodObject, Q extends z.ZodObject> {
  summary: string;
  description?: string;
  /** Path parameters; `{id}` alone needs none (idParam). */
  params?: P;
  query?: Q;
}

// Hono's typed `valid()` needs the literal route type; the schemas checked the parts
// before the handler runs, so reading them untyped and typing them here is safe.
function validParts<P extends z.ZodObject, Q extends z.ZodObject>(
  c: unknown,
  spec: { params?: P; query?: Q },
) {
  const req = (c as { req: { valid(target: string): unknown } }).req;
  return {
    params: (spec.params ? req.valid('param') : {}) as z.infer<P>,
    query: (spec.query ? req.valid('query') : {}) as z.infer<Q>,
  };
}

/** `{id}` as the only path parameter: the spec may leave `params` out. */
function withParams<S extends { params?: z.ZodObject }>(path: string, spec: S): S {
  if (spec.params || !path.includes('{')) return spec;
  if (path.match(/\{/g)!.length !== 1 || !path.includes('{id}'))
    throw new Error(`${path}: declare the route's params`);
  return { ...spec, params: idParam };
}

function operation(
  tag: string,
  path: string,
  spec: RouteParts<z.ZodObject, z.ZodObject>,
  body?: z.ZodType,
  required = true,
) {
  return {
    path,
    tags: [tag],
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    request: {
      ...(spec.params ? { params: spec.params } : {}),
      ...(spec.query ? { query: spec.query } : {}),
      ...(body ? { body: jsonBody(body, required) } : {}),
    },
  };
}

export interface GetSpec<
  P extends z.ZodObject,
  Q extends z.ZodObject,
  R extends z.ZodType,
> extends RouteParts<P, Q> {
  /** The answer, `json(schema, description)`. */
  ok: Answer<R>;
  /** Errors besides the defaults (400 with a query, 404 with params, 401 when signed in). */
  errors?: ErrorStatus[];
  /** Signed-in readers only (`security` declared, 401 when anonymous). */
  signedIn?: boolean;
  /** The answer; throws `notFound`/`forbidden` by the feature's rules. */
  answer(input: Valid<P, Q>, c: Ctx): Promise<z.infer<R>>;
}

export interface WriteSpec<
  P extends z.ZodObject,
  Q extends z.ZodObject,
  B extends z.ZodType,
  R extends z.ZodType,
> extends RouteParts<P, Q> {
  /** The JSON body (none: the route takes no body). */
  body?: B;
  /** The caller may leave the body out (`required: false`). */
  bodyOptional?: boolean;
  /** The answer, `json(schema, description)`: 201 for a POST, 200 otherwise (or `status`). */
  ok?: Answer<R>;
  status?: 200 | 201;
  /** No answer body: 204 with this description. */
  done?: string;
  /** The declared errors (401 is always there). */
  errors: ErrorStatus[];
  /** Checks the user's right, writes, and returns the record (nothing for 204). */
  write(user: User, input: Valid<P, Q> & { body: z.infer<B> }, c: Ctx): Promise<z.infer<R>>;
}

export interface DeleteSpec<P extends z.ZodObject> extends RouteParts<P, never> {
  /** OpenAPI description of the 204 answer. */
  done?: string;
  /** Checks the user's right (throw `forbidden`) and removes the record (throw `notFound`). */
  remove(user: User, params: z.infer<P>, c: Ctx): Promise<void>;
}

/**
 * The routes of one tag: `get(path, spec)` answers 200 with a record or a page;
 * `write(method, path, spec)` is a signed-in POST, PATCH or PUT; `remove(path, spec)` a
 * signed-in DELETE → 204. Each declares its statuses in the OpenAPI document.
 */
export function resourceRoutes(app: OpenAPIHono<AppEnv>, tag: string) {
  return {
    get<
      P extends z.ZodObject = typeof idParam,
      Q extends z.ZodObject = z.ZodObject,
      R extends z.ZodType = z.ZodType,
    >(path: string, given: GetSpec<P, Q, R>) {
      const spec = withParams(path, given);
      const errors = new Set<ErrorStatus>(spec.errors ?? []);
      if (spec.query) errors.add(400);
      if (spec.params) errors.add(404);
      if (spec.signedIn) errors.add(401);
      app.openapi(
        createRoute({
          method: 'get',
          ...operation(tag, path, spec),
          ...(spec.signedIn ? { security: secured } : {}),
          responses: { 200: spec.ok, ...errorsOf(...errors) },
        }),
        async (c) => {
          if (spec.signedIn) requireUser(c);
          const answer = await spec.answer(validParts(c, spec), c as unknown as Ctx);
          return c.json(answer as never, 200);
        },
      );
    },

    write<
      P extends z.ZodObject = typeof idParam,
      Q extends z.ZodObject = z.ZodObject,
      B extends z.ZodType = z.ZodType,
      R extends z.ZodType = z.ZodType,
    >(method: 'post' | 'patch' | 'put', path: string, given: WriteSpec<P, Q, B, R>) {
      const spec = withParams(path, given);
      const status = spec.done !== undefined ? 204 : (spec.status ?? (method === 'post' ? 201 : 200));
      const answer = spec.ok ?? { description: spec.done ?? 'Done' };
      app.openapi(
        createRoute({
          method,
          ...operation(tag, path, spec, spec.body, !spec.bodyOptional),
          security: secured,
          responses: { [status]: answer, ...errorsOf(401, ...spec.errors) },
        }),
        async (c) => {
          const user = requireUser(c);
          const req = c.req as unknown as { valid(target: 'json'): z.infer<B> };
          const body = spec.body ? req.valid('json') : (undefined as z.infer<B>);
          const record = await spec.write(user, { ...validParts(c, spec), body }, c as unknown as Ctx);
          // The status is declared above; its literal type is lost there.
          if (status === 204) return c.body(null, 204) as never;
          return c.json(record as never, status) as never;
        },
      );
    },

    remove<P extends z.ZodObject = typeof idParam>(path: string, given: DeleteSpec<P>) {
      const spec = withParams(path, given);
      app.openapi(
        createRoute({
          method: 'delete',
          ...operation(tag, path, spec),
          security: secured,
          responses: { 204: { description: spec.done ?? 'Deleted' }, ...errorsOf(401, 403, 404) },
        }),
        async (c) => {
          const user = requireUser(c);
          await spec.remove(user, validParts(c, spec).params, c as unknown as Ctx);
          return c.body(null, 204);
        },
      );
    },
  };
}
