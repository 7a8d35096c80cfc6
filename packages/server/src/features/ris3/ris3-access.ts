/**
 * Who writes RIS3 strategies (decision 091): admins and analysts record them; only the
 * analyst who recorded one, or an admin, edits or deletes it (403 for anyone else signed in).
 * Everyone reads them: a region's priorities are public policy.
 */
import type { User } from '@polos/core';
import { permissions } from '@polos/core/permissions';
import type { Ris3Strategy } from '@polos/core/ris3';
import type { Ris3Document } from '@polos/store';
import type { Context } from 'hono';
import { actorOf, type AppEnv } from '../../context';
import { ApiError, forbidden, notFound } from '../../errors';
import { datasetEntry } from '../map/dataset-spaces';

type Ctx = Context<AppEnv>;

/** The strategy, or 404. */
export async function strategyOr404(c: Ctx, id: string): Promise<Ris3Strategy> {
  const s = await c.get('deps').store.ris3.get(id);
  if (!s) throw notFound('RIS3 strategy', id);
  return s;
}

/**
 * Edits strategy `id` for `user` (404, then 403 unless its creator or an admin): `change`
 * runs on the record read under lock and returns the new document and the answer; what it
 * throws (a priority not found, a bad period) aborts the write.
 */
export async function editStrategy<T>(
  c: Ctx,
  user: User,
  id: string,
  change: (current: Ris3Strategy) => { next: Ris3Document; answer: T },
): Promise<T> {
  const found = await strategyOr404(c, id);
  if (!permissions.editRis3(user, found.createdBy))
    throw forbidden('only the analyst who recorded this strategy, or an admin, changes it');
  let answer: T | undefined;
  const edited = await c.get('deps').store.ris3.edit(
    id,
    (current) => {
      const result = change(current);
      answer = result.answer;
      return result.next;
    },
    actorOf(user),
  );
  if (!edited) throw notFound('RIS3 strategy', id);
  return answer as T;
}

/** The document of a strategy (what an edit replaces). */
export const documentOf = (s: Ris3Strategy): Ris3Document => ({
  name: s.name,
  dataset: s.dataset,
  region: s.region,
  startYear: s.startYear,
  endYear: s.endYear,
  phase: s.phase,
  priorities: s.priorities,
});

/** 400 unless `dataset` is a map industry dataset the caller may read. */
export async function checkDataset(c: Ctx, dataset: string): Promise<void> {
  const bad = (message: string) => new ApiError(400, 'bad_request', message, [{ path: 'dataset', message }]);
  const entry = await datasetEntry(c, dataset).catch(() => {
    throw bad(`no map dataset "${dataset}" (GET /api/map/datasets lists them)`);
  });
  if (entry.kind !== 'industries') throw bad(`dataset "${dataset}" is of clusters, not industries`);
}

/** 404 for a priority not in the strategy. */
export function priorityIndex(s: Ris3Strategy, priorityId: string): number {
  const k = s.priorities.findIndex((p) => p.id === priorityId);
  if (k === -1) throw notFound('priority', priorityId);
  return k;
}
