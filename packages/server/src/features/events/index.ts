/** Matchmaking events (issue 12 point 4; decision 078): events, registrations, meetings, agendas. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../context';
import { registerAgendaRoutes } from './agenda.routes';
import { registerAgreementFromMeetingRoute } from './agreement.routes';
import { registerEventRoutes } from './events.routes';
import { registerMeetingRoutes } from './meetings.routes';
import { registerMyMeetingRequestRoutes } from './my-meeting-requests.routes';

export function registerEvents(app: OpenAPIHono<AppEnv>): void {
  registerEventRoutes(app);
  registerMeetingRoutes(app);
  registerMyMeetingRequestRoutes(app);
  registerAgendaRoutes(app);
  registerAgreementFromMeetingRoute(app);
}
