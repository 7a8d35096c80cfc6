/**
 * Matchmaking events through the API on both engines (issue 12 point 4; decision 078): who
 * creates and edits events, who registers and answers for an organisation, who reads its
 * requests, expiry, placement without double booking, the agenda as iCalendar, outcomes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqlStore } from '@polos/store';
import { hashPassword } from '../src/auth/passwords';
import { login, PASSWORD, send, storeFactories, testApp, type Session, type TestApp } from './test-app';

const hour = 3_600_000;
const at = (ms: number) => new Date(ms).toISOString();

/** An open event: one session of two 20-minute slots at one table, `startIn` ms from now. */
const eventBody = (startIn: number, tables = ['Table 1']) => ({
  title: 'EU–LAC cluster meetings',
  startDate: at(Date.now() + startIn).slice(0, 10),
  endDate: at(Date.now() + startIn + 48 * hour).slice(0, 10),
  timeZone: 'America/Mexico_City',
  sessions: [
    {
      name: 'Morning',
      start: at(Date.now() + startIn),
      end: at(Date.now() + startIn + 40 * 60_000),
      slotMinutes: 20,
    },
  ],
  meetingPlace: 'table',
  tables,
  registrationDeadline: at(Date.now() + 24 * hour),
  requestExpiryHours: 48,
  status: 'open',
});

