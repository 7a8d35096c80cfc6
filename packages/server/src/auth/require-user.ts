/** The signed-in user of a request, or 401: the first line of every route that needs one. */
import type { AppEnv } from '../context';
import { unauthenticated } from '../errors';

export function requireUser(c: { get(key: 'user'): AppEnv['Variables']['user'] }) {
  const user = c.get('user');
  if (!user) throw unauthenticated();
  return user;
}
