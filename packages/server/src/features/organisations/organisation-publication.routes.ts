/**
 * Publication of an organisation profile (decision 076): who acts for it submits a draft;
 * admins and analysts publish, with the ECCP checklist (core `eccpChecklist`) answered in
 * the requested language. The checklist can be read on its own.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
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
import { requireUser } from '../../auth/require-user';
import { errorsOf, json, secured } from '../../openapi/responses';
import { idParam } from '../../openapi/resource-routes';
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

export function registerOrganisationPublicationRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/organisations/{id}/checklist',
      tags: ['organisations'],
      summary: 'The ECCP validation checklist of an organisation',
      request: { params: idParam, query: langQuery },
      responses: {
        200: json(checklistSchema, 'Each criterion met, unmet or unknown, with its reason'),
        ...errorsOf(400, 404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const org = await c.get('deps').store.getOrganisation(id, { includePrivate: true });
      if (!org || !organisationVisibleTo(c.get('user'), org)) throw notFound('organisation', id);
      return c.json(checklistOf(org, c.req.valid('query').lang, new Date().getUTCFullYear()), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/organisations/{id}/submit',
      tags: ['organisations'],
      summary: 'Submit a draft profile for publication',
      description: 'Who acts for the organisation (its administrators, its cluster’s managers, staff).',
      security: secured,
      request: { params: idParam },
      responses: { 200: json(organisationSchema, 'Submitted'), ...errorsOf(401, 403, 404, 409) },
    }),
    async (c) => {
      const user = requireUser(c);
      const { id } = c.req.valid('param');
      const org = await organisationActedForBy(c, user, id);
      if (org.publicationStatus === 'published')
        throw new ApiError(409, 'conflict', `organisation "${id}" is already published`);
      const updated = await c
        .get('deps')
        .store.organisationDirectory.setPublicationStatus(id, 'submitted', actorOf(user));
      if (!updated) throw notFound('organisation', id);
      return c.json(updated, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/organisations/{id}/publish',
      tags: ['organisations'],
      summary: 'Publish an organisation (admins and analysts)',
      description: 'Answers the ECCP checklist in `lang`; the checklist informs, it does not block.',
      security: secured,
      request: { params: idParam, query: langQuery },
      responses: {
        200: json(publishedSchema, 'Published, with the checklist'),
        ...errorsOf(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const { id } = c.req.valid('param');
      if (!permissions.publishOrganisation(user))
        throw forbidden('only admins and analysts publish organisations');
      const updated = await c
        .get('deps')
        .store.organisationDirectory.setPublicationStatus(id, 'published', actorOf(user));
      if (!updated) throw notFound('organisation', id);
      const checklist = checklistOf(updated, c.req.valid('query').lang, new Date().getUTCFullYear());
      return c.json({ organisation: updated, checklist }, 200);
    },
  );
}
