/**
 * The one implementation of the `Store` contract: a thin facade over one repository per
 * kind of record (`repositories/`), which share one unit of work (transactions, audit rows,
 * key violations as typed errors). It runs unchanged on PGlite and on a PostgreSQL server;
 * the dialect is chosen by `createStore`. Server and CLI call the `Store` methods; the
 * repositories are not part of the package's surface (decision 072).
 */
import { sql, type Kysely } from 'kysely';
import type {
  AssessmentKind,
  ClusterInputParsed,
  ClusterListQuery,
  ClusterPatch,
  Intermediary,
  Member,
  OrganisationInput,
  OrganisationListQuery,
  OrganisationPatch,
  Role,
  ValueChain,
} from '@polos/core';
import type { Database } from './database';
import { migrateDatabase } from './migrations/migrate';
import { readDataVersion } from './repositories/data-version';
import { AssessmentsRepository } from './repositories/assessments.repository';
import { AuditRepository } from './repositories/audit.repository';
import type { ClusterFilters } from './repositories/cluster-filters';
import { ClusterPartsRepository } from './repositories/cluster-parts.repository';
import { ClustersRepository } from './repositories/clusters.repository';
import { MapDatasetsRepository } from './repositories/map-datasets.repository';
import { OrganisationsRepository } from './repositories/organisations.repository';
import { SessionsTokensRepository } from './repositories/sessions-tokens.repository';
import { json } from './repositories/sql-values';
import { UnitOfWork } from './repositories/unit-of-work';
import { UsersRepository, type NewUser } from './repositories/users.repository';
import { AccountLinksRepository } from './accounts/account-links.repository';
import { OrganisationAdminsRepository } from './collaboration/organisation-admins.repository';
import { PartnerSearchesRepository } from './collaboration/partner-searches.repository';
import { AgreementsRepository } from './collaboration/agreements.repository';
import { ProgrammesRepository } from './collaboration/programmes.repository';
import { OrganisationDirectoryRepository } from './collaboration/organisation-directory.repository';
import { EventsRepository } from './collaboration/event-meetings.repository';
import { NotificationsRepository } from './notifications/notifications.repository';
import { PlansRepository } from './plans/plans.repository';
import { Ris3Repository } from './ris3/ris3.repository';
import { ServicesRepository } from './services/services.repository';
import { MailOutboxRepository } from './mail/mail-outbox.repository';
import { JobsRepository } from './jobs/jobs.repository';
import { SignInAttemptsRepository } from './throttle/sign-in-attempts.repository';
import { AddressRequestsRepository } from './throttle/address-requests.repository';
import { FundingRepository } from './management/funding.repository';
import { ExcellenceRepository } from './excellence/excellence.repository';
import type {
  Actor,
  AuditEntry,
  ClusterImportRow,
  MapDatasetInput,
  NewApiToken,
  NewAssessment,
  Store,
} from './store';

type Filters = { includePrivate: boolean };

export class SqlStore implements Store {
  private readonly uow: UnitOfWork;
  private readonly clusters: ClustersRepository;
  private readonly organisations: OrganisationsRepository;
  private readonly assessments: AssessmentsRepository;
  private readonly parts: ClusterPartsRepository;
  private readonly mapDatasets: MapDatasetsRepository;
  private readonly users: UsersRepository;
  private readonly sessions: SessionsTokensRepository;
  private readonly audit: AuditRepository;
  readonly organisationAdmins: OrganisationAdminsRepository;
  readonly partnerSearches: PartnerSearchesRepository;
  readonly agreements: AgreementsRepository;
  readonly programmes: ProgrammesRepository;
  readonly organisationDirectory: OrganisationDirectoryRepository;
  readonly events: EventsRepository;
  readonly mailOutbox: MailOutboxRepository;
  readonly jobs: JobsRepository;
  readonly accountLinks: AccountLinksRepository;
  readonly signInAttempts: SignInAttemptsRepository;
  readonly addressRequests: AddressRequestsRepository;
  readonly notifications: NotificationsRepository;
  readonly funding: FundingRepository;
  readonly excellence: ExcellenceRepository;
  readonly plans: PlansRepository;
  readonly ris3: Ris3Repository;
  readonly services: ServicesRepository;

