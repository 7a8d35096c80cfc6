/**
 * The two shapes of the plans routes (decision 084): a private read of an organisation's
 * plans (who acts for it and staff; 404 to anyone else) and a write by who acts for it
 * (403 to anyone else), both under `/api/organisations/{id}/`.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Actor, Plans } from '@polos/store';
import type { z } from 'zod';
import { actorOf, type AppEnv } from '../../context';
import type { json } from '../../openapi/responses';
import { resourceRoutes } from '../../openapi/resource-routes';
import { organisationActedForBy } from '../organisations/organisation-access';
import { plansReadableBy } from './plan-access';

type Ok<R extends z.ZodType> = ReturnType<typeof json<R>>;

export function planRoutes(app: OpenAPIHono<AppEnv>) {
  const routes = resourceRoutes(app, 'plans');
  const under = (path: string) => `/api/organisations/{id}/${path}`;
  return {
    routes,
    under,
    /** `GET /api/organisations/{id}/<path>`: `read` answers for the organisation. */
    read<R extends z.ZodType>(
      path: string,
      summary: string,
      ok: Ok<R>,
      read: (plans: Plans, id: string) => Promise<z.infer<R>>,
    ) {
      routes.get(under(path), {
        summary,
        signedIn: true,
        ok,
        async answer({ params: { id } }, c) {
          await plansReadableBy(c, id);
          return read(c.get('deps').store.plans, id);
        },
      });
    },
    /** A write with a body on `/api/organisations/{id}/<path>` by who acts for the organisation. */
    write<B extends z.ZodType, R extends z.ZodType>(
      method: 'post' | 'put',
      path: string,
      spec: { summary: string; body: B; ok: Ok<R>; conflict?: boolean },
      write: (plans: Plans, id: string, body: z.infer<B>, actor: Actor) => Promise<z.infer<R>>,
    ) {
      routes.write(method, under(path), {
        summary: spec.summary,
        body: spec.body,
        ok: spec.ok,
        errors: spec.conflict ? [400, 403, 404, 409] : [400, 403, 404],
        async write(user, { params: { id }, body }, c) {
          await organisationActedForBy(c, user, id);
          return write(c.get('deps').store.plans, id, body, actorOf(user));
        },
      });
    },
    /** A collection: `GET` lists it, `POST` adds to it (both under `/api/organisations/{id}/<path>`). */
    collection<B extends z.ZodType, L extends z.ZodType, R extends z.ZodType>(
      path: string,
      list: { summary: string; ok: Ok<L>; read: (plans: Plans, id: string) => Promise<z.infer<L>> },
      add: {
        summary: string;
        body: B;
        ok: Ok<R>;
        conflict?: boolean;
        write: (plans: Plans, id: string, body: z.infer<B>, actor: Actor) => Promise<z.infer<R>>;
      },
    ) {
      this.read(path, list.summary, list.ok, list.read);
      this.write('post', path, add, add.write);
    },
  };
}
