/**
 * The notifications of events and calls (issue 12 point 7; decision 081) on both engines,
 * e-mails read from a real SMTP server on 127.0.0.1: a meeting request tells the requested
 * side, its acceptance or decline tells the requester, an unanswered request is recalled
 * halfway to its expiry, a placed meeting is recalled before it starts, and a followed call
 * closing is told once, N days before its deadline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/passwords';
import { sweepNotifications } from '../src/features/notifications/notification-work';
import { mailTestbed, workConfig as config, type MailTestbed } from './mail-testbed';
import { administratorOf } from './partnering-fixtures';
import { login, PASSWORD, send, storeFactories, type Session, type TestApp } from './test-app';
import type { TestSmtp } from './smtp-fixture';

const hour = 3_600_000;
const at = (ms: number) => new Date(ms).toISOString();

interface Item {
  kind: string;
  subject: string;
  text: string;
  path: string;
}

describe.each(storeFactories)('notifications of events and calls on $name', (factory) => {
  let bed: MailTestbed;
  let t: TestApp;
  let smtp: TestSmtp;
  let coordinator: Session, host: Session, guest: Session, analyst: Session;
  let orgA: string, orgB: string, eventId: string;

  const inbox = async (who: Session): Promise<Item[]> =>
    ((await (await send(t.app, 'GET', '/api/notifications', undefined, who)).json()) as { items: Item[] })
      .items;
  const deliver = () => bed.deliver();
  const request = async (from: string, to: string, who: Session) => {
    const res = await send(
      t.app,
      'POST',
      `/api/events/${eventId}/requests`,
      { fromOrganisationId: from, toOrganisationId: to, message: 'Hola' },
      who,
    );
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };

  beforeAll(async () => {
    bed = await mailTestbed(factory);
    ({ t, smtp } = bed);
    [orgA, orgB] = bed.organisations;
    host = await administratorOf(t, orgA, 'host@polos.test');
    guest = await administratorOf(t, orgB, 'guest@polos.test');
    await send(t.app, 'PUT', '/api/notifications/preferences', { language: 'es', kinds: [] }, host);
    await t.store.createUser(
      {
        email: 'coord@polos.test',
        name: 'Coordinator',
        role: 'coordinator',
        grants: [],
        passwordHash: await hashPassword(PASSWORD),
      },
      { userId: null, label: 'test' },
    );
    coordinator = await login(t.app, 'coord@polos.test');
    analyst = await login(t.app, 'analyst@polos.test');
    const start = Date.now() + 12 * hour;
    const event = await send(
      t.app,
      'POST',
      '/api/events',
      {
        title: 'EU–LAC cluster meetings',
        startDate: at(start).slice(0, 10),
        endDate: at(start + 48 * hour).slice(0, 10),
        timeZone: 'America/Mexico_City',
        sessions: [{ name: 'Morning', start: at(start), end: at(start + 40 * 60_000), slotMinutes: 20 }],
        meetingPlace: 'table',
        tables: ['Table 1'],
        registrationDeadline: at(Date.now() + 6 * hour),
        requestExpiryHours: 48,
        status: 'open',
      },
      coordinator,
    );
    expect(event.status).toBe(201);
    eventId = ((await event.json()) as { id: string }).id;
    for (const [organisationId, who] of [
      [orgA, host],
      [orgB, guest],
    ] as const)
      expect(
        (await send(t.app, 'POST', `/api/events/${eventId}/registrations`, { organisationId }, who)).status,
      ).toBe(201);
  }, 120_000);
  afterAll(() => bed.close());

  it('a meeting request tells the requested side’s administrators (in Spanish, by e-mail too); acceptance tells the requester', async () => {
    const id = await request(orgB, orgA, guest);
    const [told] = await inbox(host);
    expect(told).toMatchObject({ kind: 'meeting_request', path: `/events/${eventId}` });
    expect(told!.subject).toMatch(/^Solicitud de reunión de /);
    expect(await inbox(guest)).toEqual([]);
    expect(
      (await send(t.app, 'POST', `/api/events/${eventId}/requests/${id}/accept`, undefined, host)).status,
    ).toBe(200);
    const [answered] = await inbox(guest);
    expect(answered).toMatchObject({ kind: 'request_answered' });
    expect(answered!.subject).toMatch(/ accepted your meeting request$/);
    expect((await deliver()).sent).toBe(2);
    expect(smtp.received.map((m) => m.subject)).toEqual([told!.subject, answered!.subject]);
    expect(smtp.received[0]!.text).toContain(`https://polos.test/events/${eventId}`);
  });

  it('a declined request tells the requester it was declined', async () => {
    const id = await request(orgA, orgB, host);
    expect(
      (await send(t.app, 'POST', `/api/events/${eventId}/requests/${id}/decline`, undefined, guest)).status,
    ).toBe(200);
    const [declined] = await inbox(host);
    expect(declined!.kind).toBe('request_answered');
    expect(declined!.subject).toMatch(/ rechazó su solicitud de reunión$/);
  });

  it('the sweep recalls an unanswered request halfway to its expiry, and a placed meeting before it starts, once each', async () => {
    await request(orgA, orgB, host);
    const halfway = new Date(Date.now() + 25 * hour);
    await sweepNotifications(t.store, config, halfway);
    const [due] = await inbox(guest);
    expect(due).toMatchObject({ kind: 'meeting_reminder', subject: 'A meeting request awaits your answer' });

    // The accepted meeting of the first test is placed by the organiser and recalled to both sides.
    const placed = await send(t.app, 'POST', `/api/events/${eventId}/schedule`, {}, coordinator);
    expect(placed.status).toBe(200);
    const soon = await sweepNotifications(t.store, config, new Date());
    expect(soon.meetings).toBe(1);
    const [recalledHost] = await inbox(host);
    const [recalledGuest] = await inbox(guest);
    expect(recalledHost!.subject).toMatch(/^Su reunión con .+ se acerca$/);
    expect(recalledGuest!.subject).toMatch(/^Your meeting with .+ is soon$/);
    expect((await sweepNotifications(t.store, config, new Date())).meetings).toBe(0);
  });

  it('a followed call closing is told to its follower once, N days before the deadline; a later call is not', async () => {
    const programmes = (await (await t.app.request('/api/programmes?limit=1')).json()) as {
      items: Array<{ id: string }>;
    };
    for (const [id, days] of [
      ['call-soon', 3],
      ['call-later', 30],
    ] as const) {
      const call = {
        id,
        programmeId: programmes.items[0]!.id,
        title: `Call closing in ${days} days`,
        opensOn: '2026-01-01',
        deadline: at(Date.now() + days * 24 * hour),
        eligibleCountries: [],
        url: null,
      };
      expect((await send(t.app, 'POST', '/api/calls', call, analyst)).status).toBe(201);
      expect(
        (await send(t.app, 'POST', `/api/calls/${id}/follow`, { organisationId: orgB }, guest)).status,
      ).toBe(204);
    }
    const first = await sweepNotifications(t.store, config, new Date());
    expect(first.calls).toBe(1);
    const [closing] = await inbox(guest);
    expect(closing).toMatchObject({ kind: 'call_closing', path: '/calls' });
    expect(closing!.subject).toMatch(/^“Call closing in 3 days” closes on /);
    expect((await sweepNotifications(t.store, config, new Date())).calls).toBe(0);
    expect((await inbox(guest)).filter((n) => n.kind === 'call_closing')).toHaveLength(1);
  });
});
