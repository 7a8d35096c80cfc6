/**
 * Partner-search posts (issue 12 point 2; migration 009): the filtered list, one post, its
 * writes, and what others do with it — follow, express interest (private to the poster's
 * side and the sender), comment. Each write is one transaction with its audit row.
 */
import { sql } from 'kysely';
import type { Page, PartnerSearchPost } from '@polos/core';
import { ConflictError, type Actor } from '../store';
import { iso, json, pageOf, parseJson, toPrefixQuery, type Row } from '../repositories/sql-values';
import { uniqueOr, type UnitOfWork } from '../repositories/unit-of-work';

export interface PartnerSearchQuery {
  direction?: string;
  kind?: string;
  /** A NACE division the post seeks or offers. */
  sector?: string;
  /** A country the post seeks, or the country of the posting organisation. */
  country?: string;
  organisationId?: string;
  /** `expired` lists only the posts whose expiry date has passed. */
  status?: 'open' | 'matched' | 'closed' | 'expired';
  includeExpired?: boolean;
  q?: string;
  /** YYYY-MM-DD: posts that expire before this day are expired. */
  today: string;
  limit: number;
  offset: number;
}

export type PartnerSearchPatch = Partial<
  Pick<PartnerSearchPost, 'title' | 'description' | 'sectors' | 'countriesSought' | 'language' | 'status'>
>;

export interface PartnerSearchMessage {
  id: string;
  postId: string;
  userId: string | null;
  name: string;
  organisationId: string | null;
  text: string;
  createdAt: string;
}

/** The store's part for partner searches (`store.partnerSearches`). */
export interface PartnerSearches {
  list(query: PartnerSearchQuery): Promise<Page<PartnerSearchPost>>;
  get(id: string): Promise<PartnerSearchPost | undefined>;
  /** ConflictError when the id is taken. */
  create(post: PartnerSearchPost, actor: Actor): Promise<PartnerSearchPost>;
  update(id: string, patch: PartnerSearchPatch, actor: Actor): Promise<PartnerSearchPost | undefined>;
  /** Sets a new expiry date and reopens an expired open post. */
  renew(id: string, expiresOn: string, actor: Actor): Promise<PartnerSearchPost | undefined>;
  remove(id: string, actor: Actor): Promise<boolean>;
  /** False when already following. */
  follow(postId: string, userId: string): Promise<boolean>;
  /** False when not following. */
  unfollow(postId: string, userId: string): Promise<boolean>;
  followers(postId: string): Promise<string[]>;
  addInterest(
    postId: string,
    interest: { name: string; organisationId: string | null; text: string },
    actor: Actor,
  ): Promise<PartnerSearchMessage>;
  /** The interests in a post, newest first; only `senderId`'s when given. */
  interests(postId: string, options?: { senderId?: string }): Promise<PartnerSearchMessage[]>;
  addComment(
    postId: string,
    comment: { name: string; text: string },
    actor: Actor,
  ): Promise<PartnerSearchMessage>;
  comments(postId: string): Promise<PartnerSearchMessage[]>;
}

const columns = sql`p.id, p.organisation_id, p.direction, p.kind, p.title, p.description, p.sectors,
  p.countries_sought, p.language, p.published_on::text as published_on, p.expires_on::text as expires_on, p.status`;

function toPost(r: Row): PartnerSearchPost {
  return {
    id: r.id as string,
    organisationId: r.organisation_id as string,
    direction: r.direction as PartnerSearchPost['direction'],
    kind: r.kind as PartnerSearchPost['kind'],
    title: r.title as string,
    description: r.description as string,
    sectors: parseJson(r.sectors) as string[],
    countriesSought: parseJson(r.countries_sought) as string[],
    language: r.language as PartnerSearchPost['language'],
    publishedOn: r.published_on as string,
    expiresOn: r.expires_on as string,
    status: r.status as PartnerSearchPost['status'],
  };
}

function toMessage(r: Row): PartnerSearchMessage {
  return {
    id: r.id as string,
    postId: r.post_id as string,
    userId: (r.user_id as string | null) ?? null,
    name: r.name as string,
    organisationId: (r.organisation_id as string | null) ?? null,
    text: r.text as string,
    createdAt: iso(r.created_at),
  };
}

