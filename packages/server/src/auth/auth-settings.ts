/**
 * How long sessions and API tokens live, and which proxies are believed (decision 063,
 * docs/configuration.md). Built once from the configuration; defaults for what it leaves out.
 */
import type { ServerConfig } from '../config';
import { trustedProxies, type TrustedProxies } from './client-address';

/** __Default__ idle timeout: a session unused for 12 hours ends. */
export const SESSION_IDLE_HOURS = 12;
/** __Default__ absolute lifetime of a session: 7 days after sign-in (was 14). */
export const SESSION_MAX_DAYS = 7;
/** Lifetime of an API token when its creator does not choose one. */
export const TOKEN_DEFAULT_DAYS = 90;
/** __Default__ longest lifetime a token may ask for. */
export const TOKEN_MAX_DAYS = 365;
/** How often the server deletes expired and idle sessions (besides at each sign-in). */
export const SESSION_PURGE_EVERY_MS = 60 * 60_000;

export interface AuthSettings {
  sessionIdleMs: number;
  sessionMaxMs: number;
  tokenDefaultDays: number;
  tokenMaxDays: number;
  trustedProxies: TrustedProxies;
}

export function authSettings(
  config: Partial<
    Pick<ServerConfig, 'sessionIdleHours' | 'sessionMaxDays' | 'tokenMaxDays' | 'trustedProxies'>
  >,
): AuthSettings {
  const tokenMaxDays = config.tokenMaxDays ?? TOKEN_MAX_DAYS;
  return {
    sessionIdleMs: (config.sessionIdleHours ?? SESSION_IDLE_HOURS) * 3_600_000,
    sessionMaxMs: (config.sessionMaxDays ?? SESSION_MAX_DAYS) * 86_400_000,
    tokenDefaultDays: Math.min(TOKEN_DEFAULT_DAYS, tokenMaxDays),
    tokenMaxDays,
    trustedProxies: trustedProxies(config.trustedProxies ?? []),
  };
}
