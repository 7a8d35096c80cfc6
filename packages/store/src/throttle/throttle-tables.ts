/** The throttles' shared state as Kysely sees it (migrations 021 and 026; decisions 098, 109). */
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

/** Migration 026 (decision 109): recent requests per address to a bounded endpoint. */
export interface AddressRequestsTable {
  id: GeneratedAlways<string>;
  scope: string;
  address: string;
  at_ms: Millis;
}

export interface ThrottleTables {
  sign_in_accounts: SignInAccountsTable;
  sign_in_failures: SignInFailuresTable;
  address_requests: AddressRequestsTable;
}
