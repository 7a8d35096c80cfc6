/**
 * An organisation's agenda at an event: `GET /api/events/{id}/agenda?organisationId=` (JSON)
 * and `GET /api/events/{id}/agenda.ics?organisationId=` (iCalendar, RFC 5545: times in UTC,
 * LOCATION = the table). Read by who acts for the organisation, or by the organiser.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { toICalendar } from '@polos/core';
import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { requireUser } from '../../auth/require-user';
import { errorsOf, json, secured } from '../../openapi/responses';
import { resourceRoutes } from '../../openapi/resource-routes';
import { readsForOrganisation, visibleEvent } from './event-access';
import { agendaSchema, eventParam, organisationQuery } from './event-schemas';

type Agenda = z.infer<typeof agendaSchema>;

async function agendaOf(c: Context<AppEnv>, id: string, organisationId: string): Promise<Agenda> {
  const user = requireUser(c);
  const event = await visibleEvent(c, id);
  await readsForOrganisation(c, user, event, organisationId);
  const { store } = c.get('deps');
  const [requests, registrations] = await Promise.all([
    store.events.listRequests(event.id, organisationId, new Date()),
    store.events.registrations(event.id),
  ]);
  const orgs = new Map(registrations.map((r) => [r.organisationId, r]));
  const items = requests
    .filter((r) => r.status === 'accepted' && r.slotId && r.table && r.startsAt && r.endsAt)
    .map((r) => {
      const otherId = r.fromOrganisationId === organisationId ? r.toOrganisationId : r.fromOrganisationId;
      const other = orgs.get(otherId);
      return {
        meetingId: r.id,
        start: r.startsAt!,
        end: r.endsAt!,
        slotId: r.slotId!,
        table: r.table!,
        with: { id: otherId, name: other?.organisationName ?? otherId, country: other?.country ?? '' },
        message: r.message,
        outcome: r.outcome,
      };
    })
    .sort((a, b) => a.start.localeCompare(b.start));
  return { event: { id: event.id, title: event.title, timeZone: event.timeZone }, organisationId, items };
}

export function registerAgendaRoutes(app: OpenAPIHono<AppEnv>): void {
  const routes = resourceRoutes(app, 'events');
  routes.get('/api/events/{id}/agenda', {
    summary: "An organisation's placed meetings, by time (who acts for it, or the organiser)",
    signedIn: true,
    params: eventParam,
    query: organisationQuery,
    ok: json(agendaSchema, 'The agenda'),
    errors: [403],
    answer: ({ params: { id }, query: { organisationId } }, c) => agendaOf(c, id, organisationId),
  });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/events/{id}/agenda.ics',
      tags: ['events'],
      summary: "An organisation's agenda as iCalendar (text/calendar)",
      security: secured,
      request: { params: eventParam, query: organisationQuery },
      responses: {
        200: { description: 'RFC 5545 calendar', content: { 'text/calendar': { schema: z.string() } } },
        ...errorsOf(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const agenda = await agendaOf(c, c.req.valid('param').id, c.req.valid('query').organisationId);
      const host = new URL(c.req.url).hostname || 'polos';
      const text = toICalendar({
        name: agenda.event.title,
        timeZone: agenda.event.timeZone,
        stamp: new Date().toISOString(),
        entries: agenda.items.map((m) => ({
          uid: `${m.meetingId}@${host}`,
          start: m.start,
          end: m.end,
          summary: `${agenda.event.title}: ${m.with.name}`,
          location: m.table,
          ...(m.message ? { description: m.message } : {}),
        })),
      });
      return c.body(text, 200, {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': 'attachment; filename="agenda.ics"',
      });
    },
  );
}
