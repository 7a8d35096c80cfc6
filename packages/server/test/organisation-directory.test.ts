/**
 * The organisation directory (issue 12 point 1; decision 076): the seeded organisations of
 * both continents, the Basque ones merged, full-text search in English, Spanish and
 * Portuguese (accents, stems), the filters, and what anonymous callers see.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { send, storeFactories, suiteApp, type Session } from './test-app';

interface Page {
  items: Array<{
    id: string;
    name: string;
    country: string;
    publicationStatus: string;
    [k: string]: unknown;
  }>;
  total: number;
}

describe.each(storeFactories)('organisation directory on $name', (factory) => {
  const t = suiteApp(factory, ['analyst']);

  const list = async (query: string, who?: Session) => {
    const res = await send(t.app, 'GET', `/api/organisations?${query}`, undefined, who);
    expect(res.status).toBe(200);
    return (await res.json()) as Page;
  };
  const ids = async (query: string, who?: Session) => (await list(query, who)).items.map((o) => o.id);

  beforeAll(async () => {
    const make = (body: Record<string, unknown>) =>
      send(t.app, 'POST', '/api/organisations', { country: 'MX', ...body }, t.as.analyst);
    for (const body of [
      { id: 'jal-agro', name: 'Clúster Agroalimentario de Jalisco', region: 'Jalisco', languages: ['es'] },
      {
        id: 'br-tec',
        name: 'Associação das Empresas Tecnológicas de Santa Catarina',
        country: 'BR',
        technologies: ['Software', 'Internet of things'],
        labels: [{ level: 'silver', awardedOn: '2025-01-10', validUntil: '2027-01-10' }],
        languages: ['pt', 'en'],
        lookingForPartners: true,
        kind: 'cluster_initiative',
      },
      { id: 'us-manuf', name: 'Advanced Manufacturers Alliance', country: 'US', naceDivisions: ['C28'] },
      { id: 'mx-draft', name: 'Clúster Borrador', publicationStatus: 'draft' },
      { id: 'mx-private', name: 'Clúster Privado', isPublic: false },
    ]) {
      const res = await make(body);
      expect(res.status, JSON.stringify(body)).toBe(201);
    }
  });

  it('has the seeded organisations of both continents, the Basque associations merged into one record each', async () => {
    expect((await list('country=MX&limit=500')).total).toBeGreaterThan(0);
    expect(await ids('country=MX&limit=500')).toContain('mx-aerocluster-queretaro');
    expect((await list('country=ES&limit=500')).total).toBeGreaterThan(0);
    // 17 Basque (data/eu-lac-clusters) + 104 of the report − the 17 that are the same organisations + 5 made here.
    const all = await list('limit=500', t.as.analyst);
    expect(all.total).toBe(17 + 104 - 17 + 5);
    const hegan = all.items.filter((o) => /HEGAN/.test(o.name));
    expect(hegan.map((o) => o.id)).toEqual(['es21-hegan-association']);
    expect(hegan[0]).toMatchObject({
      clusterId: 'es21-hegan',
      naceDivisions: ['C30'],
      kind: 'cluster_organisation',
    });
  });

  it('search finds "clúster" with "cluster", and words regardless of accents and case', async () => {
    expect(await ids('q=cluster%20agroalimentario')).toEqual(['jal-agro']);
    expect(await ids('q=JALISCO')).toEqual(['jal-agro']);
  });

  it('search stems Spanish: "agroalimentaria" finds "Agroalimentario"', async () => {
    expect(await ids('q=agroalimentaria')).toContain('jal-agro');
    expect(await ids('q=agroalimentarias%20jalisco')).toEqual(['jal-agro']);
  });

  it('search stems Portuguese and English: "tecnológica" finds "Tecnológicas", "manufacturing" finds "Manufacturers"', async () => {
    expect(await ids('q=tecnologica%20catarina')).toEqual(['br-tec']);
    expect(await ids('q=manufacturing%20alliance')).toEqual(['us-manuf']);
  });

  it('filters by sector, technology, label, language, kind, region and looking for partners', async () => {
    expect(await ids('sector=c28&country=US')).toEqual(['us-manuf']);
    expect(await ids('technology=internet%20of%20things')).toEqual(['br-tec']);
    expect(await ids('label=silver')).toEqual(['br-tec']);
    expect(await ids('label=gold')).toEqual([]);
    expect(await ids('language=pt')).toEqual(['br-tec']);
    expect(await ids('kind=cluster_initiative&country=BR')).toContain('br-tec');
    expect(await ids('lookingForPartners=true')).toEqual(['br-tec']);
    expect(await ids('region=jalisco')).toEqual(['jal-agro']);
    expect((await ids('region=ES21&limit=500')).length).toBeGreaterThanOrEqual(17);
    const bad = await send(t.app, 'GET', '/api/organisations?label=platinum');
    expect(bad.status).toBe(400);
  });

  it('anonymous callers see only published public organisations; signed-in users see all', async () => {
    const anonymous = await ids('q=borrador%20privado%20cluster&limit=500');
    expect(anonymous).toEqual([]);
    expect(await ids('q=borrador', t.as.analyst)).toEqual(['mx-draft']);
    expect((await send(t.app, 'GET', '/api/organisations/mx-draft')).status).toBe(404);
    expect((await send(t.app, 'GET', '/api/organisations/mx-private')).status).toBe(404);
    expect((await send(t.app, 'GET', '/api/organisations/mx-draft', undefined, t.as.analyst)).status).toBe(
      200,
    );
  });

  it('PATCH changes the profile fields it is sent and no other', async () => {
    const res = await send(
      t.app,
      'PATCH',
      '/api/organisations/br-tec',
      { targetMarkets: ['MX', 'ES'] },
      t.as.analyst,
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      targetMarkets: ['MX', 'ES'],
      technologies: ['Software', 'Internet of things'],
      lookingForPartners: true,
      labels: [{ level: 'silver' }],
    });
  });
});
