/**
 * `GET /api/me/meeting-requests` on both engines (issue 15, "My work"; decision 105): the
 * requests addressed to the organisations the caller acts for, and nobody else's — not the
 * ones she sent, not those to another user's organisation, not those of a draft event;
 * anonymous callers get 401; staff see only their own organisations' requests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/passwords';
import { login, PASSWORD, send, storeFactories, testApp, type Session, type TestApp } from './test-app';

const hour = 3_600_000;
const at = (ms: number) => new Date(ms).toISOString();

const eventBody = (title: string) => ({
  title,
  startDate: at(Date.now() + 72 * hour).slice(0, 10),
  endDate: at(Date.now() + 96 * hour).slice(0, 10),
  timeZone: 'Europe/Madrid',
  sessions: [
    {
      name: 'Morning',
      start: at(Date.now() + 72 * hour),
      end: at(Date.now() + 73 * hour),
      slotMinutes: 20,
    },
  ],
  meetingPlace: 'table',
  tables: ['Table 1'],
  registrationDeadline: at(Date.now() + 24 * hour),
  requestExpiryHours: 48,
  status: 'open',
});

interface Received {
  items: Array<{
    id: string;
    eventId: string;
    eventTitle: string;
    eventStartDate: string;
    fromOrganisationId: string;
    fromOrganisationName: string;
    toOrganisationId: string;
    status: string;
  }>;
  total: number;
}

describe.each(storeFactories)('my meeting requests on $name', (factory) => {
  let t: TestApp;
  let coordinator: Session, admin: Session, viewer: Session;
  const sides: Session[] = [];
  let orgs: Array<{ id: string; name: string }>;
  let firstEvent: string, secondEvent: string;

  const mine = async (who?: Session, query = '') => {
    const res = await send(t.app, 'GET', `/api/me/meeting-requests${query}`, undefined, who);
    return { status: res.status, body: (await res.json()) as Received };
  };
  const openEvent = async (title: string) => {
    const res = await send(t.app, 'POST', '/api/events', eventBody(title), coordinator);
    expect(res.status).toBe(201);
    const id = ((await res.json()) as { id: string }).id;
    for (const [i, side] of sides.entries())
      expect(
        (await send(t.app, 'POST', `/api/events/${id}/registrations`, { organisationId: orgs[i]!.id }, side))
          .status,
      ).toBe(201);
    return id;
  };
  const request = async (event: string, from: number, to: number) => {
    const res = await send(
      t.app,
      'POST',
      `/api/events/${event}/requests`,
      { fromOrganisationId: orgs[from]!.id, toOrganisationId: orgs[to]!.id, message: 'Hola' },
      sides[from],
    );
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };

  beforeAll(async () => {
    t = await testApp(factory);
    const passwordHash = await hashPassword(PASSWORD);
    const system = { userId: null, label: 'test' };
    await t.store.createUser(
      { email: 'coord@polos.test', name: 'Coordinator', role: 'coordinator', grants: [], passwordHash },
      system,
    );
    const list = (await (await t.app.request('/api/organisations?limit=3')).json()) as {
      items: Array<{ id: string; name: string }>;
    };
    orgs = list.items;
    for (const [i, letter] of ['a', 'b', 'c'].entries()) {
      const email = `side-${letter}@polos.test`;
      await t.store.createUser(
        { email, name: email, role: 'cluster_manager', grants: [], passwordHash },
        system,
      );
      const user = await t.store.findUserByEmail(email);
      await t.store.organisationAdmins.add(orgs[i]!.id, user!.id, system);
      sides.push(await login(t.app, email));
    }
    coordinator = await login(t.app, 'coord@polos.test');
    admin = await login(t.app, 'admin@polos.test');
    viewer = await login(t.app, 'viewer@polos.test');
    firstEvent = await openEvent('Aerospace meetings');
    secondEvent = await openEvent('Agrifood meetings');
    await request(firstEvent, 0, 1); // a → b
    await request(secondEvent, 2, 1); // c → b
    await request(firstEvent, 1, 0); // b → a
    // Seeding the demo data takes most of this; the machine is shared, so allow twice the default.
  }, 120_000);
  afterAll(() => t.close());

  it('anonymous callers get 401; a bad status is a 400 naming the field', async () => {
    expect((await mine()).status).toBe(401);
    const bad = await send(t.app, 'GET', '/api/me/meeting-requests?status=maybe', undefined, sides[0]);
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: { fields: Array<{ path: string }> } };
    expect(body.error.fields.map((f) => f.path)).toContain('query.status');
  });

  it('lists the pending requests to her organisations, with event and sender, soonest expiry first', async () => {
    const b = await mine(sides[1]);
    expect(b.status).toBe(200);
    expect(b.body.total).toBe(2);
    expect(b.body.items.map((r) => [r.fromOrganisationId, r.toOrganisationId, r.eventTitle])).toEqual([
      [orgs[0]!.id, orgs[1]!.id, 'Aerospace meetings'],
      [orgs[2]!.id, orgs[1]!.id, 'Agrifood meetings'],
    ]);
    expect(b.body.items[0]!.fromOrganisationName).toBe(orgs[0]!.name);
    expect(b.body.items[0]!.eventId).toBe(firstEvent);
    expect(b.body.items[0]!.eventStartDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(b.body.items.every((r) => r.status === 'pending')).toBe(true);
  });

  it("shows nobody else's requests: not those she sent, not those to another user's organisation", async () => {
    const a = await mine(sides[0]);
    expect(a.body.items.map((r) => [r.fromOrganisationId, r.toOrganisationId])).toEqual([
      [orgs[1]!.id, orgs[0]!.id],
    ]);
    // c sent one request and received none.
    expect(await mine(sides[2]).then((r) => r.body)).toEqual({ items: [], total: 0 });
    // Viewers act for no organisation; staff see only the organisations named for them.
    expect(await mine(viewer).then((r) => r.body)).toEqual({ items: [], total: 0 });
    expect(await mine(admin).then((r) => r.body)).toEqual({ items: [], total: 0 });
  });

  it('an answered request leaves the pending list and shows under its status; limit caps the items', async () => {
    const [first] = (await mine(sides[1])).body.items;
    const declined = await send(
      t.app,
      'POST',
      `/api/events/${first!.eventId}/requests/${first!.id}/decline`,
      undefined,
      sides[1],
    );
    expect(declined.status).toBe(200);
    expect((await mine(sides[1])).body.items.map((r) => r.fromOrganisationId)).toEqual([orgs[2]!.id]);
    const answered = await mine(sides[1], '?status=declined');
    expect(answered.body.items.map((r) => r.id)).toEqual([first!.id]);
    await request(firstEvent, 2, 1); // c → b again, at the first event
    const capped = await mine(sides[1], '?limit=1');
    expect(capped.body.items).toHaveLength(1);
    expect(capped.body.total).toBe(2);
  });

  it('a request of an event turned back into a draft is not listed', async () => {
    const patched = await send(
      t.app,
      'PATCH',
      `/api/events/${secondEvent}`,
      { status: 'draft' },
      coordinator,
    );
    expect(patched.status).toBe(200);
    const b = await mine(sides[1]);
    expect(b.body.items.map((r) => r.eventId)).toEqual([firstEvent]);
    expect(b.body.total).toBe(1);
  });
});
