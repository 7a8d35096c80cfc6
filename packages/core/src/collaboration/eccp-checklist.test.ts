import { describe, expect, it } from 'vitest';
import { defaultEccpChecklistConfig, eccpChecklist, type EccpChecklistInput } from './eccp-checklist';

const complete: EccpChecklistInput = {
  staffFte: 2,
  members: [
    { kind: 'firm', sizeClass: 'small', count: 30 },
    { kind: 'university', sizeClass: null, count: 2 },
  ],
  visibleActivity: true,
  recognisedByProgramme: null,
  founded: 2005,
};

const statusOf = (input: EccpChecklistInput, year = 2026, config = defaultEccpChecklistConfig) =>
  Object.fromEntries(eccpChecklist(input, year, config).criteria.map((c) => [c.key, c.status]));

describe('the ECCP validation checklist', () => {
  it('is eligible when the four criteria are met', () => {
    const r = eccpChecklist(complete, 2026);
    expect(r.outcome).toBe('eligible');
    expect(r.criteria.map((c) => [c.key, c.status])).toEqual([
      ['management_fte', 'met'],
      ['members', 'met'],
      ['member_types', 'met'],
      ['visible_activity', 'met'],
    ]);
  });

  it('marks 0.4 FTE of management unmet and says why, in three languages', () => {
    const r = eccpChecklist({ ...complete, staffFte: 0.4 }, 2026);
    expect(r.outcome).toBe('not_eligible');
    const c = r.criteria.find((x) => x.key === 'management_fte')!;
    expect(c.status).toBe('unmet');
    expect(c.reason).toEqual({
      en: 'Management staff 0.4 FTE < 0.5 FTE.',
      es: 'Personal de gestión 0,4 ETC < 0,5 ETC.',
      pt: 'Equipe de gestão 0,4 ETI < 0,5 ETI.',
    });
  });

  it('counts committed members and member types at the thresholds (15 and 2)', () => {
    expect(
      statusOf({ ...complete, members: [{ kind: 'firm', sizeClass: 'small', count: 15 }] }),
    ).toMatchObject({
      members: 'met',
      member_types: 'unmet',
    });
    expect(
      statusOf({
        ...complete,
        members: [
          { kind: 'firm', sizeClass: 'small', count: 13 },
          { kind: 'research_centre', sizeClass: null, count: 1 },
        ],
      }),
    ).toMatchObject({ members: 'unmet', member_types: 'met' });
  });

  it('says unknown, not unmet, for what the profile does not state, and the outcome is incomplete', () => {
    const r = eccpChecklist({ ...complete, staffFte: null, members: [], visibleActivity: null }, 2026);
    expect(r.criteria.map((c) => c.status)).toEqual(['unknown', 'unknown', 'unknown', 'unknown']);
    expect(r.outcome).toBe('incomplete');
  });

  it('waives the criteria for an organisation recognised by a programme', () => {
    const r = eccpChecklist(
      { ...complete, staffFte: 0, members: [], recognisedByProgramme: 'Basque cluster policy' },
      2026,
    );
    expect(r.outcome).toBe('eligible');
    const fte = r.criteria.find((c) => c.key === 'management_fte')!;
    expect(fte).toMatchObject({ status: 'met', waived: true });
    expect(fte.reason.en).toBe(
      'Waived: recognised by Basque cluster policy. (Management staff 0 FTE < 0.5 FTE.)',
    );
    expect(r.criteria.find((c) => c.key === 'visible_activity')!.waived).toBe(false);
  });

  it('does not waive when the configuration says so', () => {
    const config = { ...defaultEccpChecklistConfig, waiveIfRecognised: false };
    const r = eccpChecklist({ ...complete, staffFte: 0, recognisedByProgramme: 'X' }, 2026, config);
    expect(r.outcome).toBe('not_eligible');
  });

  it('lets a newly founded organisation that misses a criterion wait instead of failing', () => {
    expect(eccpChecklist({ ...complete, staffFte: 0.2, founded: 2025 }, 2026).outcome).toBe('newly_founded');
    expect(eccpChecklist({ ...complete, staffFte: 0.2, founded: 2024 }, 2026).outcome).toBe('not_eligible');
  });

  it('uses configured thresholds', () => {
    const config = {
      ...defaultEccpChecklistConfig,
      minManagementFte: 3,
      minMembers: 40,
      requireVisibleActivity: false,
    };
    expect(statusOf({ ...complete, visibleActivity: false }, 2026, config)).toEqual({
      management_fte: 'unmet',
      members: 'unmet',
      member_types: 'met',
      visible_activity: 'met',
    });
  });
});
