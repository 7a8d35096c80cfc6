/**
 * Who sees and edits an event (core permissions.createEvent/editEvent): drafts are seen only
 * by who may edit them; an organiser edits only their own events (admins every one).
 */
import type { User } from '@polos/core';
import { permissions } from '@polos/core/permissions';
import type { MatchmakingEvent } from '@polos/store';
import type { Context } from 'hono';
import type { AppEnv } from '../../context';
import { forbidden, notFound } from '../../errors';
import { organisationActedForBy } from '../organisations/organisation-access';

/** The event `id` as `user` may see it; 404 when there is none or it is someone else's draft. */
export async function visibleEvent(c: Context<AppEnv>, id: string): Promise<MatchmakingEvent> {
  const event = await c.get('deps').store.events.get(id);
  if (!event || (event.status === 'draft' && !permissions.editEvent(c.get('user'), event.organiserId)))
    throw notFound('event', id);
  return event;
}

/** The event if `user` may edit it (its organiser, or an admin); 403 otherwise. */
export async function editableEvent(c: Context<AppEnv>, user: User, id: string): Promise<MatchmakingEvent> {
  const event = await visibleEvent(c, id);
  if (!permissions.editEvent(user, event.organiserId)) throw forbidden('only the organiser edits this event');
  return event;
}

/** Whoever acts for `organisationId` or organises the event reads what concerns the organisation. */
export async function readsForOrganisation(
  c: Context<AppEnv>,
  user: User,
  event: MatchmakingEvent,
  organisationId: string,
): Promise<void> {
  if (permissions.editEvent(user, event.organiserId)) return;
  await organisationActedForBy(c, user, organisationId);
}
