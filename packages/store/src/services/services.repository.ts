/**
 * An organisation's service portfolio by year and its member surveys, `store.services`
 * (issue 13 point 2; migration 014; decision 085). A year's portfolio is replaced as a whole,
 * in one transaction with its audit row, and refused when the organisation's other years use
 * another currency (one currency per organisation, as its funding).
 */
import { serviceKey, type OfferedService, type Portfolio } from '@polos/core/services';
import { sql } from 'kysely';
import { NotFoundError, type Actor } from '../store';
import { ServiceSurveysRepository, type ServiceSurveys } from './service-surveys.repository';
import type { OrganisationServicesTable } from './services-tables';

export type YearPortfolio = Portfolio & { year: number };

/** `ok: false`: the organisation's other years are in `currency`; nothing was written. */
export type PutPortfolioResult = { ok: true; portfolio: YearPortfolio } | { ok: false; currency: string };

/** The store's part for service portfolios and member surveys (`store.services`). */
export interface Services extends ServiceSurveys {
  /** The year's portfolio, services in the order given; undefined when none was recorded. */
  portfolio(organisationId: string, year: number): Promise<YearPortfolio | undefined>;
  /** The latest year whose portfolio has at least one service; undefined when none has. */
  latestServiceYear(organisationId: string): Promise<number | undefined>;
  /**
   * Replaces the year's portfolio, unless another year is in another currency.
   * @throws NotFoundError when there is no such organisation.
   */
  putPortfolio(organisationId: string, portfolio: YearPortfolio, actor: Actor): Promise<PutPortfolioResult>;
}

const offered = (
  r: Omit<OrganisationServicesTable, 'organisation_id' | 'year' | 'position'>,
): OfferedService => ({
  ...(r.name === null ? { reference: r.key } : { name: r.name }),
  revenue: Number(r.revenue),
  cost: Number(r.cost),
  membersServed: Number(r.members_served),
  ...(r.manager_valuation === null ? {} : { managerValuation: Number(r.manager_valuation) }),
});

export class ServicesRepository extends ServiceSurveysRepository implements Services {
  async portfolio(organisationId: string, year: number): Promise<YearPortfolio | undefined> {
    const head = await this.uow.db
      .selectFrom('organisation_service_years')
      .select('currency')
      .where('organisation_id', '=', organisationId)
      .where('year', '=', year)
      .executeTakeFirst();
    if (!head) return undefined;
    const rows = await this.uow.db
      .selectFrom('organisation_services')
      .selectAll()
      .where('organisation_id', '=', organisationId)
      .where('year', '=', year)
      .orderBy('position')
      .execute();
    return { year, currency: head.currency, services: rows.map(offered) };
  }

  async latestServiceYear(organisationId: string): Promise<number | undefined> {
    const row = await this.uow.db
      .selectFrom('organisation_services')
      .select((eb) => eb.fn.max('year').as('year'))
      .where('organisation_id', '=', organisationId)
      .executeTakeFirst();
    return row?.year === null || row?.year === undefined ? undefined : Number(row.year);
  }

  putPortfolio(organisationId: string, portfolio: YearPortfolio, actor: Actor): Promise<PutPortfolioResult> {
    const { year, currency, services } = portfolio;
    return this.uow.tx(async (trx) => {
      // One portfolio write at a time per organisation, so two years cannot take two currencies.
      const locked = await sql`select id from organisations where id = ${organisationId} for update`.execute(
        trx,
      );
      if (!locked.rows.length)
        throw new NotFoundError(`no organisation "${organisationId}"`, 'organisation', organisationId);
      const other = await trx
        .selectFrom('organisation_service_years')
        .select('currency')
        .where('organisation_id', '=', organisationId)
        .where('year', '<>', year)
        .where('currency', '<>', currency)
        .executeTakeFirst();
      if (other) return { ok: false as const, currency: other.currency };
      const existed = await trx
        .deleteFrom('organisation_service_years')
        .where('organisation_id', '=', organisationId)
        .where('year', '=', year)
        .returning('year')
        .executeTakeFirst();
      await trx
        .insertInto('organisation_service_years')
        .values({ organisation_id: organisationId, year, currency, updated_at: new Date() })
        .execute();
      const rows = services.map((s, position) => ({
        organisation_id: organisationId,
        year,
        position,
        key: serviceKey(s),
        name: s.reference ? null : s.name!,
        revenue: s.revenue,
        cost: s.cost,
        members_served: s.membersServed,
        manager_valuation: s.managerValuation ?? null,
      }));
      if (rows.length) await trx.insertInto('organisation_services').values(rows).execute();
      await this.uow.audit(
        trx,
        actor,
        existed ? 'update' : 'create',
        'organisation_services',
        `${organisationId}/${year}`,
        {
          currency,
          services,
        },
      );
      return { ok: true as const, portfolio: { year, currency, services: rows.map(offered) } };
    });
  }
}
