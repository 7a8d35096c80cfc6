/**
 * A cluster organisation's service portfolio against the reference table (issue 13 point 2;
 * decision 085; docs/methods/services.md): per service, net = revenue − cost and cost
 * recovery = revenue / cost; which services pay their way, which are valued but unpaid, and
 * which common services are missing, with the reference's contribution and valuation next to
 * each. Pure functions: no I/O.
 */
import { z } from 'zod';
import { currencySchema } from './funding';
import {
  commonExtensions,
  referenceServiceKeys,
  referenceServices,
  referenceSource,
  type ReferenceService,
} from './service-reference';
import { MIN_ANSWERS, type ServiceAggregate, type SurveyAggregate } from './service-survey';

export * from './service-reference';
export * from './service-survey';

/** A service is valued when its valuation (1–5) is at least this… */
export const VALUED_AT_LEAST = 4;
/** …and unpaid when its cost recovery is below this. */
export const UNPAID_BELOW = 0.5;

export const rules = {
  paysItsWay: 'revenue ≥ cost',
  valuedButUnpaid: `valuation ≥ ${VALUED_AT_LEAST} on 1–5 and cost recovery (revenue / cost) < ${UNPAID_BELOW}; the valuation is the members' survey mean when at least ${MIN_ANSWERS} members rated the service, else the manager's estimate`,
  missingCommon: `reference services whose extension among clusters is ${commonExtensions.join(' or ')} and that the organisation does not offer`,
} as const;

const money = z.number().finite().min(0, 'an amount is zero or more').max(1e15, 'an amount is at most 10^15');

/** One offered service: a reference service by its key, or an own service by its name. */
export const offeredServiceSchema = z
  .strictObject({
    reference: z.enum(referenceServiceKeys).optional().describe('The key of a reference service (Table 6).'),
    name: z.string().trim().min(1).max(200).optional().describe('The name of an own service.'),
    revenue: money,
    cost: money,
    membersServed: z.number().int().min(0).max(1_000_000),
    managerValuation: z
      .number()
      .min(1)
      .max(5)
      .nullable()
      .optional()
      .describe('The manager’s estimate of how members value it, 1–5.'),
  })
  .refine((s) => (s.reference === undefined) !== (s.name === undefined), {
    message: 'give either `reference` (a service of the reference table) or `name` (an own service)',
    path: ['reference'],
  });
export type OfferedService = z.infer<typeof offeredServiceSchema>;

/** The key of an offered service: the reference key, or `own:<name>`. */
export const serviceKey = (s: Pick<OfferedService, 'reference' | 'name'>): string =>
  s.reference ?? `own:${s.name}`;

/** A year's portfolio: the organisation's one currency and its services, each once. */
export const portfolioSchema = z.strictObject({
  currency: currencySchema,
  services: z
    .array(offeredServiceSchema)
    .max(100)
    .refine((list) => new Set(list.map(serviceKey)).size === list.length, 'name each service at most once'),
});
export type Portfolio = z.infer<typeof portfolioSchema>;

export interface ServiceAnalysis {
  key: string;
  reference: string | null;
  /** The reference service's printed name, or the own service's name. */
  name: string;
  revenue: number;
  cost: number;
  membersServed: number;
  net: number;
  /** revenue / cost; null when the cost is 0. */
  costRecovery: number | null;
  paysItsWay: boolean;
  valuation: { value: number | null; source: 'survey' | 'manager' | null };
  valuedButUnpaid: boolean;
  /** The reference row next to the service, for comparison. */
  referenceFacts: ReferenceService | null;
  /** The survey's aggregate for this service, when a survey covers the year. */
  survey: ServiceAggregate | null;
}

export interface PortfolioAnalysis {
  currency: string;
  services: ServiceAnalysis[];
  totals: { revenue: number; cost: number; net: number; costRecovery: number | null };
  paysItsWay: string[];
  valuedButUnpaid: string[];
  missingCommon: ReferenceService[];
  rules: typeof rules;
  source: string;
}

const byKey = new Map(referenceServices.map((r) => [r.key, r]));
const recovery = (revenue: number, cost: number) => (cost > 0 ? revenue / cost : null);

function valuationOf(service: OfferedService, survey: ServiceAggregate | null): ServiceAnalysis['valuation'] {
  if (survey && !survey.withheld && survey.mean !== null) return { value: survey.mean, source: 'survey' };
  const estimate = service.managerValuation ?? null;
  return estimate === null ? { value: null, source: null } : { value: estimate, source: 'manager' };
}

/** One service's analysis, with its survey aggregate when there is one. */
export function analyseService(
  service: OfferedService,
  survey: ServiceAggregate | null = null,
): ServiceAnalysis {
  const key = serviceKey(service);
  const ref = service.reference ? byKey.get(service.reference)! : undefined;
  const costRecovery = recovery(service.revenue, service.cost);
  const valuation = valuationOf(service, survey);
  return {
    key,
    reference: service.reference ?? null,
    name: ref?.name ?? service.name!,
    revenue: service.revenue,
    cost: service.cost,
    membersServed: service.membersServed,
    net: service.revenue - service.cost,
    costRecovery,
    paysItsWay: service.revenue >= service.cost,
    valuation,
    valuedButUnpaid:
      valuation.value !== null &&
      valuation.value >= VALUED_AT_LEAST &&
      costRecovery !== null &&
      costRecovery < UNPAID_BELOW,
    referenceFacts: ref ? { ...ref } : null,
    survey,
  };
}

/** The year's portfolio analysed; `survey` (an aggregate over the same keys) adds the members' valuation. */
export function analysePortfolio(portfolio: Portfolio, survey?: SurveyAggregate | null): PortfolioAnalysis {
  const aggregates = new Map((survey?.services ?? []).map((s) => [s.key, s]));
  const services = portfolio.services.map((s) => analyseService(s, aggregates.get(serviceKey(s)) ?? null));
  const revenue = services.reduce((sum, s) => sum + s.revenue, 0);
  const cost = services.reduce((sum, s) => sum + s.cost, 0);
  const offered = new Set(services.map((s) => s.reference));
  return {
    currency: portfolio.currency,
    services,
    totals: { revenue, cost, net: revenue - cost, costRecovery: recovery(revenue, cost) },
    paysItsWay: services.filter((s) => s.paysItsWay).map((s) => s.key),
    valuedButUnpaid: services.filter((s) => s.valuedButUnpaid).map((s) => s.key),
    missingCommon: referenceServices.filter(
      (r) => commonExtensions.includes(r.extension) && !offered.has(r.key),
    ),
    rules,
    source: referenceSource,
  };
}