function whereOf(q: PartnerSearchQuery) {
  const c = [sql`true`];
  if (q.direction) c.push(sql`p.direction = ${q.direction}`);
  if (q.kind) c.push(sql`p.kind = ${q.kind}`);
  if (q.sector) c.push(sql`p.sectors ? ${q.sector}`);
  if (q.country)
    c.push(sql`(p.countries_sought ? ${q.country} or exists (select 1 from organisations o
      where o.id = p.organisation_id and o.country = ${q.country}))`);
  if (q.organisationId) c.push(sql`p.organisation_id = ${q.organisationId}`);
  if (q.status === 'expired') c.push(sql`p.expires_on < ${q.today}::date`);
  else {
    if (q.status) c.push(sql`p.status = ${q.status}`);
    if (!q.includeExpired) c.push(sql`p.expires_on >= ${q.today}::date`);
  }
  const tsquery = q.q ? toPrefixQuery(q.q) : undefined;
  if (tsquery)
    c.push(
      sql`to_tsvector('simple', polos_fold(p.title || ' ' || p.description)) @@ to_tsquery('simple', ${tsquery})`,
    );
  return sql.join(c, sql` and `);
}

export class PartnerSearchesRepository implements PartnerSearches {
  constructor(private readonly uow: UnitOfWork) {}

  async list(q: PartnerSearchQuery): Promise<Page<PartnerSearchPost>> {
    const where = whereOf(q);
    const { rows } = await sql<Row>`select ${columns}, count(*) over ()::int as total
      from partner_search_posts p where ${where}
      order by p.published_on desc, p.created_at desc, p.id limit ${q.limit} offset ${q.offset}`.execute(
      this.uow.db,
    );
    return pageOf(rows, q, () => this.count(where), toPost);
  }

