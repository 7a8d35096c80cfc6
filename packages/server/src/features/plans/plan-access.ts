/**
 * Who reads an organisation's plans and indicators (issue 13 point 7; decision 084): who acts
 * for it (its administrators, the managers of its cluster) and staff. They are private: to
 * anyone else the organisation's plans do not exist (404), so their existence is not told.
 */
import type { Organisation, User } from '@polos/core';
import { permissions } from '@polos/core/permissions';
import type { Context } from 'hono';
import type { AppEnv } from '../../context';
import { requireUser } from '../../auth/require-user';
import { notFound } from '../../errors';

/** The organisation `id` if the signed-in caller may read its plans; 404 otherwise. */
export async function plansReadableBy(c: Context<AppEnv>, id: string): Promise<Organisation> {
  const user: User = requireUser(c);
  const { store } = c.get('deps');
  const org = await store.getOrganisation(id, { includePrivate: true });
  if (!org) throw notFound('organisation', id);
  const isAdministrator = await store.organisationAdmins.isAdmin(id, user.id);
  if (!permissions.actForOrganisation(user, org.clusterId, isAdministrator))
    throw notFound('organisation', id);
  return org;
}
