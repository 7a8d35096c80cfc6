/**
 * End-to-end harness: starts the REAL built platform (`polos serve`) on a free port
 * with a fresh data folder, and Debian's Chromium through playwright-core.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startTestSmtp } from '../packages/server/test/smtp-fixture';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const screenshots = join(root, 'e2e', 'screenshots');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface Platform {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export async function startPlatform(env: Record<string, string> = {}): Promise<Platform> {
  const cli = join(root, 'packages/cli/dist/polos.mjs');
  if (!existsSync(cli)) throw new Error('the platform is not built: run `npm run build` first');
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'polos-e2e-'));
  const log: string[] = [];
  const child: ChildProcess = spawn(process.execPath, [join(root, 'packages/cli/bin/polos.mjs'), 'serve'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      POLOS_DATA_DIR: dataDir,
      POLOS_LOG_LEVEL: 'warn',
      // Each story's platform computes the map spaces it opens, not every dataset at start.
      POLOS_MAP_WARMUP: 'off',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => log.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => log.push(d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`polos serve exited (${child.exitCode}):\n${log.join('')}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline)
      throw new Error(`polos serve did not answer /api/health in 60 s:\n${log.join('')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    dataDir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}

/** Content-Security-Policy violations that Chromium reported in any page of this file's stories. */
export const cspViolations: string[] = [];

/**
 * A browser context in one language, at desktop or phone width. Every page of it reports
 * Content-Security-Policy violations (Chromium logs them to the console) into
 * `cspViolations`; storySetup fails the file when there is any.
 */
export async function newContext(browser: Browser, locale: string, width = 1280): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale,
    viewport: { width, height: width < 600 ? 844 : 900 },
    deviceScaleFactor: 1,
  });
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  return context;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}

/**
 * Unfolds a `<details>` form: clicks its summary until it is open. One click is not enough
 * when the page still moves (a chart or the statistics load above it and the click lands
 * elsewhere), which made CI fail once on a loaded machine.
 */
export async function unfold(details: Locator): Promise<void> {
  await expect
    .poll(
      async () => {
        if (await details.evaluate((d) => (d as HTMLDetailsElement).open)) return true;
        await details.locator('summary').first().click();
        return details.evaluate((d) => (d as HTMLDetailsElement).open);
      },
      { timeout: 30_000, interval: 500 },
    )
    .toBe(true);
}

/** Runs axe-core in the page; returns the serious and critical violations. */
export async function accessibilityViolations(
  page: Page,
): Promise<Array<{ id: string; impact: string; nodes: number; first: string[] }>> {
  const source = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, not as an inline <script>: the page's
  // Content-Security-Policy (script-src 'self') would rightly refuse that.
  await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(): Promise<{
            violations: Array<{
              id: string;
              impact: string;
              nodes: Array<{ target: unknown[]; html: string }>;
            }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run();
    // The first nodes of each, so a failing story says where to look.
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.length,
      first: v.nodes.slice(0, 3).map((n) => `${String(n.target[0])}: ${n.html.slice(0, 120)}`),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * For a story file: the real platform and a browser, started before its tests and stopped
 * after. Read `story.platform` and `story.browser` inside the tests.
 */
export function storySetup(env: Record<string, string> = {}): {
  readonly platform: Platform;
  readonly browser: Browser;
} {
  let platform: Platform | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    platform = await startPlatform(env);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
    if (cspViolations.length) {
      throw new Error(`Content-Security-Policy violations:\n${cspViolations.join('\n')}`);
    }
  });
  return {
    get platform() {
      if (!platform) throw new Error('the platform is not started (use storySetup() at the top of the file)');
      return platform;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not started (use storySetup() at the top of the file)');
      return browser;
    },
  };
}

/**
 * Creates a user through the API as the administrator the platform was started with
 * (POLOS_ADMIN_EMAIL / POLOS_ADMIN_PASSWORD), then signs the administrator out again.
 */
export async function createUserAsAdmin(
  page: Page,
  url: string,
  admin: { email: string; password: string },
  user: { email: string; password: string; name: string; role: string; grants?: string[] },
): Promise<void> {
  const login = await page.request.post(`${url}/api/auth/login`, { data: admin });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const res = await page.request.post(`${url}/api/users`, {
    headers: { 'x-csrf-token': csrfToken },
    data: { grants: [], ...user },
  });
  if (res.status() !== 201) throw new Error(`creating ${user.email}: ${res.status()} ${await res.text()}`);
  await page.request.post(`${url}/api/auth/logout`, { headers: { 'x-csrf-token': csrfToken } });
}

/**
 * storySetup whose platform sends e-mail to a real SMTP server on 127.0.0.1 (kept in
 * `smtp.received`), closed after the file's tests.
 */
export async function storyWithSmtp(env: Record<string, string> = {}) {
  const smtp = await startTestSmtp();
  const story = storySetup({
    ...env,
    POLOS_SMTP_URL: `smtp://${smtp.settings.smtp!.host}:${smtp.settings.smtp!.port}`,
    POLOS_MAIL_FROM: 'polos <polos@polos.test>',
  });
  afterAll(() => smtp.close());
  return { story, smtp };
}
