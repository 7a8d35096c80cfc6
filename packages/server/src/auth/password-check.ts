/** The 400 answer for a password the policy refuses (password-policy.ts), for every route that sets one. */
import { ApiError, type FieldRule } from '../errors';
import { commonPasswords, MIN_PASSWORD_LENGTH, passwordProblem } from './password-policy';

/** @throws ApiError 400 on `field`, saying which rule the password broke. */
export function assertPasswordAllowed(
  password: string,
  context: { email?: string; name?: string },
  dataPath: string,
  field = 'password',
): void {
  const weak = passwordProblem(password, context, commonPasswords(dataPath));
  if (!weak) return;
  throw new ApiError(400, 'invalid_input', 'invalid input', [
    {
      path: field,
      message: `the password ${weak}`,
      rule: (weak.startsWith('is too short')
        ? { kind: 'too_short', limit: MIN_PASSWORD_LENGTH }
        : { kind: 'weak_password' }) satisfies FieldRule,
    },
  ]);
}
