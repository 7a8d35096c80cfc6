/** The sign-in throttle's shared state as Kysely sees it (migration 021; decision 098). */
import type { ColumnType, GeneratedAlways } from 'kysely';

/** Milliseconds since the epoch (bigint: PostgreSQL hands it back as a string). */
type Millis = ColumnType<string, number, number>;

export interface SignInAccountsTable {
  account: string;
  failures: number;
  last_failure_ms: Millis;
}

export interface SignInFailuresTable {
  id: GeneratedAlways<string>;
  address: string;
  at_ms: Millis;
}

export interface ThrottleTables {
  sign_in_accounts: SignInAccountsTable;
  sign_in_failures: SignInFailuresTable;
}
