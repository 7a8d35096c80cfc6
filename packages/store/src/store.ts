/**
 * The storage contract of polos: everything the server and CLI may ask of the platform database.
 * One implementation (`createStore`) runs on PGlite (embedded, a folder) or a PostgreSQL server
 * (`DATABASE_URL`), same migrations and queries; `test/store.contract.test.ts` runs on both.
 *
 * Every write runs in one transaction with its audit row: both land together or not at all.
 */
import type {
  FieldRule,
  Assessment,
  AssessmentKind,
  AssessmentSummary,
  Cluster,
  ClusterInputParsed,
  ClusterListQuery,
  ClusterPatch,
  Intermediary,
  Member,
  Organisation,
  OrganisationInput,
  OrganisationListQuery,
  OrganisationPatch,
  Page,
  Role,
  User,
  ValueChain,
} from '@polos/core';
import type { OrganisationAdmins } from './collaboration/organisation-admins.repository';
import type { PartnerSearches } from './collaboration/partner-searches.repository';
import type { Agreements } from './collaboration/agreements.repository';
import type { Programmes } from './collaboration/programmes.repository';
import type { OrganisationDirectory } from './collaboration/organisation-directory.repository';
import type { Events } from './collaboration/events';
import type { Notifications } from './notifications/notifications.repository';
import type { Plans } from './plans/plans.repository';
import type { Ris3Strategies } from './ris3/ris3.repository';
import type { Services } from './services/services.repository';
import type { MailOutbox } from './mail/mail-outbox.repository';
import type { Jobs } from './jobs/jobs.repository';
import type { AccountLinks } from './accounts/account-links.repository';
import type { NewUser } from './repositories/users.repository';
import type { SignInAttempts } from './throttle/sign-in-attempts.repository';
import type { AddressRequests } from './throttle/address-requests.repository';
import type { Funding } from './management/funding.repository';
import type { Excellence } from './excellence/excellence.repository';
import type {
  Actor,
  AuditEntry,
  UserWithSecret,
  SessionRecord,
  NewApiToken,
  ApiTokenInfo,
  ClusterImportRow,
  NewAssessment,
  ClusterSummary,
  PortfolioRow,
  ImportResult,
} from './store-records';

export * from './store-records';

export interface Store {
  readonly kind: 'pglite' | 'postgres';
  /**
   * New areas (issue 12 on) expose their repositories as properties, each with its own
   * interface in its folder, instead of adding methods here (decision 075).
   */
  readonly organisationAdmins: OrganisationAdmins;
  readonly partnerSearches: PartnerSearches;
  readonly agreements: Agreements;
  readonly programmes: Programmes;
  readonly organisationDirectory: OrganisationDirectory;
  /** Matchmaking events (migration 010; decision 078). */
  readonly events: Events;
  /** Notifications and the shared mail outbox (migration 011; decision 081). */
  readonly notifications: Notifications;
  /** Strategic and action plans, indicators (issue 13 point 3; decision 084). */
  readonly plans: Plans;
  /** Smart-specialisation strategies (migration 017; decision 091). */
  readonly ris3: Ris3Strategies;
  /** Service portfolios by year and member surveys (issue 13 point 2; decision 085). */
  readonly services: Services;
  readonly mailOutbox: MailOutbox;
  /** Background jobs: the queue, its leases and its dead-letter list (migration 024; decision 106). */
  readonly jobs: Jobs;
  /** Invitation, password reset and e-mail change links (decision 104). */
  readonly accountLinks: AccountLinks;
  /** The sign-in throttle's shared state (decision 098). */
  readonly signInAttempts: SignInAttempts;
  /** Per-address request bounds shared by every instance (decision 109). */
  readonly addressRequests: AddressRequests;
  /** Funding by year, exit path, sustainability publication (migration 012; decision 083). */
  readonly funding: Funding;
  /** Eligibility inputs, self-assessments, shared value (migration 015; decision 086). */
  readonly excellence: Excellence;
  /** Apply pending migrations (idempotent); returns the names applied now. */
  migrate(): Promise<string[]>;
  close(): Promise<void>;

