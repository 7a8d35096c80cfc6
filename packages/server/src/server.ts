/** Starting the platform: open the store, migrate, seed, first admin, listen. */
import { serve, type ServerType } from '@hono/node-server';
import { createStore, seedDemoData, type SqlStore, type StoreOptions } from '@polos/store';
import { pino, type Logger } from 'pino';
import { createApp } from './app';
import { authSettings, SESSION_PURGE_EVERY_MS } from './auth/auth-settings';
import { commonPasswords, passwordProblem } from './auth/password-policy';
import { hashPassword } from './auth/passwords';
import type { ServerConfig } from './config';
import { startNotificationWork } from './features/notifications';
import { jobHandlers } from './features/jobs';
import { startJobWorker, type JobWorker } from './jobs/job-worker';
import { PdfPrinter } from './reports/pdf-printer';
import { spaceCache, warmBundledSpaces } from './features/map/dataset-spaces';

/** How often unanswered meeting requests past their expiry are marked expired (decision 078). */
const REQUEST_EXPIRY_SWEEP_MS = 5 * 60_000;

/** The server's log: JSON lines on stdout at POLOS_LOG_LEVEL (pino; each line has the process id). */
export const serverLogger = (config: Pick<ServerConfig, 'logLevel'>): Logger =>
  pino({ level: config.logLevel });

/** Where the configured database is: DATABASE_URL, or the PGlite folder with its durability. */
export const storeOptionsOf = (config: ServerConfig): StoreOptions =>
  config.databaseUrl
    ? { databaseUrl: config.databaseUrl }
    : { dataDir: config.dataDir, durability: config.dbDurability };

/** Opens the configured database (DATABASE_URL or the PGlite folder) and applies pending migrations. */
export async function openConfiguredStore(
  config: ServerConfig,
  logger?: Logger,
): Promise<{ store: SqlStore; applied: string[] }> {
  const store = await createStore(storeOptionsOf(config));
  try {
    const applied = await store.migrate();
    // Never log DATABASE_URL itself: it may carry a password.
    logger?.info(
      { database: store.kind, where: config.databaseUrl ? 'DATABASE_URL' : config.dataDir, applied },
      'database ready',
    );
    return { store, applied };
  } catch (error) {
    await store.close();
    throw error;
  }
}

/** Creates the first admin from POLOS_ADMIN_EMAIL/POLOS_ADMIN_PASSWORD when there are no users yet. */
export async function ensureFirstAdmin(
  store: SqlStore,
  config: ServerConfig,
  logger?: Logger,
): Promise<boolean> {
  if (!config.adminEmail || !config.adminPassword) return false;
  if ((await store.countUsers()) > 0) return false;
  const weak = passwordProblem(
    config.adminPassword,
    { email: config.adminEmail, name: 'Administrator' },
    commonPasswords(config.dataPath),
  );
  if (weak) throw new Error(`invalid configuration:\n  POLOS_ADMIN_PASSWORD: the password ${weak}`);
  await store.createUser(
    {
      email: config.adminEmail,
      name: 'Administrator',
      role: 'admin',
      grants: [],
      passwordHash: await hashPassword(config.adminPassword),
    },
    { userId: null, label: 'POLOS_ADMIN_EMAIL' },
  );
  logger?.info({ email: config.adminEmail }, 'first admin created');
  return true;
}

/**
 * Opens and migrates the database, seeds the demo data (POLOS_SEED, idempotent) and creates
 * the first admin from the environment: what runs once before serving (`polos serve
 * --workers N` runs it in the primary process, then the workers skip it).
 */
export async function prepareDatabase(config: ServerConfig, log: Logger): Promise<SqlStore> {
  const { store } = await openConfiguredStore(config, log);
  try {
    if (config.seed) {
      const { seeded } = await seedDemoData(store, { dataDir: config.dataPath });
      log.info({ seeded }, seeded.length ? 'demo data seeded' : 'demo data already seeded');
    }
    await ensureFirstAdmin(store, config, log);
    return store;
  } catch (error) {
    await store.close();
    throw error;
  }
}

