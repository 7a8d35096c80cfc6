/**
 * Assessments (a cluster's dated diagnoses): writes store the indices of collective
 * efficiency with the scores (migration 006), lists read the respondent count without
 * the answers, and the portfolio rows join every filtered cluster to its latest
 * assessment in SQL.
 */
import { sql } from 'kysely';
import {
  assessmentIndices,
  type Assessment,
  type AssessmentKind,
  type AssessmentSummary,
  type Scores,
} from '@polos/core';
import type { Actor, NewAssessment, PortfolioRow } from '../store';
import { clusterCondition, LATEST_FIRST, type ClusterFilters } from './cluster-filters';
import { iso, isUuid, json, type Row } from './sql-values';
import { referencingCluster, type UnitOfWork } from './unit-of-work';

function toAssessmentSummary(r: Row): AssessmentSummary {
  return {
    id: r.id as string,
    clusterId: r.cluster_id as string,
    assessedOn: r.assessed_on_text as string,
    datePrecision: r.date_precision as Assessment['datePrecision'],
    kind: r.kind as AssessmentKind,
    assessor: r.assessor as string,
    method: r.method as Assessment['method'],
    aggregation: r.aggregation as Assessment['aggregation'],
    scores: r.scores as Scores,
    respondentCount: r.respondent_count as number,
    governance: (r.governance as Assessment['governance']) ?? [],
    source: (r.source as string | null) ?? null,
    notes: (r.notes as string | null) ?? null,
    createdBy: (r.created_by as string | null) ?? null,
    createdAt: iso(r.created_at),
  };
}

function toAssessment(r: Row): Assessment {
  return { ...toAssessmentSummary(r), respondents: (r.respondents as Assessment['respondents']) ?? [] };
}

/** Every column of an assessment but the respondents' answers (lists never read them). */
const SUMMARY_COLUMNS = sql`a.id, a.cluster_id, a.assessed_on::text as assessed_on_text, a.date_precision, a.kind, a.assessor, a.method,
  a.aggregation, a.scores, a.respondent_count, a.governance, a.source, a.notes, a.created_by, a.created_at`;

/** The indices stored with an assessment: the study's convention, unknown items counting 0. */
export function storedIndices(scores: Scores) {
  const ce = assessmentIndices(scores);
  return { eei: ce.eei!, jai: ce.jai!, ice: ce.ice!, degree: ce.degree!, unknown_items: ce.unknownItems };
}

export class AssessmentsRepository {
  constructor(private readonly uow: UnitOfWork) {}

  createAssessment(clusterId: string, a: NewAssessment, actor: Actor): Promise<Assessment> {
    const respondents = a.respondents ?? [];
    return this.uow.tx(async (trx) => {
      const row = await referencingCluster(clusterId, () =>
        trx
          .insertInto('assessments')
          .values({
            cluster_id: clusterId,
            assessed_on: sql<string>`${a.assessedOn}::date`,
            date_precision: a.datePrecision ?? 'day',
            kind: a.kind,
            assessor: a.assessor,
            method: a.method,
            aggregation: a.aggregation,
            scores: json(a.scores),
            respondents: json(respondents),
            respondent_count: respondents.length,
            governance: json(a.governance),
            source: a.source ?? null,
            notes: a.notes ?? null,
            created_by: actor.userId,
            ...storedIndices(a.scores),
          })
          .returningAll()
          .returning(sql<string>`assessed_on::text`.as('assessed_on_text'))
          .executeTakeFirstOrThrow(),
      );
      const assessment = toAssessment(row);
      await this.uow.audit(trx, actor, 'create', 'assessment', assessment.id, {
        clusterId,
        assessedOn: a.assessedOn,
        method: a.method,
        kind: a.kind,
      });
      return assessment;
    });
  }

  async getAssessment(clusterId: string, id: string): Promise<Assessment | undefined> {
    if (!isUuid(id)) return undefined;
    const { rows } = await sql<Row>`select *, assessed_on::text as assessed_on_text from assessments
      where cluster_id = ${clusterId} and id = ${id}::uuid`.execute(this.uow.db);
    return rows[0] && toAssessment(rows[0]);
  }

  deleteAssessment(clusterId: string, id: string, actor: Actor): Promise<boolean> {
    if (!isUuid(id)) return Promise.resolve(false);
    return this.uow.tx(async (trx) => {
      const { rows } =
        await sql<Row>`delete from assessments where cluster_id = ${clusterId} and id = ${id}::uuid
        returning id, assessed_on::text as assessed_on_text, method, respondent_count`.execute(trx);
      if (!rows[0]) return false;
      await this.uow.audit(trx, actor, 'delete', 'assessment', id, {
        clusterId,
        assessedOn: rows[0].assessed_on_text,
        method: rows[0].method,
        respondentCount: rows[0].respondent_count,
      });
      return true;
    });
  }

  async listAssessments(clusterId: string): Promise<AssessmentSummary[]> {
    const { rows } = await sql<Row>`select ${SUMMARY_COLUMNS} from assessments a
      where a.cluster_id = ${clusterId} order by ${LATEST_FIRST}`.execute(this.uow.db);
    return rows.map(toAssessmentSummary);
  }

  async latestAssessments(clusterIds?: string[]): Promise<Map<string, AssessmentSummary>> {
    const filter = clusterIds ? sql`where a.cluster_id = any(${clusterIds}::text[])` : sql``;
    const { rows } = await sql<Row>`select distinct on (a.cluster_id) ${SUMMARY_COLUMNS}
      from assessments a ${filter} order by a.cluster_id, ${LATEST_FIRST}`.execute(this.uow.db);
    return new Map(rows.map((r) => [r.cluster_id as string, toAssessmentSummary(r)]));
  }

  /**
   * Every cluster matching the filters that has an assessment of one of `options.kinds`, with
   * its latest such assessment's scores and stored indices, in the order of the list (name,
   * id); `filters.degree` is the degree of that assessment. One query, no page limit.
   */
  async portfolioRows(
    filters: ClusterFilters,
    options: { includePrivate: boolean; kinds: readonly AssessmentKind[] },
  ): Promise<PortfolioRow[]> {
    const { degree, ...rest } = filters;
    const { rows } = await sql<Row>`select clusters.id, clusters.name, clusters.country, clusters.region,
        clusters.sector_group, latest.scores, latest.eei, latest.jai, latest.ice, latest.degree, latest.unknown_items,
        latest.kind, latest.assessed_on_text, latest.date_precision
      from clusters cross join lateral (select a.scores, a.eei, a.jai, a.ice, a.degree, a.unknown_items,
          a.kind, a.assessed_on::text as assessed_on_text, a.date_precision
        from assessments a where a.cluster_id = clusters.id and a.kind = any(${[...options.kinds]}::text[])
        order by ${LATEST_FIRST} limit 1) latest
      where ${clusterCondition(rest, options)} ${degree ? sql`and latest.degree = ${degree}` : sql``}
      order by clusters.name, clusters.id`.execute(this.uow.db);
    return rows.map((r) => ({
      id: r.id as string,
      name: r.name as string,
      country: r.country as string,
      region: (r.region as string | null) ?? null,
      sectorGroup: r.sector_group as PortfolioRow['sectorGroup'],
      scores: r.scores as Scores,
      eei: r.eei as number,
      jai: r.jai as number,
      ice: r.ice as number,
      degree: r.degree as PortfolioRow['degree'],
      unknownItems: r.unknown_items as number,
      kind: r.kind as AssessmentKind,
      assessedOn: r.assessed_on_text as string,
      datePrecision: r.date_precision as PortfolioRow['datePrecision'],
    }));
  }
}
