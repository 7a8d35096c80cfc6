/**
 * Eligibility of a cluster organisation (issue 13 point 4; decision 086;
 * docs/methods/eligibility.md): the Basque programme's criteria (Order of 13 April 2016,
 * sustainability_facts.csv fact-025 to fact-029 and fact-031) and the ECCP listing criteria
 * (DOMAIN.md §5 and §7, through `eccpChecklist`). Each criterion is met (true), unmet (false)
 * or unknown (null: nothing entered decides it), with the figures that decided it and its
 * source. Pure functions: the caller passes the inputs, the profile, the plans and the year.
 */
import { z } from 'zod';
import {
  defaultEccpChecklistConfig,
  eccpChecklist,
  type CriterionResult,
} from '../collaboration/eccp-checklist';
import type { MemberCount } from '../collaboration/profile';
import { yearSchema } from '../domain/common';
import { memberKindSchema, sizeClassSchema } from '../domain/vocabularies';
import type { Label } from '../collaboration/vocabularies';
import {
  actionPlanEvidence,
  criticalMassEvidence,
  eccpEvidence,
  missing,
  ris3Evidence,
  smeEvidence,
  strategicPlanEvidence,
  valueChainEvidence,
} from './eligibility-evidence';
import { currencySchema } from './funding';

const text = (max: number) => z.string().trim().min(1).max(max);
const amount = z.number().finite().min(0).max(1e15);
const count = z.number().int().min(0).max(1_000_000);

const criticalMassSchema = z
  .object({
    membersTurnover: amount.nullable().describe('The members’ total turnover, in `currency`.'),
    regionalGdp: amount.positive().nullable().describe('The regional GDP, in `currency`.'),
    currency: currencySchema.nullable(),
    gdpYear: yearSchema.nullable().describe('The year of the GDP figure.'),
    gdpSource: text(500).nullable().describe('Where the GDP figure comes from (statistics office, table).'),
  })
  .strict();

const valueChainStageSchema = z
  .object({
    stage: text(200),
    members: z.array(text(200)).max(1000).describe('The members that cover this stage.'),
  })
  .strict();

const smesSchema = z
  .object({ members: count.nullable(), smeMembers: count.nullable() })
  .strict()
  .refine((s) => s.members === null || s.smeMembers === null || s.smeMembers <= s.members, {
    path: ['smeMembers'],
    message: 'SME members cannot be more than members',
  });

/** What the organisation enters for the checks (stored per organisation; PUT replaces it all). */
export const eligibilityInputsSchema = z
  .object({
    criticalMass: criticalMassSchema.default({
      membersTurnover: null,
      regionalGdp: null,
      currency: null,
      gdpYear: null,
      gdpSource: null,
    }),
    valueChain: z
      .object({
        market: text(300).nullable().describe('The final market or segment the value chain serves.'),
        stages: z.array(valueChainStageSchema).max(50),
      })
      .strict()
      .default({ market: null, stages: [] }),
    smes: smesSchema
      .default({ members: null, smeMembers: null })
      .describe('Entered counts; when null they come from the profile’s members by size class.'),
    eccp: z
      .object({
        staffFte: z.number().min(0).max(10_000).nullable(),
        members: z
          .array(z.object({ kind: memberKindSchema, sizeClass: sizeClassSchema.nullable(), count }).strict())
          .max(100),
      })
      .strict()
      .default({ staffFte: null, members: [] })
      .describe('Used only where the organisation profile does not say (no staff FTE, no members).'),
  })
  .strict()
  .meta({ id: 'EligibilityInputs' });
export type EligibilityInputs = z.infer<typeof eligibilityInputsSchema>;

export interface EligibilityCriterion {
  key: string;
  /** null: unknown, nothing entered decides it. */
  met: boolean | null;
  /** The figures that decided it (English). */
  evidence: string;
  /** The same in English, Spanish and Portuguese. */
  evidenceLabel: Label;
  /** The fact id or citation of the rule. */
  source: string;
}
export interface EligibilityVerdict {
  /** true when all are met, false when one is unmet, null otherwise. */
  met: boolean | null;
  criteria: EligibilityCriterion[];
}

