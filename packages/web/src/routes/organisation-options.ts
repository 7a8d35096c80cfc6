/**
 * The values the directory's filters offer, read from the organisations themselves (one
 * request of up to 500, kept for the session): their countries, regions, NACE divisions
 * (each with a sector description that uses it), technologies and languages.
 */
import { useEffect, useState } from 'react';
import { listOrganisations, type Organisation } from '../api/organisations';

export interface OrganisationOptions {
  countries: string[];
  regions: string[];
  sectors: Array<{ code: string; example: string }>;
  technologies: string[];
  languages: string[];
}

const NONE: OrganisationOptions = {
  countries: [],
  regions: [],
  sectors: [],
  technologies: [],
  languages: [],
};

/** The options offered by `organisations` (sorted; each value once). */
export function optionsOf(organisations: readonly Organisation[]): OrganisationOptions {
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b));
  const examples = new Map<string, string>();
  for (const o of organisations)
    for (const code of o.naceDivisions)
      if (!examples.has(code) && o.sectorDescription) examples.set(code, o.sectorDescription);
  return {
    countries: sorted(organisations.map((o) => o.country)),
    regions: sorted(organisations.flatMap((o) => (o.region ? [o.region] : []))),
    sectors: sorted(organisations.flatMap((o) => o.naceDivisions)).map((code) => ({
      code,
      example: examples.get(code) ?? '',
    })),
    technologies: sorted(organisations.flatMap((o) => o.technologies)),
    languages: sorted(organisations.flatMap((o) => o.languages)),
  };
}

let loading: Promise<OrganisationOptions> | null = null;

export function useOrganisationOptions(): OrganisationOptions {
  const [options, setOptions] = useState<OrganisationOptions>(NONE);
  useEffect(() => {
    loading ??= listOrganisations({ limit: 500 }).then((page) => optionsOf(page.items));
    let live = true;
    loading.then(
      (o) => live && setOptions(o),
      () => {
        loading = null; // the filters then offer "All" only; try again next time
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return options;
}
