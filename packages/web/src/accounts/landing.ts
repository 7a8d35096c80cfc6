/**
 * Where a person lands after signing in (or after setting a password from a link): a
 * cluster manager, or anyone granted clusters, lands on "My work" unless she was sent to
 * sign in from another page (`next`); everyone else keeps `next` (the cluster list by default).
 */
export function landingAfterSignIn(user: { role: string; grants: readonly string[] }, next = '/'): string {
  if (next !== '/') return next;
  return user.role === 'cluster_manager' || user.grants.length > 0 ? '/my-work' : '/';
}
