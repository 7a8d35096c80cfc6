/**
 * The register of cooperation agreements: `GET /api/agreements` (filters), `GET /summary`,
 * `GET /links`, `GET /{id}`; `POST /api/agreements` by who acts for at least one registered
 * party (staff always); `POST /{id}/outcomes` only by the parties' side (and staff).
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import {
  agreementInstrumentSchema,
  agreementOutcomeSchema,
  agreementScopeSchema,
  agreementStatusSchema,
  cooperationAgreementSchema,
  paginationSchema,
  sectorRelationSchema,
  slugify,
  yearSchema,
} from '@polos/core';
import { agreementOutcomeKinds } from '@polos/core/vocabulary-lists';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { actorOf, type AppEnv } from '../../context';
import { ApiError, notFound } from '../../errors';
import { requireUser } from '../../auth/require-user';
import { countryQuery, jsonBody } from '../../openapi/request-parts';
import { errorResponses, errorsOf, json, secured } from '../../openapi/responses';
import { idParam, pageSchemaOf } from '../../openapi/resource-routes';
import { actsForSomeParty } from './agreement-access';
import {
  agreementLinks,
  agreementLinksSchema,
  agreementSummarySchema,
  summariseAgreements,
} from './agreement-summary';

const shape = cooperationAgreementSchema.shape;
const outcomeRecordSchema = agreementOutcomeSchema
  .extend({
    kind: z
      .string()
      .nullable()
      .describe('One of the outcome kinds of `AgreementOutcomeInput`; null for the seeded ones.'),
  })
  .meta({ id: 'AgreementOutcomeRecord' });
const agreementSchema = z
  .object({ ...shape, outcomes: z.array(outcomeRecordSchema) })
  .meta({ id: 'AgreementRecord' });
const pageSchema = pageSchemaOf(agreementSchema, 'AgreementPage');

const listQuerySchema = paginationSchema.extend({
  organisation: z.string().max(100).optional().describe('A registered party’s id.'),
  country: countryQuery.optional().describe('The country of a registered party.'),
  scope: agreementScopeSchema.optional(),
  sectorRelation: sectorRelationSchema.optional(),
  instrument: agreementInstrumentSchema.optional(),
  status: agreementStatusSchema.optional(),
  yearFrom: z.coerce
    .number()
    .pipe(yearSchema)
    .optional()
    .describe('Agreements running in or after this year.'),
  yearTo: z.coerce
    .number()
    .pipe(yearSchema)
    .optional()
    .describe('Agreements started in or before this year.'),
});

const agreementInputSchema = z
  .object({ ...shape, id: shape.id.optional().describe('__Default:__ from the first area or "agreement".') })
  .omit({ outcomes: true })
  .meta({ id: 'AgreementInput' });

const outcomeInputSchema = z
  .object({
    date: z.iso.date({ error: 'use a date as YYYY-MM-DD' }),
    kind: z.enum(agreementOutcomeKinds),
    text: z.string().trim().min(1).max(2000),
  })
  .meta({ id: 'AgreementOutcomeInput' });

export function registerAgreementRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/agreements',
      tags: ['agreements'],
      summary: 'The register of cooperation agreements',
      description: 'Latest start year first. `yearFrom`/`yearTo` keep agreements whose years meet the range.',
      request: { query: listQuerySchema },
      responses: { 200: json(pageSchema, 'A page of agreements'), 400: errorResponses[400] },
    }),
    async (c) => {
      const { organisation, ...query } = c.req.valid('query');
      const page = await c
        .get('deps')
        .store.agreements.list({ ...query, ...(organisation ? { organisationId: organisation } : {}) });
      return c.json(page, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/agreements/summary',
      tags: ['agreements'],
      summary: 'Counts of the register by country pair, sector relation, instrument, scope and year',
      responses: { 200: json(agreementSummarySchema, 'The summary') },
    }),
    async (c) => {
      const { store } = c.get('deps');
      const [all, organisations] = await Promise.all([
        store.agreements.all(),
        store.agreements.partyOrganisations(),
      ]);
      return c.json(summariseAgreements(all, organisations), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/agreements/links',
      tags: ['agreements'],
      summary: 'The map of links: registered parties (with country) and one edge per pair of parties',
      responses: { 200: json(agreementLinksSchema, 'Nodes and edges') },
    }),
    async (c) => {
      const { store } = c.get('deps');
      const [all, organisations] = await Promise.all([
        store.agreements.all(),
        store.agreements.partyOrganisations(),
      ]);
      return c.json(agreementLinks(all, organisations), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/agreements/{id}',
      tags: ['agreements'],
      summary: 'Read an agreement',
      request: { params: idParam },
      responses: { 200: json(agreementSchema, 'The agreement'), 404: errorResponses[404] },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const agreement = await c.get('deps').store.agreements.get(id);
      if (!agreement) throw notFound('agreement', id);
      return c.json(agreement, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/agreements',
      tags: ['agreements'],
      summary: 'Register an agreement (who acts for one of its registered parties; staff)',
      security: secured,
      request: { body: jsonBody(agreementInputSchema) },
      responses: { 201: json(agreementSchema, 'Registered'), ...errorsOf(400, 401, 403, 409) },
    }),
    async (c) => {
      const user = requireUser(c);
      const input = c.req.valid('json');
      await actsForSomeParty(c, user, input.parties);
      const id =
        input.id ??
        `${slugify(input.areas[0] ?? 'agreement').slice(0, 60)}-${randomBytes(4).toString('hex')}`;
      const parsed = cooperationAgreementSchema.safeParse({ ...input, id, outcomes: [] });
      if (!parsed.success)
        throw new ApiError(
          400,
          'invalid_input',
          'invalid input',
          parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        );
      return c.json(await c.get('deps').store.agreements.create(parsed.data, actorOf(user)), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/agreements/{id}/outcomes',
      tags: ['agreements'],
      summary: 'Record an outcome of an agreement (the parties’ administrators; staff)',
      security: secured,
      request: { params: idParam, body: jsonBody(outcomeInputSchema) },
      responses: {
        201: json(agreementSchema, 'The agreement with the outcome'),
        ...errorsOf(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const { id } = c.req.valid('param');
      const { store } = c.get('deps');
      const agreement = await store.agreements.get(id);
      if (!agreement) throw notFound('agreement', id);
      await actsForSomeParty(c, user, agreement.parties);
      const { date, kind, text } = c.req.valid('json');
      const updated = await store.agreements.addOutcome(
        id,
        { date, year: Number(date.slice(0, 4)), kind, description: text },
        actorOf(user),
      );
      if (!updated) throw notFound('agreement', id);
      return c.json(updated, 201);
    },
  );
}
