import { describe, expect, it } from 'vitest';
import {
  eligibility,
  eligibilityInputsSchema,
  type EligibilityContext,
  type EligibilityVerdict,
} from './eligibility';

const inputs = eligibilityInputsSchema.parse({
  criticalMass: {
    membersTurnover: 1_200_000_000,
    regionalGdp: 79_000_000_000,
    currency: 'EUR',
    gdpYear: 2022,
    gdpSource: 'Eustat, regional accounts',
  },
  valueChain: {
    market: 'rail vehicles',
    stages: [
      { stage: 'design', members: ['CAF I+D', 'Ikerlan'] },
      { stage: 'components', members: ['Irizar'] },
      { stage: 'assembly', members: ['CAF'] },
    ],
  },
  smes: { members: 50, smeMembers: 31 },
});

const ctx: EligibilityContext = {
  profile: {
    staffFte: 2,
    members: [
      { kind: 'firm', sizeClass: 'small', count: 12 },
      { kind: 'university', sizeClass: null, count: 3 },
    ],
    founded: 2005,
    recognisedByProgramme: null,
    smartSpecialisationPriorities: ['advanced manufacturing'],
  },
  strategicPlan: { title: 'Plan 2024–2027', startYear: 2024, endYear: 2027 },
  actionPlanYears: [2025, 2026],
  year: 2026,
};

const byKey = (v: EligibilityVerdict, key: string) => v.criteria.find((c) => c.key === key)!;

describe('Basque 2016 criteria (fact-025 to fact-029, fact-031)', () => {
  it('a complete, qualifying organisation meets every criterion, each with its figures and source', () => {
    const { basque } = eligibility(inputs, ctx);
    expect(basque.met).toBe(true);
    expect(basque.criteria.map((c) => c.key)).toEqual([
      'ris3_alignment',
      'critical_mass',
      'value_chain',
      'smes',
      'strategic_plan',
      'action_plan',
    ]);
    // 1.2 bn / 79 bn = 1.52 % > 1 %
    expect(byKey(basque, 'critical_mass').evidence).toContain('1.52 % > 1 %');
    expect(byKey(basque, 'critical_mass').evidence).toContain('Eustat');
    expect(byKey(basque, 'critical_mass').source).toContain('fact-026');
    // 31 / 50 = 62 % ≥ 60 %
    expect(byKey(basque, 'smes').evidence).toContain('62 % ≥ 60 %');
    expect(byKey(basque, 'smes').source).toContain('fact-028');
    expect(byKey(basque, 'value_chain').source).toContain('fact-027');
    expect(byKey(basque, 'strategic_plan').source).toContain('fact-029');
    expect(byKey(basque, 'action_plan').source).toContain('fact-031');
    expect(byKey(basque, 'ris3_alignment').source).toContain('fact-025');
  });

  it('the evidence is also in Spanish and Portuguese, with a decimal comma', () => {
    const c = byKey(eligibility(inputs, ctx).basque, 'critical_mass');
    expect(c.evidenceLabel.en).toBe(c.evidence);
    expect(c.evidenceLabel.es).toBe(
      'Facturación de los miembros 1.200.000.000 EUR / PIB regional 79.000.000.000 EUR (2022, Eustat, regional accounts) = 1,52 % > 1 %.',
    );
    expect(c.evidenceLabel.pt).toContain('= 1,52 % > 1 %');
    expect(byKey(eligibility(inputs, ctx).basque, 'smes').evidenceLabel.pt).toBe(
      '31 membros PME / 50 membros (conforme informado) = 62 % ≥ 60 %.',
    );
    expect(byKey(eligibility(inputs, ctx).eccp, 'management_fte').evidenceLabel.es).toBe(
      'Personal de gestión 2 ETC ≥ 0,5 ETC. (del perfil)',
    );
  });

  it('turnover of exactly 1 % of GDP is not over 1 %: unmet', () => {
    const at = { ...inputs, criticalMass: { ...inputs.criticalMass, membersTurnover: 790_000_000 } };
    const c = byKey(eligibility(at, ctx).basque, 'critical_mass');
    expect(c.met).toBe(false);
    expect(c.evidence).toContain('1 % ≤ 1 %');
  });

  it('critical mass is unknown without the GDP source or year', () => {
    const noSource = { ...inputs, criticalMass: { ...inputs.criticalMass, gdpSource: null } };
    expect(byKey(eligibility(noSource, ctx).basque, 'critical_mass').met).toBeNull();
  });

  it('a stage no member covers fails the value chain and is named', () => {
    const gap = {
      ...inputs,
      valueChain: {
        market: 'rail',
        stages: [...inputs.valueChain.stages, { stage: 'maintenance', members: [] }],
      },
    };
    const c = byKey(eligibility(gap, ctx).basque, 'value_chain');
    expect(c.met).toBe(false);
    expect(c.evidence).toBe('3 of 4 stages of rail covered; no member covers: maintenance.');
    expect(eligibility(gap, ctx).basque.met).toBe(false);
  });

  it('59 % SMEs is unmet; exactly 60 % is met', () => {
    const at = (sme: number) =>
      byKey(eligibility({ ...inputs, smes: { members: 100, smeMembers: sme } }, ctx).basque, 'smes').met;
    expect(at(59)).toBe(false);
    expect(at(60)).toBe(true);
  });

  it('without entered counts the SME share comes from the profile: 12 small firms / 15 members = 80 %', () => {
    const c = byKey(
      eligibility({ ...inputs, smes: { members: null, smeMembers: null } }, ctx).basque,
      'smes',
    );
    expect(c.met).toBe(true);
    expect(c.evidence).toBe(
      '12 SME members / 15 members (from the profile’s members by size class) = 80 % ≥ 60 %.',
    );
  });

  it('a firm of unknown size makes the profile share unknown', () => {
    const profile = { ...ctx.profile, members: [{ kind: 'firm' as const, sizeClass: null, count: 20 }] };
    const c = byKey(
      eligibility({ ...inputs, smes: { members: null, smeMembers: null } }, { ...ctx, profile }).basque,
      'smes',
    );
    expect(c.met).toBeNull();
  });

  it('the plans must cover the year: an expired strategic plan and a missing action plan are unmet', () => {
    const later = eligibility(inputs, { ...ctx, year: 2028 }).basque;
    expect(byKey(later, 'strategic_plan')).toMatchObject({ met: false });
    expect(byKey(later, 'strategic_plan').evidence).toContain('does not cover 2028');
    expect(byKey(later, 'action_plan').evidence).toBe(
      'No action plan for 2028 (action plans on record: 2025, 2026).',
    );
    const none = eligibility(inputs, { ...ctx, strategicPlan: undefined }).basque;
    expect(byKey(none, 'strategic_plan')).toMatchObject({
      met: false,
      evidence: 'No strategic plan on record.',
    });
  });

  it('nothing unmet but something unknown: the verdict is unknown (null), not unmet', () => {
    const empty = eligibilityInputsSchema.parse({});
    const v = eligibility(empty, ctx).basque;
    expect(v.criteria.filter((c) => c.met === false)).toEqual([]);
    expect(v.met).toBeNull();
  });

  it('refuses more SME members than members, naming the field', () => {
    const r = eligibilityInputsSchema.safeParse({ smes: { members: 10, smeMembers: 11 } });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['smes', 'smeMembers']);
  });
});

