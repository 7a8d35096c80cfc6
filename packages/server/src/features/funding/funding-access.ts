/**
 * Who reads an organisation's funding and sustainability (decision 083): whoever acts for it
 * (its administrators, the managers of its cluster) and staff; anyone else only once the
 * organisation publishes its sustainability, and then only if they see the organisation.
 * Everyone else gets 404, as if there were nothing.
 */
import type { Organisation, User } from '@polos/core';
import { permissions } from '@polos/core/permissions';
import type { Context } from 'hono';
import type { AppEnv } from '../../context';
import { notFound } from '../../errors';
import { organisationVisibleTo } from '../organisations/organisation-visibility';

/**
 * The organisation and whether it publishes `records` (`isPublished`); 404, naming them, when the
 * reader may not see them (decision 083's rule, shared by the excellence records, decision 086).
 */
export async function publishableReadableBy(
  c: Context<AppEnv>,
  id: string,
  records: { name: string; isPublished: (store: AppEnv['Variables']['deps']['store']) => Promise<boolean> },
): Promise<{ org: Organisation; published: boolean }> {
  const { store } = c.get('deps');
  const user: User | null = c.get('user') ?? null;
  const org = await store.getOrganisation(id, { includePrivate: true });
  if (!org) throw notFound('organisation', id);
  const published = await records.isPublished(store);
  if (published && organisationVisibleTo(user, org)) return { org, published };
  const isAdministrator = user ? await store.organisationAdmins.isAdmin(id, user.id) : false;
  if (user && permissions.actForOrganisation(user, org.clusterId, isAdministrator)) return { org, published };
  throw notFound(records.name, id);
}

/** The organisation and whether it publishes its sustainability; 404 when the reader may not see it. */
export function fundingReadableBy(
  c: Context<AppEnv>,
  id: string,
): Promise<{ org: Organisation; published: boolean }> {
  return publishableReadableBy(c, id, {
    name: 'organisation sustainability',
    isPublished: (store) => store.funding.published(id),
  });
}
