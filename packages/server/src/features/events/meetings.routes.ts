/**
 * Meeting requests and meetings of an event: a registered organisation asks another for a
 * meeting (who acts for the sender); only who acts for the receiver accepts or declines;
 * unanswered requests expire (store: checked on read and by the server's sweep). An
 * accepted meeting is placed at once when a slot and table are free; the organiser's
 * `POST …/schedule` places all of them (and turns mutual requests into meetings). After a
 * meeting, either side records its outcome.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { meetingOutcomeInputSchema, meetingRequestInputSchema } from '@polos/core';
import { permissions } from '@polos/core/permissions';
import type { Context } from 'hono';
import { z } from 'zod';
import { actorOf, type AppEnv } from '../../context';
import { ApiError, forbidden, notFound } from '../../errors';
import { requireUser } from '../../auth/require-user';
import { errorsOf, json, secured } from '../../openapi/responses';
import { resourceRoutes } from '../../openapi/resource-routes';
import { organisationActedForBy } from '../organisations/organisation-access';
import { editableEvent, readsForOrganisation, visibleEvent } from './event-access';
import {
  eventParam,
  meetingParam,
  meetingRequestSchema,
  requestParam,
  scheduleResultSchema,
} from './event-schemas';

const tag = 'events';
const invalid = (path: string, message: string) =>
  new ApiError(400, 'invalid_input', 'invalid input', [{ path, message }]);

export function registerMeetingRoutes(app: OpenAPIHono<AppEnv>): void {
  const routes = resourceRoutes(app, tag);
  routes.write('post', '/api/events/{id}/requests', {
    summary: 'Ask another registered organisation for a meeting (who acts for the sender)',
    params: eventParam,
    body: meetingRequestInputSchema,
    ok: json(meetingRequestSchema, 'The request'),
    errors: [400, 403, 404, 409],
    async write(user, { params: { id }, body: input }, c) {
      const event = await visibleEvent(c, id);
      await organisationActedForBy(c, user, input.fromOrganisationId);
      const { store } = c.get('deps');
      if (event.status !== 'open') throw new ApiError(409, 'conflict', 'the event is not open');
      for (const [path, org] of [
        ['fromOrganisationId', input.fromOrganisationId],
        ['toOrganisationId', input.toOrganisationId],
      ] as const)
        if (!(await store.events.isRegistered(event.id, org)))
          throw invalid(path, `organisation "${org}" is not registered for this event`);
      return store.events.createRequest(event.id, input, new Date(), actorOf(user));
    },
  });

  routes.get('/api/events/{id}/requests', {
    summary: "An organisation's requests, sent and received (who acts for it, or the organiser)",
    description: 'Without organisationId: every request of the event, for its organiser.',
    signedIn: true,
    params: eventParam,
    query: z.object({ organisationId: z.string().min(1).max(100).optional() }),
    ok: json(z.array(meetingRequestSchema), 'By time'),
    errors: [403],
    async answer({ params: { id }, query: { organisationId } }, c) {
      const user = requireUser(c);
      const event = await visibleEvent(c, id);
      if (organisationId === undefined) {
        if (!permissions.editEvent(user, event.organiserId))
          throw forbidden('name the organisationId you act for');
      } else await readsForOrganisation(c, user, event, organisationId);
      return c.get('deps').store.events.listRequests(event.id, organisationId, new Date());
    },
  });

  for (const answer of ['accept', 'decline'] as const)
    routes.write('post', `/api/events/{id}/requests/{rid}/${answer}`, {
      summary: `${answer === 'accept' ? 'Accept' : 'Decline'} a meeting request (who acts for the receiving organisation)`,
      ...(answer === 'accept'
        ? { description: 'The meeting is placed at once when a slot and table are free for both sides.' }
        : {}),
      params: requestParam,
      ok: json(meetingRequestSchema, 'The request'),
      status: 200,
      errors: [400, 403, 404, 409],
      async write(user, { params: { id, rid } }, c) {
        await visibleEvent(c, id);
        const { store } = c.get('deps');
        const request = await store.events.getRequest(id, rid, new Date());
        if (!request) throw notFound('meeting request', rid);
        await organisationActedForBy(c, user, request.toOrganisationId);
        const status = answer === 'accept' ? 'accepted' : 'declined';
        const answered = await store.events.answer(id, rid, status, new Date(), actorOf(user));
        if (!answered) throw new ApiError(409, 'conflict', `the request is ${request.status}, not pending`);
        if (status === 'declined') return answered;
        await store.events.schedule(id, { onlyId: rid }, actorOf(user));
        return (await store.events.getRequest(id, rid, new Date()))!;
      },
    });

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/events/{id}/schedule',
      tags: ['events'],
      summary: 'Place every accepted meeting not yet placed (the organiser)',
      description:
        'Mutual pending requests become one meeting each first (unless `mutual` is false). Placements made before are kept. What cannot be placed is listed with the reason.',
      security: secured,
      request: {
        params: eventParam,
        body: {
          content: {
            'application/json': { schema: z.object({ mutual: z.boolean().default(true) }).strict() },
          },
          required: false,
        },
      },
      responses: { 200: json(scheduleResultSchema, 'What was placed'), ...errorsOf(400, 401, 403, 404) },
    }),
    async (c) => {
      const user = requireUser(c);
      const event = await editableEvent(c, user, c.req.valid('param').id);
      const body = (await bodyOrEmpty(c)) as { mutual?: boolean };
      const mutual = body.mutual ?? true;
      return c.json(await c.get('deps').store.events.schedule(event.id, { mutual }, actorOf(user)), 200);
    },
  );

  routes.write('post', '/api/events/{id}/meetings/{mid}/outcome', {
    summary: "Record a meeting's outcome, after it took place (who acts for either side)",
    params: meetingParam,
    body: meetingOutcomeInputSchema,
    ok: json(meetingRequestSchema, 'The meeting'),
    status: 200,
    errors: [400, 403, 404, 409],
    async write(user, { params: { id, mid }, body: input }, c) {
      await visibleEvent(c, id);
      const { store } = c.get('deps');
      const meeting = await store.events.getRequest(id, mid, new Date());
      if (!meeting || meeting.status !== 'accepted') throw notFound('meeting', mid);
      if (![meeting.fromOrganisationId, meeting.toOrganisationId].includes(input.organisationId))
        throw invalid('organisationId', 'not a side of this meeting');
      await organisationActedForBy(c, user, input.organisationId);
      if (!meeting.endsAt || Date.parse(meeting.endsAt) > Date.now())
        throw new ApiError(409, 'conflict', 'the meeting has not taken place yet');
      return store.events.recordOutcome(id, mid, input, actorOf(user));
    },
  });
}

/** The optional JSON body of `POST …/schedule`, validated by its route (empty: `{}`). */
async function bodyOrEmpty(c: Context<AppEnv>): Promise<unknown> {
  const text = await c.req.text();
  if (!text.trim()) return {};
  const parsed = z.object({ mutual: z.boolean().optional() }).strict().safeParse(JSON.parse(text));
  if (!parsed.success) throw invalid('mutual', 'send { "mutual": true | false } or nothing');
  return parsed.data;
}
