/** The signed-in user of a request, or 401: the first line of every route that needs one. */
import type { AppEnv } from '../context';
import { permissions } from '@polos/core/permissions';
import { forbidden, unauthenticated } from '../errors';

export function requireUser(c: { get(key: 'user'): AppEnv['Variables']['user'] }) {
  const user = c.get('user');
  if (!user) throw unauthenticated();
  return user;
}

/** The signed-in admin, or 401/403: routes that manage users and read the audit log. */
export function requireAdmin(c: { get(key: 'user'): AppEnv['Variables']['user'] }) {
  const user = requireUser(c);
  if (!permissions.manageUsers(user)) throw forbidden('only admins manage users and read the audit log');
  return user;
}
