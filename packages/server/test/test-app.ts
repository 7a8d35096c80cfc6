/**
 * An app over a freshly seeded store, with one user per role. The stores are the
 * storage contract suite's: PGlite in memory always, and a fresh database on the
 * PostgreSQL server of TEST_DATABASE_URL when it is set.
 */
import { fileURLToPath } from 'node:url';
import { seedDemoData, type SqlStore } from '@polos/store';
import type { StoreFactory } from '../../store/test/test-stores';
import { createApp, type PolosApp } from '../src/app';
import { hashPassword } from '../src/auth/passwords';

export const dataDir = fileURLToPath(new URL('../../../data', import.meta.url));
export const PASSWORD = 'correct horse battery staple';

export interface TestApp {
  app: PolosApp;
  store: SqlStore;
  /** The store's database, typed by its schema (bulk fixtures). */
  db: Awaited<ReturnType<StoreFactory['open']>>['db'];
  close(): Promise<void>;
}

export { storeFactories } from '../../store/test/test-stores';

export async function testApp(factory: StoreFactory): Promise<TestApp> {
  const { store, db, dispose } = await factory.open();
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
  const app = createApp({ store, config: { webDist: '/nonexistent' } });
  return { app, store, db, close: dispose };
}

export interface Session {
  cookie: string;
  csrf: string;
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
