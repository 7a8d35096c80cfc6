/**
 * The map studio's spaces kept on disk (decision 092): a second server reads the file the
 * first wrote; a changed source file, another cache version or a damaged file is not read.
 */
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createStore } from '@polos/store';
import { BUNDLED, SpaceCache } from '../src/features/map/industry-space';
import { SpaceDiskCache } from '../src/features/map/space-disk-cache';
import { dataDir } from './test-app';

const dir = mkdtempSync(join(tmpdir(), 'polos-space-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const space = () => ({
  regions: ['A', 'B'],
  industries: ['x'],
  values: Float64Array.from([1, NaN]),
  measures: { lq: Float64Array.from([2, NaN]), notes: ['a note'] } as never,
});

describe('spaces kept on disk', () => {
  it('reads back what it wrote, typed arrays and missing values included', async () => {
    const source = join(dir, 'source.csv');
    writeFileSync(source, 'region,industry,value\n');
    const disk = new SpaceDiskCache(join(dir, 'a'));
    await disk.write('demo', 2020, [source], space());
    const back = await disk.read('demo', 2020, [source]);
    expect(back!.regions).toEqual(['A', 'B']);
    expect(back!.values).toBeInstanceOf(Float64Array);
    expect(Array.from(back!.values)).toEqual([1, NaN]);
    expect((back!.measures as unknown as { notes: string[] }).notes).toEqual(['a note']);
    expect(readdirSync(join(dir, 'a'))).toEqual(['demo@2020.v8']); // no temporary file left
  });

  it('does not read a file whose source changed since, or a damaged file', async () => {
    const source = join(dir, 'source2.csv');
    writeFileSync(source, 'region,industry,value\n');
    const disk = new SpaceDiskCache(join(dir, 'b'));
    await disk.write('demo', 2020, [source], space());
    utimesSync(source, new Date(), new Date(Date.now() + 60_000));
    expect(await disk.read('demo', 2020, [source])).toBeUndefined();
    writeFileSync(join(dir, 'b', 'demo@2021.v8'), 'not a serialized space');
    expect(await disk.read('demo', 2021, [source])).toBeUndefined();
    expect(await disk.read('other', 2020, [source])).toBeUndefined();
  });

  it('a second cache over the same folder gives the space the first computed', async () => {
    const store = await createStore({ dataDir: 'memory://' });
    try {
      const entry = BUNDLED.find((d) => d.id === 'us-states-naics')!;
      const folder = join(dir, 'spaces');
      const first = await new SpaceCache(dataDir, 6, new SpaceDiskCache(folder)).get(entry, 2021, store);
      expect(readdirSync(folder)).toEqual(['us-states-naics@2021.v8']);
      const second = await new SpaceCache(dataDir, 6, new SpaceDiskCache(folder)).get(entry, 2021, store);
      expect(second.matrix.regions).toEqual(first.matrix.regions);
      expect(Array.from(second.lq)).toEqual(Array.from(first.lq));
      expect(Array.from(second.stars)).toEqual(Array.from(first.stars));
      expect(second.edges).toEqual(first.edges);
    } finally {
      await store.close();
    }
  });
});
