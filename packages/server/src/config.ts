/**
 * Server configuration from the environment, validated once at start-up
 * (docs/configuration.md). A bad value stops the start with a message naming it.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { StatisticalLimits } from '@polos/store';
import { trustedProxies } from './auth/client-address';
import { mailEnvironmentSchema, mailSettingsOf, type MailSettings } from './mail/mail-settings';

const booleanish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * Where the project's folders are, seen from the running bundle
 * (packages/cli/dist/polos.mjs) or from the sources (packages/server/src/config.ts):
 * both are three levels below the project root.
 */
function projectRoot(): string {
  return fileURLToPath(new URL('../../../', import.meta.url));
}

/** A folder of the documentation shipped with polos (`docs/<folder>`). */
export function defaultDocsPath(folder: string): string {
  return resolve(`${projectRoot()}docs`, folder);
}

/** The data folder shipped with polos (boundaries, statistics, knowledge base). */
export function defaultDataPath(): string {
  return resolve(`${projectRoot()}data`);
}

/**
 * `POLOS_PUBLIC_ORIGIN`: the origin(s) users reach polos at, comma-separated
 * (`https://polos.example.org`). Each is an http(s) origin: scheme, host and port only.
 */
const publicOrigins = z.string().transform((list, ctx) => {
  const origins: string[] = [];
  for (const item of list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    let url: URL | undefined;
    try {
      url = new URL(item);
    } catch {
      url = undefined;
    }
    if (
      !url ||
      (url.protocol !== 'http:' && url.protocol !== 'https:') ||
      url.pathname !== '/' ||
      url.search
    ) {
      ctx.addIssue({
        code: 'custom',
        message: `"${item}" is not an http(s) origin such as https://polos.example.org (no path)`,
      });
      return z.NEVER;
    }
    origins.push(url.origin);
  }
  return origins;
});

export const configSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    HOST: z.string().min(1).default('127.0.0.1'),
    POLOS_DATA_DIR: z.string().min(1).default('.polos'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    DATABASE_READ_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    POLOS_ADMIN_EMAIL: z.email().optional(),
    POLOS_ADMIN_PASSWORD: z.string().min(12, 'use at least 12 characters').optional(),
    POLOS_TRUSTED_PROXIES: z.string().optional(),
    POLOS_SESSION_IDLE_HOURS: z.coerce.number().positive().max(720).default(12),
    POLOS_SESSION_MAX_DAYS: z.coerce.number().positive().max(90).default(7),
    POLOS_TOKEN_MAX_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
    POLOS_SEED: booleanish.default(true),
    POLOS_WEB_DIST: z.string().optional(),
    POLOS_DATA_PATH: z.string().optional(),
    POLOS_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    POLOS_MAX_UPLOAD_MB: z.coerce.number().positive().max(10_000).default(100),
    // Statistical limits of an upload (docs/configuration.md); defaults: UPLOAD_LIMITS.
    POLOS_MAX_REGIONS: z.coerce.number().int().positive().optional(),
    POLOS_MAX_INDUSTRIES: z.coerce.number().int().positive().optional(),
    POLOS_MAX_CELLS: z.coerce.number().int().positive().optional(),
    POLOS_MAX_ROWS: z.coerce.number().int().positive().optional(),
    POLOS_MAX_DECOMPRESSED_MB: z.coerce.number().positive().optional(),
    POLOS_PUBLIC_ORIGIN: publicOrigins.optional(),
    POLOS_DB_DURABILITY: z.enum(['durable', 'relaxed']).default('durable'),
    POLOS_MAP_WARMUP: z.enum(['on', 'off']).default('on'),
    // Notifications (decision 081): how early a followed call's closing and a meeting are recalled.
    POLOS_CALL_CLOSING_DAYS: z.coerce.number().int().min(1).max(90).default(7),
    POLOS_MEETING_REMINDER_HOURS: z.coerce.number().int().min(1).max(168).default(24),
  })
  .extend(mailEnvironmentSchema.shape);

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** A read replica of DATABASE_URL: GET and HEAD requests read through it (decision 109). */
  databaseReadUrl: string | undefined;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  /** Addresses and CIDR ranges of reverse proxies whose X-Forwarded-For is believed. */
  trustedProxies: string[];
  /** A session unused for this long ends. */
  sessionIdleHours: number;
  /** A session ends this long after sign-in, used or not. */
  sessionMaxDays: number;
  /** Longest lifetime a new API token may ask for. */
  tokenMaxDays: number;
  seed: boolean;
  webDist: string;
  dataPath: string;
  logLevel: z.infer<typeof configSchema>['POLOS_LOG_LEVEL'];
  /** Largest statistical upload to the map studio, in bytes. */
  maxUploadBytes: number;
  /** Statistical limits of an upload set in the environment (the rest: UPLOAD_LIMITS). */
  uploadLimits: Partial<StatisticalLimits>;
  /**
   * Origins allowed to send writes (the `Origin` header), from POLOS_PUBLIC_ORIGIN.
   * Empty: the origin the request itself names (its URL or Host header) is trusted —
   * spoofable behind a proxy that passes Host through (docs/security.md).
   */
  publicOrigins: string[];
  /** Embedded database: `durable` (fsync on every commit, the default) or `relaxed`. */
  dbDurability: 'durable' | 'relaxed';
  /** Compute (or read from disk) the last year of every bundled map dataset after start. */
  mapWarmup: boolean;
  /** SMTP server and sender (POLOS_SMTP_*, POLOS_MAIL_FROM); without a server, e-mails are logged. */
  mail: MailSettings;
  callClosingDays: number;
  meetingReminderHours: number;
}

