/**
 * An app over a freshly seeded store, with one user per role. The stores are the
 * storage contract suite's: PGlite in memory always, and a fresh database on the
 * PostgreSQL server of TEST_DATABASE_URL when it is set.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { seedDemoData, type SqlStore } from '@polos/store';
import type { StoreFactory } from '../../store/test/test-stores';
import { createApp, type PolosApp } from '../src/app';
import { hashPassword } from '../src/auth/passwords';
import { PdfPrinter } from '../src/reports/pdf-printer';

export const dataDir = fileURLToPath(new URL('../../../data', import.meta.url));
export const PASSWORD = 'correct horse battery staple';

export interface TestApp {
  app: PolosApp;
  store: SqlStore;
  /** The store's database, typed by its schema (bulk fixtures). */
  db: Awaited<ReturnType<StoreFactory['open']>>['db'];
  /** PostgreSQL only: the suite's own database (a second instance connects to it). */
  databaseUrl?: string;
  close(): Promise<void>;
}

export { storeFactories } from '../../store/test/test-stores';

export async function testApp(factory: StoreFactory): Promise<TestApp> {
  const { store, db, dispose, databaseUrl } = await factory.open();
  await seedDemoData(store, { dataDir });
  const passwordHash = await hashPassword(PASSWORD);
  const system = { userId: null, label: 'test' };
  await store.createUser(
    { email: 'admin@polos.test', name: 'Admin', role: 'admin', grants: [], passwordHash },
    system,
  );
  await store.createUser(
    { email: 'analyst@polos.test', name: 'Analyst', role: 'analyst', grants: [], passwordHash },
    system,
  );
  await store.createUser(
    {
      email: 'manager@polos.test',
      name: 'Manager',
      role: 'cluster_manager',
      grants: ['tm_medellin_textile'],
      passwordHash,
    },
    system,
  );
  await store.createUser(
    { email: 'viewer@polos.test', name: 'Viewer', role: 'viewer', grants: [], passwordHash },
    system,
  );
  // The app's Chromium (PDF reports) starts only if a test asks for a PDF; closed with the app.
  const pdf = new PdfPrinter();
  const app = createApp({ store, config: { webDist: '/nonexistent' }, pdf });
  const close = async () => {
    await pdf.close();
    await dispose();
  };
  return { app, store, db, close, ...(databaseUrl ? { databaseUrl } : {}) };
}

export interface Session {
  cookie: string;
  csrf: string;
}

/** The seeded users of testApp, one per role: `<role>@polos.test`. */
export type SeededUser = 'admin' | 'analyst' | 'manager' | 'viewer';

/** A suite's app (suiteApp): the TestApp's fields, and the seeded users asked for, signed in. */
export interface SuiteApp<U extends SeededUser> extends TestApp {
  as: Record<U, Session>;
}

/**
 * Registers a suite's hooks: before its tests, testApp(factory) and the seeded `users` signed
 * in (all at once); after them, the store closed. Call it in the describe block before the
 * suite's own hooks (which then run after it opens and before it closes); read its fields
 * inside tests and hooks.
 * @example
 * const t = suiteApp(factory, ['admin']);
 * it('…', async () => expect((await send(t.app, 'GET', '/api/users', undefined, t.as.admin)).status).toBe(200));
 */
export function suiteApp<U extends SeededUser>(factory: StoreFactory, users: readonly U[]): SuiteApp<U> {
  let opened: (TestApp & { as: Record<U, Session> }) | undefined;
  beforeAll(async () => {
    const t = await testApp(factory);
    const sessions = await Promise.all(users.map((user) => login(t.app, `${user}@polos.test`)));
    opened = {
      ...t,
      as: Object.fromEntries(users.map((user, i) => [user, sessions[i]!])) as Record<U, Session>,
    };
  });
  afterAll(async () => {
    await opened?.close();
  });
  const open = () => {
    if (!opened) throw new Error('suiteApp: its fields are read inside tests and hooks, once it is open');
    return opened;
  };
  return {
    get app() {
      return open().app;
    },
    get store() {
      return open().store;
    },
    get db() {
      return open().db;
    },
    get as() {
      return open().as;
    },
    close: () => open().close(),
  };
}

export async function login(app: PolosApp, email: string, password = PASSWORD): Promise<Session> {
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${await res.text()}`);
  const cookie = /polos_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0];
  const body = (await res.json()) as { csrfToken: string };
  return { cookie: cookie!, csrf: body.csrfToken };
}

/** A JSON request, signed in with `session` (cookie + CSRF header) when given. */
export function send(
  app: PolosApp,
  method: string,
  path: string,
  body?: unknown,
  session?: Session,
  headers: Record<string, string> = {},
) {
  return app.request(path, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
      ...headers,
    },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
}
