/**
 * Notifications in the app and by e-mail (issue 12 point 7; decision 081) on both engines,
 * with a real SMTP server on 127.0.0.1: who is told of an interest, a meeting request and
 * its answer, a reminder and a call closing, in their language; preferences and the
 * unsubscribe link; a refusing SMTP server never fails the write and is retried with
 * back-off until a bounded number of attempts; only the owner reads and marks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import { MAX_MAIL_ATTEMPTS } from '../src/mail/mail-worker';
import { mailTestbed, testOrigin as ORIGIN, type MailTestbed } from './mail-testbed';
import { administratorOf } from './partnering-fixtures';
import { login, send, storeFactories, type Session, type TestApp } from './test-app';
import type { TestSmtp } from './smtp-fixture';

const hour = 3_600_000;

interface Item {
  id: string;
  kind: string;
  subject: string;
  text: string;
  path: string;
  readAt: string | null;
}
interface Page {
  items: Item[];
  total: number;
  unread: number;
}

describe.each(storeFactories)('notifications on $name', (factory) => {
  let bed: MailTestbed;
  let t: TestApp;
  let smtp: TestSmtp;
  let poster: Session, colleague: Session, sender: Session;
  let orgA: string, orgB: string;
  let postId: string;

  const deliver = (now?: Date) => bed.deliver(now);
  const inbox = async (who: Session, query = ''): Promise<Page> =>
    (await (await send(t.app, 'GET', `/api/notifications${query}`, undefined, who)).json()) as Page;
  const mailTo = (address: string) => smtp.received.filter((m) => JSON.stringify(m.to).includes(address));
  /** A header as sent (mailparser folds List-* headers into one `list` object). */
  const header = (mail: ParsedMail, name: string) =>
    (mail.headerLines.find((h) => h.key === name)?.line ?? '').replace(/^[^:]+:\s*/, '');
  const unsubscribeLink = (mail: ParsedMail) => /^<(.+)>$/.exec(header(mail, 'list-unsubscribe'))![1]!;
  const setPreferences = (who: Session, body: unknown) =>
    send(t.app, 'PUT', '/api/notifications/preferences', body, who);
  const expressInterest = (who: Session) =>
    send(
      t.app,
      'POST',
      `/api/partner-searches/${postId}/interest`,
      { message: 'We make composites', organisationId: orgB },
      who,
    );

  beforeAll(async () => {
    bed = await mailTestbed(factory);
    ({ t, smtp } = bed);
    [orgA, orgB] = bed.organisations;
    poster = await administratorOf(t, orgA, 'poster@polos.test');
    colleague = await administratorOf(t, orgA, 'colleague@polos.test');
    sender = await administratorOf(t, orgB, 'sender@polos.test');
    expect((await setPreferences(poster, { language: 'es', kinds: [] })).status).toBe(200);
    expect((await setPreferences(colleague, { language: 'pt', kinds: [] })).status).toBe(200);
    const post = await send(
      t.app,
      'POST',
      '/api/partner-searches',
      {
        organisationId: orgA,
        direction: 'request',
        kind: 'technology',
        title: 'Composites for aircraft interiors',
        description: 'We seek a partner cluster with composite suppliers.',
        sectors: ['C30'],
        countriesSought: ['MX'],
        language: 'en',
      },
      poster,
    );
    expect(post.status).toBe(201);
    postId = ((await post.json()) as { id: string }).id;
  }, 120_000);
  afterAll(() => bed.close());

  it('an interest tells each of the poster’s administrators in the app and by e-mail, in their language; the sender is not told', async () => {
    expect((await expressInterest(sender)).status).toBe(201);
    const mine = await inbox(poster);
    expect(mine.unread).toBe(1);
    expect(mine.items[0]).toMatchObject({
      kind: 'interest',
      subject: 'Nuevo interés en «Composites for aircraft interiors»',
      path: `/partner-searches/${postId}`,
      readAt: null,
    });
    expect(mine.items[0]!.text).toContain('sender');
    expect((await inbox(colleague)).items[0]!.subject).toBe(
      'Novo interesse em “Composites for aircraft interiors”',
    );
    expect((await inbox(sender)).total).toBe(0);

    expect(await deliver()).toEqual({ sent: 2, retried: 0, failed: 0 });
    const [toPoster] = mailTo('poster@polos.test');
    expect(toPoster!.subject).toBe('Nuevo interés en «Composites for aircraft interiors»');
    expect(toPoster!.text).toContain(`${ORIGIN}/partner-searches/${postId}`);
    expect(toPoster!.html).toContain(`href="${ORIGIN}/partner-searches/${postId}"`);
    expect(header(toPoster!, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(unsubscribeLink(toPoster!)).toMatch(`${ORIGIN}/api/notifications/unsubscribe?token=`);
    expect(toPoster!.text).toContain(unsubscribeLink(toPoster!));
    expect(mailTo('colleague@polos.test')[0]!.subject).toBe(
      'Novo interesse em “Composites for aircraft interiors”',
    );
    expect(mailTo('sender@polos.test')).toEqual([]);
    expect(await deliver()).toEqual({ sent: 0, retried: 0, failed: 0 });
  });

  it('only the owner reads and marks a notification: another user gets 404, anonymous 401; a viewer marks her own', async () => {
    const id = (await inbox(poster)).items[0]!.id;
    expect((await send(t.app, 'GET', '/api/notifications')).status).toBe(401);
    expect((await send(t.app, 'POST', `/api/notifications/${id}/read`)).status).toBe(401);
    expect((await send(t.app, 'POST', `/api/notifications/${id}/read`, undefined, colleague)).status).toBe(
      404,
    );
    expect((await inbox(poster)).unread).toBe(1);
    expect((await send(t.app, 'POST', `/api/notifications/${id}/read`, undefined, poster)).status).toBe(204);
    const after = await inbox(poster);
    expect(after.unread).toBe(0);
    expect(after.items[0]!.readAt).not.toBeNull();
    expect((await inbox(poster, '?unread=true')).items).toEqual([]);
    // A viewer writes nothing else, but marks and sets her own notifications.
    const viewer = await login(t.app, 'viewer@polos.test');
    expect((await send(t.app, 'POST', '/api/notifications/read-all', undefined, viewer)).status).toBe(200);
    expect((await setPreferences(viewer, { language: 'pt', kinds: [] })).status).toBe(200);
    const all = await send(t.app, 'POST', '/api/notifications/read-all', undefined, colleague);
    expect(await all.json()).toEqual({ marked: 1 });
    expect((await inbox(colleague)).unread).toBe(0);
  });

  it('e-mail off for a kind: the notification is in the app, no e-mail; in-app off too: nothing', async () => {
    const off = await setPreferences(poster, {
      language: 'es',
      kinds: [{ kind: 'interest', inApp: true, email: false }],
    });
    expect(off.status).toBe(200);
    expect(((await off.json()) as { kinds: unknown[] }).kinds).toContainEqual({
      kind: 'interest',
      inApp: true,
      email: false,
    });
    await setPreferences(colleague, {
      language: 'pt',
      kinds: [{ kind: 'interest', inApp: false, email: false }],
    });
    const before = smtp.received.length;
    const [posterBefore, colleagueBefore] = [(await inbox(poster)).total, (await inbox(colleague)).total];
    expect(
      (await send(t.app, 'POST', `/api/partner-searches/${postId}/comments`, { text: 'Interesting' }, sender))
        .status,
    ).toBe(201);
    expect((await expressInterest(sender)).status).toBe(201);
    await deliver();
    expect((await inbox(poster)).total).toBe(posterBefore + 2);
    expect((await inbox(colleague)).total).toBe(colleagueBefore + 1);
    // The comment (both on) reaches both by e-mail; the interest reaches no one.
    expect(
      smtp.received
        .slice(before)
        .map((m) => m.subject)
        .sort(),
    ).toEqual([
      'Novo comentário em “Composites for aircraft interiors”',
      'Nuevo comentario en «Composites for aircraft interiors»',
    ]);
    const bad = await setPreferences(poster, {
      language: 'fr',
      kinds: [{ kind: 'nope', inApp: true, email: true }],
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toMatch(
      /language[\s\S]*kinds\.0\.kind|kinds\.0\.kind[\s\S]*language/,
    );
  });

  it('the unsubscribe link turns e-mail off for its kind without signing in (page, JSON, one-click POST); a forged token is 400', async () => {
    await setPreferences(poster, { language: 'es', kinds: [{ kind: 'comment', inApp: true, email: true }] });
    const mail = mailTo('poster@polos.test').find((m) => m.subject?.startsWith('Nuevo comentario'))!;
    const link = unsubscribeLink(mail);
    const path = link.replace(ORIGIN, '');
    const page = await t.app.request(path);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('nuevos comentarios en una publicación');
    const prefs = (await (
      await send(t.app, 'GET', '/api/notifications/preferences', undefined, poster)
    ).json()) as {
      kinds: Array<{ kind: string; email: boolean; inApp: boolean }>;
      emailDelivery: string;
    };
    expect(prefs.kinds.find((k) => k.kind === 'comment')).toEqual({
      kind: 'comment',
      inApp: true,
      email: false,
    });
    expect(prefs.emailDelivery).toBe('log');
    const oneClick = await t.app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    expect(await oneClick.json()).toEqual({ kind: 'comment', email: false });
    const token = new URL(link).searchParams.get('token')!;
    const forged = token.replace(/.$/, (ch) => (ch === 'A' ? 'B' : 'A'));
    const refused = await t.app.request(`/api/notifications/unsubscribe?token=${forged}`, {
      headers: { accept: 'application/json' },
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain('token');
  });

  it('a refusing SMTP server never fails the write: the e-mail is retried with back-off, sent later, and given up after the last attempt', async () => {
    await setPreferences(poster, { language: 'es', kinds: [{ kind: 'interest', inApp: true, email: true }] });
    smtp.refusing = true;
    expect((await expressInterest(sender)).status).toBe(201);
    const now = new Date();
    expect(await deliver(now)).toEqual({ sent: 0, retried: 1, failed: 0 });
    const [queued] = await t.store.mailOutbox.list({ status: 'pending', limit: 1 });
    expect(queued).toMatchObject({ attempts: 1, to: 'poster@polos.test' });
    expect(queued!.lastError).toContain('451');
    expect(Date.parse(queued!.nextAttemptAt) - now.getTime()).toBe(60_000);
    expect(await deliver(new Date(now.getTime() + 30_000))).toEqual({ sent: 0, retried: 0, failed: 0 });
    smtp.refusing = false;
    const before = smtp.received.length;
    expect(await deliver(new Date(now.getTime() + 61_000))).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(smtp.received.length).toBe(before + 1);

    smtp.refusing = true;
    expect((await expressInterest(sender)).status).toBe(201);
    let clock = now.getTime() + 2 * 60_000;
    const results = [];
    for (let i = 0; i < MAX_MAIL_ATTEMPTS; i += 1) {
      results.push(await deliver(new Date(clock)));
      clock += 7 * hour;
    }
    smtp.refusing = false;
    expect(results.at(-1)).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect(results.slice(0, -1).every((r) => r.retried === 1)).toBe(true);
    const [failed] = await t.store.mailOutbox.list({ status: 'failed', limit: 1 });
    expect(failed).toMatchObject({ attempts: MAX_MAIL_ATTEMPTS, status: 'failed' });
  });
});
