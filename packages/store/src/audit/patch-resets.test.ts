import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../store';
import { findPatchResets } from './patch-resets';

let nextId = 1;
const entry = (e: Partial<AuditEntry> & Pick<AuditEntry, 'action' | 'entity'>): AuditEntry => ({
  id: nextId++,
  at: '2026-11-20T10:00:00.000Z',
  userId: null,
  actorLabel: 'someone@polos.test',
  entityId: null,
  detail: {},
  ...e,
});

describe('findPatchResets(entries)', () => {
  it('reports a defaulted PATCH that published a private cluster and erased its figures', () => {
    const figures = [{ year: 2020 }, { year: 2021 }];
    const resets = findPatchResets([
      entry({
        action: 'create',
        entity: 'cluster',
        entityId: 'c1',
        detail: { isPublic: false, keyFigures: figures },
      }),
      entry({
        action: 'update',
        entity: 'cluster',
        entityId: 'c1',
        detail: { description: 'x', isPublic: true, keyFigures: [] },
      }),
    ]);
    expect(resets.map((r) => [r.entityId, r.via, r.field, r.before, r.written])).toEqual([
      ['c1', 'patch', 'isPublic', false, true],
      ['c1', 'patch', 'keyFigures', figures, []],
    ]);
  });

  it('does not report a PATCH that sent only what it changed, nor one that changed nothing by its defaults', () => {
    const resets = findPatchResets([
      entry({
        action: 'create',
        entity: 'cluster',
        entityId: 'c2',
        detail: { isPublic: true, keyFigures: [] },
      }),
      entry({ action: 'update', entity: 'cluster', entityId: 'c2', detail: { description: 'x' } }),
      entry({
        action: 'update',
        entity: 'cluster',
        entityId: 'c2',
        detail: { description: 'y', isPublic: true, keyFigures: [] },
      }),
    ]);
    expect(resets).toEqual([]);
  });

  it('reports organisations (visibility, governance bodies) and values the log does not know as unknown', () => {
    const resets = findPatchResets([
      entry({
        action: 'create',
        entity: 'organisation',
        entityId: 'o1',
        detail: { isPublic: false, governanceBodies: ['board'] },
      }),
      entry({
        action: 'update',
        entity: 'organisation',
        entityId: 'o1',
        detail: { staffFte: 2, isPublic: true, governanceBodies: [] },
      }),
      entry({ action: 'import', entity: 'cluster', detail: { mode: 'insert', ids: ['c3'] } }),
      entry({
        action: 'update',
        entity: 'cluster',
        entityId: 'c3',
        detail: { name: 'n', isPublic: true, keyFigures: [] },
      }),
    ]);
    expect(resets.map((r) => [r.entity, r.entityId, r.field, r.before])).toEqual([
      ['organisation', 'o1', 'isPublic', false],
      ['organisation', 'o1', 'governanceBodies', ['board']],
      ['cluster', 'c3', 'isPublic', undefined],
      ['cluster', 'c3', 'keyFigures', undefined],
    ]);
  });

  it('reports the known private or figured clusters of an upsert made before the fix, not of one after', () => {
    const created = entry({
      action: 'create',
      entity: 'cluster',
      entityId: 'c4',
      detail: { isPublic: false, keyFigures: [{ year: 2019 }] },
    });
    const oldUpsert = entry({ action: 'import', entity: 'cluster', detail: { mode: 'upsert', ids: ['c4'] } });
    expect(findPatchResets([created, oldUpsert]).map((r) => [r.via, r.field])).toEqual([
      ['upsert', 'isPublic'],
      ['upsert', 'keyFigures'],
    ]);
    const newUpsert = entry({
      action: 'import',
      entity: 'cluster',
      detail: { mode: 'upsert', ids: ['c4'], patches: [{ id: 'c4', name: 'Renamed' }] },
    });
    expect(findPatchResets([created, newUpsert])).toEqual([]);
  });
});
