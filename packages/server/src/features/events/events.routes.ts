/**
 * Matchmaking events and registrations: `GET|POST /api/events`, `GET|PATCH /api/events/{id}`,
 * `GET|POST /api/events/{id}/registrations`. Admins, analysts and coordinators create events
 * and organise them; an organiser edits only their own (admins every one). An organisation
 * registers through whoever acts for it, while the event is open and before its deadline.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { eventInputSchema, eventPatchSchema, eventStatusSchema, registrationInputSchema } from '@polos/core';
import { permissions } from '@polos/core/permissions';
import { z } from 'zod';
import { actorOf, type AppEnv } from '../../context';
import { ApiError, forbidden } from '../../errors';
import { json } from '../../openapi/responses';
import { resourceRoutes } from '../../openapi/resource-routes';
import { organisationActedForBy } from '../organisations/organisation-access';
import { editableEvent, visibleEvent } from './event-access';
import { eventPageSchema, eventParam, eventSchema, registrationSchema } from './event-schemas';

const listQuery = z.object({
  status: eventStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

const tag = 'events';

export function registerEventRoutes(app: OpenAPIHono<AppEnv>): void {
  const routes = resourceRoutes(app, tag);
  routes.get('/api/events', {
    summary: 'List matchmaking events (drafts: only your own; admins: all)',
    query: listQuery,
    ok: json(eventPageSchema, 'A page of events, latest first'),
    answer({ query }, c) {
      const user = c.get('user');
      const draftsOf = user?.role === 'admin' ? 'all' : (user?.id ?? '');
      return c.get('deps').store.events.list(query, draftsOf);
    },
  });

  routes.write('post', '/api/events', {
    summary: 'Create a matchmaking event (admins, analysts, coordinators); you are its organiser',
    body: eventInputSchema,
    ok: json(eventSchema, 'The event'),
    errors: [400, 403],
    write(user, { body }, c) {
      if (!permissions.createEvent(user))
        throw forbidden('only admins, analysts and coordinators create events');
      return c.get('deps').store.events.create(body, user.id, actorOf(user));
    },
  });

  routes.get('/api/events/{id}', {
    summary: 'Read an event',
    params: eventParam,
    ok: json(eventSchema, 'The event'),
    errors: [400],
    answer: ({ params: { id } }, c) => visibleEvent(c, id),
  });

  routes.write('patch', '/api/events/{id}', {
    summary: 'Update an event (its organiser, or an admin); only the fields sent change',
    params: eventParam,
    body: eventPatchSchema,
    ok: json(eventSchema, 'The event'),
    errors: [400, 403, 404],
    async write(user, { params: { id }, body: patch }, c) {
      const event = await editableEvent(c, user, id);
      const startDate = patch.startDate ?? event.startDate;
      if ((patch.endDate ?? event.endDate) < startDate)
        throw new ApiError(400, 'invalid_input', 'invalid input', [
          { path: 'endDate', message: 'endDate is before startDate' },
        ]);
      return c.get('deps').store.events.update(id, patch, actorOf(user));
    },
  });

  routes.get('/api/events/{id}/registrations', {
    summary: 'The organisations registered, with their marketplace items (signed-in users)',
    signedIn: true,
    params: eventParam,
    ok: json(z.array(registrationSchema), 'By organisation name'),
    errors: [400],
    async answer({ params: { id } }, c) {
      const event = await visibleEvent(c, id);
      return c.get('deps').store.events.registrations(event.id);
    },
  });

  routes.write('post', '/api/events/{id}/registrations', {
    summary: 'Register an organisation (who acts for it), or update its registration',
    description: 'The event must be open and its registration deadline not passed (409 otherwise).',
    params: eventParam,
    body: registrationInputSchema,
    ok: json(registrationSchema, 'The registration'),
    errors: [400, 403, 404, 409],
    async write(user, { params: { id }, body: input }, c) {
      const event = await visibleEvent(c, id);
      await organisationActedForBy(c, user, input.organisationId);
      if (event.status !== 'open' || Date.parse(event.registrationDeadline) < Date.now())
        throw new ApiError(409, 'conflict', 'registration is closed for this event');
      const sessionIds = new Set(event.sessions.map((_, i) => `s${i + 1}`));
      const unknown = (input.sessions ?? []).find((s) => !sessionIds.has(s));
      if (unknown)
        throw new ApiError(400, 'invalid_input', 'invalid input', [
          { path: 'sessions', message: `the event has no session "${unknown}"` },
        ]);
      return c.get('deps').store.events.register(event.id, input, actorOf(user));
    },
  });
}
