/**
 * Whether a signed-in user acts for an organisation (core `permissions.actForOrganisation`:
 * staff, the managers of the cluster it manages, its administrators). Every write on an
 * organisation or on what belongs to it (administrators, posts, registrations, agreement
 * outcomes) asks here first.
 */
import type { Organisation, User } from '@polos/core';
import { permissions } from '@polos/core/permissions';
import type { Context } from 'hono';
import type { AppEnv } from '../../context';
import { forbidden, notFound } from '../../errors';

/** The organisation `id` if `user` may act for it; 404 when there is none, 403 when not theirs. */
export async function organisationActedForBy(
  c: Context<AppEnv>,
  user: User,
  id: string,
): Promise<Organisation> {
  const { store } = c.get('deps');
  const org = await store.getOrganisation(id, { includePrivate: true });
  if (!org) throw notFound('organisation', id);
  const isAdministrator = await store.organisationAdmins.isAdmin(id, user.id);
  if (!permissions.actForOrganisation(user, org.clusterId, isAdministrator))
    throw forbidden(`you do not act for organisation "${id}"`);
  return org;
}
