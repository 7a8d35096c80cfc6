/**
 * An organisation's eligibility inputs, its management-excellence self-assessments and its
 * collective shared value (issue 13 points 4 and 5; migration 015; decision 086). Each write
 * is one transaction with its audit row. The inputs and the shared value are one document per
 * organisation, read back through core's schemas (so a field added later gets its default).
 */
import { sql } from 'kysely';
import {
  eligibilityInputsSchema,
  sharedValueInputSchema,
  type EligibilityInputs,
  type SelfAssessment,
  type SelfAssessmentInput,
  type SharedValueInput,
} from '@polos/core/excellence';
import type { Actor } from '../store';
import { iso, json, parseJson } from '../repositories/sql-values';
import type { UnitOfWork } from '../repositories/unit-of-work';

/** The store's part for eligibility, self-assessments and shared value (`store.excellence`). */
export interface Excellence {
  /** Undefined when the organisation has entered nothing. */
  eligibilityInputs(organisationId: string): Promise<EligibilityInputs | undefined>;
  /** Creates or replaces the organisation's eligibility inputs. */
  putEligibilityInputs(
    organisationId: string,
    inputs: EligibilityInputs,
    actor: Actor,
  ): Promise<EligibilityInputs>;
  /** Latest first (by day, then by when recorded). */
  selfAssessments(organisationId: string): Promise<SelfAssessment[]>;
  addSelfAssessment(
    organisationId: string,
    input: SelfAssessmentInput,
    actor: Actor,
  ): Promise<SelfAssessment>;
  /** Undefined when the organisation has entered nothing. */
  sharedValue(organisationId: string): Promise<SharedValueInput | undefined>;
  /** Creates or replaces the organisation's shared value. */
  putSharedValue(organisationId: string, input: SharedValueInput, actor: Actor): Promise<SharedValueInput>;
  /** Whether the organisation publishes these records (false until it says so). */
  published(organisationId: string): Promise<boolean>;
  setPublished(organisationId: string, published: boolean, actor: Actor): Promise<boolean>;
}

type DocumentTable = 'organisation_eligibility_inputs' | 'organisation_shared_value';

export class ExcellenceRepository implements Excellence {
  constructor(private readonly uow: UnitOfWork) {}

  private async document(table: DocumentTable, organisationId: string): Promise<unknown> {
    const row = await this.uow.db
      .selectFrom(table)
      .select('content')
      .where('organisation_id', '=', organisationId)
      .executeTakeFirst();
    return row ? parseJson(row.content) : undefined;
  }

  private putDocument<T>(table: DocumentTable, organisationId: string, content: T, actor: Actor): Promise<T> {
    return this.uow.tx(async (trx) => {
      const values = { content: json(content), updated_at: new Date() };
      const existed = await trx
        .selectFrom(table)
        .select('organisation_id')
        .where('organisation_id', '=', organisationId)
        .forUpdate()
        .executeTakeFirst();
      await trx
        .insertInto(table)
        .values({ organisation_id: organisationId, ...values })
        .onConflict((oc) => oc.column('organisation_id').doUpdateSet(values))
        .execute();
      await this.uow.audit(trx, actor, existed ? 'update' : 'create', table, organisationId, content);
      return content;
    });
  }

  async eligibilityInputs(organisationId: string): Promise<EligibilityInputs | undefined> {
    const content = await this.document('organisation_eligibility_inputs', organisationId);
    return content === undefined ? undefined : eligibilityInputsSchema.parse(content);
  }

  putEligibilityInputs(organisationId: string, inputs: EligibilityInputs, actor: Actor) {
    return this.putDocument('organisation_eligibility_inputs', organisationId, inputs, actor);
  }

  async sharedValue(organisationId: string): Promise<SharedValueInput | undefined> {
    const content = await this.document('organisation_shared_value', organisationId);
    return content === undefined ? undefined : sharedValueInputSchema.parse(content);
  }

  putSharedValue(organisationId: string, input: SharedValueInput, actor: Actor) {
    return this.putDocument('organisation_shared_value', organisationId, input, actor);
  }

  async selfAssessments(organisationId: string): Promise<SelfAssessment[]> {
    const rows = await this.uow.db
      .selectFrom('self_assessments')
      .select(['id', 'organisation_id', 'scores', 'note', 'created_at'])
      .select(sql<string>`assessed_on::text`.as('day'))
      .where('organisation_id', '=', organisationId)
      .orderBy('assessed_on', 'desc')
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      organisationId: r.organisation_id,
      assessedOn: r.day,
      scores: parseJson(r.scores) as SelfAssessment['scores'],
      note: r.note,
      createdAt: iso(r.created_at),
    }));
  }

  addSelfAssessment(
    organisationId: string,
    input: SelfAssessmentInput,
    actor: Actor,
  ): Promise<SelfAssessment> {
    return this.uow.tx(async (trx) => {
      const row = await trx
        .insertInto('self_assessments')
        .values({
          organisation_id: organisationId,
          assessed_on: input.assessedOn,
          scores: json(input.scores),
          note: input.note,
        })
        .returning(['id', 'created_at'])
        .executeTakeFirstOrThrow();
      await this.uow.audit(trx, actor, 'create', 'self_assessment', row.id, { organisationId, ...input });
      return { id: row.id, organisationId, ...input, createdAt: iso(row.created_at) };
    });
  }

  async published(organisationId: string): Promise<boolean> {
    const flag = await this.uow.db
      .selectFrom('organisation_excellence_publication')
      .select('published')
      .where('organisation_id', '=', organisationId)
      .executeTakeFirst();
    return flag?.published === true;
  }

  setPublished(organisationId: string, published: boolean, actor: Actor): Promise<boolean> {
    const values = { published, updated_at: new Date() };
    return this.uow.tx(async (trx) => {
      await trx
        .insertInto('organisation_excellence_publication')
        .values({ organisation_id: organisationId, ...values })
        .onConflict((oc) => oc.column('organisation_id').doUpdateSet(values))
        .execute();
      await this.uow.audit(trx, actor, 'update', 'organisation_excellence_publication', organisationId, {
        published,
      });
      return published;
    });
  }
}
