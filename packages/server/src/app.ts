/**
 * The polos HTTP application (Hono). Request flow:
 *   1. request id + one log line per request (pino; no secrets)
 *   2. body size limit (10 MB), and no NUL or lone surrogate in path, query or JSON body
 *   3. authenticate: session cookie or API token; CSRF on cookie writes
 *   4. routes under /api (src/features/<feature>), validated at the boundary by the core zod schemas
 *   5. the web app for every other GET
 * Every error leaves as `{ error: { status, code, message, fields? } }`.
 */
import { randomUUID } from 'node:crypto';
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { ConflictError, NotFoundError } from '@polos/store';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { pino, type Logger } from 'pino';
import { z } from 'zod';
import { authenticate } from './auth/authenticate';
import { authSettings } from './auth/auth-settings';
import { publicReadCache } from './caching/public-read-cache';
import type { SignInThrottle } from './auth/sign-in-throttle';
import { StoreSignInThrottle } from './auth/store-sign-in-throttle';
import { defaultDataPath, type ServerConfig } from './config';
import type { AppDeps, AppEnv, JobDispatch, MailDispatch } from './context';
import { ApiError, errorBody, errorBodySchema, fieldsFromZod } from './errors';
import { registerAccounts } from './features/accounts';
import { registerBoundaryRoutes } from './features/boundaries';
import { registerClusterPartRoutes, registerClusterRoutes } from './features/clusters';
import { registerDiagnosis } from './features/diagnosis';
import { registerMap } from './features/map';
import { registerMethodRoutes } from './features/methods';
import { registerAgreementRoutes } from './features/agreements';
import { registerPartnerSearches } from './features/partner-searches';
import { registerProgrammes } from './features/programmes';
import {
  registerMyOrganisationRoutes,
  registerOrganisationAdminRoutes,
  registerOrganisationMatchRoutes,
  registerOrganisationPublicationRoutes,
  registerOrganisationRoutes,
} from './features/organisations';
import { registerEvents } from './features/events';
import { registerNotifications } from './features/notifications';
import { registerFunding } from './features/funding';
import { registerPlans } from './features/plans';
import { registerServices } from './features/services';
import { SurveyThrottle } from './features/services/survey-throttle';
import { registerExcellence } from './features/excellence';
import { registerReports } from './features/reports';
import { registerJobRoutes } from './features/jobs';
import { registerRis3 } from './features/ris3';
import { PdfPrinter } from './reports/pdf-printer';
import { spaceCache } from './features/map/dataset-spaces';
import { mailDelivery } from './mail/mailer';
import type { SpaceCache } from './features/map/industry-space';
import { json } from './openapi/responses';
import { checkBodyText, rejectUnsafeText } from './request-text';
import { serveWebApp } from './static-web';

export const VERSION = '0.1.0';

/**
 * One Content-Security-Policy for every response (docs/security.md, decision 064).
 * Beyond `default-src 'self'`: inline styles (Observable Plot writes a `<style>` into each
 * chart, React and d3 set `style` attributes), `data:` images (the favicon) and `blob:`
 * images (a chart's SVG is drawn into an image to make its PNG download). No script
 * other than our own files; no plugins; no framing by anyone.
 */