  // Clusters -------------------------------------------------------------------
  /**
   * Filters: `q` full-text over name, location and sector (accent-insensitive `simple` tsvector,
   * every word a prefix), country, sector group, region, and `degree` (of the cluster's latest
   * assessment, stored with it: SQL over every cluster). Ordered by name, id.
   */
  listClusters(query: ClusterListQuery, options: { includePrivate: boolean }): Promise<Page<Cluster>>;
  /**
   * Every cluster matching the filters (no page limit), in the order of the list, as the
   * few fields analyses need: the portfolio, a diagnosis's peer group and the counts use
   * it, so they never stop at a page.
   */
  clusterSummaries(
    query: Omit<ClusterListQuery, 'limit' | 'offset'>,
    options: { includePrivate: boolean },
  ): Promise<ClusterSummary[]>;
  getCluster(id: string): Promise<Cluster | undefined>;
  /** @throws ConflictError when the id is taken. */
  createCluster(input: ClusterInputParsed & { id: string }, actor: Actor): Promise<Cluster>;
  /** @returns undefined when there is no such cluster. */
  updateCluster(id: string, patch: ClusterPatch, actor: Actor): Promise<Cluster | undefined>;
  deleteCluster(id: string, actor: Actor): Promise<boolean>;
  /**
   * All-or-nothing import: every row is inserted (or, with `upsert`, its sent fields
   * applied to the existing cluster) in one transaction; on any failure nothing is
   * written and the error propagates.
   * @throws ConflictError (mode `insert`) naming the first id that exists.
   */
  importClusters(
    rows: readonly ClusterImportRow[],
    actor: Actor,
    options: { mode: 'insert' | 'upsert'; source: string },
  ): Promise<ImportResult>;

  // Organisations --------------------------------------------------------------
  listOrganisations(
    query: OrganisationListQuery,
    options: { includePrivate: boolean },
  ): Promise<Page<Organisation>>;
  /**
   * `includePrivate: false` (readers who may not see private records): `clusterId` is
   * null when the organisation's cluster is private. __Default:__ `includePrivate: true`.
   */
  getOrganisation(id: string, options?: { includePrivate: boolean }): Promise<Organisation | undefined>;
  /** @throws ConflictError when the id is taken; NotFoundError when `clusterId` names no cluster. */
  createOrganisation(input: OrganisationInput & { id: string }, actor: Actor): Promise<Organisation>;
  updateOrganisation(id: string, patch: OrganisationPatch, actor: Actor): Promise<Organisation | undefined>;
  deleteOrganisation(id: string, actor: Actor): Promise<boolean>;

  // Assessments (dated diagnoses; a cluster's history) -------------------------
  /**
   * `scores` are the aggregated item scores (computed by the caller in survey mode).
   * @throws NotFoundError when the cluster does not exist.
   */
  createAssessment(clusterId: string, input: NewAssessment, actor: Actor): Promise<Assessment>;
  /** One assessment with its respondents' answers; undefined when the cluster has no such assessment. */
  getAssessment(clusterId: string, id: string): Promise<Assessment | undefined>;
  /** Deletes one assessment of the cluster, with its audit row; false when there is none. */
  deleteAssessment(clusterId: string, id: string, actor: Actor): Promise<boolean>;
  /** Newest first (by assessedOn, then createdAt); respondents counted, their answers not read. */
  listAssessments(clusterId: string): Promise<AssessmentSummary[]>;
  /** Latest assessment of each of these clusters (all clusters when ids is undefined), as summaries. */
  latestAssessments(clusterIds?: string[]): Promise<Map<string, AssessmentSummary>>;
  /**
   * Every cluster matching the filters that has an assessment of one of `options.kinds`, with
   * its latest such assessment's scores and stored indices, in the order of the list (name,
   * id); the `degree` filter is that assessment's degree. SQL over every row: no page limit (the portfolio, a
   * diagnosis's peer group).
   */
  portfolioRows(
    filters: Omit<ClusterListQuery, 'limit' | 'offset'>,
    options: { includePrivate: boolean; kinds: readonly AssessmentKind[] },
  ): Promise<PortfolioRow[]>;

