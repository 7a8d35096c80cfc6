/**
 * Smart-specialisation strategies (issue 14 point 5; migration 017; decision 091). A strategy
 * and its priorities are one row; every write is one transaction with its audit row, and an
 * edit reads the row under lock (`for update`), so two edits of the same strategy do not
 * lose each other's changes.
 */
import { randomUUID } from 'node:crypto';
import type { Ris3Priority, Ris3PriorityInput, Ris3Strategy, Ris3StrategyInput } from '@polos/core/ris3';
import type { Actor } from '../store';
import { isUuid, iso, json, parseJson } from '../repositories/sql-values';
import type { UnitOfWork } from '../repositories/unit-of-work';
import type { Ris3StrategiesTable } from './ris3-tables';

/** What an edit may change: everything but the id, the creator and the dates. */
export type Ris3Document = Omit<Ris3Strategy, 'id' | 'createdBy' | 'createdAt' | 'updatedAt'>;

/** The store's part for RIS3 strategies (`store.ris3`). */
export interface Ris3Strategies {
  /** Every strategy, oldest first. */
  list(): Promise<Ris3Strategy[]>;
  get(id: string): Promise<Ris3Strategy | undefined>;
  /** Gives the priorities and indicators their ids. */
  create(input: Ris3StrategyInput, actor: Actor): Promise<Ris3Strategy>;
  /**
   * Replaces the strategy by `change(current)` in one transaction, the row locked meanwhile;
   * what `change` throws aborts it. Undefined when there is no such strategy.
   */
  edit(
    id: string,
    change: (current: Ris3Strategy) => Ris3Document,
    actor: Actor,
  ): Promise<Ris3Strategy | undefined>;
  remove(id: string, actor: Actor): Promise<boolean>;
}

/** A priority as given, with ids for it and its indicators. */
export const newPriority = (p: Ris3PriorityInput): Ris3Priority => ({
  id: randomUUID(),
  title: p.title,
  description: p.description,
  industryCodes: p.industryCodes,
  domain: p.domain,
  indicators: p.indicators.map((i) => ({ id: randomUUID(), ...i })),
});

type Row = { [K in keyof Ris3StrategiesTable]: unknown };

const toStrategy = (r: Row): Ris3Strategy => ({
  id: String(r.id),
  name: String(r.name),
  dataset: String(r.dataset),
  region: String(r.region),
  startYear: Number(r.start_year),
  endYear: Number(r.end_year),
  phase: r.phase as Ris3Strategy['phase'],
  priorities: parseJson(r.priorities) as Ris3Priority[],
  createdBy: r.created_by === null ? null : String(r.created_by),
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
});

const columns = (d: Ris3Document) => ({
  name: d.name,
  dataset: d.dataset,
  region: d.region,
  start_year: d.startYear,
  end_year: d.endYear,
  phase: d.phase,
  priorities: json(d.priorities),
});

export class Ris3Repository implements Ris3Strategies {
  constructor(private readonly uow: UnitOfWork) {}

  async list(): Promise<Ris3Strategy[]> {
    const rows = await this.uow.db.selectFrom('ris3_strategies').selectAll().orderBy('seq').execute();
    return rows.map(toStrategy);
  }

  async get(id: string): Promise<Ris3Strategy | undefined> {
    if (!isUuid(id)) return undefined;
    const row = await this.uow.db
      .selectFrom('ris3_strategies')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toStrategy(row) : undefined;
  }

  create(input: Ris3StrategyInput, actor: Actor): Promise<Ris3Strategy> {
    return this.uow.tx(async (trx) => {
      const row = await trx
        .insertInto('ris3_strategies')
        .values({
          ...columns({ ...input, priorities: input.priorities.map(newPriority) }),
          created_by: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await this.uow.audit(trx, actor, 'create', 'ris3_strategy', String(row.id), { name: input.name });
      return toStrategy(row);
    });
  }

  edit(
    id: string,
    change: (current: Ris3Strategy) => Ris3Document,
    actor: Actor,
  ): Promise<Ris3Strategy | undefined> {
    if (!isUuid(id)) return Promise.resolve(undefined);
    return this.uow.tx(async (trx) => {
      const row = await trx
        .selectFrom('ris3_strategies')
        .selectAll()
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirst();
      if (!row) return undefined;
      const next = change(toStrategy(row));
      const updated = await trx
        .updateTable('ris3_strategies')
        .set({ ...columns(next), updated_at: new Date() })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await this.uow.audit(trx, actor, 'update', 'ris3_strategy', id, { name: next.name });
      return toStrategy(updated);
    });
  }

  remove(id: string, actor: Actor): Promise<boolean> {
    if (!isUuid(id)) return Promise.resolve(false);
    return this.uow.tx(async (trx) => {
      const gone = await trx.deleteFrom('ris3_strategies').where('id', '=', id).executeTakeFirst();
      if (gone.numDeletedRows === 0n) return false;
      await this.uow.audit(trx, actor, 'delete', 'ris3_strategy', id, {});
      return true;
    });
  }
}
