/**
 * The organisations the signed-in user acts for (GET /api/me/organisations), read once
 * per user: the web offers an organisation's writes (edit, submit, invite, post, see the
 * interests received) only to them; the server checks again.
 */
import { useEffect, useState } from 'react';
import { getMyOrganisations, type MyOrganisations } from '../api/organisations';
import { useSession } from '../session';

const NOBODY: MyOrganisations = { all: false, items: [] };
const cache = new Map<string, Promise<MyOrganisations>>();

/** `null` while loading; nobody's when signed out. */
export function useMyOrganisations(): MyOrganisations | null {
  const { user } = useSession();
  const [mine, setMine] = useState<{ userId: string; value: MyOrganisations } | null>(null);
  useEffect(() => {
    if (!user) return;
    let live = true;
    let loading = cache.get(user.id);
    if (!loading) {
      loading = getMyOrganisations();
      cache.set(user.id, loading);
      loading.catch(() => cache.delete(user.id));
    }
    loading.then(
      (value) => live && setMine({ userId: user.id, value }),
      () => live && setMine({ userId: user.id, value: NOBODY }),
    );
    return () => {
      live = false;
    };
  }, [user]);
  if (user === null) return NOBODY;
  if (!user || mine?.userId !== user.id) return null;
  return mine.value;
}

/** Whether the signed-in user acts for organisation `id`. */
export function actsFor(mine: MyOrganisations | null, id: string): boolean {
  return !!mine && (mine.all || mine.items.some((o) => o.id === id));
}
