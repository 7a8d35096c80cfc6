/**
 * Publication of an organisation profile (decision 076): who acts for it submits a draft;
 * admins and analysts publish, with the ECCP checklist (core `eccpChecklist`) answered in
 * the requested language. The checklist can be read on its own.
 */
import { type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  collaborationLanguageSchema,
  eccpChecklist,
  type EccpChecklistResult,
  type CollaborationLanguage,
  type Organisation,
  organisationSchema,
} from '@polos/core';
import { permissions } from '@polos/core/permissions';
import { actorOf, type AppEnv } from '../../context';
import { ApiError, forbidden, notFound } from '../../errors';
import { json } from '../../openapi/responses';
import { resourceRoutes } from '../../openapi/resource-routes';
import { organisationActedForBy } from './organisation-access';
import { organisationVisibleTo } from './organisation-visibility';

const langQuery = z.object({
  lang: collaborationLanguageSchema.default('en').describe('en, es or pt. __Default:__ `en`.'),
});

export const checklistSchema = z
  .object({
    outcome: z.enum(['eligible', 'not_eligible', 'incomplete', 'newly_founded']),
    criteria: z.array(
      z.object({
        key: z.enum(['management_fte', 'members', 'member_types', 'visible_activity']),
        status: z.enum(['met', 'unmet', 'unknown']),
        waived: z.boolean(),
        reason: z.string(),
      }),
    ),
  })
  .meta({ id: 'EccpChecklist' });

const publishedSchema = z
  .object({ organisation: organisationSchema, checklist: checklistSchema })
  .meta({ id: 'OrganisationPublished' });

/** The ECCP checklist of `org` in `lang`; "newly founded" organisations wait (outcome `newly_founded`). */
function checklistOf(org: Organisation, lang: CollaborationLanguage, year: number) {
  const result: EccpChecklistResult = eccpChecklist(
    {
      staffFte: org.staffFte ?? null,
      members: org.members,
      visibleActivity: org.visibleActivity ?? null,
      recognisedByProgramme: org.recognisedByProgramme ?? null,
      founded: org.founded ?? null,
    },
    year,
  );
  const outcome =
    org.newlyFounded && result.outcome !== 'eligible' ? ('newly_founded' as const) : result.outcome;
  return {
    outcome,
    criteria: result.criteria.map((c) => ({ ...c, reason: c.reason[lang] })),
  };
}

const tag = 'organisations';

export function registerOrganisationPublicationRoutes(app: OpenAPIHono<AppEnv>): void {
  const routes = resourceRoutes(app, tag);
  routes.get('/api/organisations/{id}/checklist', {
    summary: 'The ECCP validation checklist of an organisation',
    query: langQuery,
    ok: json(checklistSchema, 'Each criterion met, unmet or unknown, with its reason'),
    async answer({ params: { id }, query: { lang } }, c) {
      const org = await c.get('deps').store.getOrganisation(id, { includePrivate: true });
      if (!org || !organisationVisibleTo(c.get('user'), org)) throw notFound('organisation', id);
      return checklistOf(org, lang, new Date().getUTCFullYear());
    },
  });

  routes.write('post', '/api/organisations/{id}/submit', {
    summary: 'Submit a draft profile for publication',
    description: 'Who acts for the organisation (its administrators, its cluster’s managers, staff).',
    ok: json(organisationSchema, 'Submitted'),
    status: 200,
    errors: [403, 404, 409],
    async write(user, { params: { id } }, c) {
      const org = await organisationActedForBy(c, user, id);
      if (org.publicationStatus === 'published')
        throw new ApiError(409, 'conflict', `organisation "${id}" is already published`);
      const updated = await c
        .get('deps')
        .store.organisationDirectory.setPublicationStatus(id, 'submitted', actorOf(user));
      if (!updated) throw notFound('organisation', id);
      return updated;
    },
  });

  routes.write('post', '/api/organisations/{id}/publish', {
    summary: 'Publish an organisation (admins and analysts)',
    description: 'Answers the ECCP checklist in `lang`; the checklist informs, it does not block.',
    query: langQuery,
    ok: json(publishedSchema, 'Published, with the checklist'),
    status: 200,
    errors: [400, 403, 404],
    async write(user, { params: { id }, query: { lang } }, c) {
      if (!permissions.publishOrganisation(user))
        throw forbidden('only admins and analysts publish organisations');
      const updated = await c
        .get('deps')
        .store.organisationDirectory.setPublicationStatus(id, 'published', actorOf(user));
      if (!updated) throw notFound('organisation', id);
      return { organisation: updated, checklist: checklistOf(updated, lang, new Date().getUTCFullYear()) };
    },
  });
}