describe('ECCP listing criteria (DOMAIN.md §5)', () => {
  it('2 FTE, 15 members of 2 types: all met, from the profile', () => {
    const { eccp } = eligibility(inputs, ctx);
    expect(eccp.met).toBe(true);
    expect(eccp.criteria.map((c) => [c.key, c.met])).toEqual([
      ['management_fte', true],
      ['members', true],
      ['member_types', true],
    ]);
    expect(byKey(eccp, 'members').evidence).toBe('15 committed members ≥ 15. (from the profile)');
  });

  it('0.4 FTE and 14 firms of one type: three unmet', () => {
    const profile = {
      ...ctx.profile,
      staffFte: 0.4,
      members: [{ kind: 'firm' as const, sizeClass: 'small' as const, count: 14 }],
    };
    const { eccp } = eligibility(inputs, { ...ctx, profile });
    expect(eccp.met).toBe(false);
    expect(eccp.criteria.every((c) => c.met === false)).toBe(true);
  });

  it('where the profile says nothing, the entered figures are used and said so', () => {
    const profile = { ...ctx.profile, staffFte: null, members: [] };
    const entered = {
      ...inputs,
      eccp: {
        staffFte: 0.5,
        members: [
          { kind: 'firm' as const, sizeClass: null, count: 10 },
          { kind: 'research_centre' as const, sizeClass: null, count: 5 },
        ],
      },
    };
    const { eccp } = eligibility(entered, { ...ctx, profile });
    expect(eccp.met).toBe(true);
    expect(byKey(eccp, 'management_fte').evidence).toBe('Management staff 0.5 FTE ≥ 0.5 FTE. (as entered)');
    expect(eligibility(inputs, { ...ctx, profile }).eccp.met).toBeNull();
  });
});
