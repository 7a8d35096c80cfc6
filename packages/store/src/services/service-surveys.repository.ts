/**
 * Member surveys of an organisation's services (issue 13 point 2; migration 014; decision
 * 085). The store sees only the hashes of the answer codes. An answer marks its code used
 * (the day only) and adds one rating row per service that names neither the code nor the
 * answer, in one transaction, so a code gives one answer even when sent twice at once; the
 * audit row says that an answer was received, not who gave it or what it says.
 */
import type { StoredRating, Willingness } from '@polos/core/services';
import { sql } from 'kysely';
import type { Actor } from '../store';
import { iso, isUuid, json, parseJson } from '../repositories/sql-values';
import type { UnitOfWork } from '../repositories/unit-of-work';

/** A service a survey asks about: its key and, for an own service, its name. */
export interface SurveyService {
  key: string;
  name: string | null;
}

export interface SurveyRecord {
  id: string;
  organisationId: string;
  year: number;
  services: SurveyService[];
  /** Codes issued (members asked). */
  codes: number;
  /** Codes used (answers received). */
  answers: number;
  open: boolean;
  createdAt: string;
  closedAt: string | null;
}

export interface NewSurvey {
  year: number;
  services: SurveyService[];
  /** SHA-256 hashes (hex) of the codes handed to the members. */
  codeHashes: string[];
}

/** What a code finds: its survey and organisation, and whether it can still answer. */
export interface CodedSurvey {
  survey: SurveyRecord;
  organisationName: string;
  state: 'open' | 'used' | 'closed';
}

export type AnswerResult = 'received' | 'unknown' | 'used' | 'closed';

/** The survey part of `store.services`. */
export interface ServiceSurveys {
  createSurvey(organisationId: string, survey: NewSurvey, actor: Actor): Promise<SurveyRecord>;
  /** The organisation's surveys, latest first. */
  surveys(organisationId: string): Promise<SurveyRecord[]>;
  /** Undefined when the survey is not the organisation's. */
  survey(organisationId: string, surveyId: string): Promise<SurveyRecord | undefined>;
  /** The latest survey of the organisation for `year`. */
  latestSurvey(organisationId: string, year: number): Promise<SurveyRecord | undefined>;
  /** Every rating of the survey, in no meaningful order. */
  ratings(surveyId: string): Promise<StoredRating[]>;
  /** Stops answers; undefined when the survey is not the organisation's. */
  closeSurvey(organisationId: string, surveyId: string, actor: Actor): Promise<SurveyRecord | undefined>;
  surveyByCode(codeHash: string): Promise<CodedSurvey | undefined>;
  /** Records an answer with its code, once. */
  answer(codeHash: string, ratings: readonly StoredRating[]): Promise<AnswerResult>;
}

const surveyColumns = sql`s.id, s.organisation_id, s.year, s.services, s.code_count, s.created_at, s.closed_at,
  (select count(*) from service_survey_codes c where c.survey_id = s.id and c.used_on is not null) as answers`;

const toSurvey = (r: Record<string, unknown>): SurveyRecord => ({
  id: String(r.id),
  organisationId: String(r.organisation_id),
  year: Number(r.year),
  services: parseJson(r.services) as SurveyService[],
  codes: Number(r.code_count),
  answers: Number(r.answers),
  open: r.closed_at === null,
  createdAt: iso(r.created_at),
  closedAt: r.closed_at === null ? null : iso(r.closed_at),
});

/** An anonymous answer in the audit log: that one was received, nothing about whom or what. */
const anonymous: Actor = { userId: null, label: 'survey answer' };

export class ServiceSurveysRepository implements ServiceSurveys {
  constructor(protected readonly uow: UnitOfWork) {}

  private async select(where: ReturnType<typeof sql>): Promise<SurveyRecord[]> {
    const { rows } = await sql<Record<string, unknown>>`select ${surveyColumns} from service_surveys s
      where ${where} order by s.created_at desc, s.id`.execute(this.uow.db);
    return rows.map(toSurvey);
  }