  // Members, intermediaries, value chains of a cluster (ids unique within the cluster) ----
  /** @throws NotFoundError when the cluster does not exist; ConflictError when the id is taken in that cluster. */
  createMember(input: Member, actor: Actor): Promise<Member>;
  /** Ordered by name, id. */
  listMembers(clusterId: string): Promise<Member[]>;
  deleteMember(clusterId: string, id: string, actor: Actor): Promise<boolean>;
  /** @throws NotFoundError when the cluster does not exist; ConflictError when the id is taken in that cluster. */
  createIntermediary(input: Intermediary, actor: Actor): Promise<Intermediary>;
  listIntermediaries(clusterId: string): Promise<Intermediary[]>;
  deleteIntermediary(clusterId: string, id: string, actor: Actor): Promise<boolean>;
  /**
   * @throws NotFoundError when the cluster does not exist; ConflictError when the id is taken in
   * that cluster or when the shares of output of the cluster's chains would add up to more than 100 %.
   */
  createValueChain(input: ValueChain, actor: Actor): Promise<ValueChain>;
  listValueChains(clusterId: string): Promise<ValueChain[]>;
  deleteValueChain(clusterId: string, id: string, actor: Actor): Promise<boolean>;

  // Statistical datasets uploaded for the map studio -------------------------------
  /** Stores the whole matrix in one transaction with its audit entry. */
  createMapDataset(input: MapDatasetInput, actor: Actor): Promise<MapDatasetInfo>;
  /** Newest first, without the cells. */
  listMapDatasets(): Promise<MapDatasetInfo[]>;
  /** One dataset's description, without reading its cells. */
  getMapDatasetInfo(id: string): Promise<MapDatasetInfo | undefined>;
  getMapDataset(id: string): Promise<MapDataset | undefined>;
  /** Shares an upload with everyone (or not); audited. Undefined when there is none. */
  setMapDatasetShared(id: string, shared: boolean, actor: Actor): Promise<MapDatasetInfo | undefined>;
  deleteMapDataset(id: string, actor: Actor): Promise<boolean>;

  // Users, grants, sessions, tokens -------------------------------------------
  countUsers(): Promise<number>;
  /**
   * The data version (decision 108): a count every audited write bumps in its own
   * transaction, a dot and the database's epoch (decision 110, renewed by a restore); equal
   * versions mean equal committed data. Compare it as a whole string.
   */
  dataVersion(): Promise<string>;
  /** @throws ConflictError when the e-mail is taken; NotFoundError when a granted cluster does not exist. */
  createUser(input: NewUser, actor: Actor): Promise<User>;
  getUser(id: string): Promise<User | undefined>;
  findUserByEmail(email: string): Promise<UserWithSecret | undefined>;
  listUsers(): Promise<User[]>;
  /** Replace a user's grants (cluster ids) and/or role. @throws NotFoundError when a granted cluster does not exist. */
  updateUser(
    id: string,
    patch: { role?: Role; grants?: string[]; name?: string },
    actor: Actor,
  ): Promise<User | undefined>;
  setPassword(id: string, passwordHash: string, actor: Actor): Promise<void>;
  /** Deactivation ends the user's sessions and revokes her API tokens and links at once. */
  setUserActive(id: string, active: boolean, actor: Actor): Promise<User | undefined>;

