/**
 * `POST /api/events/{id}/meetings/{mid}/agreement`: a meeting whose outcome is an MoU or an
 * agreement becomes a cooperation agreement in the register (store.agreements; decision
 * 077), its parties the two organisations, by who acts for either side. Once per meeting:
 * the agreement's id is `meeting-{mid}` (409 the second time).
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { cooperationAgreementSchema } from '@polos/core';
import { z } from 'zod';
import { actorOf, type AppEnv } from '../../context';
import { ApiError, notFound } from '../../errors';
import { resourceRoutes } from '../../openapi/resource-routes';
import { json } from '../../openapi/responses';
import { organisationActedForBy } from '../organisations/organisation-access';
import { visibleEvent } from './event-access';
import { meetingParam } from './event-schemas';

const agreementFromMeetingSchema = z
  .object({
    organisationId: z.string().min(1).max(100).describe('The side asking (who acts for it).'),
    objectives: z.string().trim().max(2000).optional().describe('Default: the outcome note.'),
    areas: z.array(z.string().trim().min(1).max(200)).max(20).default([]),
  })
  .meta({ id: 'AgreementFromMeetingInput' });

export function registerAgreementFromMeetingRoute(app: OpenAPIHono<AppEnv>): void {
  const routes = resourceRoutes(app, 'events');
  routes.write('post', '/api/events/{id}/meetings/{mid}/agreement', {
    summary: 'Turn a meeting’s MoU or agreement outcome into a cooperation agreement (either side)',
    params: meetingParam,
    body: agreementFromMeetingSchema,
    ok: json(cooperationAgreementSchema, 'The agreement registered'),
    errors: [400, 403, 404, 409],
    async write(user, { params: { id, mid }, body: input }, c) {
      const event = await visibleEvent(c, id);
      const { store } = c.get('deps');
      const meeting = await store.events.getRequest(id, mid, new Date());
      if (!meeting || meeting.status !== 'accepted') throw notFound('meeting', mid);
      const sides = [meeting.fromOrganisationId, meeting.toOrganisationId];
      if (!sides.includes(input.organisationId))
        throw new ApiError(400, 'invalid_input', 'invalid input', [
          { path: 'organisationId', message: 'not a side of this meeting' },
        ]);
      await organisationActedForBy(c, user, input.organisationId);
      if (meeting.outcome !== 'mou' && meeting.outcome !== 'agreement')
        throw new ApiError(409, 'conflict', 'record an outcome of mou or agreement first');
      const [a, b] = await Promise.all(sides.map((s) => store.getOrganisation(s, { includePrivate: true })));
      const year = Number((meeting.startsAt ?? event.startDate).slice(0, 4));
      const agreement = cooperationAgreementSchema.parse({
        id: `meeting-${mid}`,
        parties: sides.map((organisationId) => ({ organisationId, description: null })),
        scope: a?.country && b?.country && a.country !== b.country ? 'international' : 'local_national',
        sectorRelation: null,
        instrument: meeting.outcome === 'mou' ? 'mou' : 'collaboration_agreement',
        objectives: input.objectives ?? (meeting.outcomeNote || null),
        areas: input.areas,
        sponsors: [],
        startYear: year,
        endYear: null,
        yearAsPrinted: null,
        signedOn: null,
        endsOn: null,
        status: 'signed',
        statusAsReported: null,
        outcomes: [],
        source: `polos matchmaking event "${event.title}" (${event.id}), meeting ${mid}`.slice(0, 2000),
        notes: null,
      });
      return store.agreements.create(agreement, actorOf(user));
    },
  });
}
