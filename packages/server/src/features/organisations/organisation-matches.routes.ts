/**
 * `GET /api/organisations/{id}/matches` (issue 12 point 3; decisions 074 and 076): the best
 * partner organisations for one, best first, each with its score and explained components
 * in the requested language, over the published organisations the caller may see.
 */
import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { collaborationLanguageSchema, matchComponentKeys } from '@polos/core';
import type { AppEnv } from '../../context';
import { notFound } from '../../errors';
import { json } from '../../openapi/responses';
import { resourceRoutes } from '../../openapi/resource-routes';
import { matchesIndex } from './matches-index';
import { organisationVisibleTo } from './organisation-visibility';

const matchesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(10).describe('1–100. __Default:__ 10.'),
  lang: collaborationLanguageSchema.default('en').describe('en, es or pt. __Default:__ `en`.'),
});

const componentKey = z.enum(matchComponentKeys);

const matchSchema = z
  .object({
    organisation: z.object({ id: z.string(), name: z.string(), country: z.string().nullable() }),
    score: z.number().min(0).max(1).describe('Σ weight × score over `components`.'),
    components: z.array(
      z.object({
        key: componentKey,
        score: z.number().min(0).max(1),
        weight: z.number().min(0).max(1).describe('Re-normalised over the available components.'),
        explanation: z.string(),
      }),
    ),
    absent: z
      .array(z.object({ key: componentKey, explanation: z.string() }))
      .describe('Components left out because one side lacks the data, with the reason.'),
  })
  .meta({ id: 'OrganisationMatch' });

const matchesSchema = z.object({ items: z.array(matchSchema) }).meta({ id: 'OrganisationMatches' });

export function registerOrganisationMatchRoutes(app: OpenAPIHono<AppEnv>): void {
  const routes = resourceRoutes(app, 'organisations');
  routes.get('/api/organisations/{id}/matches', {
    summary: 'Partner organisations for an organisation, with explained scores',
    description: 'See docs/methods/matchmaking.md for the formula and its sources.',
    query: matchesQuery,
    ok: json(matchesSchema, 'Best first'),
    async answer({ params: { id }, query: { limit, lang } }, c) {
      const { store, config } = c.get('deps');
      const user = c.get('user');
      const index = await matchesIndex(store, config.dataPath, c.get('dataVersion'));
      const entry = index.entries.get(id);
      if (!entry || !organisationVisibleTo(user, entry)) throw notFound('organisation', id);
      const candidates = user ? index.candidates.signedIn : index.candidates.anonymous;
      return { items: index.matchmaking.rank(id, { limit, lang, candidates }) };
    },
  });
}
