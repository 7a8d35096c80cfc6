/**
 * The records and errors of the storage contract (store.ts): who writes, audit entries,
 * sessions and tokens, import rows, assessments to record, portfolio rows, and the errors
 * that map to HTTP 409 and 404. Apart so the contract file stays one job: the `Store` interface.
 */
import type {
  AssessmentKind,
  DatePrecision,
  AssessmentInputParsed,
  Cluster,
  ClusterInputParsed,
  ClusterPatch,
  CollectiveEfficiencyDegree,
  Scores,
  User,
} from '@polos/core';

/** Who does a write, recorded in the audit log. `null` userId = the system (seed, migrations). */
export interface Actor {
  userId: string | null;
  /** Free text shown in the audit log, e.g. the user's e-mail or "seed". */
  label: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  userId: string | null;
  actorLabel: string;
  action: 'create' | 'update' | 'delete' | 'import' | 'grant' | 'login' | 'revoke' | 'seed';
  entity: string;
  entityId: string | null;
  detail: unknown;
}

export interface UserWithSecret extends User {
  /** Null while the account is invited. */
  passwordHash: string | null;
}

export interface SessionRecord {
  user: User;
  csrfToken: string;
  expiresAt: string;
  lastSeenAt: string;
}

/** An API token's description (never its secret or hash). */
/** What makes an API token: its owner, name, the hash of its secret and its expiry. */
export interface NewApiToken {
  userId: string;
  name: string;
  tokenHash: string;
  expiresAt: Date;
}

export interface ApiTokenInfo {
  id: string;
  userId: string;
  name: string;
  createdAt: string;
  expiresAt: string;
  /** Marked at most once a minute. */
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/**
 * One validated row of a cluster import: the whole cluster (defaults applied), inserted
 * when the id is new, and the patch of the fields the row actually gave, applied when
 * the id exists (`mode=upsert`). A field the file does not give is never touched; key
 * figures are merged by year (a year the row gives replaces that year only).
 */
export interface ClusterImportRow {
  cluster: ClusterInputParsed & { id: string };
  patch: ClusterPatch;
}

/** Import rows that give every field of each cluster (callers that build whole clusters: seed, bench, tests). */
export function importRowsOf(
  clusters: ReadonlyArray<ClusterInputParsed & { id: string }>,
): ClusterImportRow[] {
  return clusters.map((cluster) => {
    const { id: _id, ...patch } = cluster;
    return { cluster, patch };
  });
}

/**
 * An assessment to record: the parsed input with its scores (aggregated in survey mode) and
 * its kind resolved by the caller (decision 100); `datePrecision` defaults to `day`.
 */
export type NewAssessment = Omit<AssessmentInputParsed, 'kind' | 'datePrecision'> & {
  scores: Scores;
  kind: AssessmentKind;
  datePrecision?: DatePrecision;
};

/** The fields of a cluster that lists of every cluster need (portfolio, peer groups, counts). */
export type ClusterSummary = Pick<Cluster, 'id' | 'name' | 'country' | 'region' | 'sectorGroup'>;

/**
 * A cluster with its latest assessment's scores and the indices stored with it (migration
 * 006): core's `assessmentIndices(scores)`, unknown items counting 0.
 */
export interface PortfolioRow extends ClusterSummary {
  scores: Scores;
  eei: number;
  jai: number;
  ice: number;
  degree: CollectiveEfficiencyDegree;
  /** Unknown items among the eight of EEI and JAI. */
  unknownItems: number;
  /** Whose scores, and the date of the assessment they come from (migration 022). */
  kind: AssessmentKind;
  assessedOn: string;
  datePrecision: DatePrecision;
}

export interface ImportResult {
  inserted: number;
  updated: number;
}

/** Thrown when a unique key is taken (maps to HTTP 409). */
export class ConflictError extends Error {
  constructor(
    message: string,
    readonly entity: string,
    readonly id: string,
  ) {
    super(message);
    this.name = 'ConflictError';
  }
}

/** Thrown when a referenced row does not exist (maps to HTTP 404 or 400). */
export class NotFoundError extends Error {
  constructor(
    message: string,
    readonly entity: string,
    readonly id: string,
  ) {
    super(message);
    this.name = 'NotFoundError';
  }
}
