import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { DEFAULT_MAIL_FROM } from './mail-settings';
import { mailDelivery } from './mailer';

describe('mail settings from the environment', () => {
  it('no SMTP variable: e-mails are logged, from the default sender', () => {
    const { mail } = loadConfig({});
    expect(mail).toEqual({ smtp: undefined, from: DEFAULT_MAIL_FROM });
    expect(mailDelivery(mail)).toBe('log');
  });

  it('POLOS_SMTP_URL gives host, port, TLS and a percent-encoded account, and wins over the parts', () => {
    const { mail } = loadConfig({
      POLOS_SMTP_URL: 'smtps://ana%40x.org:p%3Ass@mail.example.org',
      POLOS_SMTP_HOST: 'ignored.example.org',
      POLOS_MAIL_FROM: 'Polos <noreply@example.org>',
    });
    expect(mail).toEqual({
      smtp: { host: 'mail.example.org', port: 465, secure: true, user: 'ana@x.org', pass: 'p:ss' },
      from: 'Polos <noreply@example.org>',
    });
    expect(mailDelivery(mail)).toBe('smtp');
    expect(loadConfig({ POLOS_SMTP_URL: 'smtp://relay:2525' }).mail.smtp).toEqual({
      host: 'relay',
      port: 2525,
      secure: false,
      user: undefined,
      pass: undefined,
    });
  });

  it('the parts: a host alone means port 587 without TLS; port 465 means TLS unless told otherwise', () => {
    expect(loadConfig({ POLOS_SMTP_HOST: 'relay' }).mail.smtp).toMatchObject({ port: 587, secure: false });
    expect(loadConfig({ POLOS_SMTP_HOST: 'relay', POLOS_SMTP_PORT: '465' }).mail.smtp).toMatchObject({
      port: 465,
      secure: true,
    });
    expect(
      loadConfig({
        POLOS_SMTP_HOST: 'relay',
        POLOS_SMTP_SECURE: 'true',
        POLOS_SMTP_USER: 'u',
        POLOS_SMTP_PASS: 'p',
      }).mail.smtp,
    ).toEqual({ host: 'relay', port: 465, secure: true, user: 'u', pass: 'p' });
  });

  it('a URL that is not smtp(s) stops the start naming POLOS_SMTP_URL', () => {
    expect(() => loadConfig({ POLOS_SMTP_URL: 'http://mail.example.org' })).toThrow(
      /POLOS_SMTP_URL: use smtp:\/\//,
    );
    expect(() => loadConfig({ POLOS_SMTP_PORT: '70000' })).toThrow(/POLOS_SMTP_PORT/);
  });
});