  private async count(where: ReturnType<typeof whereOf>): Promise<number> {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from partner_search_posts p
      where ${where}`.execute(this.uow.db);
    return rows[0]?.n ?? 0;
  }

  async get(id: string): Promise<PartnerSearchPost | undefined> {
    const { rows } = await sql<Row>`select ${columns} from partner_search_posts p where p.id = ${id}`.execute(
      this.uow.db,
    );
    return rows[0] ? toPost(rows[0]) : undefined;
  }

  create(post: PartnerSearchPost, actor: Actor): Promise<PartnerSearchPost> {
    return this.uow.tx(async (trx) => {
      await uniqueOr(
        () => new ConflictError(`a partner-search post "${post.id}" exists`, 'partner_search_post', post.id),
        () =>
          trx
            .insertInto('partner_search_posts')
            .values({
              id: post.id,
              organisation_id: post.organisationId,
              direction: post.direction,
              kind: post.kind,
              title: post.title,
              description: post.description,
              sectors: json(post.sectors),
              countries_sought: json(post.countriesSought),
              language: post.language,
              published_on: post.publishedOn,
              expires_on: post.expiresOn,
              status: post.status,
              created_by: actor.userId,
            })
            .execute(),
      );
      await this.uow.audit(trx, actor, 'create', 'partner_search_post', post.id, post);
      return post;
    });
  }

  update(id: string, patch: PartnerSearchPatch, actor: Actor): Promise<PartnerSearchPost | undefined> {
    return this.uow.tx(async (trx) => {
      const set: Record<string, unknown> = { updated_at: new Date() };
      if (patch.title !== undefined) set.title = patch.title;
      if (patch.description !== undefined) set.description = patch.description;
      if (patch.sectors !== undefined) set.sectors = json(patch.sectors);
      if (patch.countriesSought !== undefined) set.countries_sought = json(patch.countriesSought);
      if (patch.language !== undefined) set.language = patch.language;
      if (patch.status !== undefined) set.status = patch.status;
      const updated = await trx
        .updateTable('partner_search_posts')
        .set(set)
        .where('id', '=', id)
        .returning('id')
        .execute();
      if (!updated.length) return undefined;
      await this.uow.audit(trx, actor, 'update', 'partner_search_post', id, patch);
      return this.inTx(trx, id);
    });
  }

  renew(id: string, expiresOn: string, actor: Actor): Promise<PartnerSearchPost | undefined> {
    return this.uow.tx(async (trx) => {
      const updated = await trx
        .updateTable('partner_search_posts')
        .set({ expires_on: expiresOn, updated_at: new Date() })
        .where('id', '=', id)
        .returning('id')
        .execute();
      if (!updated.length) return undefined;
      await this.uow.audit(trx, actor, 'update', 'partner_search_post', id, { expiresOn });
      return this.inTx(trx, id);
    });
  }

  private async inTx(trx: Parameters<Parameters<UnitOfWork['tx']>[0]>[0], id: string) {
    const { rows } = await sql<Row>`select ${columns} from partner_search_posts p where p.id = ${id}`.execute(
      trx,
    );
    return rows[0] ? toPost(rows[0]) : undefined;
  }

  remove(id: string, actor: Actor): Promise<boolean> {
    return this.uow.tx(async (trx) => {
      const removed = await trx
        .deleteFrom('partner_search_posts')
        .where('id', '=', id)
        .returning('id')
        .execute();
      if (!removed.length) return false;
      await this.uow.audit(trx, actor, 'delete', 'partner_search_post', id, {});
      return true;
    });
  }

  async follow(postId: string, userId: string): Promise<boolean> {
    const rows = await this.uow.db
      .insertInto('partner_search_follows')
      .values({ post_id: postId, user_id: userId })
      .onConflict((oc) => oc.doNothing())
      .returning('user_id')
      .execute();
    return rows.length > 0;
  }

  async unfollow(postId: string, userId: string): Promise<boolean> {
    const rows = await this.uow.db
      .deleteFrom('partner_search_follows')
      .where('post_id', '=', postId)
      .where('user_id', '=', userId)
      .returning('user_id')
      .execute();
    return rows.length > 0;
  }

  async followers(postId: string): Promise<string[]> {
    const rows = await this.uow.db
      .selectFrom('partner_search_follows')
      .select('user_id')
      .where('post_id', '=', postId)
      .orderBy('created_at')
      .execute();
    return rows.map((r) => r.user_id);
  }

  addInterest(
    postId: string,
    interest: { name: string; organisationId: string | null; text: string },
    actor: Actor,
  ): Promise<PartnerSearchMessage> {
    return this.uow.tx(async (trx) => {
      const { rows } = await sql<Row>`insert into partner_search_interests
        (post_id, sender_id, sender_name, organisation_id, message)
        values (${postId}, ${actor.userId}, ${interest.name}, ${interest.organisationId}, ${interest.text})
        returning id, post_id, sender_id as user_id, sender_name as name, organisation_id,
          message as text, created_at`.execute(trx);
      const message = toMessage(rows[0]!);
      await this.uow.audit(trx, actor, 'create', 'partner_search_interest', message.id, { postId });
      return message;
    });
  }

  async interests(postId: string, options: { senderId?: string } = {}): Promise<PartnerSearchMessage[]> {
    const bySender = options.senderId ? sql`and sender_id = ${options.senderId}` : sql``;
    const { rows } = await sql<Row>`select id, post_id, sender_id as user_id, sender_name as name,
        organisation_id, message as text, created_at
      from partner_search_interests where post_id = ${postId} ${bySender}
      order by created_at desc, id`.execute(this.uow.db);
    return rows.map(toMessage);
  }

  addComment(
    postId: string,
    comment: { name: string; text: string },
    actor: Actor,
  ): Promise<PartnerSearchMessage> {
    return this.uow.tx(async (trx) => {
      const { rows } =
        await sql<Row>`insert into partner_search_comments (post_id, author_id, author_name, text)
        values (${postId}, ${actor.userId}, ${comment.name}, ${comment.text})
        returning id, post_id, author_id as user_id, author_name as name, null as organisation_id,
          text, created_at`.execute(trx);
      const message = toMessage(rows[0]!);
      await this.uow.audit(trx, actor, 'create', 'partner_search_comment', message.id, { postId });
      return message;
    });
  }

  async comments(postId: string): Promise<PartnerSearchMessage[]> {
    const { rows } = await sql<Row>`select id, post_id, author_id as user_id, author_name as name,
        null as organisation_id, text, created_at
      from partner_search_comments where post_id = ${postId} order by created_at, id`.execute(this.uow.db);
    return rows.map(toMessage);
  }
}