describe.each(storeFactories)('matchmaking events on $name', (factory) => {
  let t: TestApp;
  let admin: Session, coordinator: Session, otherCoordinator: Session, manager: Session, viewer: Session;
  const sides: Session[] = [];
  let orgs: string[];

  beforeAll(async () => {
    t = await testApp(factory);
    const passwordHash = await hashPassword(PASSWORD);
    const system = { userId: null, label: 'test' };
    for (const [email, role] of [
      ['coord@polos.test', 'coordinator'],
      ['coord2@polos.test', 'coordinator'],
      ['side-a@polos.test', 'cluster_manager'],
      ['side-b@polos.test', 'cluster_manager'],
      ['side-c@polos.test', 'cluster_manager'],
    ] as const)
      await t.store.createUser({ email, name: email, role, grants: [], passwordHash }, system);
    const list = (await (await t.app.request('/api/organisations?limit=3')).json()) as {
      items: Array<{ id: string }>;
    };
    orgs = list.items.map((o) => o.id);
    for (const [i, letter] of ['a', 'b', 'c'].entries()) {
      const user = await t.store.findUserByEmail(`side-${letter}@polos.test`);
      await t.store.organisationAdmins.add(orgs[i]!, user!.id, system);
      sides.push(await login(t.app, `side-${letter}@polos.test`));
    }
    admin = await login(t.app, 'admin@polos.test');
    coordinator = await login(t.app, 'coord@polos.test');
    otherCoordinator = await login(t.app, 'coord2@polos.test');
    manager = await login(t.app, 'manager@polos.test');
    viewer = await login(t.app, 'viewer@polos.test');
  });
  afterAll(() => t.close());

  async function openEvent(startIn: number, tables?: string[]): Promise<string> {
    const res = await send(t.app, 'POST', '/api/events', eventBody(startIn, tables), coordinator);
    expect(res.status).toBe(201);
    const id = ((await res.json()) as { id: string }).id;
    for (const [i, side] of sides.entries()) {
      const reg = await send(
        t.app,
        'POST',
        `/api/events/${id}/registrations`,
        { organisationId: orgs[i] },
        side,
      );
      expect(reg.status).toBe(201);
    }
    return id;
  }
  const request = (id: string, from: number, to: number, who: Session) =>
    send(
      t.app,
      'POST',
      `/api/events/${id}/requests`,
      { fromOrganisationId: orgs[from], toOrganisationId: orgs[to], message: 'Hola' },
      who,
    );
  const answer = (id: string, rid: string, what: 'accept' | 'decline', who?: Session) =>
    send(t.app, 'POST', `/api/events/${id}/requests/${rid}/${what}`, undefined, who);

  it('admins, analysts and coordinators create events; anonymous 401, managers and viewers 403; an invalid time zone is named', async () => {
    expect((await send(t.app, 'POST', '/api/events', eventBody(hour))).status).toBe(401);
    expect((await send(t.app, 'POST', '/api/events', eventBody(hour), viewer)).status).toBe(403);
    expect((await send(t.app, 'POST', '/api/events', eventBody(hour), manager)).status).toBe(403);
    const bad = await send(
      t.app,
      'POST',
      '/api/events',
      { ...eventBody(hour), timeZone: 'Mars/Olympus' },
      coordinator,
    );
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { fields: Array<{ path: string }> } }).error.fields[0]?.path).toBe(
      'timeZone',
    );
  });

  it('an organiser edits only their events: another coordinator gets 403, an admin may', async () => {
    const id = await openEvent(hour);
    const patch = (who?: Session) =>
      send(t.app, 'PATCH', `/api/events/${id}`, { title: 'Renamed meetings' }, who);
    expect((await patch()).status).toBe(401);
    expect((await patch(otherCoordinator)).status).toBe(403);
    expect((await patch(sides[0])).status).toBe(403);
    expect((await patch(coordinator)).status).toBe(200);
    expect((await patch(admin)).status).toBe(200);
    const schedule = await send(t.app, 'POST', `/api/events/${id}/schedule`, {}, otherCoordinator);
    expect(schedule.status).toBe(403);
  });

  it('registers an organisation only through who acts for it', async () => {
    const res = await send(t.app, 'POST', '/api/events', eventBody(hour), coordinator);
    const id = ((await res.json()) as { id: string }).id;
    const register = (org: number, who?: Session) =>
      send(
        t.app,
        'POST',
        `/api/events/${id}/registrations`,
        { organisationId: orgs[org], sessions: ['s1'] },
        who,
      );
    expect((await register(0)).status).toBe(401);
    expect((await register(0, sides[1])).status).toBe(403);
    expect((await register(0, sides[0])).status).toBe(201);
    const unknownSession = await send(
      t.app,
      'POST',
      `/api/events/${id}/registrations`,
      { organisationId: orgs[1], sessions: ['s9'] },
      sides[1],
    );
    expect(unknownSession.status).toBe(400);
  });

  it('only the receiving side accepts; a third organisation cannot read the others’ requests', async () => {
    const id = await openEvent(hour);
    expect((await request(id, 0, 1, sides[1]!)).status).toBe(403); // B does not act for A
    const sent = await request(id, 0, 1, sides[0]!);
    expect(sent.status).toBe(201);
    const rid = ((await sent.json()) as { id: string }).id;
    expect((await request(id, 0, 1, sides[0]!)).status).toBe(409); // already pending

    expect((await send(t.app, 'GET', `/api/events/${id}/requests?organisationId=${orgs[0]}`)).status).toBe(
      401,
    );
    expect(
      (await send(t.app, 'GET', `/api/events/${id}/requests?organisationId=${orgs[0]}`, undefined, sides[2]))
        .status,
    ).toBe(403);
    expect((await send(t.app, 'GET', `/api/events/${id}/requests`, undefined, sides[2])).status).toBe(403);
    const mine = await send(
      t.app,
      'GET',
      `/api/events/${id}/requests?organisationId=${orgs[1]}`,
      undefined,
      sides[1],
    );
    expect(((await mine.json()) as unknown[]).length).toBe(1);

    expect((await answer(id, rid, 'accept')).status).toBe(401);
    expect((await answer(id, rid, 'accept', sides[0])).status).toBe(403); // the sender
    expect((await answer(id, rid, 'accept', sides[2])).status).toBe(403); // a third organisation
    const accepted = await answer(id, rid, 'accept', sides[1]);
    expect(accepted.status).toBe(200);
    const meeting = (await accepted.json()) as { status: string; slotId: string; table: string };
    expect(meeting).toMatchObject({ status: 'accepted', slotId: 's1-1', table: 'Table 1' });
    expect((await answer(id, rid, 'decline', sides[1])).status).toBe(409);
    const reminders = await t.store.events.reminders(id);
    expect(reminders.map((r) => r.kind)).toEqual(['request_received', 'meeting_accepted']);
  });

  it('an unanswered request expires: read as expired, cannot be accepted, and a reminder row tells the sender', async () => {
    const id = await openEvent(hour);
    const rid = ((await (await request(id, 2, 0, sides[2]!)).json()) as { id: string }).id;
    await t.db
      .updateTable('event_meeting_requests')
      .set({ expires_at: at(Date.now() - 1000) })
      .where('id', '=', rid)
      .execute();
    // A store on a read replica (decision 109) reads it as expired without writing it.
    const replicaView = new SqlStore(t.db, factory.name, true);
    const seen = await replicaView.events.listRequests(id, orgs[0], new Date());
    expect(seen.map((r) => r.status)).toEqual(['expired']);
    const row = await t.db
      .selectFrom('event_meeting_requests')
      .select('status')
      .where('id', '=', rid)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('pending');
    const list = await send(
      t.app,
      'GET',
      `/api/events/${id}/requests?organisationId=${orgs[0]}`,
      undefined,
      sides[0],
    );
    expect(((await list.json()) as Array<{ status: string }>).map((r) => r.status)).toEqual(['expired']);
    expect((await answer(id, rid, 'accept', sides[0])).status).toBe(409);
    const kinds = (await t.store.events.reminders(id)).map((r) => `${r.kind} ${r.organisationId}`);
    expect(kinds).toEqual([`request_received ${orgs[0]}`, `request_expired ${orgs[2]}`]);
    // The sweep finds nothing left to expire.
    expect(await t.store.events.expireDue(new Date())).toBe(0);
  });

  it('never double-books a participant or a table through the API; the organiser’s schedule names what is left', async () => {
    const id = await openEvent(hour);
    const rids: string[] = [];
    for (const [from, to, who] of [
      [0, 1, 0],
      [0, 2, 0],
      [1, 2, 1],
    ] as const)
      rids.push(((await (await request(id, from, to, sides[who]!)).json()) as { id: string }).id);
    const answers = await Promise.all([
      answer(id, rids[0]!, 'accept', sides[1]),
      answer(id, rids[1]!, 'accept', sides[2]),
      answer(id, rids[2]!, 'accept', sides[2]),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    const schedule = await send(t.app, 'POST', `/api/events/${id}/schedule`, undefined, coordinator);
    expect(schedule.status).toBe(200);
    const all = (await (
      await send(t.app, 'GET', `/api/events/${id}/requests`, undefined, coordinator)
    ).json()) as Array<{
      fromOrganisationId: string;
      toOrganisationId: string;
      slotId: string | null;
      table: string | null;
    }>;
    const placed = all.filter((m) => m.slotId);
    expect(placed).toHaveLength(2); // two slots, one table: a triangle fits two meetings
    const seen = new Set<string>();
    for (const m of placed)
      for (const key of [m.fromOrganisationId, m.toOrganisationId, `#${m.table}`]) {
        expect(seen.has(`${m.slotId} ${key}`)).toBe(false);
        seen.add(`${m.slotId} ${key}`);
      }
    expect(((await schedule.json()) as { unplaced: Array<{ reason: string }> }).unplaced).toEqual([
      expect.objectContaining({ reason: 'participants_busy' }),
    ]);
  });

  it('turns mutual requests into one meeting when the organiser schedules', async () => {
    const id = await openEvent(hour, ['T1', 'T2']);
    await request(id, 0, 1, sides[0]!);
    await request(id, 1, 0, sides[1]!);
    const res = await send(t.app, 'POST', `/api/events/${id}/schedule`, { mutual: true }, coordinator);
    const body = (await res.json()) as { merged: number; placed: unknown[] };
    expect(body).toMatchObject({ merged: 1 });
    expect(body.placed).toHaveLength(1);
  });

  it('serves the agenda as iCalendar: CRLF, folded lines, one VEVENT per meeting with the table as LOCATION', async () => {
    const id = await openEvent(hour);
    const rid = ((await (await request(id, 0, 1, sides[0]!)).json()) as { id: string }).id;
    await answer(id, rid, 'accept', sides[1]);
    const path = `/api/events/${id}/agenda.ics?organisationId=${orgs[1]}`;
    expect((await send(t.app, 'GET', path, undefined, sides[2])).status).toBe(403);
    const res = await send(t.app, 'GET', path, undefined, sides[1]);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await res.text();
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded.match(/BEGIN:VEVENT\r\n/g)).toHaveLength(1);
    expect(unfolded).toMatch(
      /\r\nUID:[^\r]+\r\nDTSTAMP:\d{8}T\d{6}Z\r\nDTSTART:\d{8}T\d{6}Z\r\nDTEND:\d{8}T\d{6}Z\r\nSUMMARY:/,
    );
    expect(unfolded).toContain('\r\nLOCATION:Table 1\r\n');
    const json = (await (
      await send(t.app, 'GET', `/api/events/${id}/agenda?organisationId=${orgs[1]}`, undefined, sides[1])
    ).json()) as {
      items: Array<{ with: { id: string }; table: string }>;
    };
    expect(json.items).toEqual([
      expect.objectContaining({ with: expect.objectContaining({ id: orgs[0] }), table: 'Table 1' }),
    ]);
  });

  it('either side records the outcome after the meeting, not before, and no third organisation', async () => {
    const past = await openEvent(-3 * hour);
    const rid = ((await (await request(past, 0, 1, sides[0]!)).json()) as { id: string }).id;
    await answer(past, rid, 'accept', sides[1]);
    const outcome = (org: number, who?: Session, event = past, mid = rid) =>
      send(
        t.app,
        'POST',
        `/api/events/${event}/meetings/${mid}/outcome`,
        { organisationId: orgs[org], outcome: 'mou' },
        who,
      );
    expect((await outcome(0)).status).toBe(401);
    expect((await outcome(2, sides[2])).status).toBe(400); // not a side
    expect((await outcome(0, sides[1])).status).toBe(403);
    const done = await outcome(0, sides[0]);
    expect(done.status).toBe(200);
    expect(((await done.json()) as { outcome: string }).outcome).toBe('mou');

    const agreement = (org: number, who?: Session) =>
      send(
        t.app,
        'POST',
        `/api/events/${past}/meetings/${rid}/agreement`,
        { organisationId: orgs[org], areas: ['textiles'] },
        who,
      );
    expect((await agreement(0)).status).toBe(401);
    expect((await agreement(0, sides[2])).status).toBe(403);
    const made = await agreement(1, sides[1]);
    expect(made.status).toBe(201);
    const register = (await (await t.app.request(`/api/agreements/meeting-${rid}`)).json()) as {
      instrument: string;
      parties: Array<{ organisationId: string }>;
    };
    expect(register.instrument).toBe('mou');
    expect(register.parties.map((p) => p.organisationId)).toEqual([orgs[0], orgs[1]]);
    expect((await agreement(0, sides[0])).status).toBe(409);

    const future = await openEvent(hour);
    const later = ((await (await request(future, 0, 1, sides[0]!)).json()) as { id: string }).id;
    await answer(future, later, 'accept', sides[1]);
    expect((await outcome(1, sides[1], future, later)).status).toBe(409);
  });
});
