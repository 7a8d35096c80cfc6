import { describe, expect, it } from 'vitest';
import { impactsByKind, sharedValue, sharedValueInputSchema } from './shared-value';

const impact = (kind: string, indicator: string, year: number, value: number, unit = 'EUR m') => ({
  kind,
  indicator,
  value,
  unit,
  year,
  evidence: 'members survey',
});

describe('collective shared value', () => {
  it('groups impacts by kind and indicator, years in order, with change and least-squares slope', () => {
    const input = sharedValueInputSchema.parse({
      impacts: [
        impact('economic', 'joint exports', 2025, 14),
        impact('economic', 'joint exports', 2023, 10),
        impact('economic', 'joint exports', 2024, 11),
        impact('environmental', 'CO2 avoided', 2024, 300, 't'),
        impact('social', 'apprentices trained', 2024, 40, 'people'),
        impact('social', 'apprentices trained', 2025, 40, 'people'),
      ],
    });
    const g = impactsByKind(input.impacts);
    const exports = g.economic[0]!;
    expect(exports.values.map((v) => v.year)).toEqual([2023, 2024, 2025]);
    // slope of (2023,10),(2024,11),(2025,14): Σ(x−x̄)(y−ȳ)/Σ(x−x̄)² = (−1·−7/3 + 0 + 1·8/3)/2 = 2
    expect(exports).toMatchObject({ change: 4, slopePerYear: 2, direction: 'up' });
    expect(g.environmental[0]).toMatchObject({ change: null, slopePerYear: null, direction: null });
    expect(g.social[0]).toMatchObject({ change: 0, direction: 'flat' });
  });

  it('defaults: no challenges, capabilities or impacts, the five roles unstated', () => {
    const v = sharedValue(sharedValueInputSchema.parse({}));
    expect(Object.keys(v.roles)).toEqual([
      'transfer_and_diffusion',
      'joint_investment',
      'network_building',
      'inclusion_of_small_firms',
      'agenda_setting',
    ]);
    expect(v.rolesStated).toBe(0);
    expect(v.sources.join(' ')).toContain('rec-082');
  });

  it('refuses two values of one indicator for one year, naming the row, and an unknown role', () => {
    const r = sharedValueInputSchema.safeParse({
      impacts: [impact('social', 'jobs', 2024, 1, 'jobs'), impact('social', 'jobs', 2024, 2, 'jobs')],
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['impacts', 1, 'year']);
    expect(sharedValueInputSchema.safeParse({ roles: { lobbying: 'x' } }).success).toBe(false);
  });
});