  /** Sessions and API tokens are stored as SHA-256 hashes of the secret, never the secret. */
  createSession(userId: string, tokenHash: string, csrfToken: string, expiresAt: Date): Promise<void>;
  /**
   * The session if it has not expired at `now` and, with `idleMs`, was last seen less than
   * `idleMs` before `now`; marks it seen at `now` (a write at most once a minute per session).
   */
  getSession(tokenHash: string, now: Date, options?: { idleMs?: number }): Promise<SessionRecord | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Ends every session of a user (sign out everywhere), audited; @returns how many ended. */
  deleteUserSessions(userId: string, actor: Actor): Promise<number>;
  /** Deletes the sessions expired at `now` or, with `idleMs`, idle for longer; @returns how many. */
  purgeExpiredSessions(now: Date, options?: { idleMs?: number }): Promise<number>;
  /** A new API token (only its hash is stored), audited. */
  createApiToken(token: NewApiToken, actor: Actor): Promise<ApiTokenInfo>;
  /** The token's owner if it is neither revoked nor expired at `now`; marks it used (at most once a minute). */
  findApiToken(tokenHash: string, now: Date): Promise<{ user: User; token: ApiTokenInfo } | undefined>;
  /** A user's tokens, revoked and expired ones included, newest first. */
  listApiTokens(userId: string): Promise<ApiTokenInfo[]>;
  getApiToken(id: string): Promise<ApiTokenInfo | undefined>;
  /** Revokes one token, audited; @returns false when there is no such token or it was already revoked. */
  revokeApiToken(id: string, actor: Actor): Promise<boolean>;
  /** Revokes the token with this hash (sign out with a token), audited; @returns false when none was active. */
  revokeApiTokenByHash(tokenHash: string, actor: Actor): Promise<boolean>;
  /** Revokes every active token of a user, audited; @returns how many. */
  revokeUserApiTokens(userId: string, actor: Actor): Promise<number>;

  // Audit ------------------------------------------------------------------------
  listAudit(query: {
    limit: number;
    offset: number;
    entity?: string;
    entityId?: string;
  }): Promise<Page<AuditEntry>>;
  /** For events that are not writes of an entity (login). */
  recordAudit(entry: Omit<AuditEntry, 'id' | 'at' | 'userId' | 'actorLabel'>, actor: Actor): Promise<void>;
}

/** A region × industry table uploaded for the map studio (docs/storage.md). */
export interface MapDatasetInput {
  name: string;
  /** Boundaries its region codes name (the server's GEOGRAPHIES: world-countries, eu-nuts2-2013, br-municipalities …). */
  geography: string;
  /** What the values count (employees, USD, …), free text. */
  unit: string;
  sourceFile: string;
  /** Rows of the file kept. */
  rows: number;
  regions: readonly string[];
  industries: readonly string[];
  /** Row-major regions × industries; NaN = missing. */
  values: Float64Array;
  /** Listed and readable without an account; __Default:__ false. */
  shared?: boolean;
}

export interface MapDatasetInfo {
  id: string;
  name: string;
  geography: string;
  unit: string;
  sourceFile: string;
  rows: number;
  regionCount: number;
  industryCount: number;
  createdBy: string | null;
  createdAt: string;
  /** Listed and readable without an account. */
  shared: boolean;
}

export interface MapDataset extends MapDatasetInfo {
  regions: string[];
  industries: string[];
  values: Float64Array;
}

export interface StoreOptions {
  /** `postgres://…` to use a server; otherwise PGlite. */
  databaseUrl?: string;
  /** PGlite data folder; `memory://` (or undefined) for an in-memory database. */
  dataDir?: string;
  /**
   * PGlite folder only: `durable` (every commit flushed to disk with fsync) or `relaxed` (commits
   * reach the kernel, not the disk: a power cut may lose the last ones). __Default:__ `durable` (decision 067).
   */
  durability?: 'durable' | 'relaxed';
  /** A PostgreSQL read replica (DATABASE_READ_URL; decision 109): never migrated, never written. */
  readOnly?: boolean;
}

/** One problem found in an import file: which file, which row (CSV: line number; JSON: record number from 1), which field, why. */
export interface ImportIssue {
  file: string;
  row: number;
  field: string;
  message: string;
  /** The rule the value broke, for clients to say it in the user's language (core FieldRule). */
  rule?: FieldRule;
}

/** Thrown by the import parsers when any row is bad; nothing has been written. Maps to HTTP 400 / CLI exit 2. */
export class ImportValidationError extends Error {
  constructor(readonly issues: ImportIssue[]) {
    super(
      `${issues.length} problem${issues.length === 1 ? '' : 's'} in the import; nothing was written:\n` +
        issues
          .slice(0, 50)
          .map((i) => `  ${i.file}, row ${i.row}, field ${i.field}: ${i.message}`)
          .join('\n'),
    );
    this.name = 'ImportValidationError';
  }
}