/** What the checks read besides the inputs (the profile and the plans on record). */
export interface EligibilityContext {
  profile: {
    staffFte?: number | null;
    members: readonly MemberCount[];
    founded?: number | null;
    recognisedByProgramme?: string | null;
    smartSpecialisationPriorities: readonly string[];
  };
  strategicPlan: { title: string; startYear: number; endYear: number } | undefined;
  actionPlanYears: readonly number[];
  /** The year the plans must cover (the caller's current year: core reads no clock). */
  year: number;
}

/** The Basque thresholds (fact-026: > 1 % of GDP; fact-028: ≥ 60 % SMEs). */
export const basqueThresholds = { turnoverShareOfGdp: 0.01, smeShare: 0.6 } as const;

const BASQUE = 'Basque Country cluster programme, Order of 13 April 2016 (EU-LAC report 003 §5.4)';
const cite = (fact: string, row: string) => `sustainability_facts.csv ${fact}: ${row}; ${BASQUE}`;
const criterion = (key: string, met: boolean | null, evidence: Label, source: string) => ({
  key,
  met,
  evidence: evidence.en,
  evidenceLabel: evidence,
  source,
});
const verdict = (criteria: EligibilityCriterion[]): EligibilityVerdict => ({
  met: criteria.some((c) => c.met === false) ? false : criteria.every((c) => c.met === true) ? true : null,
  criteria,
});

function criticalMass({ criticalMass: m }: EligibilityInputs): EligibilityCriterion {
  const source = cite('fact-026', 'critical mass, turnover over 1 % of GDP');
  const { membersTurnover, regionalGdp, gdpYear, gdpSource } = m;
  if (membersTurnover === null || regionalGdp === null || gdpYear === null || gdpSource === null)
    return criterion('critical_mass', null, missing.criticalMass, source);
  const share = membersTurnover / regionalGdp;
  const met = share > basqueThresholds.turnoverShareOfGdp;
  const figures = { membersTurnover, regionalGdp, gdpYear, gdpSource, currency: m.currency };
  return criterion('critical_mass', met, criticalMassEvidence(figures, share, met), source);
}

function valueChain({ valueChain: v }: EligibilityInputs): EligibilityCriterion {
  const source = cite('fact-027', 'members cover the whole value chain oriented to a final market');
  if (v.stages.length === 0) return criterion('value_chain', null, missing.valueChain, source);
  const met = v.stages.every((s) => s.members.length > 0);
  return criterion('value_chain', met, valueChainEvidence(v.stages, v.market), source);
}

const SME_SIZES = new Set(['micro', 'small', 'medium']);

/** SME members and members: as entered, else from the profile when every firm's size is known. */
function smeCounts(inputs: EligibilityInputs, members: readonly MemberCount[]) {
  const { members: n, smeMembers } = inputs.smes;
  if (n !== null && smeMembers !== null) return { n, sme: smeMembers, entered: true };
  const total = members.reduce((s, m) => s + m.count, 0);
  const unsized = members.some((m) => m.kind === 'firm' && m.sizeClass === null && m.count > 0);
  if (total === 0 || unsized) return undefined;
  const sme = members
    .filter((m) => m.sizeClass && SME_SIZES.has(m.sizeClass))
    .reduce((s, m) => s + m.count, 0);
  return { n: total, sme, entered: false };
}

function smes(inputs: EligibilityInputs, ctx: EligibilityContext): EligibilityCriterion {
  const source = cite('fact-028', 'at least 60 % of members SMEs');
  const counts = smeCounts(inputs, ctx.profile.members);
  if (!counts) return criterion('smes', null, missing.smes, source);
  if (counts.n === 0) return criterion('smes', null, missing.noMembers, source);
  const share = counts.sme / counts.n;
  const met = share >= basqueThresholds.smeShare;
  return criterion('smes', met, smeEvidence(counts, share, met), source);
}