const cspDirectives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  workerSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** The header's value, as the secure-headers middleware writes it. */
export const CONTENT_SECURITY_POLICY = Object.entries(cspDirectives)
  .map(([name, values]) => `${name.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`)} ${values.join(' ')}`)
  .join('; ');

export interface CreateAppOptions {
  /** The primary database: every write, sign-in and session, and every read without `readStore`. */
  store: AppDeps['store'];
  /**
   * A store on a read replica (DATABASE_READ_URL; decision 109): GET and HEAD handlers read
   * through it. __Default:__ none, everything on `store`.
   */
  readStore?: AppDeps['store'];
  config: Pick<ServerConfig, 'webDist'> & Partial<ServerConfig>;
  logger?: Logger;
  /** __Default:__ a StoreSignInThrottle (shared by every instance on the database) with its default limits. */
  signInThrottle?: SignInThrottle;
  /**
   * Prints the PDF reports; whoever passes it closes it (startServer does, with the server).
   * __Default:__ a PdfPrinter of its own (Chromium starts only for a first PDF).
   */
  pdf?: PdfPrinter;
  /** __Default:__ a cache of the map studio's spaces kept on disk under `config.dataDir` when set. */
  spaces?: SpaceCache;
  /** The running mail worker (startServer passes it). __Default:__ the configured delivery, no worker. */
  mail?: MailDispatch;
  /** The running job worker (startServer passes it). __Default:__ no worker (jobs wait in the queue). */
  jobs?: JobDispatch;
}

export function createApp(options: CreateAppOptions) {
  const deps: AppDeps = {
    store: options.store,
    config: { ...options.config, dataPath: options.config.dataPath ?? defaultDataPath() },
    logger: options.logger ?? pino({ level: 'silent' }),
    signInThrottle: options.signInThrottle ?? new StoreSignInThrottle(options.store),
    surveyThrottle: new SurveyThrottle(options.store),
    auth: authSettings(options.config),
    version: VERSION,
    pdf: options.pdf ?? new PdfPrinter(),
    spaces: options.spaces ?? spaceCache(options.config),
    mail: options.mail ?? { delivery: mailDelivery(options.config.mail), wake() {} },
    jobs: options.jobs ?? { wake() {} },
  };

  const app = new OpenAPIHono<AppEnv>({
    // Validation failures of params, query or body: 400 with one entry per field.
    defaultHook: (result) => {
      // The body as sent (on failure) or as parsed: unsafe text is named first.
      if (result.target === 'json') checkBodyText((result as { data?: unknown }).data);
      if (!result.success) {
        const where = result.target === 'json' ? undefined : result.target;
        throw new ApiError(
          400,
          'invalid_input',
          'invalid input',
          fieldsFromZod(result.error as z.ZodError, where),
        );
      }
    },
  });

  app.use('*', async (c, next) => {
    c.set('deps', deps);
    const requestId = randomUUID();
    c.set('requestId', requestId);
    const started = performance.now();
    // Set before the response is built: a header set on a finished response makes Hono
    // rebuild it, and under @hono/node-server that rebuild dropped the secure headers.
    c.header('X-Request-Id', requestId);
    await next();
    // One line per request. Only method, path (no query string: it may carry search
    // terms), status, duration and user id; never headers or bodies (passwords, tokens).
    deps.logger.info(
      {
        id: requestId,
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
        user: c.get('user')?.id ?? null,
      },
      'request',
    );
  });
  app.use(
    '*',
    secureHeaders({
      crossOriginEmbedderPolicy: false,
      xFrameOptions: 'DENY',
      contentSecurityPolicy: cspDirectives,
    }),
  );
  const defaultLimit = bodyLimit({
    maxSize: 10 * 1024 * 1024,
    onError: () => {
      throw new ApiError(413, 'too_large', 'the request body is larger than 10 MB');
    },
  });
  // Statistical uploads stream to a file and count their own bytes (MAX_UPLOAD_BYTES):
  // bodyLimit would hold a chunked body in memory.
  app.use('/api/*', (c, next) =>
    c.req.method === 'POST' && c.req.path === '/api/map/datasets' ? next() : defaultLimit(c, next),
  );
  // NUL, lone surrogates and malformed percent-encoding in path, query or JSON body → 400.
  app.use('*', rejectUnsafeText);
  app.use('/api/*', authenticate);
  // Reads go to the replica once the session is known (its touch is a write, on the primary).
  const { readStore } = options;
  if (readStore) {
    const readDeps: AppDeps = { ...deps, store: readStore };
    app.use('/api/*', async (c, next) => {
      if (c.req.method === 'GET' || c.req.method === 'HEAD') c.set('deps', readDeps);
      await next();
    });
  }
  // Anonymous public reads: ETag, 304 and answers kept per data version (decision 108) — the
  // version of the database the reads come from (the replica's, when there is one).
  const versionStore = readStore ?? deps.store;
  app.use('/api/*', publicReadCache({ readVersion: () => versionStore.dataVersion(), appVersion: VERSION }));

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/health',
      tags: ['meta'],
      summary: 'Health check',
      responses: {
        200: json(
          z
            .object({
              status: z.literal('ok'),
              database: z.enum(['pglite', 'postgres']),
              version: z.string(),
            })
            .meta({ id: 'Health' }),
          'The platform is up and its database answers',
        ),
        503: {
          description: 'The database does not answer',
          content: { 'application/json': { schema: errorBodySchema } },
        },
      },
    }),
    async (c) => {
      try {
        await deps.store.countUsers();
      } catch (error) {
        deps.logger.error({ err: error, id: c.get('requestId') }, 'health: the database does not answer');
        throw new ApiError(503, 'unavailable', 'the database does not answer');
      }
      return c.json({ status: 'ok' as const, database: deps.store.kind, version: VERSION }, 200);
    },
  );

  // One entry point per feature (src/features/<feature>), registered on this app rather
  // than mounted as sub-apps with app.route(): a sub-app would need its own copy of the
  // defaultHook above, and the order below is the order of the OpenAPI document (decision 071).
  registerClusterRoutes(app);
  registerOrganisationRoutes(app);
  registerOrganisationAdminRoutes(app);
  registerOrganisationPublicationRoutes(app);
  registerOrganisationMatchRoutes(app);
  registerMyOrganisationRoutes(app);
  registerAccounts(app);
  registerDiagnosis(app);
  registerBoundaryRoutes(app);
  registerClusterPartRoutes(app);
  registerMap(app);
  registerMethodRoutes(app);
  registerPartnerSearches(app);
  registerAgreementRoutes(app);
  registerProgrammes(app);
  registerEvents(app);
  registerNotifications(app);
  registerFunding(app);
  registerPlans(app);
  registerServices(app);
  registerExcellence(app);
  registerRis3(app);
  registerReports(app);
  registerJobRoutes(app);

  app.openAPIRegistry.registerComponent('securitySchemes', 'cookieAuth', {
    type: 'apiKey',
    in: 'cookie',
    name: 'polos_session',
    description: 'Session cookie from POST /api/auth/login; writes also need the X-CSRF-Token header.',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'API token from POST /api/auth/tokens.',
  });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'polos API',
      version: VERSION,
      description:
        'Open cluster observatory and collaboration platform. Errors: `{ "error": { "status", "code", "message", "fields"? } }`.',
    },
  });

  app.all('/api/*', () => {
    throw new ApiError(404, 'not_found', 'no such API endpoint; see /api/openapi.json');
  });
  app.use('*', serveWebApp(deps.config.webDist));

  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(errorBody(error), error.status);
    // The store's domain errors, mapped once for every route.
    if (error instanceof ConflictError)
      return c.json(errorBody(new ApiError(409, 'conflict', error.message)), 409);
    if (error instanceof NotFoundError)
      return c.json(errorBody(new ApiError(404, 'not_found', error.message)), 404);
    const status = (error as { status?: unknown }).status;
    // Hono's own client errors (HTTPException): malformed JSON, wrong media type.
    if (/JSON/i.test(error.message) && (error instanceof SyntaxError || status === 400)) {
      const invalid = new ApiError(400, 'invalid_json', 'the body is not valid JSON', [
        { path: '(body)', message: error.message },
      ]);
      return c.json(errorBody(invalid), 400);
    }
    if (status === 415) {
      const unsupported = new ApiError(415, 'unsupported_media_type', 'send the body as application/json');
      return c.json(errorBody(unsupported), 415);
    }
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return c.json(errorBody(new ApiError(400, 'bad_request', error.message)), 400);
    }
    // Anything else is our bug: log it whole, answer without internals.
    deps.logger.error(
      { err: error, id: c.get('requestId'), method: c.req.method, path: c.req.path },
      'unhandled error',
    );
    return c.json(errorBody(new ApiError(500, 'internal', 'internal error; it has been logged')), 500);
  });

  return app;
}

export type PolosApp = ReturnType<typeof createApp>;
