import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('loadConfig(env)', () => {
  it('defaults: port 8080 on 127.0.0.1, .polos in the current folder, seeding on, project data and web dist', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 8080, host: '127.0.0.1', seed: true, databaseUrl: undefined });
    expect(config.dataDir).toBe(resolve('.polos'));
    expect(config.dataPath).toBe(resolve(root, 'data'));
    expect(config.webDist).toBe(resolve(root, 'packages/web/dist'));
  });

  it('reads every variable; empty strings count as unset', () => {
    const config = loadConfig({
      PORT: '9000',
      HOST: '0.0.0.0',
      POLOS_DATA_DIR: '/tmp/polos-data',
      DATABASE_URL: 'postgres://u:p@localhost:5432/polos',
      POLOS_ADMIN_EMAIL: 'admin@example.org',
      POLOS_ADMIN_PASSWORD: 'a long admin password',
      POLOS_SEED: 'false',
      POLOS_WEB_DIST: '/srv/web',
      POLOS_DATA_PATH: '/srv/data',
      POLOS_LOG_LEVEL: '',
    });
    expect(config).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      dataDir: '/tmp/polos-data',
      databaseUrl: 'postgres://u:p@localhost:5432/polos',
      adminEmail: 'admin@example.org',
      seed: false,
      webDist: '/srv/web',
      dataPath: '/srv/data',
      logLevel: 'info',
    });
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', POLOS_SEED: 'maybe' })).toThrow(
      /PORT[\s\S]*DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL[\s\S]*POLOS_SEED/,
    );
  });

  it('refuses an admin e-mail without a password, and a short admin password', () => {
    expect(() => loadConfig({ POLOS_ADMIN_EMAIL: 'a@example.org' })).toThrow(/go together/);
    expect(() => loadConfig({ POLOS_ADMIN_EMAIL: 'a@example.org', POLOS_ADMIN_PASSWORD: 'short' })).toThrow(
      /POLOS_ADMIN_PASSWORD: use at least 12 characters/,
    );
  });

  it('sessions, tokens and trusted proxies: defaults 12 h idle, 7 days, tokens up to 365 days, no proxy', () => {
    expect(loadConfig({})).toMatchObject({
      sessionIdleHours: 12,
      sessionMaxDays: 7,
      tokenMaxDays: 365,
      trustedProxies: [],
    });
    expect(
      loadConfig({
        POLOS_TRUSTED_PROXIES: ' 127.0.0.1, 10.0.0.0/8 ,fd00::/8',
        POLOS_SESSION_IDLE_HOURS: '0.5',
        POLOS_SESSION_MAX_DAYS: '1',
        POLOS_TOKEN_MAX_DAYS: '30',
      }),
    ).toMatchObject({
      trustedProxies: ['127.0.0.1', '10.0.0.0/8', 'fd00::/8'],
      sessionIdleHours: 0.5,
      sessionMaxDays: 1,
      tokenMaxDays: 30,
    });
    expect(() => loadConfig({ POLOS_TRUSTED_PROXIES: '127.0.0.1,proxy.internal' })).toThrow(
      /POLOS_TRUSTED_PROXIES: "proxy.internal" is not an IP address or CIDR range/,
    );
    expect(() => loadConfig({ POLOS_SESSION_IDLE_HOURS: '0' })).toThrow(/POLOS_SESSION_IDLE_HOURS/);
  });
});
