/**
 * The profile form's text fields ↔ the PATCH body of /api/organisations/{id}: lists are
 * written comma-separated, empty text is null, and only what changed is sent (PATCH
 * leaves the rest as it is).
 */
import type { Organisation } from '../api/organisations';
import type { Schemas } from '../api-client';

export interface ProfileForm {
  sectorDescription: string;
  technologies: string;
  languages: string;
  targetMarkets: string;
  website: string;
  founded: string;
  staffFte: string;
  lookingForPartners: boolean;
}

/** "a, b ,, c" → ["a", "b", "c"] (each once, in order). */
export function splitList(text: string, normalise: (v: string) => string = (v) => v): string[] {
  return [
    ...new Set(
      text
        .split(/[,;\n]/)
        .map((v) => normalise(v.trim()))
        .filter(Boolean),
    ),
  ];
}

export function profileForm(org: Organisation): ProfileForm {
  return {
    sectorDescription: org.sectorDescription ?? '',
    technologies: org.technologies.join(', '),
    languages: org.languages.join(', '),
    targetMarkets: org.targetMarkets.join(', '),
    website: org.website ?? '',
    founded: org.founded != null ? String(org.founded) : '',
    staffFte: org.staffFte != null ? String(org.staffFte) : '',
    lookingForPartners: org.lookingForPartners,
  };
}

const nullable = (text: string) => (text.trim() ? text.trim() : null);
/** A number, null when empty, NaN left for the server to refuse by field name. */
const numberOrNull = (text: string) => (text.trim() ? Number(text.trim().replace(',', '.')) : null);

/** The fields of `form` that differ from `org`, as the PATCH body. */
export function profilePatch(org: Organisation, form: ProfileForm): Schemas['OrganisationPatch'] {
  const next: Schemas['OrganisationPatch'] = {
    sectorDescription: nullable(form.sectorDescription),
    technologies: splitList(form.technologies),
    languages: splitList(form.languages, (v) => v.toLowerCase()),
    targetMarkets: splitList(form.targetMarkets, (v) => v.toUpperCase()),
    website: nullable(form.website),
    founded: numberOrNull(form.founded),
    staffFte: numberOrNull(form.staffFte),
    lookingForPartners: form.lookingForPartners,
  };
  const before = org as unknown as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(next).filter(
      ([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key] ?? null),
    ),
  ) as Schemas['OrganisationPatch'];
}
