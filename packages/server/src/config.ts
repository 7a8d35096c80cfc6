/**
 * Server configuration from the environment, validated once at start-up
 * (docs/configuration.md). A bad value stops the start with a message naming it.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

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

export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  POLOS_DATA_DIR: z.string().min(1).default('.polos'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  POLOS_ADMIN_EMAIL: z.email().optional(),
  POLOS_ADMIN_PASSWORD: z.string().min(12, 'use at least 12 characters').optional(),
  POLOS_SEED: booleanish.default(true),
  POLOS_WEB_DIST: z.string().optional(),
  POLOS_DATA_PATH: z.string().optional(),
  POLOS_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  POLOS_MAX_UPLOAD_MB: z.coerce.number().positive().max(10_000).default(100),
  POLOS_PUBLIC_ORIGIN: publicOrigins.optional(),
  POLOS_DB_DURABILITY: z.enum(['durable', 'relaxed']).default('durable'),
});

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  seed: boolean;
  webDist: string;
  dataPath: string;
  logLevel: z.infer<typeof configSchema>['POLOS_LOG_LEVEL'];
  /** Largest statistical upload to the map studio, in bytes. */
  maxUploadBytes: number;
  /**
   * Origins allowed to send writes (the `Origin` header), from POLOS_PUBLIC_ORIGIN.
   * Empty: the origin the request itself names (its URL or Host header) is trusted —
   * spoofable behind a proxy that passes Host through (docs/security.md).
   */
  publicOrigins: string[];
  /** Embedded database: `durable` (fsync on every commit, the default) or `relaxed`. */
  dbDurability: 'durable' | 'relaxed';
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
  const root = projectRoot();
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.POLOS_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    adminEmail: e.POLOS_ADMIN_EMAIL,
    adminPassword: e.POLOS_ADMIN_PASSWORD,
    seed: e.POLOS_SEED,
    webDist: resolve(e.POLOS_WEB_DIST ?? `${root}packages/web/dist`),
    dataPath: resolve(e.POLOS_DATA_PATH ?? defaultDataPath()),
    logLevel: e.POLOS_LOG_LEVEL,
    maxUploadBytes: Math.round(e.POLOS_MAX_UPLOAD_MB * 1024 * 1024),
    publicOrigins: e.POLOS_PUBLIC_ORIGIN ?? [],
    dbDurability: e.POLOS_DB_DURABILITY,
  };
}

export function webDistExists(config: Pick<ServerConfig, 'webDist'>): boolean {
  return existsSync(resolve(config.webDist, 'index.html'));
}
