/**
 * Map studio, industry view (docs/api.md): the datasets (bundled, and uploaded by
 * analysts), the space of one dataset and year (regions with ECI, industries with PCI,
 * the backbone of the proximity network), one industry across regions (value, LQ,
 * presence, density — the choropleth) and one region (specialisations, diversification
 * opportunities). Uploads: a long CSV (or CSV.gz) checked by the statistical reader and
 * stored whole, or refused whole with every problem named (file, line, column).
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { permissions } from '@polos/core/permissions';
import { ImportValidationError, readStatisticalTable } from '@polos/store';
import { z } from 'zod';
import { actorOf, type AppEnv } from '../context';
import { ApiError, forbidden, notFound } from '../errors';
import { GEOGRAPHIES, BOUNDARIES, gazetteer } from '../map/geographies';
import {
  BUNDLED,
  SpaceCache,
  regionProfile,
  spaceLang,
  uploadedEntry,
  type DatasetEntry,
  type IndustrySpace,
} from '../map/industry-space';
import { requireUser } from './clusters.routes';
import { errorResponses, json, secured } from './responses';

/** Largest upload, in bytes (CSV or gzip as sent), unless POLOS_MAX_UPLOAD_MB says otherwise. */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;
/** Largest matrix an upload may make (regions × industries). */
export const MAX_UPLOAD_CELLS = 10_000_000;

const finite = (v: number) => (Number.isFinite(v) ? v : null);

const datasetSchema = z
  .object({
    id: z.string(),
    kind: z
      .enum(['clusters', 'industries'])
      .describe('clusters: GET /api/map/us-states/clusters; industries: …/space'),
    label: z.string(),
    source: z.string(),
    geography: z.enum(GEOGRAPHIES),
    boundary: z.string().describe('GET /api/boundaries/{boundary} draws it.'),
    boundaryObject: z.string().nullable().describe('TopoJSON object with the shapes (null: GeoJSON).'),
    unit: z.string(),
    years: z.array(z.number().int()).describe('Empty for uploads (one table).'),
    uploaded: z
      .object({ by: z.string().nullable(), at: z.string(), file: z.string(), rows: z.number().int() })
      .nullable(),
  })
  .meta({ id: 'MapDataset' });

const spaceSchema = z
  .object({
    dataset: datasetSchema,
    year: z.number().int().nullable(),
    regions: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        feature: z.string().nullable().describe('Id of the boundary feature; null when not on the map.'),
        total: z.number(),
        diversity: z.number().int(),
        eci: z.number().nullable(),
      }),
    ),
    industries: z.array(
      z.object({
        code: z.string(),
        label: z.string(),
        group: z.string().nullable(),
        total: z.number(),
        ubiquity: z.number().int(),
        pci: z.number().nullable(),
      }),
    ),
    groups: z.array(z.object({ id: z.string(), label: z.string() })),
    edges: z
      .array(z.tuple([z.number().int(), z.number().int(), z.number()]))
      .describe(
        'Backbone of the proximity network: maximum spanning tree of φ + links with φ ≥ 0.55 (at most 2 per industry); [i, j, φ] index `industries`.',
      ),
    tree: z.number().int().describe('The first `tree` edges form the maximum spanning forest.'),
    notes: z
      .array(z.string())
      .describe('Warnings of the computation (regions or industries left out), in English.'),
  })
  .meta({ id: 'IndustrySpace' });

const industryViewSchema = z
  .object({
    code: z.string(),
    label: z.string(),
    pci: z.number().nullable(),
    value: z
      .array(z.number().nullable())
      .describe('Per region (order of the space’s `regions`); null = missing.'),
    lq: z.array(z.number().nullable()),
    present: z.array(z.number().int()).describe('1 when LQ ≥ 1.'),
    density: z.array(z.number().nullable()).describe('Relatedness density of the industry in each region.'),
  })
  .meta({ id: 'IndustryAcrossRegions' });

const regionViewSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    eci: z.number().nullable(),
    specialisations: z
      .array(z.object({ industry: z.number().int(), value: z.number(), lq: z.number() }))
      .describe(
        'Industries with LQ ≥ 1, highest LQ first (at most `limit`); `industry` indexes the space’s `industries`.',
      ),
    present: z.array(z.number().int()).describe('Every industry with LQ ≥ 1 (indices into `industries`).'),
    opportunities: z
      .array(
        z.object({
          industry: z.number().int(),
          density: z.number(),
          complexity: z.number(),
          score: z.number(),
        }),
      )
      .describe(
        'Industries the region lacks, ranked by z(density) + z(PCI) (core diversificationOpportunities).',
      ),
  })
  .meta({ id: 'RegionOpportunities' });

