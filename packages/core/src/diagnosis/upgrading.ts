/**
 * Upgrading of a cluster's firms (Humphrey & Schmitz 2002; IDB study Tables 5, 9, 13,
 * 16): process, product, functional (into design, marketing, branding) and
 * inter-sectoral, each 0–3. A gap is a type scored at most 1 (none or low).
 */
import { upgradingTypes, type Scores, type UpgradingType } from '../domain/assessment';

/** A type at or below this score is an upgrading gap. */
export const UPGRADING_GAP = 1;

export interface UpgradingSummary {
  scores: Record<UpgradingType, number | null>;
  /** Types scored ≤ 1, weakest first (unknown types are not gaps: they are reported as unknown). */
  gaps: UpgradingType[];
  unknown: UpgradingType[];
}

export function summariseUpgrading(upgrading: Scores['upgrading']): UpgradingSummary {
  const gaps = upgradingTypes
    .filter((t) => upgrading[t] != null && upgrading[t]! <= UPGRADING_GAP)
    .sort((a, b) => upgrading[a]! - upgrading[b]!);
  return { scores: { ...upgrading }, gaps, unknown: upgradingTypes.filter((t) => upgrading[t] == null) };
}
