/**
 * Fixtures for the partner-search, agreement and call tests: cluster managers without grants
 * who administer one organisation each.
 */
import { hashPassword } from '../src/auth/passwords';
import { login, PASSWORD, type Session, type TestApp } from './test-app';

const system = { userId: null, label: 'test' };

/** A signed-in cluster manager without grants who administers `organisationId`. */
export async function administratorOf(t: TestApp, organisationId: string, email: string): Promise<Session> {
  const user = await t.store.createUser(
    {
      email,
      name: email.split('@')[0]!,
      role: 'cluster_manager',
      grants: [],
      passwordHash: await hashPassword(PASSWORD),
    },
    system,
  );
  await t.store.organisationAdmins.add(organisationId, user.id, system);
  return login(t.app, email);
}
