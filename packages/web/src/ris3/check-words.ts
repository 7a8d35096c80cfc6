/**
 * A RIS3 check in words (the keys of ris3.<lang>.json with their values): "Specialised: LQ
 * 1.42 (≥ 1)", "Related to existing strengths: density 0.31, 78th percentile", "Complex: PCI
 * above the median", strong cluster and stars. Pure: the page passes `t` the lines.
 */
import type { Ris3CodeCheck } from '../api/ris3';

export interface Line {
  key: string;
  values?: Record<string, string | number>;
}

const SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** A rank as the language writes it in "78th percentile": English ordinals; Spanish and Portuguese say "percentil 78". */
export function ordinalFor(language: string): (n: number) => string {
  if (!language.startsWith('en')) return (n) => String(n);
  const rules = new Intl.PluralRules('en', { type: 'ordinal' });
  return (n) => `${n}${SUFFIX[rules.select(n)] ?? 'th'}`;
}

export function checkLines(
  check: Ris3CodeCheck,
  format: (n: number) => string,
  ordinal: (n: number) => string = String,
): Line[] {
  if (check.status === 'not-in-dataset')
    return [{ key: 'ris3.check.notInDataset', values: { level: check.level } }];
  const lines: Line[] = [
    {
      key: check.specialised ? 'ris3.check.specialised' : 'ris3.check.notSpecialised',
      values: { lq: format(check.lq) },
    },
  ];
  if (check.density === null || check.densityPercentile === null) lines.push({ key: 'ris3.check.noDensity' });
  else
    lines.push({
      key: check.related ? 'ris3.check.related' : 'ris3.check.notRelated',
      values: { density: format(check.density), percentile: ordinal(Math.round(check.densityPercentile)) },
    });
  if (check.pci === null) lines.push({ key: 'ris3.check.noPci' });
  else
    lines.push({
      key: check.complex ? 'ris3.check.complex' : 'ris3.check.notComplex',
      values: { pci: format(check.pci) },
    });
  if (check.strong) lines.push({ key: 'ris3.check.strong' });
  if (check.stars > 0) lines.push({ key: 'ris3.check.stars', values: { count: check.stars } });
  return lines;
}
