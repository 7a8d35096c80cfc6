import { describe, expect, it } from 'vitest';
import { clusterInputSchema, clusterPatchSchema } from './cluster';
import { organisationInputSchema, organisationPatchSchema } from './organisation';

describe('patch schemas', () => {
  it('clusterPatchSchema and organisationPatchSchema add nothing that was not sent', () => {
    expect(clusterPatchSchema.parse({})).toEqual({});
    expect(clusterPatchSchema.parse({ description: 'x' })).toEqual({ description: 'x' });
    expect(organisationPatchSchema.parse({ staffFte: 2 })).toEqual({ staffFte: 2 });
  });

  it('creation keeps its defaults: public, no key figures, no governance bodies', () => {
    const cluster = clusterInputSchema.parse({
      name: 'Wine',
      country: 'CL',
      sector: 'wine',
      sectorGroup: 'natural_resource_based',
    });
    expect(cluster).toMatchObject({ isPublic: true, keyFigures: [] });
    expect(organisationInputSchema.parse({ name: 'Org', country: 'CL' })).toMatchObject({
      isPublic: true,
      governanceBodies: [],
    });
  });
});
