/**
 * Partner-search posts: `GET /api/partner-searches` (filters; expired posts only when asked),
 * `GET /{id}`, and the writes of whoever acts for the posting organisation: `POST`, `PATCH`
 * (text, sectors, countries, status matched/closed), `POST /{id}/renew`, `DELETE /{id}`.
 */
import { randomBytes } from 'node:crypto';
import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  paginationSchema,
  partnerSearchDirectionSchema,
  partnerSearchKindSchema,
  partnerSearchPostSchema,
  partnerSearchStatuses,
  slugify,
  type PartnerSearchPost,
} from '@polos/core';
import type { Actor, Store } from '@polos/store';
import { z } from 'zod';
import { actorOf, type AppEnv } from '../../context';
import { notFound } from '../../errors';
import { booleanQuery, countryQuery } from '../../openapi/request-parts';
import { pageSchemaOf, resourceRoutes } from '../../openapi/resource-routes';
import { json } from '../../openapi/responses';
import { organisationActedForBy } from '../organisations';
import { existingPost, postActedForBy } from './partner-search-access';
import { expiryFrom, today } from './partner-search-dates';

const post = partnerSearchPostSchema.shape;
const pageSchema = pageSchemaOf(partnerSearchPostSchema, 'PartnerSearchPostPage');
const tag = 'partner-searches';

const listQuerySchema = paginationSchema.extend({
  direction: partnerSearchDirectionSchema.optional(),
  kind: partnerSearchKindSchema.optional(),
  sector: post.sectors.element.optional().describe('A NACE division sought or offered, e.g. "C30".'),
  country: countryQuery.optional().describe('A country sought, or the country of the posting organisation.'),
  organisation: z.string().max(100).optional().describe('The posting organisation’s id.'),
  status: z
    .enum([...partnerSearchStatuses, 'expired'])
    .optional()
    .describe('`expired`: only the posts whose expiry date has passed.'),
  includeExpired: booleanQuery.optional().describe('Also list expired posts. __Default:__ false.'),
  q: z.string().trim().max(200).optional().describe('Full-text search over title and description.'),
});

const postInputSchema = z
  .object({
    organisationId: post.organisationId,
    direction: post.direction,
    kind: post.kind,
    title: post.title,
    description: post.description,
    sectors: post.sectors.default([]),
    countriesSought: post.countriesSought.default([]),
    language: post.language,
    expiresOn: post.expiresOn
      .optional()
      .describe('At most 12 months ahead. __Default:__ 6 months after today.'),
  })
  .meta({ id: 'PartnerSearchPostInput' });

const postPatchSchema = z
  .object({
    title: post.title.optional(),
    description: post.description.optional(),
    sectors: post.sectors.optional(),
    countriesSought: post.countriesSought.optional(),
    language: post.language.optional(),
    status: post.status.optional().describe('`matched` or `closed` when done; `open` again.'),
  })
  .meta({ id: 'PartnerSearchPostPatch' });

const renewSchema = z
  .object({ expiresOn: post.expiresOn.optional().describe('__Default:__ 6 months after today.') })
  .meta({ id: 'PartnerSearchRenewal' });

export function registerPartnerSearchRoutes(app: OpenAPIHono<AppEnv>): void {
  const routes = resourceRoutes(app, tag);
  routes.get('/api/partner-searches', {
    summary: 'List partner-search posts',
    description:
      'Newest first. Expired posts are listed only with `status=expired` or `includeExpired=true`.',
    query: listQuerySchema,
    ok: json(pageSchema, 'A page of posts'),
    answer: ({ query: { organisation, ...query } }, c) =>
      c.get('deps').store.partnerSearches.list({
        ...query,
        ...(organisation ? { organisationId: organisation } : {}),
        today: today(),
      }),
  });

  routes.get('/api/partner-searches/{id}', {
    summary: 'Read a partner-search post',
    ok: json(partnerSearchPostSchema, 'The post'),
    answer: ({ params: { id } }, c) => existingPost(c, id),
  });

  routes.write('post', '/api/partner-searches', {
    summary: 'Post a partner search (who acts for the organisation)',
    body: postInputSchema,
    ok: json(partnerSearchPostSchema, 'Posted'),
    errors: [400, 403, 404],
    async write(user, { body: { expiresOn, ...input } }, c) {
      await organisationActedForBy(c, user, input.organisationId);
      const day = today();
      const id = `${slugify(input.title).slice(0, 60) || 'post'}-${randomBytes(4).toString('hex')}`;
      const created = partnerSearchPostSchema.parse({
        ...input,
        id,
        publishedOn: day,
        expiresOn: expiryFrom(expiresOn, day),
        status: 'open',
      });
      return c.get('deps').store.partnerSearches.create(created, actorOf(user));
    },
  });

  /** A write by who acts for the post's organisation, answering the post (404 when gone). */
  const postWrite = <B extends z.ZodType>(
    method: 'post' | 'patch',
    path: string,
    spec: { summary: string; body: B; done: string },
    change: (
      id: string,
      body: z.infer<B>,
      actor: Actor,
      store: Store,
    ) => Promise<PartnerSearchPost | undefined>,
  ) =>
    routes.write(method, path, {
      summary: spec.summary,
      body: spec.body,
      ok: json(partnerSearchPostSchema, spec.done),
      status: 200,
      errors: [400, 403, 404],
      async write(user, { params: { id }, body }, c) {
        await postActedForBy(c, user, id);
        const changed = await change(id, body, actorOf(user), c.get('deps').store);
        if (!changed) throw notFound('partner-search post', id);
        return changed;
      },
    });

  postWrite(
    'patch',
    '/api/partner-searches/{id}',
    {
      summary: 'Update a post or mark it matched or closed (who acts for its organisation)',
      body: postPatchSchema,
      done: 'Updated',
    },
    (id, patch, actor, store) => store.partnerSearches.update(id, patch, actor),
  );
  postWrite(
    'post',
    '/api/partner-searches/{id}/renew',
    {
      summary: 'Renew a post: a new expiry date (who acts for its organisation)',
      body: renewSchema,
      done: 'Renewed',
    },
    (id, body, actor, store) => store.partnerSearches.renew(id, expiryFrom(body.expiresOn), actor),
  );

  routes.remove('/api/partner-searches/{id}', {
    summary: 'Delete a post (who acts for its organisation)',
    async remove(user, { id }, c) {
      await postActedForBy(c, user, id);
      if (!(await c.get('deps').store.partnerSearches.remove(id, actorOf(user))))
        throw notFound('partner-search post', id);
    },
  });
}
