/**
 * Who may do what (docs/security.md). Pure functions of the principal (null =
 * anonymous) and the target; routes call them and turn `false` into 401 or 403.
 * Shared by the server (which enforces) and the web app (which only hides what a user
 * may not do): import from `@polos/core/permissions`, which pulls in nothing else.
 *
 * | role            | reads               | writes                                                     |
 * | --------------- | ------------------- | ---------------------------------------------------------- |
 * | anonymous       | public data         | nothing                                                    |
 * | viewer          | everything          | nothing                                                    |
 * | cluster_manager | everything          | the clusters granted, their organisations and assessments  |
 * |                 |                     | (and deleting those assessments)                           |
 * | analyst         | everything          | clusters, organisations, imports, assessments (no deletes  |
 * |                 |                     | except assessments and the statistical datasets they       |
 * |                 |                     | uploaded), RIS3 strategies (editing only their own)         |
 * | coordinator     | everything          | matchmaking events they organise (and what acts for an     |
 * |                 |                     | organisation they administer)                              |
 * | admin           | everything          | everything, users and grants, audit log                    |
 *
 * Whoever administers an organisation (store: organisation_admins) acts for it as well.
 */
import type { Role } from './domain/vocabularies';
import type { AssessmentKind } from './domain/vocabulary-lists';

export interface Principal {
  id: string;
  role: Role;
  grants: string[];
}

const isStaff = (p: Principal | null) => p?.role === 'admin' || p?.role === 'analyst';
const manages = (p: Principal | null, clusterId: string | null | undefined) =>
  p?.role === 'cluster_manager' && !!clusterId && p.grants.includes(clusterId);

export const permissions = {
  readPrivate: (p: Principal | null) => p !== null,
  /** Whether the role writes any platform data at all (viewers do not; their own account aside). */
  writeData: (p: Principal | null) => p !== null && p.role !== 'viewer',
  createCluster: (p: Principal | null) => isStaff(p),
  updateCluster: (p: Principal | null, clusterId: string) => isStaff(p) || manages(p, clusterId),
  deleteCluster: (p: Principal | null) => p?.role === 'admin',
  importClusters: (p: Principal | null) => isStaff(p),
  /** Create or update an organisation attached to `clusterId`. */
  writeOrganisation: (p: Principal | null, clusterId: string | null | undefined) =>
    isStaff(p) || manages(p, clusterId),
  deleteOrganisation: (p: Principal | null) => p?.role === 'admin',
  /** Publish a submitted organisation profile (decision 076). */
  publishOrganisation: (p: Principal | null) => isStaff(p),
  /**
   * Act for an organisation: edit its profile, its administrators, its partner-search posts,
   * event registrations and agreement outcomes. Admins and analysts, the managers of the
   * cluster it manages, and its own administrators (`isAdministrator`, from the store) unless
   * they are viewers (a viewer writes nothing).
   */
  actForOrganisation: (p: Principal | null, clusterId: string | null | undefined, isAdministrator: boolean) =>
    isStaff(p) || manages(p, clusterId) || (isAdministrator && p !== null && p.role !== 'viewer'),
  writeAssessment: (p: Principal | null, clusterId: string) => isStaff(p) || manages(p, clusterId),
  /**
   * Record an assessment of this kind (decision 100): admins and analysts any kind; a
   * cluster's managers their own `self_assessment` or a `survey` of its firms — never a
   * `published_study` or `expert` score, which the portfolio uses by default.
   */
  recordAssessmentKind: (p: Principal | null, clusterId: string, kind: AssessmentKind) =>
    isStaff(p) || (manages(p, clusterId) && (kind === 'self_assessment' || kind === 'survey')),
  /**
   * The kind of an assessment that does not say it (decision 100): an admin's or analyst's is
   * `survey` for the survey method and `expert` otherwise; anyone else's (a cluster's
   * manager) is `self_assessment`.
   */
  defaultAssessmentKind: (p: Principal | null, method: 'expert' | 'survey'): AssessmentKind =>
    isStaff(p) ? (method === 'survey' ? 'survey' : 'expert') : 'self_assessment',
  /** Delete an assessment of `clusterId` (a mistaken or oversized survey): whoever may write one. */
  deleteAssessment: (p: Principal | null, clusterId: string) => isStaff(p) || manages(p, clusterId),
  /**
   * Read the respondents' answers of a survey (one assessment at a time): signed-in
   * users. Anonymous readers see the aggregated scores and the respondent count only.
   */
  readRespondents: (p: Principal | null) => p !== null,
  /** Upload a statistical dataset for the map studio. */
  importStatistics: (p: Principal | null) => isStaff(p),
  /** Delete an uploaded dataset: admins, or the analyst who uploaded it. */
  deleteStatistics: (p: Principal | null, createdBy: string | null) =>
    p?.role === 'admin' || (p?.role === 'analyst' && p.id === createdBy),
  /** Create a matchmaking event (issue 12): admins, analysts and coordinators; the creator organises it. */
  createEvent: (p: Principal | null) => isStaff(p) || p?.role === 'coordinator',
  /**
   * Edit an event, schedule its meetings: admins, or its organiser (`organiserId`) while
   * they may still create events — another coordinator or analyst may not.
   */
  editEvent: (p: Principal | null, organiserId: string | null) =>
    p?.role === 'admin' || (p !== null && p.id === organiserId && (isStaff(p) || p.role === 'coordinator')),
  /** Record a region's smart-specialisation (RIS3) strategy (decision 091): admins and analysts. */
  createRis3: (p: Principal | null) => isStaff(p),
  /** Edit or delete a RIS3 strategy: admins, or the analyst who recorded it. */
  editRis3: (p: Principal | null, createdBy: string | null) =>
    p?.role === 'admin' || (p?.role === 'analyst' && p.id === createdBy),
  manageUsers: (p: Principal | null) => p?.role === 'admin',
  readAudit: (p: Principal | null) => p?.role === 'admin',
  /** A background job (decision 106): whoever asked for it, and the admins. */
  readJob: (p: Principal | null, createdBy: string | null) =>
    p?.role === 'admin' || (p !== null && p.id === createdBy),
  /** The dead-letter list and retrying a job: admins. */
  manageJobs: (p: Principal | null) => p?.role === 'admin',
} as const;
