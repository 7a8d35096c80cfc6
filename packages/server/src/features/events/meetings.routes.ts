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
import { jsonBody } from '../../openapi/request-parts';
import { organisationActedForBy } from '../organisations/organisation-access';
import { editableEvent, readsForOrganisation, visibleEvent } from './event-access';
import {
  eventParam,
  meetingParam,
  meetingRequestSchema,
  requestParam,
  scheduleResultSchema,
} from './event-schemas';

const invalid = (path: string, message: string) =>
  new ApiError(400, 'invalid_input', 'invalid input', [{ path, message }]);

export function registerMeetingRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/events/{id}/requests',
      tags: ['events'],
      summary: 'Ask another registered organisation for a meeting (who acts for the sender)',
      security: secured,
      request: {
        params: eventParam,
        body: jsonBody(meetingRequestInputSchema),
      },
      responses: { 201: json(meetingRequestSchema, 'The request'), ...errorsOf(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const user = requireUser(c);
      const event = await visibleEvent(c, c.req.valid('param').id);
      const input = c.req.valid('json');
      await organisationActedForBy(c, user, input.fromOrganisationId);
      const { store } = c.get('deps');
      if (event.status !== 'open') throw new ApiError(409, 'conflict', 'the event is not open');
      for (const [path, id] of [
        ['fromOrganisationId', input.fromOrganisationId],
        ['toOrganisationId', input.toOrganisationId],
      ] as const)
        if (!(await store.events.isRegistered(event.id, id)))
          throw invalid(path, `organisation "${id}" is not registered for this event`);
      return c.json(await store.events.createRequest(event.id, input, new Date(), actorOf(user)), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/events/{id}/requests',
      tags: ['events'],
      summary: "An organisation's requests, sent and received (who acts for it, or the organiser)",
      description: 'Without organisationId: every request of the event, for its organiser.',
      security: secured,
      request: {
        params: eventParam,
        query: z.object({ organisationId: z.string().min(1).max(100).optional() }),
      },
      responses: { 200: json(z.array(meetingRequestSchema), 'By time'), ...errorsOf(400, 401, 403, 404) },
    }),
    async (c) => {
      const user = requireUser(c);
      const event = await visibleEvent(c, c.req.valid('param').id);
      const { organisationId } = c.req.valid('query');
      if (organisationId === undefined) {
        if (!permissions.editEvent(user, event.organiserId))
          throw forbidden('name the organisationId you act for');
      } else await readsForOrganisation(c, user, event, organisationId);
      return c.json(await c.get('deps').store.events.listRequests(event.id, organisationId, new Date()), 200);
    },
  );

  for (const answer of ['accept', 'decline'] as const)
    app.openapi(
      createRoute({
        method: 'post',
        path: `/api/events/{id}/requests/{rid}/${answer}`,
        tags: ['events'],
        summary: `${answer === 'accept' ? 'Accept' : 'Decline'} a meeting request (who acts for the receiving organisation)`,
        description:
          answer === 'accept'
            ? 'The meeting is placed at once when a slot and table are free for both sides.'
            : undefined,
        security: secured,
        request: { params: requestParam },
        responses: { 200: json(meetingRequestSchema, 'The request'), ...errorsOf(400, 401, 403, 404, 409) },
      }),
      async (c) => {
        const user = requireUser(c);
        const { id, rid } = c.req.valid('param');
        await visibleEvent(c, id);
        const { store } = c.get('deps');
        const request = await store.events.getRequest(id, rid, new Date());
        if (!request) throw notFound('meeting request', rid);
        await organisationActedForBy(c, user, request.toOrganisationId);
        const status = answer === 'accept' ? 'accepted' : 'declined';
        const answered = await store.events.answer(id, rid, status, new Date(), actorOf(user));
        if (!answered) throw new ApiError(409, 'conflict', `the request is ${request.status}, not pending`);
        if (status === 'declined') return c.json(answered, 200);
        await store.events.schedule(id, { onlyId: rid }, actorOf(user));
        return c.json((await store.events.getRequest(id, rid, new Date()))!, 200);
      },
    );

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

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/events/{id}/meetings/{mid}/outcome',
      tags: ['events'],
      summary: "Record a meeting's outcome, after it took place (who acts for either side)",
      security: secured,
      request: {
        params: meetingParam,
        body: jsonBody(meetingOutcomeInputSchema),
      },
      responses: { 200: json(meetingRequestSchema, 'The meeting'), ...errorsOf(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const user = requireUser(c);
      const { id, mid } = c.req.valid('param');
      await visibleEvent(c, id);
      const input = c.req.valid('json');
      const { store } = c.get('deps');
      const meeting = await store.events.getRequest(id, mid, new Date());
      if (!meeting || meeting.status !== 'accepted') throw notFound('meeting', mid);
      if (![meeting.fromOrganisationId, meeting.toOrganisationId].includes(input.organisationId))
        throw invalid('organisationId', 'not a side of this meeting');
      await organisationActedForBy(c, user, input.organisationId);
      if (!meeting.endsAt || Date.parse(meeting.endsAt) > Date.now())
        throw new ApiError(409, 'conflict', 'the meeting has not taken place yet');
      return c.json(await store.events.recordOutcome(id, mid, input, actorOf(user)), 200);
    },
  );
}

/** The optional JSON body of `POST …/schedule`, validated by its route (empty: `{}`). */
async function bodyOrEmpty(c: Context<AppEnv>): Promise<unknown> {
  const text = await c.req.text();
  if (!text.trim()) return {};
  const parsed = z.object({ mutual: z.boolean().optional() }).strict().safeParse(JSON.parse(text));
  if (!parsed.success) throw invalid('mutual', 'send { "mutual": true | false } or nothing');
  return parsed.data;
}
