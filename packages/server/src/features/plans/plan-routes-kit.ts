/**
 * The two shapes of the plans routes (decision 084): a private read of an organisation's
 * plans (who acts for it and staff; 404 to anyone else) and a write by who acts for it
 * (403 to anyone else), both under `/api/organisations/{id}/`.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Actor, Plans } from '@polos/store';
import { z } from 'zod';
import { actorOf, type AppEnv } from '../../context';
import { json } from '../../openapi/responses';
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
    /**
     * A collection under `/api/organisations/{id}/<path>`: `GET` lists its `item`s (`read`),
     * `POST` adds one (`write`, 409 when `conflict`).
     */
    collection<I extends z.ZodType, B extends z.ZodType>(
      path: string,
      item: I,
      spec: {
        summaries: { list: string; add: string };
        body: B;
        conflict?: boolean;
        read: (plans: Plans, id: string) => Promise<Array<z.infer<I>>>;
        write: (plans: Plans, id: string, body: z.infer<B>, actor: Actor) => Promise<z.infer<I>>;
      },
    ) {
      const { summaries, body, conflict } = spec;
      this.read(path, summaries.list, json(z.array(item), summaries.list), spec.read);
      this.write(
        'post',
        path,
        { summary: summaries.add, body, ok: json(item, 'Added'), conflict },
        spec.write,
      );
    },
  };
}
