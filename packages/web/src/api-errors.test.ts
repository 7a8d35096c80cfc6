import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiRequestError } from './api-client';
import { describeError, errorMessage, knownErrorCodes } from './api-errors';

const read = (lang: string) =>
  JSON.parse(readFileSync(new URL(`./i18n/features/errors.${lang}.json`, import.meta.url), 'utf8')) as {
    code: Record<string, string>;
  };
const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: 'es',
    fallbackLng: 'en',
    resources: Object.fromEntries(['en', 'es', 'pt'].map((l) => [l, { translation: { errors: read(l) } }])),
    interpolation: { escapeValue: false },
  });
});
const apiError = (
  status: number,
  code: string,
  message: string,
  fields?: {
    path: string;
    message: string;
    rule?: { kind: 'too_long' | 'too_short' | 'required'; limit?: number };
  }[],
) => new ApiRequestError(status, { error: { status, code, message, ...(fields ? { fields } : {}) } });

describe('API errors in the user’s language', () => {
  it('says the rule a field broke, with its limit, in the user’s language', () => {
    const error = apiError(400, 'invalid_input', 'invalid input', [
      {
        path: 'query.q',
        message: 'Too big: expected string to have <=200 characters',
        rule: { kind: 'too_long', limit: 200 },
      },
      { path: 'password', message: 'the password is too short', rule: { kind: 'too_short', limit: 12 } },
      {
        path: 'name',
        message: 'Invalid input: expected string, received undefined',
        rule: { kind: 'required' },
      },
    ]);
    expect(describeError(i18n.getFixedT('es'), error).fields).toEqual([
      '«búsqueda» admite como máximo 200 caracteres',
      '«contraseña» necesita al menos 12 caracteres',
      '«nombre» es obligatorio',
    ]);
    expect(describeError(i18n.getFixedT('en'), error).fields[1]).toBe(
      '“password” needs at least 12 characters',
    );
  });

  it('has a text for every code of docs/api.md in every language', () => {
    const documented = readFileSync(new URL('../../../docs/api.md', import.meta.url), 'utf8');
    for (const code of knownErrorCodes.filter((c) => c !== 'bad_request'))
      expect(documented, code).toContain(`\`${code}\``);
    for (const lang of ['en', 'es', 'pt'])
      expect(Object.keys(read(lang).code).sort(), lang).toEqual([...knownErrorCodes].sort());
  });

  it('translates a known code and names each bad field; the English message is not shown', () => {
    const t = i18n.getFixedT('es');
    const error = apiError(400, 'invalid_input', 'invalid input', [
      { path: 'query.lang', message: 'Invalid option: expected one of "en"|"es"|"pt"' },
      { path: 'keyFigures.0.currency', message: 'use an ISO 4217 code' },
    ]);
    expect(describeError(t, error)).toEqual({
      text: 'Algunos valores no son válidos',
      fields: ['revise «idioma»', 'revise «moneda»'],
      detail: undefined,
    });
    expect(errorMessage(t, error)).toBe('Algunos valores no son válidos; revise «idioma»; revise «moneda»');
    expect(errorMessage(i18n.getFixedT('pt'), apiError(404, 'not_found', 'no cluster with id "x"'))).toBe(
      'Não existe ou não é público',
    );
  });

  it('keeps the server’s message as a detail for an unknown code, and says when the network fails', () => {
    const t = i18n.getFixedT('pt');
    expect(errorMessage(t, apiError(418, 'teapot', 'I am a teapot'))).toBe(
      'O servidor respondeu com um erro (HTTP 418) (servidor: I am a teapot)',
    );
    expect(errorMessage(t, new TypeError('Failed to fetch'))).toBe(
      'Não foi possível conectar ao servidor; verifique sua conexão',
    );
    expect(errorMessage(i18n.getFixedT('en'), new ApiRequestError(502, undefined))).toBe(
      'The server answered with an error (HTTP 502)',
    );
  });
});
