/**
 * Every value of a vocabulary the pages translate with `t(prefix + value)` has a text: a
 * value added to the core's list without one would show the raw key
 * (`parts.kind.other_intermediary`) in every language. The keys test checks es and pt
 * against en, so en is enough here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  agreementOutcomeKinds,
  clusterLabelLevels,
  collaborationOrganisationKinds,
  endMarkets,
  governanceTypes,
  intermediaryRoles,
  memberKinds,
  partnerSearchKinds,
  sectorGroups,
  sizeClasses,
} from '@polos/core/vocabulary-lists';
import { describe, expect, it } from 'vitest';

const dir = fileURLToPath(new URL('.', import.meta.url));
const read = (path: string) => JSON.parse(readFileSync(join(dir, path), 'utf8')) as Record<string, unknown>;

/** The English texts as the app sees them: shared keys at the top, each feature's under its name. */
const english: Record<string, unknown> = read('en.json');
for (const file of readdirSync(join(dir, 'features')).filter((f) => f.endsWith('.en.json')))
  english[file.replace('.en.json', '')] = read(`features/${file}`);

const text = (key: string): unknown =>
  key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], english);

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
];

describe.each(vocabularies)('%s', (prefix, values) => {
  it('has a text for every value of the vocabulary', () => {
    const missing = values.filter((v) => typeof text(`${prefix}.${v}`) !== 'string');
    expect(missing).toEqual([]);
  });
});
