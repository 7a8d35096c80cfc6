/** The background jobs' queue as Kysely sees it (migration 024; decision 106). */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface JobsTable {
  id: Generated<string>;
  kind: string;
  payload: unknown;
  state: ColumnType<string, string | undefined, string>;
  attempts: ColumnType<number, number | undefined, number>;
  max_attempts: number;
  run_at: Timestamp;
  locked_until: Date | null;
  locked_by: string | null;
  progress: unknown;
  result: unknown;
  last_error: string | null;
  created_by: string | null;
  created_at: Timestamp;
  finished_at: Date | null;
}

export interface JobsTables {
  jobs: JobsTable;
}