/** @throws Error naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if ((e.POLOS_ADMIN_EMAIL === undefined) !== (e.POLOS_ADMIN_PASSWORD === undefined)) {
    throw new Error('invalid configuration:\n  POLOS_ADMIN_EMAIL and POLOS_ADMIN_PASSWORD go together');
  }
  if (e.DATABASE_READ_URL && !e.DATABASE_URL) {
    throw new Error(
      'invalid configuration:\n  DATABASE_READ_URL: a read replica needs its primary in DATABASE_URL',
    );
  }
  const trusted = (e.POLOS_TRUSTED_PROXIES ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  try {
    trustedProxies(trusted);
  } catch (error) {
    throw new Error(`invalid configuration:\n  POLOS_TRUSTED_PROXIES: ${(error as Error).message}`);
  }
  const root = projectRoot();
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.POLOS_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    databaseReadUrl: e.DATABASE_READ_URL,
    adminEmail: e.POLOS_ADMIN_EMAIL,
    adminPassword: e.POLOS_ADMIN_PASSWORD,
    trustedProxies: trusted,
    sessionIdleHours: e.POLOS_SESSION_IDLE_HOURS,
    sessionMaxDays: e.POLOS_SESSION_MAX_DAYS,
    tokenMaxDays: e.POLOS_TOKEN_MAX_DAYS,
    seed: e.POLOS_SEED,
    webDist: resolve(e.POLOS_WEB_DIST ?? `${root}packages/web/dist`),
    dataPath: resolve(e.POLOS_DATA_PATH ?? defaultDataPath()),
    logLevel: e.POLOS_LOG_LEVEL,
    maxUploadBytes: Math.round(e.POLOS_MAX_UPLOAD_MB * 1024 * 1024),
    uploadLimits: limitsFromEnvironment(e),
    publicOrigins: e.POLOS_PUBLIC_ORIGIN ?? [],
    dbDurability: e.POLOS_DB_DURABILITY,
    mapWarmup: e.POLOS_MAP_WARMUP === 'on',
    mail: mailSettingsOf(e),
    callClosingDays: e.POLOS_CALL_CLOSING_DAYS,
    meetingReminderHours: e.POLOS_MEETING_REMINDER_HOURS,
  };
}

export function webDistExists(config: Pick<ServerConfig, 'webDist'>): boolean {
  return existsSync(resolve(config.webDist, 'index.html'));
}

/** The statistical limits the environment sets (absent variables: undefined, the caller's defaults). */
export function limitsFromEnvironment(e: {
  POLOS_MAX_REGIONS?: number | undefined;
  POLOS_MAX_INDUSTRIES?: number | undefined;
  POLOS_MAX_CELLS?: number | undefined;
  POLOS_MAX_ROWS?: number | undefined;
  POLOS_MAX_DECOMPRESSED_MB?: number | undefined;
}): Partial<StatisticalLimits> {
  const limits: Partial<StatisticalLimits> = {};
  if (e.POLOS_MAX_REGIONS) limits.maxRegions = e.POLOS_MAX_REGIONS;
  if (e.POLOS_MAX_INDUSTRIES) limits.maxIndustries = e.POLOS_MAX_INDUSTRIES;
  if (e.POLOS_MAX_CELLS) limits.maxCells = e.POLOS_MAX_CELLS;
  if (e.POLOS_MAX_ROWS) limits.maxRows = e.POLOS_MAX_ROWS;
  if (e.POLOS_MAX_DECOMPRESSED_MB) limits.maxBytes = Math.round(e.POLOS_MAX_DECOMPRESSED_MB * 1024 * 1024);
  return limits;
}
