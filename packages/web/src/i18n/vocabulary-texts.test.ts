/**
 * Every value of a vocabulary the pages translate with `t(prefix + value)` has a text in
 * English, Spanish and Portuguese: a value added to the core's list without one would show
 * the raw key (`parts.kind.other_intermediary`) or stay in English. The sectors the bundled
 * data publishes (free text, "footwear") have texts too (i18n/sector-text.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  agreementInstruments,
  agreementOutcomeKinds,
  agreementScopes,
  agreementStatuses,
  clusterLabelLevels,
  collaborationOrganisationKinds,
  collectiveEfficiencyDegrees,
  endMarkets,
  eventStatuses,
  governanceTypes,
  intermediaryRoles,
  legalForms,
  lifeCycleStages,
  memberKinds,
  partnerSearchKinds,
  programmeLevels,
  programmeTargets,
  roles,
  sectorGroups,
  sectorRelations,
  sizeClasses,
} from '@polos/core/vocabulary-lists';
import { parse } from 'csv-parse/sync';
import type { TFunction } from 'i18next';
import { sectorKey, sectorText } from './sector-text';
import { describe, expect, it } from 'vitest';

const dir = fileURLToPath(new URL('.', import.meta.url));
const read = (path: string) => JSON.parse(readFileSync(join(dir, path), 'utf8')) as Record<string, unknown>;

const languages = ['en', 'es', 'pt'] as const;

/** A language's texts as the app sees them: shared keys at the top, each feature's under its name. */
function textsOf(lang: string): Record<string, unknown> {
  const texts = read(`${lang}.json`);
  for (const file of readdirSync(join(dir, 'features')).filter((f) => f.endsWith(`.${lang}.json`)))
    texts[file.replace(`.${lang}.json`, '')] = read(`features/${file}`);
  return texts;
}
const texts = Object.fromEntries(languages.map((l) => [l, textsOf(l)]));

const text = (lang: string, key: string): unknown =>
  key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], texts[lang]);

/** The sectors the bundled data publishes, as the seed stores them (store/src/seed/seed-demo-data.ts). */
const data = (path: string) =>
  parse(readFileSync(join(dir, '../../../../data', path), 'utf8'), { columns: true }) as Array<
    Record<string, string>
  >;
const sectors = [
  ...data('pietrobelli-rabellotti-clusters/clusters.csv').map((r) => r.sub_sector!.replace(/_/g, ' ')),
  ...data('eu-lac-clusters/basque_cluster_associations_2017.csv').map((r) => r.economic_activity!),
];

const vocabularies: Array<[string, readonly string[]]> = [
  ['parts.kind', memberKinds],
  ['parts.size', sizeClasses],
  ['parts.role', intermediaryRoles],
  ['parts.market', endMarkets],
  ['governance', governanceTypes],
  ['sectorGroup', sectorGroups],
  ['directory.kindName', collaborationOrganisationKinds],
  ['directory.labelLevel', clusterLabelLevels],
  ['partners.kindName', partnerSearchKinds],
  ['agreements.outcomeKind', agreementOutcomeKinds],
  ['agreements.scope', agreementScopes],
  ['agreements.relation', sectorRelations],
  ['agreements.instrument', agreementInstruments],
  ['agreements.status', agreementStatuses],
  ['lifeCycle', lifeCycleStages],
  ['profile.degree', collectiveEfficiencyDegrees],
  ['account.role', roles],
  ['directory.legal', legalForms],
  ['events.status', eventStatuses],
  ['programmes.levels', programmeLevels],
  ['programmes.targets', programmeTargets],
  ['sectors', [...new Set(sectors.map(sectorKey))]],
];

describe.each(vocabularies)('%s', (prefix, values) => {
  it.each(languages)('has a text for every value of the vocabulary in %s', (lang) => {
    expect(values.length).toBeGreaterThan(0);
    const missing = values.filter((v) => typeof text(lang, `${prefix}.${v}`) !== 'string');
    expect(missing).toEqual([]);
  });
});

describe('sectors as published', () => {
  it("are shown in the reader's language, as published in English or when there is no text", () => {
    const t = ((key: string, options: { defaultValue: string }) =>
      (text('es', key) as string | undefined) ?? options.defaultValue) as unknown as TFunction;
    expect(sectorText(t, 'es', 'footwear')).toBe('calzado');
    expect(sectorText(t, 'es', 'Machine Tools and Components')).toBe('Máquinas-herramienta y componentes');
    expect(sectorText(t, 'es', 'Aeronautics')).toBe('Aeronáutica');
    expect(sectorText(t, 'es', 'Port of Bilbao')).toBe('Port of Bilbao');
    expect(sectorText(t, 'en', 'footwear')).toBe('footwear');
  });
});
