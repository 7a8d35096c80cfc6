import { describe, expect, it } from 'vitest';
import messages from './notification-messages.json';
import {
  notificationKinds,
  notificationLanguages,
  notificationMessage,
  notificationText,
  preferencesWithDefaults,
} from './notification';

describe('notificationMessage(kind, params, language)', () => {
  it('fills the placeholders in the language, with the link of the page it is about', () => {
    const params = { postId: 'p 1', postTitle: 'Textile', senderName: 'Ana (Cluster X)' };
    expect(notificationMessage('interest', params, 'es')).toEqual({
      subject: 'Nuevo interés en «Textile»',
      text: 'Ana (Cluster X) mostró interés en su búsqueda de socios «Textile».',
      path: '/partner-searches/p%201',
    });
    expect(notificationMessage('interest', params, 'pt').subject).toBe('Novo interesse em “Textile”');
  });

  it('writes dates in the language and in the event’s time zone, and picks the answer’s variant', () => {
    const params = {
      eventId: 'e1',
      eventTitle: 'Meetings',
      fromOrganisation: 'A',
      toOrganisation: 'B',
      expiresAt: '2027-03-01T18:00:00.000Z',
      timeZone: 'America/Mexico_City',
    };
    const text = notificationMessage('meeting_request', params, 'en').text;
    expect(text).toContain('March 1, 2027');
    expect(text).toContain('12:00');
    expect(notificationMessage('request_answered', { ...params, answer: 'declined' }, 'es').subject).toBe(
      'B rechazó su solicitud de reunión',
    );
    expect(
      notificationMessage('call_closing', { callId: 'c', callTitle: 'X', deadline: 'soon' }, 'en').subject,
    ).toBe('“X” closes on soon');
  });

  it('every language has every text of every kind and variant', () => {
    const keys = Object.keys(messages.en).sort();
    for (const language of notificationLanguages)
      expect(Object.keys(messages[language]).sort()).toEqual(keys);
    for (const kind of notificationKinds) expect(keys.some((k) => k.startsWith(`${kind}.`))).toBe(true);
    expect(notificationText('unsubscribed', 'pt', 'call_closing')).toContain('chamadas a encerrar');
  });

  it('preferencesWithDefaults keeps what is stored and turns every other kind on', () => {
    const all = preferencesWithDefaults([{ kind: 'comment', inApp: false, email: false }]);
    expect(all).toHaveLength(notificationKinds.length);
    expect(all.find((p) => p.kind === 'comment')).toEqual({ kind: 'comment', inApp: false, email: false });
    expect(all.find((p) => p.kind === 'interest')).toEqual({ kind: 'interest', inApp: true, email: true });
  });
});
