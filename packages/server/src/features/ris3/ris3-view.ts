/**
 * GET /api/ris3/{id}: a strategy with each priority checked against its region's row of the
 * dataset's industry space (core ris3 checks; `datasetSpace`, the dataset's last year unless
 * `year`), the candidates (strong clusters, diversification opportunities) and each
 * indicator's monitoring (the plans' status bands). Without the space (a dataset no longer
 * there or not readable by the caller, a region the dataset lacks) the checks are null and a
 * note says why; the monitoring does not depend on it.
 */
import {
  candidates,
  checkPriority,
  monitorIndicator,
  ris3IndicatorSchema,
  ris3PrioritySchema,
  ris3StrategySchema,
  shownThresholds,
  type Ris3Strategy,
} from '@polos/core/ris3';
import { dataNote, noteText } from '@polos/core/data-notes';
import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { ApiError } from '../../errors';
import { datasetSpace } from '../map/dataset-spaces';
import { spaceLang, type IndustrySpace } from '../map/industry-space';

const quadrantSchema = z
  .enum(['ideal', 'low_risk_low_reward', 'high_risk_high_reward', 'least_desirable'])
  .describe('Balland et al. (2019): relatedness × complexity, split at the medians.');
const n = z.number().nullable();
const codeCheckSchema = z
  .discriminatedUnion('status', [
    z.object({ code: z.string(), status: z.literal('not-in-dataset'), level: z.string() }),
    z.object({
      code: z.string(),
      status: z.literal('checked'),
      label: z.string(),
      lq: z.number(),
      specialised: z.boolean().describe('LQ ≥ 1'),
      density: n,
      densityPercentile: n.describe("Among all the dataset's industries in the region (0–100)."),
      related: z.boolean().describe("Density above the region's median."),
      pci: n,
      complex: z.boolean().describe("PCI above the median of the dataset's industries."),
      strong: z.boolean(),
      stars: z.number().int(),
      quadrant: quadrantSchema.nullable(),
    }),
  ])
  .meta({ id: 'Ris3CodeCheck' });
const checkSchema = z
  .object({ codes: z.array(codeCheckSchema), density: n, pci: n, verdict: quadrantSchema.nullable() })
  .meta({ id: 'Ris3PriorityCheck' });
const monitoringSchema = z
  .object({
    status: z.enum(['on_track', 'at_risk', 'off_track', 'no_data', 'no_target']),
    period: z.string().nullable(),
    actual: n,
    target: n,
    targetProRated: z.boolean(),
    progress: n,
    trend: z.enum(['improving', 'steady', 'worsening']).nullable(),
    direction: z.enum(['higher_is_better', 'lower_is_better']),
  })
  .meta({ id: 'Ris3IndicatorMonitoring' });
const candidatesSchema = z
  .object({
    strong: z.array(
      z.object({ code: z.string(), label: z.string(), lq: z.number(), stars: z.number().int() }),
    ),
    opportunities: z.array(
      z.object({
        code: z.string(),
        label: z.string(),
        density: z.number(),
        pci: z.number(),
        score: z.number(),
      }),
    ),
  })
  .meta({ id: 'Ris3Candidates' });

export const ris3ViewSchema = ris3StrategySchema
  .extend({
    priorities: z.array(
      ris3PrioritySchema.extend({
        check: checkSchema.nullable(),
        indicators: z.array(ris3IndicatorSchema.extend({ monitoring: monitoringSchema })),
      }),
    ),
    year: z.number().int().nullable().describe('The year of the statistics the checks read.'),
    regionName: z.string().nullable(),
    thresholds: z.object({ densityMedian: z.number(), pciMedian: z.number() }).nullable(),
    candidates: candidatesSchema.nullable(),
    notes: z.array(z.string()),
  })
  .meta({ id: 'Ris3StrategyView' });
type View = z.infer<typeof ris3ViewSchema>;

/** The space, or a note saying why there is none (a dataset gone or not readable). */
async function spaceOf(c: Context<AppEnv>, s: Ris3Strategy, year?: number) {
  try {
    return { space: await datasetSpace(c, s.dataset, year) };
  } catch (e) {
    if (e instanceof ApiError && e.status === 404)
      return { note: dataNote('dataset-unavailable', { dataset: s.dataset }) };
    throw e;
  }
}

const spaceView = (space: IndustrySpace) => ({
  regions: space.matrix.regions,
  industries: space.matrix.industries,
  lq: space.lq,
  present: space.present,
  density: space.density,
  pci: space.pci,
  strong: space.strong,
  stars: space.stars,
});

export async function ris3View(
  c: Context<AppEnv>,
  s: Ris3Strategy,
  query: { year?: number | undefined; lang?: 'en' | 'es' | 'pt' | undefined },
): Promise<View> {
  const lang = spaceLang(query.lang);
  const { space, note } = await spaceOf(c, s, query.year);
  const notes = note ? [note] : [];
  const r = space ? space.matrix.regions.indexOf(s.region) : -1;
  if (space && r === -1)
    notes.push(dataNote('region-not-in-dataset', { region: s.region, dataset: s.dataset }));
  const ready = space && r !== -1 ? { space, view: spaceView(space) } : null;
  const label = (code: string) => space?.classification?.label(code, lang) ?? code;
  const priorities = s.priorities.map((p) => {
    const check = ready ? checkPriority(ready.view, r, p.industryCodes) : null;
    return {
      ...p,
      check: check && {
        ...check,
        codes: check.codes.map((k) => (k.status === 'checked' ? { ...k, label: label(k.code) } : k)),
      },
      indicators: p.indicators.map((i) => ({ ...i, monitoring: monitorIndicator(i) })),
    };
  });
  const found = ready && candidates(ready.view, r);
  return {
    ...s,
    priorities,
    year: space?.year ?? null,
    regionName: ready ? (ready.space.places[r]?.name[lang] ?? null) : null,
    thresholds: ready ? shownThresholds(ready.view, r) : null,
    candidates: found && {
      strong: found.strong.map((x) => ({ ...x, label: label(x.code) })),
      opportunities: found.opportunities.map((x) => ({ ...x, label: label(x.code) })),
    },
    notes: notes.map((n) => noteText(n, lang)),
  };
}
