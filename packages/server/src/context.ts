/** What middleware puts on each request's context. */
import type { User } from '@polos/core';
import type { Actor, Store } from '@polos/store';
import type { Logger } from 'pino';
import type { AuthSettings } from './auth/auth-settings';
import type { SignInThrottle } from './auth/sign-in-throttle';
import type { ServerConfig } from './config';
import type { SpaceCache } from './features/map/industry-space';
import type { PdfPrinter } from './reports/pdf-printer';
import type { SurveyThrottle } from './features/services/survey-throttle';

export interface AppDeps {
  /**
   * The database. On GET and HEAD requests, after authentication, the read replica's store
   * when DATABASE_READ_URL is set (decision 109: it may lag; it refuses writes); otherwise,
   * and for every other method, the primary.
   */
  store: Store;
  /** `dataPath` is always set: createApp falls back to the shipped data folder. */
  config: Pick<ServerConfig, 'webDist' | 'dataPath'> & Partial<ServerConfig>;
  logger: Logger;
  signInThrottle: SignInThrottle;
  /** The public survey endpoints' per-address bound, on the primary (decision 109). */
  surveyThrottle: SurveyThrottle;
  auth: AuthSettings;
  version: string;
  /** The one Chromium that prints the PDF reports (decision 087); closed with the app. */
  pdf: PdfPrinter;
  /** The computed spaces of the map studio's datasets (features/map/dataset-spaces.ts). */
  spaces: SpaceCache;
  /** How e-mail leaves (`log` without SMTP) and a nudge to send what was just queued. */
  mail: MailDispatch;
  /** A nudge to the job worker after a request queued a job (decision 106). */
  jobs: JobDispatch;
}

export interface JobDispatch {
  /** Runs the due jobs now instead of at the next round (no-op without a running worker). */
  wake(): void;
}

export interface MailDispatch {
  readonly delivery: 'smtp' | 'log';
  /** Sends the due e-mails now instead of at the next round (no-op without a running worker). */
  wake(): void;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    requestId: string;
    user: User | null;
    /** The data version an anonymous cached read was answered under (caching/public-read-cache.ts). */
    dataVersion?: string;
    auth:
      | { method: 'session'; tokenHash: string; csrfToken: string }
      | { method: 'token'; tokenHash: string; tokenId: string }
      | null;
  };
}

export const actorOf = (user: User | null): Actor => ({
  userId: user?.id ?? null,
  label: user?.email ?? 'anonymous',
});