function ris3(ctx: EligibilityContext): EligibilityCriterion {
  const source = cite('fact-025', 'alignment with specialisation priorities and/or RIS3 niches');
  const priorities = ctx.profile.smartSpecialisationPriorities;
  return priorities.length
    ? criterion('ris3_alignment', true, ris3Evidence(priorities), source)
    : criterion('ris3_alignment', null, missing.ris3, source);
}

function plans(ctx: EligibilityContext): EligibilityCriterion[] {
  const p = ctx.strategicPlan;
  const covers = p !== undefined && p.startYear <= ctx.year && ctx.year <= p.endYear;
  const has = ctx.actionPlanYears.includes(ctx.year);
  const years = [...ctx.actionPlanYears].sort((a, b) => a - b);
  return [
    criterion(
      'strategic_plan',
      covers,
      p ? strategicPlanEvidence(p, ctx.year, covers) : missing.strategicPlan,
      cite('fact-029', 'approval of a strategic plan (3–5 years, DOMAIN.md §5)'),
    ),
    criterion(
      'action_plan',
      has,
      actionPlanEvidence(ctx.year, has, years),
      cite('fact-031', 'an annual Action Plan submitted to SPRI'),
    ),
  ];
}

/** The Basque 2016 criteria: RIS3 alignment, critical mass, value chain, SMEs, strategic and action plans. */
export function basqueEligibility(inputs: EligibilityInputs, ctx: EligibilityContext): EligibilityVerdict {
  return verdict([ris3(ctx), criticalMass(inputs), valueChain(inputs), smes(inputs, ctx), ...plans(ctx)]);
}

const ECCP = 'ECCP listing criteria (DOMAIN.md §5 and §7)';
const eccpKeys = new Set(['management_fte', 'members', 'member_types']);

/**
 * The ECCP listing criteria (≥ 0.5 FTE, ≥ 15 committed members, ≥ 2 member types) by
 * `eccpChecklist`, from the profile, or from the entered figures where the profile says nothing.
 */
export function eccpEligibility(inputs: EligibilityInputs, ctx: EligibilityContext): EligibilityVerdict {
  const { profile } = ctx;
  const fteEntered = profile.staffFte == null && inputs.eccp.staffFte !== null;
  const membersEntered = profile.members.length === 0 && inputs.eccp.members.length > 0;
  const result = eccpChecklist(
    {
      staffFte: profile.staffFte ?? inputs.eccp.staffFte,
      members: membersEntered ? inputs.eccp.members : [...profile.members],
      founded: profile.founded ?? null,
      recognisedByProgramme: profile.recognisedByProgramme ?? null,
      visibleActivity: null,
    },
    ctx.year,
    { ...defaultEccpChecklistConfig, requireVisibleActivity: false },
  );
  const entered = (c: CriterionResult) =>
    c.status === 'unknown' ? null : c.key === 'management_fte' ? fteEntered : membersEntered;
  const criteria = result.criteria
    .filter((c) => eccpKeys.has(c.key))
    .map((c) =>
      criterion(
        c.key,
        c.status === 'unknown' ? null : c.status === 'met',
        eccpEvidence(c.reason, entered(c)),
        ECCP,
      ),
    );
  return result.outcome === 'newly_founded'
    ? verdict([...criteria, criterion('newly_founded', null, missing.newlyFounded, ECCP)])
    : verdict(criteria);
}

/** Both checks, as `GET /api/organisations/{id}/eligibility` answers them. */
export function eligibility(inputs: EligibilityInputs, ctx: EligibilityContext) {
  return { basque: basqueEligibility(inputs, ctx), eccp: eccpEligibility(inputs, ctx) };
}
