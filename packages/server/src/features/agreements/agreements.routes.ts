/**
 * The register of cooperation agreements: `GET /api/agreements` (filters), `GET /summary`,
 * `GET /links`, `GET /{id}`; `POST /api/agreements` by who acts for at least one registered
 * party (staff always); `POST /{id}/outcomes` only by the parties' side (and staff).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
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
import type { Context } from 'hono';
import { z } from 'zod';
import { actorOf, type AppEnv } from '../../context';
import { ApiError, notFound } from '../../errors';
import { countryQuery } from '../../openapi/request-parts';
import { pageSchemaOf, resourceRoutes } from '../../openapi/resource-routes';
import { json } from '../../openapi/responses';
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

const tag = 'agreements';

export function registerAgreementRoutes(app: OpenAPIHono<AppEnv>): void {
  const routes = resourceRoutes(app, tag);
  routes.get('/api/agreements', {
    summary: 'The register of cooperation agreements',
    description: 'Latest start year first. `yearFrom`/`yearTo` keep agreements whose years meet the range.',
    query: listQuerySchema,
    ok: json(pageSchema, 'A page of agreements'),
    answer: ({ query: { organisation, ...query } }, c) =>
      c
        .get('deps')
        .store.agreements.list({ ...query, ...(organisation ? { organisationId: organisation } : {}) }),
  });

  /** The whole register with its parties' organisations, read together. */
  const register = (c: Context<AppEnv>) =>
    Promise.all([c.get('deps').store.agreements.all(), c.get('deps').store.agreements.partyOrganisations()]);

  routes.get('/api/agreements/summary', {
    summary: 'Counts of the register by country pair, sector relation, instrument, scope and year',
    ok: json(agreementSummarySchema, 'The summary'),
    answer: async (_, c) => summariseAgreements(...(await register(c))),
  });

  routes.get('/api/agreements/links', {
    summary: 'The map of links: registered parties (with country) and one edge per pair of parties',
    ok: json(agreementLinksSchema, 'Nodes and edges'),
    answer: async (_, c) => agreementLinks(...(await register(c))),
  });

  routes.get('/api/agreements/{id}', {
    summary: 'Read an agreement',
    ok: json(agreementSchema, 'The agreement'),
    async answer({ params: { id } }, c) {
      const agreement = await c.get('deps').store.agreements.get(id);
      if (!agreement) throw notFound('agreement', id);
      return agreement;
    },
  });

  routes.write('post', '/api/agreements', {
    summary: 'Register an agreement (who acts for one of its registered parties; staff)',
    body: agreementInputSchema,
    ok: json(agreementSchema, 'Registered'),
    errors: [400, 403, 409],
    async write(user, { body: input }, c) {
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
      return c.get('deps').store.agreements.create(parsed.data, actorOf(user));
    },
  });

  routes.write('post', '/api/agreements/{id}/outcomes', {
    summary: 'Record an outcome of an agreement (the parties’ administrators; staff)',
    body: outcomeInputSchema,
    ok: json(agreementSchema, 'The agreement with the outcome'),
    errors: [400, 403, 404],
    async write(user, { params: { id }, body: { date, kind, text } }, c) {
      const { store } = c.get('deps');
      const agreement = await store.agreements.get(id);
      if (!agreement) throw notFound('agreement', id);
      await actsForSomeParty(c, user, agreement.parties);
      const updated = await store.agreements.addOutcome(
        id,
        { date, year: Number(date.slice(0, 4)), kind, description: text },
        actorOf(user),
      );
      if (!updated) throw notFound('agreement', id);
      return updated;
    },
  });
}
