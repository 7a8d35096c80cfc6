/**
 * `GET /api/me/meeting-requests`: the meeting requests addressed to the organisations the
 * signed-in user acts for by name (organisationsActedForByName: those she administers,
 * those whose cluster she manages), across every event that is not a draft — by default
 * the pending ones she must answer, soonest expiry first. "My work" lists them. Staff see
 * only the organisations named for them here, not every request of the platform.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { meetingRequestStatusSchema } from '@polos/core';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { requireUser } from '../../auth/require-user';
import { json } from '../../openapi/responses';
import { resourceRoutes } from '../../openapi/resource-routes';
import { organisationsActedForByName } from '../organisations';
import { meetingRequestSchema } from './event-schemas';

const receivedRequestSchema = meetingRequestSchema
  .extend({
    eventTitle: z.string(),
    eventStartDate: z.string().describe('YYYY-MM-DD, in the venue’s calendar.'),
    eventEndDate: z.string(),
    eventTimeZone: z.string(),
    fromOrganisationName: z.string(),
    toOrganisationName: z.string(),
  })
  .meta({ id: 'ReceivedMeetingRequest' });

const receivedPageSchema = z
  .object({
    items: z.array(receivedRequestSchema),
    total: z.number().int().describe('Every request that matches; `items` holds at most `limit`.'),
  })
  .meta({ id: 'ReceivedMeetingRequests' });

const query = z.object({
  status: meetingRequestStatusSchema.default('pending').describe('__Default:__ pending.'),
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('1–200. __Default:__ 50.'),
});

export function registerMyMeetingRequestRoutes(app: OpenAPIHono<AppEnv>): void {
  resourceRoutes(app, 'events').get('/api/me/meeting-requests', {
    summary: 'Meeting requests addressed to the organisations the signed-in user acts for',
    description:
      'Across every event that is not a draft; soonest expiry first. Only the organisations the user administers or whose cluster she manages (GET /api/me/organisations), staff included.',
    signedIn: true,
    query,
    ok: json(receivedPageSchema, 'Soonest expiry first'),
    async answer({ query: { status, limit } }, c) {
      const user = requireUser(c);
      const { store } = c.get('deps');
      const organisations = await organisationsActedForByName(store, user);
      return store.events.receivedRequests(
        organisations.map((o) => o.id),
        { status, limit },
        new Date(),
      );
    },
  });
}
