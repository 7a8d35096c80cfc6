/**
 * The inputs and outputs of matchmaking (issue 12 point 3; docs/methods/matchmaking.md):
 * what is known of each organisation, the component keys and their default weights, and
 * the ranked result with one explained component per available input.
 */
import type { CollaborationLanguage, ValueChainPosition } from '../vocabularies';

/** What matchmaking reads of one organisation (from its collaboration profile and sector codes). */
export interface MatchProfile {
  id: string;
  name: string;
  /** A short name (acronym) for the explanations; `name` when absent. */
  shortName?: string | null;
  /** Country codes (ISO alpha-2, or `EU`); the first one chooses the input–output table. */
  countries: readonly string[];
  naceDivisions: readonly string[];
  wiodSectors: readonly string[];
  /** The IDB sector group (or the dataset's `services` / `other`); null if unknown. */
  sectorGroup: string | null;
  valueChainPositions: readonly ValueChainPosition[];
  smartSpecialisationPriorities: readonly string[];
  targetMarkets: readonly string[];
  /** Languages the organisation works in; empty → those of its country (countries.ts). */
  languages: readonly string[];
}

/** An agreement of the register, as far as links go: the registered organisations it joins. */
export interface MatchAgreement {
  id: string;
  organisationIds: readonly string[];
}

export const matchComponentKeys = [
  'sector_similarity',
  'complementarity',
  'value_chain',
  'smart_specialisation',
  'target_markets',
  'language',
  'existing_links',
] as const;
export type MatchComponentKey = (typeof matchComponentKeys)[number];
export type MatchWeights = Readonly<Record<MatchComponentKey, number>>;

/**
 * Default weights, set before any evaluation (decision 074): the two sector components
 * carry half the weight, the five others share the rest equally. They are re-normalised
 * over the components available for a pair.
 */
export const defaultMatchWeights: MatchWeights = {
  sector_similarity: 0.25,
  complementarity: 0.25,
  value_chain: 0.1,
  smart_specialisation: 0.1,
  target_markets: 0.1,
  language: 0.1,
  existing_links: 0.1,
};

export interface MatchComponent {
  key: MatchComponentKey;
  /** 0..1. */
  score: number;
  /** The weight re-normalised over the available components (they add up to 1). */
  weight: number;
  explanation: string;
}

export interface MatchResult {
  organisation: { id: string; name: string; country: string | null };
  /** Σ weight × score over `components`, 0..1. */
  score: number;
  components: MatchComponent[];
  /** Components left out because one side lacks the data, each with the reason. */
  absent: { key: MatchComponentKey; explanation: string }[];
}

export interface RankOptions {
  /** How many to return (default 10). */
  limit?: number;
  lang?: CollaborationLanguage;
  /** Agreements to ignore in the existing-links component (leave-one-out evaluation). */
  ignoreAgreementIds?: ReadonlySet<string>;
  /** Only use these components (others are treated as absent), e.g. the same-sector baseline. */
  onlyComponents?: readonly MatchComponentKey[];
  /**
   * Which organisations may be returned, by input order (1 = may): e.g. only published
   * ones the caller may see. All of them when absent.
   */
  candidates?: Uint8Array;
}

/** Names a country (ISO alpha-2) in a language; the default returns the code. */
export type CountryNamer = (alpha2: string, lang: CollaborationLanguage) => string;
