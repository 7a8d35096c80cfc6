/**
 * Single-use, expiring account links (`store.accountLinks`; migration 023; decision 104):
 * an invitation (the invitee sets her password), a password reset, an e-mail change. Each
 * link is written with its e-mail in one transaction (the outbox sends it); only the
 * SHA-256 hash of its secret is kept here, the secret travels in the e-mail. Issuing a link
 * replaces the user's unused links of the same purpose; following one uses it up in the
 * transaction that does what it allows.
 */
import type { User } from '@polos/core';
import { sql } from 'kysely';
import { ConflictError, type Actor } from '../store';
import type { MailOutboxRepository } from '../mail/mail-outbox.repository';
import type { NewUser, UsersRepository } from '../repositories/users.repository';
import { iso, type Row } from '../repositories/sql-values';
import { uniqueOr, type Executor, type UnitOfWork } from '../repositories/unit-of-work';

/** The outbox template of the account e-mails (rendered by the server, in the user's language). */
export const ACCOUNT_LINK_TEMPLATE = 'account_link';

export type AccountLinkPurpose = 'invitation' | 'password_reset' | 'email_change';

/** A link's secret (sent by e-mail) and its hash (stored), made by the caller. */
export interface LinkSecret {
  token: string;
  tokenHash: string;
  expiresAt: Date;
}

/** Which link to issue: for whom, for what, its secret, and the address an e-mail change confirms. */
export interface LinkRequest {
  user: User;
  purpose: AccountLinkPurpose;
  link: LinkSecret;
  newEmail?: string;
}

export interface AccountLink {
  purpose: AccountLinkPurpose;
  userId: string;
  email: string;
  name: string;
  /** The address an `email_change` link confirms. */
  newEmail: string | null;
  expiresAt: string;
}

export interface AccountLinks {
  /** Creates an invited account (no password) with its invitation link and e-mail, all or nothing. */
  invite(input: Omit<NewUser, 'passwordHash'>, link: LinkSecret, actor: Actor): Promise<User>;
  /** A new link for the user (her earlier unused ones of that purpose stop working). */
  issue(request: LinkRequest, actor: Actor): Promise<void>;
  /** When the user's newest link of `purpose` was issued (to space out reset e-mails). */
  lastIssuedAt(userId: string, purpose: AccountLinkPurpose): Promise<Date | undefined>;
  /** The link if it is unused and unexpired at `now`, and its user active or invited. */
  inspect(tokenHash: string, now: Date): Promise<AccountLink | undefined>;
  /** Uses an invitation or reset link: sets the password and ends the user's sessions. */
  setPasswordByLink(tokenHash: string, passwordHash: string, now: Date): Promise<User | undefined>;
  /** Uses an e-mail change link. @throws ConflictError when the address was taken meanwhile. */
  confirmEmailByLink(tokenHash: string, now: Date): Promise<User | undefined>;
}

const toLink = (r: Row): AccountLink => ({
  purpose: r.purpose as AccountLinkPurpose,
  userId: r.user_id as string,
  email: r.email as string,
  name: r.name as string,
  newEmail: (r.new_email as string | null) ?? null,
  expiresAt: iso(r.expires_at),
});

