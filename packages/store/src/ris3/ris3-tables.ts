/** The RIS3 area's table as Kysely sees it (migration 017; decision 091). */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface Ris3StrategiesTable {
  id: Generated<string>;
  seq: Generated<string>;
  name: string;
  dataset: string;
  region: string;
  start_year: number;
  end_year: number;
  phase: string;
  /** Ris3Priority[] (core ris3-schemas). */
  priorities: unknown;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface Ris3Tables {
  ris3_strategies: Ris3StrategiesTable;
}
