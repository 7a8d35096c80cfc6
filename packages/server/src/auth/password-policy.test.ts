import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commonPasswords, passwordProblem } from './password-policy';

const common = commonPasswords(fileURLToPath(new URL('../../../../data', import.meta.url)));
const ana = { email: 'ana.lopez@example.org', name: 'Ana López' };
const why = (password: string, context = ana) => passwordProblem(password, context, common);

describe('passwordProblem(password, { email, name }, common passwords)', () => {
  it('reads the shipped list of 49,233 common passwords', () => {
    expect(common.size).toBe(49_233);
    expect(common.has('password')).toBe(true);
  });

  it('refuses the probe’s passwords: twelve spaces, password1234, 123456789012', () => {
    expect(why(' '.repeat(12))).toBe('is only spaces');
    expect(why('password1234')).toBe('is one of the most common passwords');
    expect(why('Password!2026')).toBe('is a common password with digits or symbols added');
    expect(why('123456789012')).toBe(
      'is a run of consecutive characters (like 123456789012 or abcdefghijkl)',
    );
  });

  it('refuses one character repeated, a short pattern repeated, runs and keyboard rows', () => {
    expect(why('aaaaaaaaaaaa')).toBe('is one character repeated');
    expect(why('!!!!!!!!!!!!!!')).toBe('is one character repeated');
    expect(why('abcabcabcabc')).toBe('repeats a short pattern');
    expect(why('12121212121212')).toBe('repeats a short pattern');
    expect(why('abcdefghijkl')).toMatch(/run of consecutive/);
    expect(why('LKJIHGFEDCBA')).toMatch(/run of consecutive/);
    expect(why('210987654321')).toMatch(/run of consecutive/);
    expect(why('qwertyuiopas')).toBe('is a row of keyboard keys (like qwertyuiopas)');
    expect(why('mnbvcxzlkjhg')).toBe('is a row of keyboard keys (like qwertyuiopas)');
  });

  it('refuses the e-mail, its local part and the name, alone or with digits and symbols around', () => {
    expect(why('ana.lopez@example.org')).toBe('contains your e-mail address');
    expect(why('ana.lopez2026!')).toBe('is your e-mail or name (with digits or symbols around it)');
    expect(why('AnaLopez#2026')).toBe('is your e-mail or name (with digits or symbols around it)');
    expect(why('Ana López 2026!')).toBe('is your e-mail or name (with digits or symbols around it)');
    expect(why('polos12345678')).toBe('is the name of this service');
  });

  it('refuses common passwords, whatever the case, and with digits, symbols or spaces added', () => {
    expect(why('iloveyou1234')).toBe('is a common password with digits or symbols added');
    expect(why('Qwertyuiop!!')).toBe('is a common password with digits or symbols added');
    expect(why('1qaz2wsx3edc')).toBe('is one of the most common passwords');
    expect(why('2026 Sunshine 2026')).toBe('is a common password with digits or symbols added');
  });

  it('accepts passphrases and random strings, including ones that merely contain a name or a common word', () => {
    for (const ok of [
      'correct horse battery staple',
      'marta password 2026',
      'a long admin password 2026',
      'Ana rides 3 green bicycles',
      'x7#Lq9!vR2@m',
      '483920175634',
    ]) {
      expect(why(ok), ok).toBeUndefined();
    }
  });

  it('still says a short password is too short', () => {
    expect(why('short')).toBe('is too short: use at least 12 characters');
  });
});
