/**
 * Matchmaking events and registrations: `GET|POST /api/events`, `GET|PATCH /api/events/{id}`,
 * `GET|POST /api/events/{id}/registrations`. Admins, analysts and coordinators create events
 * and organise them; an organiser edits only their own (admins every one). An organisation
 * registers through whoever acts for it, while the event is open and before its deadline.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { eventInputSchema, eventPatchSchema, eventStatusSchema, registrationInputSchema } from '@polos/core';
import { permissions } from '@polos/core/permissions';
import { z } from 'zod';
import { actorOf, type AppEnv } from '../../context';
import { ApiError, forbidden } from '../../errors';
import { requireUser } from '../../auth/require-user';
import { errorsOf, json, secured } from '../../openapi/responses';
import { jsonBody } from '../../openapi/request-parts';
import { organisationActedForBy } from '../organisations/organisation-access';
import { editableEvent, visibleEvent } from './event-access';
import { eventPageSchema, eventParam, eventSchema, registrationSchema } from './event-schemas';

const listQuery = z.object({
  status: eventStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export function registerEventRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/events',
      tags: ['events'],
      summary: 'List matchmaking events (drafts: only your own; admins: all)',
      request: { query: listQuery },
      responses: { 200: json(eventPageSchema, 'A page of events, latest first'), ...errorsOf(400) },
    }),
    async (c) => {
      const user = c.get('user');
      const draftsOf = user?.role === 'admin' ? 'all' : (user?.id ?? '');
      return c.json(await c.get('deps').store.events.list(c.req.valid('query'), draftsOf), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/events',
      tags: ['events'],
      summary: 'Create a matchmaking event (admins, analysts, coordinators); you are its organiser',
      security: secured,
      request: { body: jsonBody(eventInputSchema) },
      responses: { 201: json(eventSchema, 'The event'), ...errorsOf(400, 401, 403) },
    }),
    async (c) => {
      const user = requireUser(c);
      if (!permissions.createEvent(user))
        throw forbidden('only admins, analysts and coordinators create events');
      const event = await c.get('deps').store.events.create(c.req.valid('json'), user.id, actorOf(user));
      return c.json(event, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/events/{id}',
      tags: ['events'],
      summary: 'Read an event',
      request: { params: eventParam },
      responses: { 200: json(eventSchema, 'The event'), ...errorsOf(400, 404) },
    }),
    async (c) => c.json(await visibleEvent(c, c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/events/{id}',
      tags: ['events'],
      summary: 'Update an event (its organiser, or an admin); only the fields sent change',
      security: secured,
      request: {
        params: eventParam,
        body: jsonBody(eventPatchSchema),
      },
      responses: { 200: json(eventSchema, 'The event'), ...errorsOf(400, 401, 403, 404) },
    }),
    async (c) => {
      const user = requireUser(c);
      const { id } = c.req.valid('param');
      const event = await editableEvent(c, user, id);
      const patch = c.req.valid('json');
      const startDate = patch.startDate ?? event.startDate;
      if ((patch.endDate ?? event.endDate) < startDate)
        throw new ApiError(400, 'invalid_input', 'invalid input', [
          { path: 'endDate', message: 'endDate is before startDate' },
        ]);
      return c.json(await c.get('deps').store.events.update(id, patch, actorOf(user)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/events/{id}/registrations',
      tags: ['events'],
      summary: 'The organisations registered, with their marketplace items (signed-in users)',
      security: secured,
      request: { params: eventParam },
      responses: {
        200: json(z.array(registrationSchema), 'By organisation name'),
        ...errorsOf(400, 401, 404),
      },
    }),
    async (c) => {
      requireUser(c);
      const event = await visibleEvent(c, c.req.valid('param').id);
      return c.json(await c.get('deps').store.events.registrations(event.id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/events/{id}/registrations',
      tags: ['events'],
      summary: 'Register an organisation (who acts for it), or update its registration',
      description: 'The event must be open and its registration deadline not passed (409 otherwise).',
      security: secured,
      request: {
        params: eventParam,
        body: jsonBody(registrationInputSchema),
      },
      responses: { 201: json(registrationSchema, 'The registration'), ...errorsOf(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const user = requireUser(c);
      const event = await visibleEvent(c, c.req.valid('param').id);
      const input = c.req.valid('json');
      await organisationActedForBy(c, user, input.organisationId);
      if (event.status !== 'open' || Date.parse(event.registrationDeadline) < Date.now())
        throw new ApiError(409, 'conflict', 'registration is closed for this event');
      const sessionIds = new Set(event.sessions.map((_, i) => `s${i + 1}`));
      const unknown = (input.sessions ?? []).find((s) => !sessionIds.has(s));
      if (unknown)
        throw new ApiError(400, 'invalid_input', 'invalid input', [
          { path: 'sessions', message: `the event has no session "${unknown}"` },
        ]);
      return c.json(await c.get('deps').store.events.register(event.id, input, actorOf(user)), 201);
    },
  );
}
