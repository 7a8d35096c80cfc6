/**
 * The sign-in throttle's state in the database (`store.signInAttempts`; migration 021;
 * decision 098), so every server instance on one database counts the same attempts: per
 * account its consecutive failures and the last one's time, per address the times of its
 * recent failures. The policy (how long to wait) is the server's; here a reservation is
 * decided and written in one transaction holding the account's and the address's advisory
 * locks, so parallel attempts on any instances are counted one after the other.
 */
import { sql } from 'kysely';
import type { Row } from '../repositories/sql-values';
import type { UnitOfWork } from '../repositories/unit-of-work';

/** What the throttle knows of one attempt's account and address. */
export interface SignInState {
  /** Consecutive failures of the account (0 when none or forgotten), and the last one's time. */
  failures: number;
  lastFailure: number | null;
  /** The address's failures inside the window, oldest first (ms since the epoch). */
  recent: number[];
}

export interface SignInKeys {
  /** Lower-cased e-mail as typed. */
  account: string;
  /** The address key (IPv4, or an IPv6 /64). */
  address: string;
}

export interface SignInAttempts {
  /**
   * Reads the state of `keys` at `now` (account failures older than `forgetBeforeMs` and
   * address failures before `windowStartMs` dropped), asks `allow`, and when it allows
   * counts the attempt as a failure at once; returns the reservation's id (null when refused).
   */
  reserve(
    keys: SignInKeys,
    now: number,
    bounds: { forgetBeforeMs: number; windowStartMs: number },
    allow: (state: SignInState) => boolean,
  ): Promise<string | null>;
  /** A reservation that succeeded: the account's failures cleared, its own address failure withdrawn. */
  succeeded(keys: SignInKeys, reservation: string): Promise<void>;
}

/** Two advisory-lock key spaces, so an account's and an address's hashes never collide. */
const LOCKS = { account: 7301, address: 7302 } as const;

/** The database's sign-in state (see the file's comment). */
export class SignInAttemptsRepository implements SignInAttempts {
  constructor(private readonly uow: UnitOfWork) {}

  reserve(
    keys: SignInKeys,
    now: number,
    bounds: { forgetBeforeMs: number; windowStartMs: number },
    allow: (state: SignInState) => boolean,
  ): Promise<string | null> {
    return this.uow.tx(async (trx) => {
      // Always the account first, then the address: no two reservations wait on each other in a cycle.
      await sql`select pg_advisory_xact_lock(${LOCKS.account}, hashtext(${keys.account}))`.execute(trx);
      await sql`select pg_advisory_xact_lock(${LOCKS.address}, hashtext(${keys.address}))`.execute(trx);
      // Forgotten state goes (bounded tables; indexed on the times).
      await sql`delete from sign_in_accounts where last_failure_ms < ${bounds.forgetBeforeMs}`.execute(trx);
      await sql`delete from sign_in_failures where at_ms <= ${bounds.windowStartMs}`.execute(trx);
      const account = (
        await sql<Row>`select failures, last_failure_ms from sign_in_accounts
          where account = ${keys.account}`.execute(trx)
      ).rows[0];
      const recent = (
        await sql<Row>`select at_ms from sign_in_failures where address = ${keys.address}
          order by at_ms, id`.execute(trx)
      ).rows.map((r) => Number(r.at_ms));
      const state: SignInState = {
        failures: account ? Number(account.failures) : 0,
        lastFailure: account ? Number(account.last_failure_ms) : null,
        recent,
      };
      if (!allow(state)) return null;
      await sql`insert into sign_in_accounts (account, failures, last_failure_ms)
        values (${keys.account}, 1, ${now})
        on conflict (account) do update set failures = sign_in_accounts.failures + 1,
          last_failure_ms = excluded.last_failure_ms`.execute(trx);
      const { rows } = await sql<Row>`insert into sign_in_failures (address, at_ms)
        values (${keys.address}, ${now}) returning id`.execute(trx);
      return String(rows[0]!.id);
    });
  }

  async succeeded(keys: SignInKeys, reservation: string): Promise<void> {
    await this.uow.tx(async (trx) => {
      await sql`delete from sign_in_accounts where account = ${keys.account}`.execute(trx);
      await sql`delete from sign_in_failures where id = ${reservation}`.execute(trx);
    });
  }
}
