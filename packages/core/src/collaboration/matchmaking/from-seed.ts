/**
 * Matchmaking inputs from the seed data: organisations (cluster_organisations.csv) with
 * their sector codes (organisation_sectors.csv), and the agreements' links.
 */
import { type CooperationAgreement, agreementOrganisationIds } from '../agreement';
import type { CollaborationOrganisation, OrganisationSectors } from '../organisation-rows';
import type { CollaborationProfile } from '../profile';
import type { MatchAgreement, MatchProfile } from './model';

/**
 * One profile per organisation. The seed has no value-chain positions, smart-specialisation
 * priorities, target markets or languages: those components are absent unless `profiles`
 * (collaboration profiles, by organisation id) supply them.
 */
export function matchProfilesFromSeed(
  organisations: readonly CollaborationOrganisation[],
  sectors: readonly OrganisationSectors[],
  profiles: ReadonlyMap<string, CollaborationProfile> = new Map(),
): MatchProfile[] {
  const byId = new Map(sectors.map((s) => [s.organisationId, s]));
  return organisations.map((o) => {
    const s = byId.get(o.id);
    const p = profiles.get(o.id);
    return {
      id: o.id,
      name: o.name,
      shortName: o.acronym,
      countries: o.countries,
      naceDivisions: p && p.naceDivisions.length > 0 ? p.naceDivisions : (s?.naceDivisions ?? []),
      wiodSectors: s?.wiodSectors ?? [],
      sectorGroup: o.sectorGroup,
      valueChainPositions: p?.valueChainPositions ?? [],
      smartSpecialisationPriorities: p?.smartSpecialisationPriorities ?? [],
      targetMarkets: p?.targetMarkets ?? [],
      languages: p?.languages ?? [],
    };
  });
}

export function matchAgreements(agreements: readonly CooperationAgreement[]): MatchAgreement[] {
  return agreements.map((a) => ({ id: a.id, organisationIds: agreementOrganisationIds(a) }));
}
