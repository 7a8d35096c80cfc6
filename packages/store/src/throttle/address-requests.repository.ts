/**
 * Per-address request bounds in the database (`store.addressRequests`; migration 026;
 * decision 109), so every server instance on one database counts the same requests: the
 * times of each address's recent requests to a bounded scope (e.g. `survey`). The policy
 * (how many, how long to wait) is the server's; a request is decided and written in one
 * transaction holding the address's advisory lock, so parallel requests on any instances
 * are counted one after the other.
 */
import { sql } from 'kysely';
import type { Row } from '../repositories/sql-values';
import type { UnitOfWork } from '../repositories/unit-of-work';

export interface AddressRequests {
  /**
   * Drops the scope's requests before `windowStartMs`, reads the address's remaining ones (oldest
   * first, ms since the epoch), asks `allow`, and when it allows counts this request at
   * `now`; returns whether it was counted.
   */
  take(
    key: { scope: string; address: string },
    now: number,
    windowStartMs: number,
    allow: (recent: number[]) => boolean,
  ): Promise<boolean>;
}

/** An advisory-lock key space of its own (the sign-in throttle uses 7301 and 7302). */
const LOCK = 7303;

export class AddressRequestsRepository implements AddressRequests {
  constructor(private readonly uow: UnitOfWork) {}

  take(
    key: { scope: string; address: string },
    now: number,
    windowStartMs: number,
    allow: (recent: number[]) => boolean,
  ): Promise<boolean> {
    return this.uow.tx(async (trx) => {
      // A transaction-level lock: released at commit, so it also holds behind pgbouncer in
      // transaction mode (a session-level lock would not).
      await sql`select pg_advisory_xact_lock(${LOCK}, hashtext(${`${key.scope}:${key.address}`}))`.execute(
        trx,
      );
      // Past requests go (a bounded table; indexed on the time).
      await sql`delete from address_requests
        where scope = ${key.scope} and at_ms < ${windowStartMs}`.execute(trx);
      const recent = (
        await sql<Row>`select at_ms from address_requests
          where scope = ${key.scope} and address = ${key.address} order by at_ms, id`.execute(trx)
      ).rows.map((r) => Number(r.at_ms));
      if (!allow(recent)) return false;
      await sql`insert into address_requests (scope, address, at_ms)
        values (${key.scope}, ${key.address}, ${now})`.execute(trx);
      return true;
    });
  }
}
