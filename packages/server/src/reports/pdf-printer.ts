/**
 * Prints report HTML to PDF in Chromium through playwright-core (decision 087): one browser,
 * launched on the first PDF and shared, at most `maxPages` pages rendering at once (the
 * others wait) and kept open for the next prints, closed with the app (server.ts). When Chromium cannot start, `print` throws
 * `PdfUnavailableError` (the routes answer 503) and the next PDF tries again.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { Semaphore } from './semaphore';

/** The flags e2e/harness.ts uses: no sandbox (containers), no GPU, no background traffic. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

export class PdfUnavailableError extends Error {
  constructor(cause: unknown) {
    super(
      `Chromium could not start: ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}`,
    );
    this.name = 'PdfUnavailableError';
  }
}

export interface PdfPrinterOptions {
  /** __Default:__ `CHROMIUM_PATH`, else /usr/bin/chromium. */
  executablePath?: string;
  /** Pages rendering at once. __Default:__ 2. */
  maxPages?: number;
  /** Prints waiting for a page; more are refused (503 `pdf_busy`). __Default:__ 20. */
  maxWaiting?: number;
  /** Launch timeout in ms. __Default:__ 30 000. */
  launchTimeoutMs?: number;
  /** Idle pages are closed (their memory released) after this many ms without a print. __Default:__ 30 000. */
  idleMs?: number;
}

export interface PrintOptions {
  /** The footer of every page (HTML; Chromium fills `.pageNumber` and `.totalPages`). */
  footerTemplate: string;
}

export class PdfPrinter {
  readonly executablePath: string;
  private readonly slots: Semaphore;
  private readonly launchTimeoutMs: number;
  private browser: Promise<Browser> | undefined;
  private context: Promise<BrowserContext> | undefined;
  /** Pages kept open between prints: opening one costs a renderer process (≈ 0.5 s here). */
  private readonly idle: Page[] = [];
  private readonly idleMs: number;
  private idleTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(options: PdfPrinterOptions = {}) {
    this.executablePath = options.executablePath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
    this.slots = new Semaphore(options.maxPages ?? 2, options.maxWaiting ?? 20);
    this.launchTimeoutMs = options.launchTimeoutMs ?? 30_000;
    this.idleMs = options.idleMs ?? 30_000;
  }

  /** The shared browser, launched on first use (again after a failed launch or a crash). */
  private launch(): Promise<Browser> {
    if (this.closed) return Promise.reject(new PdfUnavailableError('the printer is closed'));
    if (!this.browser) {
      const launching = chromium
        .launch({ executablePath: this.executablePath, args: CHROMIUM_ARGS, timeout: this.launchTimeoutMs })
        .then((browser) => {
          browser.on('disconnected', () => {
            if (this.browser !== launching) return;
            this.browser = undefined;
            this.context = undefined;
            this.idle.length = 0;
          });
          return browser;
        })
        .catch((error: unknown) => {
          this.browser = undefined;
          throw new PdfUnavailableError(error);
        });
      this.browser = launching;
    }
    return this.browser;
  }

  /**
   * The PDF of a self-contained HTML document (A4, margins, the footer on every page). No
   * request leaves the page: every resource of a report is inline.
   * @example const pdf = await printer.print(report.html, { footerTemplate: footerTemplate(report) });
   */
  print(html: string, options: PrintOptions): Promise<Buffer> {
    return this.slots.run(async () => {
      const page = await this.takePage();
      try {
        await page.setContent(html, { waitUntil: 'load' });
        const pdf = await page.pdf({
          format: 'A4',
          printBackground: true,
          margin: { top: '18mm', bottom: '20mm', left: '15mm', right: '15mm' },
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: options.footerTemplate,
        });
        this.release(page);
        return pdf;
      } catch (error) {
        await page.close().catch(() => undefined);
        throw error;
      }
    });
  }

  /**
   * An open page of the shared context (JavaScript off, offline), reused from an earlier
   * print when one is idle: each print replaces the whole document, and without script or
   * network a report leaves nothing behind for the next one.
   */
  private async takePage(): Promise<Page> {
    const idle = this.idle.pop();
    if (idle && !idle.isClosed()) return idle;
    if (!this.context) {
      const opening = this.launch().then((browser) =>
        browser.newContext({ javaScriptEnabled: false, offline: true }),
      );
      opening.catch(() => {
        if (this.context === opening) this.context = undefined;
      });
      this.context = opening;
    }
    return (await this.context).newPage();
  }

  /**
   * Keeps `page` for the next print; once no print has come for `idleMs`, the idle pages are
   * closed, so a burst of reports runs on warm pages and a quiet server holds only the browser.
   */
  private release(page: Page): void {
    this.idle.push(page);
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      for (const idle of this.idle.splice(0)) void idle.close().catch(() => undefined);
    }, this.idleMs);
    this.idleTimer.unref();
  }

  /** Pages rendering, waiting and kept open now. */
  get load(): { active: number; waiting: number; idle: number } {
    return { ...this.slots.load, idle: this.idle.length };
  }

  /** Closes the browser (if it was launched); later prints are refused. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.idleTimer);
    const browser = await this.browser?.catch(() => undefined);
    this.browser = undefined;
    this.context = undefined;
    this.idle.length = 0;
    await browser?.close();
  }
}
