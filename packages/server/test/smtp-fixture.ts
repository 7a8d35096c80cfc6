/**
 * A real SMTP server on 127.0.0.1 (the `smtp-server` package) for the e-mail tests: it keeps
 * every message it accepts, parsed (mailparser), and refuses them all with a temporary
 * error (451) while `refusing` is set.
 */
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { MailSettings } from '../src/mail/mail-settings';

export interface TestSmtp {
  received: ParsedMail[];
  refusing: boolean;
  settings: MailSettings;
  close(): Promise<void>;
}

export async function startTestSmtp(): Promise<TestSmtp> {
  const box: Omit<TestSmtp, 'settings' | 'close'> = { received: [], refusing: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (box.refusing) {
        const error = Object.assign(new Error('mailbox busy, try later'), { responseCode: 451 });
        callback(error);
      } else callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          box.received.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return Object.assign(box, {
    settings: {
      smtp: { host: '127.0.0.1', port, secure: false, user: undefined, pass: undefined },
      from: 'polos <polos@polos.test>',
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
