/**
 * Who sees an organisation in the directory (decision 076): signed-in users see every
 * organisation; anonymous users only published public ones.
 */
import type { Organisation, User } from '@polos/core';
import { permissions } from '@polos/core/permissions';

export function organisationVisibleTo(
  user: User | null,
  org: Pick<Organisation, 'isPublic' | 'publicationStatus'>,
): boolean {
  return permissions.readPrivate(user) || (org.isPublic && org.publicationStatus === 'published');
}
