/**
 * Finds, in the audit log, the writes that may have reset fields they were not sent.
 *
 * Before the fix of PATCH (decision 068), the patch schemas carried the creation
 * defaults, so every `PATCH /api/clusters/{id}` wrote `isPublic: true` and
 * `keyFigures: []` whatever it was sent (organisations: `isPublic: true`,
 * `governanceBodies: []`), and `POST /api/clusters/import?mode=upsert` did the same for
 * the columns a file did not have. The audit detail of such a PATCH holds those
 * defaults; this replays the log in order, knows each record's values from its
 * creation and later writes, and reports every write that changed a value to the
 * default (or may have: a value not known from the log is reported as unknown).
 * An operator reads the report and repairs the records (`polos db find-resets`).
 */
import type { AuditEntry } from '../store';

type Field = 'isPublic' | 'keyFigures' | 'governanceBodies';

/** The fields a defaulted patch reset, per kind of record, with the default it wrote. */
const DEFAULTS: Record<string, Partial<Record<Field, unknown>>> = {
  cluster: { isPublic: true, keyFigures: [] },
  organisation: { isPublic: true, governanceBodies: [] },
};

export interface SuspectedReset {
  auditId: number;
  at: string;
  actor: string;
  entity: 'cluster' | 'organisation';
  entityId: string;
  /** `patch`: a PATCH whose audit detail holds every default; `upsert`: an import in mode upsert before the fix. */
  via: 'patch' | 'upsert';
  field: Field;
  /** The value before this write, as the log tells it; `undefined` when the log does not tell. */
  before: unknown;
  /** The value this write set (`undefined` for an old upsert, whose rows the log does not hold). */
  written: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Whether an update's detail holds every default of its kind (the mark of a defaulted PATCH). */
function holdsEveryDefault(entity: string, detail: Record<string, unknown>): boolean {
  const defaults = DEFAULTS[entity];
  return !!defaults && Object.entries(defaults).every(([k, v]) => k in detail && same(detail[k], v));
}

/**
 * @param entries audit entries of clusters and organisations, in any order.
 * @example
 * findPatchResets(entries) // → [{ entity: 'cluster', entityId: 'x', field: 'isPublic', before: false, written: true, … }]
 */
export function findPatchResets(entries: readonly AuditEntry[]): SuspectedReset[] {
  const known = new Map<string, Partial<Record<Field, unknown>>>();
  const found: SuspectedReset[] = [];
  const ordered = [...entries].sort((a, b) => a.id - b.id);
  for (const e of ordered) {
    const defaults = DEFAULTS[e.entity];
    if (!defaults) continue;
    const entity = e.entity as SuspectedReset['entity'];
    const detail = (e.detail ?? {}) as Record<string, unknown>;
    const base = { auditId: e.id, at: e.at, actor: e.actorLabel, entity };
    if (e.entityId && (e.action === 'create' || e.action === 'seed')) {
      known.set(`${entity}:${e.entityId}`, pick(detail, defaults));
    } else if (e.entityId && e.action === 'delete') {
      known.delete(`${entity}:${e.entityId}`);
    } else if (e.entityId && e.action === 'update') {
      const key = `${entity}:${e.entityId}`;
      const before = known.get(key) ?? {};
      if (holdsEveryDefault(entity, detail)) {
        for (const field of Object.keys(defaults) as Field[]) {
          if (field in before && same(before[field], detail[field])) continue;
          found.push({
            ...base,
            entityId: e.entityId,
            via: 'patch',
            field,
            before: before[field],
            written: detail[field],
          });
        }
      }
      known.set(key, { ...before, ...pick(detail, defaults) });
    } else if (e.action === 'import' && entity === 'cluster') {
      replayImport(detail, known, (id, field, before) =>
        found.push({ ...base, entityId: id, via: 'upsert', field, before, written: undefined }),
      );
    }
  }
  return found;
}

function pick(detail: Record<string, unknown>, defaults: Partial<Record<Field, unknown>>) {
  return Object.fromEntries(
    Object.keys(defaults)
      .filter((k) => k in detail)
      .map((k) => [k, detail[k]]),
  ) as Partial<Record<Field, unknown>>;
}

/** An import: inserted rows are not in the log (values unknown); an old upsert may have reset any row it updated. */
function replayImport(
  detail: Record<string, unknown>,
  known: Map<string, Partial<Record<Field, unknown>>>,
  report: (id: string, field: Field, before: unknown) => void,
): void {
  const ids = Array.isArray(detail.ids) ? (detail.ids as string[]) : [];
  const patches = Array.isArray(detail.patches)
    ? new Map((detail.patches as Array<{ id: string }>).map((p) => [p.id, p as Record<string, unknown>]))
    : undefined;
  for (const id of ids) {
    const key = `cluster:${id}`;
    const before = known.get(key);
    if (detail.mode === 'upsert' && before && !patches) {
      // Rows of an upsert before the fix: which were updated (not inserted) and what they
      // held is not in the log, so every known non-default value is reported as at risk.
      if (before.isPublic === false) report(id, 'isPublic', false);
      if (Array.isArray(before.keyFigures) && before.keyFigures.length)
        report(id, 'keyFigures', before.keyFigures);
      known.set(key, {});
    } else if (patches?.has(id) && before) {
      // Key figures of an import are merged by year: the whole list is no longer known.
      const { keyFigures: _merged, ...given } = pick(patches.get(id)!, DEFAULTS.cluster!);
      const { keyFigures: _old, ...rest } = before;
      known.set(key, { ...rest, ...given });
    } else {
      known.set(key, {});
    }
  }
}
