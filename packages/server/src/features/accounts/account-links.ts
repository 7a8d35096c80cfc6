/**
 * Account links on the server side (decision 104): how long each kind works, the secret
 * and its hash, and the reading of a link from a request.
 */
import type { AccountLinkPurpose, LinkSecret } from '@polos/store';
import { z } from 'zod';
import { randomToken, sha256 } from '../../auth/authenticate';
import { ApiError } from '../../errors';

const HOUR_MS = 3_600_000;
/** How long a link works: an invitation a week, a reset an hour (OWASP Forgot Password Cheat Sheet), an e-mail change a day. */
export const LINK_LIFETIME_MS: Record<AccountLinkPurpose, number> = {
  invitation: 7 * 24 * HOUR_MS,
  password_reset: HOUR_MS,
  email_change: 24 * HOUR_MS,
};

/** A new link's secret (for the e-mail) and hash (for the database). */
export function newLinkSecret(purpose: AccountLinkPurpose, now = new Date()): LinkSecret {
  const token = randomToken();
  return { token, tokenHash: sha256(token), expiresAt: new Date(now.getTime() + LINK_LIFETIME_MS[purpose]) };
}

export const linkTokenSchema = z.string().min(20).max(200).describe('The secret after `#` in the link.');

/** Unknown, used, expired or of a deactivated account: one answer for all, no more said. */
export const invalidLink = () =>
  new ApiError(404, 'link_invalid', 'this link is invalid, already used or expired');