/** The read replica's store when DATABASE_READ_URL is set (never migrated: the primary is). */
async function openReadStore(config: ServerConfig, log: Logger): Promise<SqlStore | undefined> {
  if (!config.databaseReadUrl) return undefined;
  const readStore = await createStore({ databaseUrl: config.databaseReadUrl, readOnly: true });
  log.info({ where: 'DATABASE_READ_URL' }, 'reads of GET and HEAD requests go to the read replica');
  return readStore;
}

export interface RunningServer {
  server: ServerType;
  store: SqlStore;
  url: string;
  close(): Promise<void>;
}

/**
 * Prepares the database (prepareDatabase; skipped with `prepared`: a worker whose primary
 * did it), opens the read replica when configured, and listens.
 * @example
 *   const running = await startServer(loadConfig(process.env));
 *   process.on('SIGTERM', () => void running.close());
 */
export async function startServer(
  config: ServerConfig,
  logger?: Logger,
  options: { prepared?: boolean } = {},
): Promise<RunningServer> {
  const log = logger ?? serverLogger(config);
  const store = options.prepared
    ? await createStore(storeOptionsOf(config))
    : await prepareDatabase(config, log);
  let readStore: SqlStore | undefined;
  let server: ServerType;
  // One Chromium for the PDF reports, launched on the first one, closed with the server.
  const pdf = new PdfPrinter();
  // The map studio's computed spaces, kept on disk; warmed after listening (POLOS_MAP_WARMUP).
  const spaces = spaceCache(config);
  let closing = false;
  let notifications: ReturnType<typeof startNotificationWork> | undefined;
  let jobs: JobWorker | undefined;
  try {
    readStore = await openReadStore(config, log);
    notifications = startNotificationWork(store, config, log);
    const mail = { delivery: notifications.mailer.delivery, wake: notifications.wake };
    // Background jobs (decision 106): imports queued by requests, run off the request path.
    jobs = startJobWorker(store, jobHandlers({ pdf }), log);
    const app = createApp({
      store,
      ...(readStore ? { readStore } : {}),
      config,
      logger: log,
      pdf,
      spaces,
      mail,
      jobs,
    });
    server = await new Promise<ServerType>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
      s.once('error', reject);
    });
  } catch (error) {
    notifications?.stop();
    await jobs?.stop();
    await readStore?.close();
    await store.close();
    throw error;
  }
  // Expired and idle sessions are deleted at each sign-in and every hour.
  const settings = authSettings(config);
  const purge = setInterval(() => {
    store.purgeExpiredSessions(new Date(), { idleMs: settings.sessionIdleMs }).then(
      (purged) => purged && log.info({ purged }, 'expired sessions deleted'),
      (error: unknown) => log.error({ err: error }, 'purging expired sessions failed'),
    );
  }, SESSION_PURGE_EVERY_MS);
  purge.unref();
  // Unanswered meeting requests expire on every read of them, and here every few minutes.
  const expire = setInterval(() => {
    store.events.expireDue(new Date()).then(
      (expired) => expired && log.info({ expired }, 'meeting requests expired'),
      (error: unknown) => log.error({ err: error }, 'expiring meeting requests failed'),
    );
  }, REQUEST_EXPIRY_SWEEP_MS);
  expire.unref();
  if (config.mapWarmup) {
    const t0 = performance.now();
    warmBundledSpaces(spaces, store, () => closing).then(
      (warmed) => log.info({ warmed, ms: Math.round(performance.now() - t0) }, 'map studio datasets ready'),
      (error: unknown) => log.error({ err: error }, 'preparing the map studio datasets failed'),
    );
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  log.info({ url }, 'polos is serving');
  return {
    server,
    store,
    url,
    async close() {
      // Stop accepting connections and wait for requests in flight, then close the database.
      closing = true;
      clearInterval(purge);
      clearInterval(expire);
      notifications.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // The running job ends (or is left to its lease) before the database closes.
      await jobs.stop();
      await pdf.close();
      await readStore?.close();
      await store.close();
    },
  };
}