const uploadResultSchema = z
  .object({
    dataset: datasetSchema,
    rows: z.number().int(),
    regions: z.number().int(),
    industries: z.number().int(),
    matched: z.number().int().describe('Regions found on the chosen boundaries.'),
    unmatched: z
      .array(z.string())
      .describe('Region codes with no shape (at most 20 listed); kept in the measures.'),
    notes: z.array(z.string()),
  })
  .meta({ id: 'MapUploadResult' });

const yearQuery = z.coerce
  .number()
  .int()
  .optional()
  .describe('A year the dataset has; __Default:__ its last.');
const langQuery = z.enum(['en', 'es', 'pt']).optional().describe('Language of names (regions, products).');
const datasetParam = z.object({ id: z.string().max(80) });

export function registerMapSpaceRoutes(app: OpenAPIHono<AppEnv>): void {
  let spaces: SpaceCache | undefined;

  /** The dataset entry, if the caller may see it (uploads: signed-in users). */
  async function entryOf(c: Context<AppEnv>, id: string): Promise<DatasetEntry> {
    const bundled = BUNDLED.find((d) => d.id === id);
    if (bundled) return bundled;
    if (permissions.readPrivate(c.get('user'))) {
      const d = await c.get('deps').store.getMapDatasetInfo(id);
      if (d) return uploadedEntry(d);
    }
    throw notFound('map dataset', id);
  }

  async function spaceOf(c: Context<AppEnv>, id: string, year: number | undefined): Promise<IndustrySpace> {
    const entry = await entryOf(c, id);
    if (entry.kind !== 'industries')
      throw new ApiError(400, 'bad_request', `dataset ${id} is of clusters: GET /api/map/${id}/clusters`);
    let y: number | null = null;
    if (entry.years.length) {
      y = year ?? entry.years.at(-1)!;
      if (!entry.years.includes(y))
        throw new ApiError(400, 'bad_request', `dataset ${id} has the years ${entry.years.join(', ')}`, [
          { path: 'year', message: `a year from ${entry.years.join(', ')}` },
        ]);
    }
    spaces ??= new SpaceCache(c.get('deps').config.dataPath);
    return spaces.get(entry, y, c.get('deps').store);
  }

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/map/datasets',
      tags: ['maps'],
      summary: 'Statistical datasets of the map studio (bundled; uploads for signed-in users)',
      responses: { 200: json(z.array(datasetSchema), 'The datasets') },
    }),
    async (c) => {
      const uploads = permissions.readPrivate(c.get('user'))
        ? (await c.get('deps').store.listMapDatasets()).map(uploadedEntry)
        : [];
      return c.json([...BUNDLED, ...uploads], 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/map/datasets/{id}/space',
      tags: ['maps'],
      summary: 'Regions (ECI), industries (PCI) and the proximity backbone of a dataset and year',
      request: { params: datasetParam, query: z.object({ year: yearQuery, lang: langQuery }) },
      responses: {
        200: json(spaceSchema, 'The space'),
        400: errorResponses[400],
        404: errorResponses[404],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { year, lang: l } = c.req.valid('query');
      const lang = spaceLang(l);
      const s = await spaceOf(c, id, year);
      const cls = s.classification;
      c.header('Cache-Control', s.entry.uploaded ? 'private, max-age=60' : 'public, max-age=3600');
      return c.json(
        {
          dataset: s.entry,
          year: s.year,
          regions: s.matrix.regions.map((code, r) => ({
            code,
            name: s.places[r]!.name[lang],
            feature: s.places[r]!.feature,
            total: s.regionTotal[r]!,
            diversity: s.diversity[r]!,
            eci: finite(s.eci[r]!),
          })),
          industries: s.matrix.industries.map((code, i) => ({
            code,
            label: cls?.label(code, lang) ?? code,
            group: cls?.group(code) ?? null,
            total: s.industryTotal[i]!,
            ubiquity: s.ubiquity[i]!,
            pci: finite(s.pci[i]!),
          })),
          groups: (cls?.groups ?? []).map((g) => ({ id: g.id, label: g.label[lang] })),
          edges: s.edges.map(
            ([i, j, phi]) => [i, j, Math.round(phi * 1e4) / 1e4] as [number, number, number],
          ),
          tree: s.tree,
          notes: s.notes,
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/map/datasets/{id}/industries/{code}',
      tags: ['maps'],
      summary:
        'One industry across the regions: value, LQ, presence and relatedness density (for the choropleth)',
      request: {
        params: datasetParam.extend({ code: z.string().max(40) }),
        query: z.object({ year: yearQuery, lang: langQuery }),
      },
      responses: {
        200: json(industryViewSchema, 'The industry'),
        400: errorResponses[400],
        404: errorResponses[404],
      },
    }),
    async (c) => {
      const { id, code } = c.req.valid('param');
      const { year, lang } = c.req.valid('query');
      const s = await spaceOf(c, id, year);
      const i = s.matrix.industries.indexOf(code);
      if (i < 0) throw notFound('industry', code);
      const P = s.matrix.industries.length;
      const column = <T>(a: ArrayLike<number>, f: (v: number) => T) =>
        s.matrix.regions.map((_, r) => f(a[r * P + i]!));
      return c.json(
        {
          code,
          label: s.classification?.label(code, spaceLang(lang)) ?? code,
          pci: finite(s.pci[i]!),
          value: column(s.matrix.values, finite),
          lq: column(s.lq, finite),
          present: column(s.present, (v) => v),
          density: column(s.density, finite),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/map/datasets/{id}/regions/{code}',
      tags: ['maps'],
      summary: 'One region: its specialisations and its diversification opportunities (density × complexity)',
      request: {
        params: datasetParam.extend({ code: z.string().max(40) }),
        query: z.object({
          year: yearQuery,
          lang: langQuery,
          limit: z.coerce.number().int().min(1).max(200).default(20),
        }),
      },
      responses: {
        200: json(regionViewSchema, 'The region'),
        400: errorResponses[400],
        404: errorResponses[404],
      },
    }),
    async (c) => {
      const { id, code } = c.req.valid('param');
      const { year, lang, limit } = c.req.valid('query');
      const s = await spaceOf(c, id, year);
      const r = s.matrix.regions.indexOf(code);
      if (r < 0) throw notFound('region', code);
      const profile = regionProfile(s, r, limit);
      return c.json(
        { code, name: s.places[r]!.name[spaceLang(lang)], eci: finite(s.eci[r]!), ...profile },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/map/datasets',
      tags: ['maps'],
      summary: 'Upload a statistical table (CSV or CSV.gz, all or nothing)',
      description:
        'Body: the file as sent (`text/csv`, `application/gzip` or `application/octet-stream`; gzip is recognised by its first bytes), at most 100 MB. ' +
        'Long format: one row per region × industry [× year], columns named by `region`, `industry`, `value` (and `year_column` with `year`). ' +
        'Missing or suppressed values (empty, D, S, N, X, NA, -, …) stay missing. Every problem is reported with file, line and column; nothing is stored unless the whole file is good. Admins and analysts.',
      security: secured,
      request: {
        query: z.object({
          name: z.string().trim().min(1).max(120).describe('Name shown in the studio.'),
          geography: z.enum(GEOGRAPHIES).describe('Boundaries the region codes name.'),
          region: z.string().min(1).max(100).describe('Column of region codes.'),
          industry: z.string().min(1).max(100).describe('Column of industry or product codes.'),
          value: z.string().min(1).max(100).describe('Column of values (employment, exports, …).'),
          year: z.string().max(10).optional().describe('Keep only this year (needs the year column).'),
          year_column: z.string().max(100).optional().describe('__Default:__ year.'),
          level: z.coerce
            .number()
            .int()
            .optional()
            .describe('Keep NAICS codes of exactly this many digits (2–6).'),
          unit: z.string().max(40).default(''),
          file: z.string().max(200).default('upload.csv').describe('File name used in the problems report.'),
        }),
        body: {
          required: true,
          content: {
            'text/csv': { schema: { type: 'string' } },
            'application/gzip': { schema: { type: 'string', format: 'binary' } },
            'application/octet-stream': { schema: { type: 'string', format: 'binary' } },
          },
        },
      },
      responses: {
        201: json(uploadResultSchema, 'Stored'),
        400: errorResponses[400],
        401: errorResponses[401],
        403: errorResponses[403],
        413: errorResponses[413],
      },
    }),
    async (c) => {
      const user = requireUser(c);
      if (!permissions.importStatistics(user)) throw forbidden('only admins and analysts upload datasets');
      const q = c.req.valid('query');
      const maxBytes = c.get('deps').config.maxUploadBytes ?? MAX_UPLOAD_BYTES;
      const tooLarge = () =>
        new ApiError(413, 'too_large', `the file is larger than ${+(maxBytes / 1024 / 1024).toFixed(3)} MB`);
      if (Number(c.req.header('content-length') ?? 0) > maxBytes) throw tooLarge();
      const body = c.req.raw.body;
      if (!body)
        throw new ApiError(400, 'bad_request', 'the request has no file', [
          { path: '(body)', message: 'send the file as the body' },
        ]);
      const fileName =
        q.file
          .replace(/^.*[\\/]/, '')
          .replace(/[^\w.-]+/g, '_')
          .slice(0, 120) || 'upload.csv';
      const dir = await mkdtemp(join(tmpdir(), 'polos-upload-'));
      try {
        // Stream the body to a file, counting bytes; the first two bytes tell gzip.
        let size = 0;
        let head: number[] = [];
        const raw = join(dir, 'raw');
        await pipeline(
          Readable.fromWeb(body as WebReadableStream<Uint8Array>),
          new Transform({
            transform(chunk: Buffer, _enc, done) {
              size += chunk.length;
              if (head.length < 2) head = [...head, ...chunk.subarray(0, 2 - head.length)];
              if (size > maxBytes) done(tooLarge());
              else done(null, chunk);
            },
          }),
          createWriteStream(raw),
        );
        if (size === 0)
          throw new ApiError(400, 'bad_request', 'the file is empty', [
            { path: '(body)', message: 'empty file' },
          ]);
        const gz = head[0] === 0x1f && head[1] === 0x8b;
        const named = join(
          dir,
          fileName.replace(/\.gz$/i, '').replace(/(\.csv)?$/i, '.csv') + (gz ? '.gz' : ''),
        );
        await rename(raw, named);
        const table = await readStatisticalTable(named, {
          region: q.region,
          industry: q.industry,
          value: q.value,
          ...(q.year !== undefined ? { year: q.year } : {}),
          ...(q.year_column ? { yearColumn: q.year_column } : {}),
          ...(q.level !== undefined ? { level: q.level } : {}),
        });
        const m = table.matrix;
        const refuse = (path: string, message: string): never => {
          throw new ApiError(400, 'invalid_import', `${message}; nothing was stored`, [{ path, message }]);
        };
        if (table.years.length > 1)
          refuse(
            'year',
            `the file holds ${table.years.length} years (${table.years.slice(0, 6).join(', ')}…): choose one`,
          );
        if (m.regions.length < 2)
          refuse('region', `${m.regions.length} region(s) in ${fileName}: at least 2 are needed`);
        if (m.industries.length < 2)
          refuse('industry', `${m.industries.length} industry(ies) in ${fileName}: at least 2 are needed`);
        if (m.values.length > MAX_UPLOAD_CELLS)
          refuse(
            '(body)',
            `${m.regions.length} regions × ${m.industries.length} industries is more than ${MAX_UPLOAD_CELLS.toLocaleString('en')} cells`,
          );
        if (!m.values.some((v) => v > 0)) refuse('value', `no positive value in column "${q.value}"`);
        const places = await gazetteer(c.get('deps').config.dataPath, q.geography);
        const unmatched = m.regions.filter((code) => places.match(code).feature === null);
        if (unmatched.length === m.regions.length)
          refuse(
            'geography',
            `none of the ${m.regions.length} region codes (${m.regions.slice(0, 3).join(', ')}, …) is on the ${q.geography} map — expected codes like ${BOUNDARIES[q.geography].example}`,
          );
        const info = await c.get('deps').store.createMapDataset(
          {
            name: q.name,
            geography: q.geography,
            unit: q.unit,
            sourceFile: fileName,
            rows: table.rows,
            regions: m.regions,
            industries: m.industries,
            values: m.values,
          },
          actorOf(user),
        );
        return c.json(
          {
            dataset: uploadedEntry(info),
            rows: table.rows,
            regions: m.regions.length,
            industries: m.industries.length,
            matched: m.regions.length - unmatched.length,
            unmatched: unmatched.slice(0, 20),
            notes: table.notes,
          },
          201,
        );
      } catch (error) {
        if (error instanceof ImportValidationError) {
          throw new ApiError(
            400,
            'invalid_import',
            `${error.issues.length} problem(s) in ${fileName}; nothing was stored`,
            error.issues.map((i) => ({ path: `line ${i.row}.${i.field}`, message: i.message })),
            { issues: error.issues },
          );
        }
        throw error;
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/map/datasets/{id}',
      tags: ['maps'],
      summary: 'Delete an uploaded dataset (admins, or the analyst who uploaded it)',
      security: secured,
      request: { params: datasetParam },
      responses: {
        204: { description: 'Deleted' },
        401: errorResponses[401],
        403: errorResponses[403],
        404: errorResponses[404],
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const { id } = c.req.valid('param');
      const d = await c.get('deps').store.getMapDatasetInfo(id);
      if (!d) throw notFound('map dataset', id);
      if (!permissions.deleteStatistics(user, d.createdBy))
        throw forbidden('only admins and the analyst who uploaded it delete a dataset');
      await c.get('deps').store.deleteMapDataset(id, actorOf(user));
      spaces?.forget(id);
      return c.body(null, 204);
    },
  );
}
