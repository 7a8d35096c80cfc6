/**
 * Who acts for an agreement: staff, and whoever acts for at least one of its registered
 * parties (core `permissions.actForOrganisation`: their administrators, the managers of the
 * cluster they manage). A party that is not a registered organisation answers 400.
 */
import type { AgreementParty, User } from '@polos/core';
import { permissions } from '@polos/core/permissions';
import type { Context } from 'hono';
import type { AppEnv } from '../../context';
import { ApiError, forbidden } from '../../errors';

export async function actsForSomeParty(
  c: Context<AppEnv>,
  user: User,
  parties: readonly AgreementParty[],
): Promise<void> {
  const { store } = c.get('deps');
  let allowed = permissions.actForOrganisation(user, null, false);
  for (const [i, party] of parties.entries()) {
    if (party.organisationId === null) continue;
    const org = await store.getOrganisation(party.organisationId, { includePrivate: true });
    if (!org)
      throw new ApiError(400, 'invalid_input', 'invalid input', [
        { path: `parties.${i}.organisationId`, message: `no organisation with id "${party.organisationId}"` },
      ]);
    if (!allowed) {
      const isAdministrator = await store.organisationAdmins.isAdmin(org.id, user.id);
      allowed = permissions.actForOrganisation(user, org.clusterId, isAdministrator);
    }
  }
  if (!allowed) throw forbidden('you act for none of the agreement’s parties');
}