  private knownVersion: { generation: number; version: string } | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    readonly kind: 'pglite' | 'postgres',
    /** A store on a read replica (StoreOptions.readOnly): no migrations, no writes on reads. */
    readonly readOnly = false,
  ) {
    this.uow = new UnitOfWork(db, readOnly);
    this.clusters = new ClustersRepository(this.uow);
    this.organisations = new OrganisationsRepository(this.uow);
    this.assessments = new AssessmentsRepository(this.uow);
    this.parts = new ClusterPartsRepository(this.uow);
    this.mapDatasets = new MapDatasetsRepository(this.uow);
    this.users = new UsersRepository(this.uow);
    this.sessions = new SessionsTokensRepository(this.uow, this.users);
    this.audit = new AuditRepository(this.uow);
    this.organisationAdmins = new OrganisationAdminsRepository(this.uow);
    this.partnerSearches = new PartnerSearchesRepository(this.uow);
    this.agreements = new AgreementsRepository(this.uow);
    this.programmes = new ProgrammesRepository(this.uow);
    this.organisationDirectory = new OrganisationDirectoryRepository(this.uow);
    this.events = new EventsRepository(this.uow);
    this.mailOutbox = new MailOutboxRepository(this.uow);
    // A job's writes run on a store bound to the transaction that completes it (as seedOnce does).
    this.jobs = new JobsRepository(this.uow, (trx) => new SqlStore(trx, kind));
    this.accountLinks = new AccountLinksRepository(this.uow, this.users, this.mailOutbox);
    this.signInAttempts = new SignInAttemptsRepository(this.uow);
    this.addressRequests = new AddressRequestsRepository(this.uow);
    this.notifications = new NotificationsRepository(this.uow, this.mailOutbox);
    this.funding = new FundingRepository(this.uow);
    this.excellence = new ExcellenceRepository(this.uow);
    this.plans = new PlansRepository(this.uow);
    this.ris3 = new Ris3Repository(this.uow);
    this.services = new ServicesRepository(this.uow);
  }

  /** Applies the pending migrations (idempotent); returns the names applied now. */
  migrate(): Promise<string[]> {
    if (this.readOnly)
      return Promise.reject(new Error('a read replica is not migrated; migrate the primary'));
    return migrateDatabase(this.db);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  // Clusters
  listClusters(query: ClusterListQuery, options: Filters) {
    return this.clusters.listClusters(query, options);
  }
  clusterSummaries(query: ClusterFilters, options: Filters) {
    return this.clusters.clusterSummaries(query, options);
  }
  getCluster(id: string) {
    return this.clusters.getCluster(id);
  }
  createCluster(input: ClusterInputParsed & { id: string }, actor: Actor) {
    return this.clusters.createCluster(input, actor);
  }
  updateCluster(id: string, patch: ClusterPatch, actor: Actor) {
    return this.clusters.updateCluster(id, patch, actor);
  }
  deleteCluster(id: string, actor: Actor) {
    return this.clusters.deleteCluster(id, actor);
  }
  importClusters(
    rows: readonly ClusterImportRow[],
    actor: Actor,
    options: { mode: 'insert' | 'upsert'; source: string },
  ) {
    return this.clusters.importClusters(rows, actor, options);
  }

  // Organisations
  listOrganisations(query: OrganisationListQuery, options: Filters) {
    return this.organisations.listOrganisations(query, options);
  }
  getOrganisation(id: string, options?: Filters) {
    return this.organisations.getOrganisation(id, options);
  }
  createOrganisation(input: OrganisationInput & { id: string }, actor: Actor) {
    return this.organisations.createOrganisation(input, actor);
  }
  updateOrganisation(id: string, patch: OrganisationPatch, actor: Actor) {
    return this.organisations.updateOrganisation(id, patch, actor);
  }
  deleteOrganisation(id: string, actor: Actor) {
    return this.organisations.deleteOrganisation(id, actor);
  }

  // Assessments
  createAssessment(clusterId: string, input: NewAssessment, actor: Actor) {
    return this.assessments.createAssessment(clusterId, input, actor);
  }
  getAssessment(clusterId: string, id: string) {
    return this.assessments.getAssessment(clusterId, id);
  }
  deleteAssessment(clusterId: string, id: string, actor: Actor) {
    return this.assessments.deleteAssessment(clusterId, id, actor);
  }
  listAssessments(clusterId: string) {
    return this.assessments.listAssessments(clusterId);
  }
  latestAssessments(clusterIds?: string[]) {
    return this.assessments.latestAssessments(clusterIds);
  }
  portfolioRows(filters: ClusterFilters, options: Filters & { kinds: readonly AssessmentKind[] }) {
    return this.assessments.portfolioRows(filters, options);
  }

  // Members, intermediaries, value chains
  createMember(input: Member, actor: Actor) {
    return this.parts.createMember(input, actor);
  }
  listMembers(clusterId: string) {
    return this.parts.listMembers(clusterId);
  }
  deleteMember(clusterId: string, id: string, actor: Actor) {
    return this.parts.deleteMember(clusterId, id, actor);
  }
  createIntermediary(input: Intermediary, actor: Actor) {
    return this.parts.createIntermediary(input, actor);
  }
  listIntermediaries(clusterId: string) {
    return this.parts.listIntermediaries(clusterId);
  }
  deleteIntermediary(clusterId: string, id: string, actor: Actor) {
    return this.parts.deleteIntermediary(clusterId, id, actor);
  }
  createValueChain(input: ValueChain, actor: Actor) {
    return this.parts.createValueChain(input, actor);
  }
  listValueChains(clusterId: string) {
    return this.parts.listValueChains(clusterId);
  }
  deleteValueChain(clusterId: string, id: string, actor: Actor) {
    return this.parts.deleteValueChain(clusterId, id, actor);
  }

  // Map datasets
  createMapDataset(input: MapDatasetInput, actor: Actor) {
    return this.mapDatasets.createMapDataset(input, actor);
  }
  listMapDatasets() {
    return this.mapDatasets.listMapDatasets();
  }
  setMapDatasetShared(id: string, shared: boolean, actor: Actor) {
    return this.mapDatasets.setMapDatasetShared(id, shared, actor);
  }
  getMapDatasetInfo(id: string) {
    return this.mapDatasets.getMapDatasetInfo(id);
  }
  getMapDataset(id: string) {
    return this.mapDatasets.getMapDataset(id);
  }
  deleteMapDataset(id: string, actor: Actor) {
    return this.mapDatasets.deleteMapDataset(id, actor);
  }

  // Users, sessions, API tokens
  countUsers() {
    return this.users.countUsers();
  }
  /**
   * On PGlite only this process writes (the folder lock, decision 097): the version read last
   * stays true until a write of this store, so it is kept until the unit of work's
   * generation moves (a read that overlapped a write is not kept). PostgreSQL: always read.
   */
  async dataVersion(): Promise<string> {
    if (this.kind !== 'pglite') return readDataVersion(this.db);
    const generation = this.uow.generation;
    if (this.knownVersion?.generation === generation) return this.knownVersion.version;
    const version = await readDataVersion(this.db);
    if (this.uow.generation === generation) this.knownVersion = { generation, version };
    return version;
  }
  createUser(input: NewUser, actor: Actor) {
    return this.users.createUser(input, actor);
  }
  getUser(id: string) {
    return this.users.getUser(id);
  }
  findUserByEmail(email: string) {
    return this.users.findUserByEmail(email);
  }
  listUsers() {
    return this.users.listUsers();
  }
  updateUser(id: string, patch: { role?: Role; grants?: string[]; name?: string }, actor: Actor) {
    return this.users.updateUser(id, patch, actor);
  }
  setPassword(id: string, passwordHash: string, actor: Actor) {
    return this.users.setPassword(id, passwordHash, actor);
  }
  setUserActive(id: string, active: boolean, actor: Actor) {
    return this.users.setUserActive(id, active, actor);
  }
  createSession(userId: string, tokenHash: string, csrfToken: string, expiresAt: Date) {
    return this.sessions.createSession(userId, tokenHash, csrfToken, expiresAt);
  }
  getSession(tokenHash: string, now: Date, options?: { idleMs?: number }) {
    return this.sessions.getSession(tokenHash, now, options);
  }
  deleteSession(tokenHash: string) {
    return this.sessions.deleteSession(tokenHash);
  }
  deleteUserSessions(userId: string, actor: Actor) {
    return this.sessions.deleteUserSessions(userId, actor);
  }
  purgeExpiredSessions(now: Date, options?: { idleMs?: number }) {
    return this.sessions.purgeExpiredSessions(now, options);
  }
  createApiToken(token: NewApiToken, actor: Actor) {
    return this.sessions.createApiToken(token, actor);
  }
  findApiToken(tokenHash: string, now: Date) {
    return this.sessions.findApiToken(tokenHash, now);
  }
  listApiTokens(userId: string) {
    return this.sessions.listApiTokens(userId);
  }
  getApiToken(id: string) {
    return this.sessions.getApiToken(id);
  }
  revokeApiToken(id: string, actor: Actor) {
    return this.sessions.revokeApiToken(id, actor);
  }
  revokeApiTokenByHash(tokenHash: string, actor: Actor) {
    return this.sessions.revokeApiTokenByHash(tokenHash, actor);
  }
  revokeUserApiTokens(userId: string, actor: Actor) {
    return this.sessions.revokeUserApiTokens(userId, actor);
  }

  // Audit
  listAudit(query: { limit: number; offset: number; entity?: string; entityId?: string }) {
    return this.audit.listAudit(query);
  }
  recordAudit(entry: Omit<AuditEntry, 'id' | 'at' | 'userId' | 'actorLabel'>, actor: Actor) {
    return this.audit.recordAudit(entry, actor);
  }

  /** Runs `work` in one transaction unless the seed `name` already ran; returns whether it ran. */
  async seedOnce(name: string, work: (store: SqlStore) => Promise<unknown>): Promise<boolean> {
    return this.uow.tx(async (trx) => {
      const { rows } =
        await sql`insert into seed_runs (name) values (${name}) on conflict (name) do nothing returning name`.execute(
          trx,
        );
      if (!rows.length) return false;
      const detail = await work(new SqlStore(trx, this.kind));
      await sql`update seed_runs set detail = ${json(detail)} where name = ${name}`.execute(trx);
      return true;
    });
  }
}
