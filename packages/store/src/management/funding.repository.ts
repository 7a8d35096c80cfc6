/**
 * An organisation's funding by year, its exit path and whether it publishes its
 * sustainability (migration 012; decision 083). Every write is one transaction with its audit
 * row; a year's funding is refused when the organisation's other years use another currency.
 */
import type { ExitTarget, FundingSource, FundingYear } from '@polos/core/funding';
import { NotFoundError, type Actor } from '../store';
import type { Executor, UnitOfWork } from '../repositories/unit-of-work';
import type { OrganisationFundingTable } from './funding-tables';

/** `ok: false`: the organisation's other years are in `currency`; nothing was written. */
export type PutFundingResult = { ok: true; funding: FundingYear } | { ok: false; currency: string };

/** The store's part for funding and sustainability (`store.funding`). */
export interface Funding {
  /** The organisation's funding, by year. */
  years(organisationId: string): Promise<FundingYear[]>;
  /**
   * Creates or replaces one year's funding, unless another year is in another currency.
   * @throws NotFoundError when there is no such organisation.
   */
  putYear(organisationId: string, funding: FundingYear, actor: Actor): Promise<PutFundingResult>;
  /** false when the year has no funding recorded. */
  deleteYear(organisationId: string, year: number, actor: Actor): Promise<boolean>;
  /** The planned exit path, by year. */
  exitPath(organisationId: string): Promise<ExitTarget[]>;
  /** Replaces the whole exit path. @throws NotFoundError when there is no such organisation. */
  setExitPath(organisationId: string, targets: readonly ExitTarget[], actor: Actor): Promise<ExitTarget[]>;
  /** Whether the organisation publishes its sustainability (false until it says so). */
  published(organisationId: string): Promise<boolean>;
  /** @throws NotFoundError when there is no such organisation. */
  setPublished(organisationId: string, published: boolean, actor: Actor): Promise<boolean>;
}

const columns: Record<FundingSource, keyof OrganisationFundingTable> = {
  publicRegional: 'public_regional',
  publicNational: 'public_national',
  publicEuMultilateral: 'public_eu_multilateral',
  membershipFees: 'membership_fees',
  paidServices: 'paid_services',
  competitiveProjects: 'competitive_projects',
  other: 'other',
};
const sources = Object.keys(columns) as FundingSource[];

const fundingOf = (r: OrganisationFundingTable): FundingYear => ({
  year: r.year,
  currency: r.currency,
  sources: Object.fromEntries(sources.map((s) => [s, Number(r[columns[s]])])) as FundingYear['sources'],
});

export class FundingRepository implements Funding {
  constructor(private readonly uow: UnitOfWork) {}

  /** Locks the organisation's row for the transaction (one funding write at a time per organisation). */
  private async lockOrganisation(trx: Executor, organisationId: string): Promise<void> {
    const org = await trx
      .selectFrom('organisations')
      .select('id')
      .where('id', '=', organisationId)
      .forUpdate()
      .executeTakeFirst();
    if (!org) throw new NotFoundError(`no organisation "${organisationId}"`, 'organisation', organisationId);
  }

  async years(organisationId: string): Promise<FundingYear[]> {
    const rows = await this.uow.db
      .selectFrom('organisation_funding')
      .selectAll()
      .where('organisation_id', '=', organisationId)
      .orderBy('year')
      .execute();
    return rows.map((r) => fundingOf(r as unknown as OrganisationFundingTable));
  }

  putYear(organisationId: string, funding: FundingYear, actor: Actor): Promise<PutFundingResult> {
    return this.uow.tx(async (trx) => {
      await this.lockOrganisation(trx, organisationId);
      const other = await trx
        .selectFrom('organisation_funding')
        .select('currency')
        .where('organisation_id', '=', organisationId)
        .where('year', '<>', funding.year)
        .where('currency', '<>', funding.currency)
        .executeTakeFirst();
      if (other) return { ok: false as const, currency: other.currency };
      const amounts = Object.fromEntries(sources.map((s) => [columns[s], funding.sources[s]]));
      const row = { currency: funding.currency, ...amounts, updated_at: new Date() };
      const existed = await trx
        .deleteFrom('organisation_funding')
        .where('organisation_id', '=', organisationId)
        .where('year', '=', funding.year)
        .returning('year')
        .executeTakeFirst();
      await trx
        .insertInto('organisation_funding')
        .values({ organisation_id: organisationId, year: funding.year, ...row } as never)
        .execute();
      const action = existed ? 'update' : 'create';
      await this.uow.audit(trx, actor, action, 'organisation_funding', `${organisationId}/${funding.year}`, {
        currency: funding.currency,
        sources: funding.sources,
      });
      return { ok: true as const, funding: { ...funding } };
    });
  }

  deleteYear(organisationId: string, year: number, actor: Actor): Promise<boolean> {
    return this.uow.tx(async (trx) => {
      const removed = await trx
        .deleteFrom('organisation_funding')
        .where('organisation_id', '=', organisationId)
        .where('year', '=', year)
        .returning('year')
        .execute();
      if (!removed.length) return false;
      await this.uow.audit(trx, actor, 'delete', 'organisation_funding', `${organisationId}/${year}`, {});
      return true;
    });
  }

  async exitPath(organisationId: string): Promise<ExitTarget[]> {
    const rows = await this.uow.db
      .selectFrom('organisation_exit_path')
      .select(['year', 'target_public_share'])
      .where('organisation_id', '=', organisationId)
      .orderBy('year')
      .execute();
    return rows.map((r) => ({ year: r.year, publicShare: Number(r.target_public_share) }));
  }

  setExitPath(organisationId: string, targets: readonly ExitTarget[], actor: Actor): Promise<ExitTarget[]> {
    return this.uow.tx(async (trx) => {
      await this.lockOrganisation(trx, organisationId);
      await trx.deleteFrom('organisation_exit_path').where('organisation_id', '=', organisationId).execute();
      if (targets.length)
        await trx
          .insertInto('organisation_exit_path')
          .values(
            targets.map((t) => ({
              organisation_id: organisationId,
              year: t.year,
              target_public_share: t.publicShare,
            })),
          )
          .execute();
      await this.uow.audit(trx, actor, 'update', 'organisation_exit_path', organisationId, { targets });
      return [...targets].sort((a, b) => a.year - b.year);
    });
  }

  async published(organisationId: string): Promise<boolean> {
    const row = await this.uow.db
      .selectFrom('organisation_sustainability_publication')
      .select('published')
      .where('organisation_id', '=', organisationId)
      .executeTakeFirst();
    return row?.published ?? false;
  }

  setPublished(organisationId: string, published: boolean, actor: Actor): Promise<boolean> {
    return this.uow.tx(async (trx) => {
      await this.lockOrganisation(trx, organisationId);
      await trx
        .insertInto('organisation_sustainability_publication')
        .values({ organisation_id: organisationId, published, updated_at: new Date() })
        .onConflict((oc) => oc.column('organisation_id').doUpdateSet({ published, updated_at: new Date() }))
        .execute();
      await this.uow.audit(trx, actor, 'update', 'organisation_sustainability', organisationId, {
        published,
      });
      return published;
    });
  }
}