export class AccountLinksRepository implements AccountLinks {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UsersRepository,
    private readonly outbox: MailOutboxRepository,
  ) {}

  invite(input: Omit<NewUser, 'passwordHash'>, link: LinkSecret, actor: Actor): Promise<User> {
    return this.uow.tx(async (trx) => {
      const user = await this.users.createUserWith(trx, { ...input, passwordHash: null }, actor);
      await this.issueWith(trx, { user, purpose: 'invitation', link }, actor);
      return user;
    });
  }

  issue(request: LinkRequest, actor: Actor): Promise<void> {
    return this.uow.tx((trx) => this.issueWith(trx, request, actor));
  }

  private async issueWith(trx: Executor, request: LinkRequest, actor: Actor): Promise<void> {
    const { user, purpose, link } = request;
    const newEmail = request.newEmail ?? null;
    await trx
      .deleteFrom('account_links')
      .where('user_id', '=', user.id)
      .where('purpose', '=', purpose)
      .where('used_at', 'is', null)
      .execute();
    await trx
      .insertInto('account_links')
      .values({
        token_hash: link.tokenHash,
        user_id: user.id,
        purpose,
        new_email: newEmail?.toLowerCase() ?? null,
        expires_at: link.expiresAt,
      })
      .execute();
    await this.outbox.enqueueWith(trx, {
      to: newEmail ?? user.email,
      template: ACCOUNT_LINK_TEMPLATE,
      language: user.language,
      params: { purpose, token: link.token, name: user.name, expiresAt: link.expiresAt.toISOString() },
      userId: user.id,
    });
    // The audit row names the purpose and the address, never the secret.
    await this.uow.audit(trx, actor, 'create', 'account_link', user.id, {
      purpose,
      to: newEmail ?? user.email,
    });
  }

  async lastIssuedAt(userId: string, purpose: AccountLinkPurpose): Promise<Date | undefined> {
    const { rows } = await sql<{ at: Date | string | null }>`select max(created_at) as at from account_links
      where user_id = ${userId}::uuid and purpose = ${purpose}`.execute(this.uow.db);
    return rows[0]?.at ? new Date(rows[0].at) : undefined;
  }

  async inspect(tokenHash: string, now: Date): Promise<AccountLink | undefined> {
    return this.usable(this.uow.db, tokenHash, now, false);
  }

  /** The usable link (locked with `lock`, so two uses of one link cannot both succeed). */
  private async usable(
    trx: Executor,
    tokenHash: string,
    now: Date,
    lock: boolean,
  ): Promise<AccountLink | undefined> {
    const { rows } = await sql<Row>`select l.purpose, l.user_id, l.new_email, l.expires_at, u.email, u.name
      from account_links l join users u on u.id = l.user_id
      where l.token_hash = ${tokenHash} and l.used_at is null and l.expires_at > ${now}
        and u.deactivated_at is null
      ${lock ? sql`for update of l` : sql``}`.execute(trx);
    return rows[0] && toLink(rows[0]);
  }

  /** Marks the link used with `trx`; @returns it, or undefined when it is not usable. */
  private async use(trx: Executor, tokenHash: string, now: Date): Promise<AccountLink | undefined> {
    const link = await this.usable(trx, tokenHash, now, true);
    if (!link) return undefined;
    await trx
      .updateTable('account_links')
      .set({ used_at: now })
      .where('token_hash', '=', tokenHash)
      .execute();
    return link;
  }

  setPasswordByLink(tokenHash: string, passwordHash: string, now: Date): Promise<User | undefined> {
    return this.uow.tx(async (trx) => {
      const link = await this.use(trx, tokenHash, now);
      if (!link || link.purpose === 'email_change') return undefined;
      const actor = { userId: link.userId, label: link.email };
      await this.users.setPasswordWith(trx, link.userId, passwordHash, actor);
      // A set password makes every other password link of the user useless.
      await sql`delete from account_links where user_id = ${link.userId}::uuid and used_at is null
        and purpose in ('invitation', 'password_reset')`.execute(trx);
      return this.users.userById(trx, link.userId);
    });
  }

  confirmEmailByLink(tokenHash: string, now: Date): Promise<User | undefined> {
    return this.uow.tx(async (trx) => {
      const link = await this.use(trx, tokenHash, now);
      if (!link?.newEmail) return undefined;
      const newEmail = link.newEmail;
      await uniqueOr(
        () => new ConflictError(`a user with e-mail ${newEmail} exists`, 'user', newEmail),
        () => trx.updateTable('users').set({ email: newEmail }).where('id', '=', link.userId).execute(),
      );
      const actor = { userId: link.userId, label: newEmail };
      await this.uow.audit(trx, actor, 'update', 'user', link.userId, {
        email: { from: link.email, to: newEmail },
      });
      return this.users.userById(trx, link.userId);
    });
  }
}
