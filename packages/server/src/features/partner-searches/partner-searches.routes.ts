/**
 * Partner-search posts: `GET /api/partner-searches` (filters; expired posts only when asked),
 * `GET /{id}`, and the writes of whoever acts for the posting organisation: `POST`, `PATCH`
 * (text, sectors, countries, status matched/closed), `POST /{id}/renew`, `DELETE /{id}`.
 */
import { randomBytes } from 'node:crypto';
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import {
  paginationSchema,
  partnerSearchDirectionSchema,
  partnerSearchKindSchema,
  partnerSearchPostSchema,
  partnerSearchStatuses,
  slugify,
} from '@polos/core';
import { z } from 'zod';
import { actorOf, type AppEnv } from '../../context';
import { notFound } from '../../errors';
import { requireUser } from '../../auth/require-user';
import { booleanQuery, countryQuery, jsonBody } from '../../openapi/request-parts';
import { errorResponses, errorsOf, json, secured } from '../../openapi/responses';
import { deleteRoute, idParam, pageSchemaOf } from '../../openapi/resource-routes';
import { organisationActedForBy } from '../organisations';
import { existingPost, postActedForBy } from './partner-search-access';
import { expiryFrom, today } from './partner-search-dates';

const post = partnerSearchPostSchema.shape;
const pageSchema = pageSchemaOf(partnerSearchPostSchema, 'PartnerSearchPostPage');

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
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/partner-searches',
      tags: ['partner-searches'],
      summary: 'List partner-search posts',
      description:
        'Newest first. Expired posts are listed only with `status=expired` or `includeExpired=true`.',
      request: { query: listQuerySchema },
      responses: { 200: json(pageSchema, 'A page of posts'), 400: errorResponses[400] },
    }),
    async (c) => {
      const { organisation, ...query } = c.req.valid('query');
      const page = await c.get('deps').store.partnerSearches.list({
        ...query,
        ...(organisation ? { organisationId: organisation } : {}),
        today: today(),
      });
      return c.json(page, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/partner-searches/{id}',
      tags: ['partner-searches'],
      summary: 'Read a partner-search post',
      request: { params: idParam },
      responses: { 200: json(partnerSearchPostSchema, 'The post'), 404: errorResponses[404] },
    }),
    async (c) => c.json(await existingPost(c, c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/partner-searches',
      tags: ['partner-searches'],
      summary: 'Post a partner search (who acts for the organisation)',
      security: secured,
      request: { body: jsonBody(postInputSchema) },
      responses: { 201: json(partnerSearchPostSchema, 'Posted'), ...errorsOf(400, 401, 403, 404) },
    }),
    async (c) => {
      const user = requireUser(c);
      const { expiresOn, ...input } = c.req.valid('json');
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
      return c.json(await c.get('deps').store.partnerSearches.create(created, actorOf(user)), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/partner-searches/{id}',
      tags: ['partner-searches'],
      summary: 'Update a post or mark it matched or closed (who acts for its organisation)',
      security: secured,
      request: { params: idParam, body: jsonBody(postPatchSchema) },
      responses: { 200: json(partnerSearchPostSchema, 'Updated'), ...errorsOf(400, 401, 403, 404) },
    }),
    async (c) => {
      const user = requireUser(c);
      const { id } = c.req.valid('param');
      await postActedForBy(c, user, id);
      const updated = await c
        .get('deps')
        .store.partnerSearches.update(id, c.req.valid('json'), actorOf(user));
      if (!updated) throw notFound('partner-search post', id);
      return c.json(updated, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/partner-searches/{id}/renew',
      tags: ['partner-searches'],
      summary: 'Renew a post: a new expiry date (who acts for its organisation)',
      security: secured,
      request: { params: idParam, body: jsonBody(renewSchema) },
      responses: { 200: json(partnerSearchPostSchema, 'Renewed'), ...errorsOf(400, 401, 403, 404) },
    }),
    async (c) => {
      const user = requireUser(c);
      const { id } = c.req.valid('param');
      await postActedForBy(c, user, id);
      const expiresOn = expiryFrom(c.req.valid('json').expiresOn);
      const renewed = await c.get('deps').store.partnerSearches.renew(id, expiresOn, actorOf(user));
      if (!renewed) throw notFound('partner-search post', id);
      return c.json(renewed, 200);
    },
  );

  deleteRoute(app, {
    path: '/api/partner-searches/{id}',
    tag: 'partner-searches',
    summary: 'Delete a post (who acts for its organisation)',
    params: idParam,
    async remove(user, { id }, c) {
      await postActedForBy(c, user, id);
      if (!(await c.get('deps').store.partnerSearches.remove(id, actorOf(user))))
        throw notFound('partner-search post', id);
    },
  });
}