  createSurvey(organisationId: string, survey: NewSurvey, actor: Actor): Promise<SurveyRecord> {
    return this.uow.tx(async (trx) => {
      const { id, created_at } = await trx
        .insertInto('service_surveys')
        .values({
          organisation_id: organisationId,
          year: survey.year,
          services: json(survey.services),
          code_count: survey.codeHashes.length,
        })
        .returning(['id', 'created_at'])
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('service_survey_codes')
        .values(survey.codeHashes.map((code_hash) => ({ code_hash, survey_id: id })))
        .execute();
      await this.uow.audit(trx, actor, 'create', 'service_survey', id, {
        organisationId,
        year: survey.year,
        services: survey.services.map((s) => s.key),
        codes: survey.codeHashes.length,
      });
      return {
        id,
        organisationId,
        year: survey.year,
        services: survey.services,
        codes: survey.codeHashes.length,
        answers: 0,
        open: true,
        createdAt: iso(created_at),
        closedAt: null,
      };
    });
  }

  surveys(organisationId: string): Promise<SurveyRecord[]> {
    return this.select(sql`s.organisation_id = ${organisationId}`);
  }

  async survey(organisationId: string, surveyId: string): Promise<SurveyRecord | undefined> {
    if (!isUuid(surveyId)) return undefined;
    return (await this.select(sql`s.organisation_id = ${organisationId} and s.id = ${surveyId}`))[0];
  }

  async latestSurvey(organisationId: string, year: number): Promise<SurveyRecord | undefined> {
    return (await this.select(sql`s.organisation_id = ${organisationId} and s.year = ${year}`))[0];
  }

  async ratings(surveyId: string): Promise<StoredRating[]> {
    const rows = await this.uow.db
      .selectFrom('service_survey_ratings')
      .select(['service_key', 'value', 'willingness'])
      .where('survey_id', '=', surveyId)
      .execute();
    return rows.map((r) => ({
      serviceKey: r.service_key,
      value: r.value === null ? null : Number(r.value),
      willingnessToPay: r.willingness as Willingness | null,
    }));
  }

  async closeSurvey(
    organisationId: string,
    surveyId: string,
    actor: Actor,
  ): Promise<SurveyRecord | undefined> {
    if (!isUuid(surveyId)) return undefined;
    const closed = await this.uow.tx(async (trx) => {
      const row = await trx
        .updateTable('service_surveys')
        .set({ closed_at: sql<Date>`coalesce(closed_at, now())` })
        .where('id', '=', surveyId)
        .where('organisation_id', '=', organisationId)
        .returning('id')
        .executeTakeFirst();
      if (row) await this.uow.audit(trx, actor, 'update', 'service_survey', surveyId, { closed: true });
      return Boolean(row);
    });
    return closed ? this.survey(organisationId, surveyId) : undefined;
  }

  async surveyByCode(codeHash: string): Promise<CodedSurvey | undefined> {
    const { rows } = await sql<Record<string, unknown>>`select ${surveyColumns}, o.name as organisation_name,
        c.used_on from service_survey_codes c join service_surveys s on s.id = c.survey_id
        join organisations o on o.id = s.organisation_id where c.code_hash = ${codeHash}`.execute(
      this.uow.db,
    );
    const row = rows[0];
    if (!row) return undefined;
    const survey = toSurvey(row);
    const state = row.used_on !== null ? 'used' : survey.open ? 'open' : 'closed';
    return { survey, organisationName: String(row.organisation_name), state };
  }

  async answer(codeHash: string, ratings: readonly StoredRating[]): Promise<AnswerResult> {
    const received = await this.uow.tx(async (trx) => {
      // The code is taken in the same statement that checks it is unused and its survey open:
      // a second answer with the code, even a concurrent one, finds nothing to take.
      const { rows } = await sql<{ survey_id: string }>`update service_survey_codes c
          set used_on = current_date from service_surveys s
          where c.code_hash = ${codeHash} and c.used_on is null and s.id = c.survey_id
            and s.closed_at is null
          returning c.survey_id`.execute(trx);
      const surveyId = rows[0]?.survey_id;
      if (!surveyId) return false;
      if (ratings.length)
        await trx
          .insertInto('service_survey_ratings')
          .values(
            ratings.map((r) => ({
              survey_id: surveyId,
              service_key: r.serviceKey,
              value: r.value,
              willingness: r.willingnessToPay,
            })),
          )
          .execute();
      await this.uow.audit(trx, anonymous, 'create', 'service_survey_answer', surveyId, {});
      return true;
    });
    if (received) return 'received';
    const found = await this.surveyByCode(codeHash);
    return found ? (found.state === 'used' ? 'used' : 'closed') : 'unknown';
  }
}
