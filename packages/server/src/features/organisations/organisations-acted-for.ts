/**
 * The organisations a user acts for by name (decision 075): those they administer and, for
 * a cluster manager, those whose cluster they manage. Viewers act for none. Staff act for
 * every organisation (core `permissions.actForOrganisation`), but this lists only the ones
 * named for them, so their forms and their to-do lists stay their own.
 */
import type { User } from '@polos/core';
import type { Store } from '@polos/store';

export interface ActedForOrganisation {
  id: string;
  name: string;
  country: string;
}

/**
 * @example await organisationsActedForByName(store, user) // [{ id: 'es21-hegan-association', name: 'HEGAN …', country: 'ES' }]
 */
export async function organisationsActedForByName(store: Store, user: User): Promise<ActedForOrganisation[]> {
  const ids = new Set(user.role === 'viewer' ? [] : await store.organisationAdmins.organisationsOf(user.id));
  const found = new Map<string, ActedForOrganisation>();
  for (const id of ids) {
    const org = await store.getOrganisation(id, { includePrivate: true });
    if (org) found.set(org.id, { id: org.id, name: org.name, country: org.country });
  }
  if (user.role === 'cluster_manager')
    for (const clusterId of user.grants) {
      const page = await store.listOrganisations(
        { cluster_id: clusterId, limit: 100, offset: 0 },
        { includePrivate: true },
      );
      for (const org of page.items) found.set(org.id, { id: org.id, name: org.name, country: org.country });
    }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}
