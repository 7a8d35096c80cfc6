/**
 * The statistical codes of a cluster (issue 14 point 4; decision 090): the region it lies in
 * and the industry it works in, each in a named code system, so the statistics of a bundled
 * dataset (LQ, rank, strong cluster, stars, growth) can be read for it. Each code is checked
 * against the format of its system at the boundary.
 */
import { z } from 'zod';

/** Region code systems: pattern and an example, for the messages. */
export const REGION_SYSTEMS = {
  nuts2: {
    pattern: /^[A-Z]{2}[A-Z0-9]{2}$/,
    format: 'a NUTS 2 code: two letters and two characters',
    example: 'ES21',
  },
  'ibge-municipality': { pattern: /^\d{7}$/, format: 'a 7-digit IBGE municipality code', example: '4313409' },
  'ibge-state': { pattern: /^\d{2}$/, format: 'a 2-digit IBGE state code', example: '43' },
  'inegi-municipality': {
    pattern: /^\d{5}$/,
    format: 'a 5-digit INEGI municipality code (CVEGEO)',
    example: '11020',
  },
  'inegi-state': { pattern: /^\d{2}$/, format: 'a 2-digit INEGI state code', example: '14' },
  'fips-state': { pattern: /^\d{2}$/, format: 'a 2-digit state FIPS code', example: '26' },
  'fips-county': { pattern: /^\d{5}$/, format: 'a 5-digit county FIPS code', example: '48201' },
} as const;

/** Industry code systems: NACE Rev. 2 (section or division), CNAE 2.0 group, NAICS (2–6 digits). */
export const INDUSTRY_SYSTEMS = {
  nace: {
    pattern: /^[A-U](\d{2})?$/,
    format: 'a NACE Rev. 2 section (one letter) or division (letter and two digits)',
    example: 'C15',
  },
  cnae: { pattern: /^\d{3}$/, format: 'a 3-digit CNAE 2.0 group', example: '153' },
  naics: { pattern: /^\d{2,6}$/, format: 'a NAICS code of 2 to 6 digits', example: '336112' },
} as const;

export type RegionSystem = keyof typeof REGION_SYSTEMS;
export type IndustrySystem = keyof typeof INDUSTRY_SYSTEMS;

const regionSystems = Object.keys(REGION_SYSTEMS) as [RegionSystem, ...RegionSystem[]];
const industrySystems = Object.keys(INDUSTRY_SYSTEMS) as [IndustrySystem, ...IndustrySystem[]];

/** A code in a system, checked against the system's format (the issue names `code`). */
function codeIn<S extends string>(
  systems: [S, ...S[]],
  formats: Record<S, { pattern: RegExp; format: string; example: string }>,
  id: string,
  what: string,
) {
  return z
    .object({
      system: z.enum(systems).describe(`Code system of the ${what}.`),
      code: z.string().trim().min(1).max(20).describe(`The ${what} code in that system.`),
    })
    .superRefine((v, ctx) => {
      const f = formats[v.system];
      if (!f.pattern.test(v.code))
        ctx.addIssue({
          code: 'custom',
          path: ['code'],
          message: `"${v.code}" is not ${f.format} (${v.system}, e.g. ${f.example})`,
        });
    })
    .meta({ id });
}

export const regionCodeSchema = codeIn(regionSystems, REGION_SYSTEMS, 'RegionCode', 'region');
export const industryCodeSchema = codeIn(industrySystems, INDUSTRY_SYSTEMS, 'IndustryCode', 'industry');
export type RegionCode = z.infer<typeof regionCodeSchema>;
export type IndustryCode = z.infer<typeof industryCodeSchema>;

/**
 * @example statisticalCodesSchema.parse({ region: { system: 'nuts2', code: 'ES21' }, industry: { system: 'nace', code: 'C29' }, note: null })
 */
export const statisticalCodesSchema = z
  .object({
    region: regionCodeSchema
      .nullable()
      .default(null)
      .describe('Where the cluster lies, in a statistical region system.'),
    industry: industryCodeSchema
      .nullable()
      .default(null)
      .describe('What the cluster does, in an industry classification.'),
    note: z
      .string()
      .trim()
      .max(1000)
      .nullable()
      .default(null)
      .describe('Why these codes (source of the choice).'),
  })
  .meta({ id: 'StatisticalCodes' });
export type StatisticalCodes = z.infer<typeof statisticalCodesSchema>;

/** No code set. */
export const NO_STATISTICAL_CODES: StatisticalCodes = { region: null, industry: null, note: null };
