/** Public surface of @polos/store. */
export * from './store';
export { createStore, isPostgresUrl } from './create-store';
export { SqlStore } from './sql-store';
export { seedDemoData } from './seed/seed-demo-data';
export { rowsOrThrow } from './seed/seed-collaboration-organisations';
export { parseClusterFile } from './files/cluster-file';
export { findPatchResets, type SuspectedReset } from './audit/patch-resets';
export { readIdbFolder, type IdbCluster } from './files/idb-folder';
export { readClusterDefinitions } from './files/cluster-definitions';
export {
  readStatisticalTable,
  type StatisticalTable,
  type StatisticalTableOptions,
} from './files/statistical-table';
export { SECTOR_RANGES } from './files/statistical-conventions';
export {
  readStatisticalPostgres,
  readStatisticalSqlFile,
  redactSourceUrl,
  TABLE_NAME,
  type PostgresStatisticalSource,
  type StatisticalSqlTable,
} from './files/statistical-sql-sources';
export {
  DEFAULT_STATISTICAL_LIMITS,
  LIMIT_SETTINGS,
  StatisticalLimitError,
  statisticalLimits,
  type StatisticalLimits,
} from './files/statistical-limits';
export { writeParquetFromCsv } from './files/statistical-parquet';
export { StatisticalCsvWriter, csvField } from './files/statistical-csv-writer';
export { parseCsv, type CsvRecord } from './files/read-csv';
export type { OrganisationAdmin, OrganisationAdmins } from './collaboration/organisation-admins.repository';
export type {
  PartnerSearches,
  PartnerSearchMessage,
  PartnerSearchPatch,
  PartnerSearchQuery,
} from './collaboration/partner-searches.repository';
export type {
  AgreementOutcomeRecord,
  AgreementQuery,
  AgreementRecord,
  Agreements,
  PartyOrganisation,
} from './collaboration/agreements.repository';
export type {
  CallFollower,
  CallPatch,
  CallQuery,
  ProgrammeQuery,
  Programmes,
} from './collaboration/programmes.repository';
export { seedAgreementsAndProgrammes } from './seed/seed-agreements-programmes';
export type {
  DirectoryEntry,
  NewDirectoryOrganisation,
  OrganisationDirectory,
} from './collaboration/organisation-directory.repository';
export type {
  EventReminder,
  EventRegistration,
  Events,
  MatchmakingEvent,
  MeetingRequest,
  ReceivedMeetingRequest,
} from './collaboration/events';
export type {
  NotificationListQuery,
  NotificationPage,
  Notifications,
  StoredNotification,
} from './notifications/notifications.repository';
export type { SweepOptions, SweepResult } from './notifications/notification-sweep';
export { NOTIFICATION_TEMPLATE } from './notifications/notification-writer';
export type { MailOutbox, OutgoingMail, QueuedMail } from './mail/mail-outbox.repository';
export {
  LeaseLostError,
  type ClaimedJob,
  type Job,
  type JobOutput,
  type JobProgress,
  type JobState,
  type Jobs,
  type NewJob,
} from './jobs/jobs.repository';
export {
  ACCOUNT_LINK_TEMPLATE,
  type AccountLink,
  type AccountLinkPurpose,
  type AccountLinks,
  type LinkRequest,
  type LinkSecret,
} from './accounts/account-links.repository';
export type { NewUser } from './repositories/users.repository';
export { dataVersionCount } from './repositories/data-version';
export type { Funding, PutFundingResult } from './management/funding.repository';
export type { Excellence } from './excellence/excellence.repository';
export type { ActionRef, Plans, ValueRef } from './plans/plans.repository';
export { newPriority, type Ris3Document, type Ris3Strategies } from './ris3/ris3.repository';
export type { PutPortfolioResult, Services, YearPortfolio } from './services/services.repository';
export type {
  AnswerResult,
  CodedSurvey,
  NewSurvey,
  SurveyRecord,
  SurveyService,
} from './services/service-surveys.repository';
export {
  BackupInputError,
  backupDatabase,
  backupFormatOf,
  restoreDatabase,
  type BackupResult,
} from './backup/backup';
export { FolderInUseError } from './backup/folder-lock';
export type { SignInAttempts, SignInKeys, SignInState } from './throttle/sign-in-attempts.repository';
export type { AddressRequests } from './throttle/address-requests.repository';
