/**
 * `polos diagnose|portfolio|advise` as a user runs them: the bundled CLI in a child
 * process, on the bundled IDB data and on broken copies of it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli, root, type BundledCli } from './bundled-cli';

const idb = join(root, 'data/pietrobelli-rabellotti-clusters');
let work: string;
let cli: BundledCli;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'polos-diagnose-'));
  cli = await bundleCli('diagnose');
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  cli?.remove();
});

function polos(...args: string[]) {
  return cli.run(args);
}

/** A copy of the IDB folder with one file's text changed. */
function brokenCopy(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(work, 'idb-'));
  cpSync(idb, dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

describe('polos diagnose', () => {
  it('writes one CSV row per cluster with the indices recomputed from the item scores', () => {
    const { code, stdout } = polos('diagnose', idb);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('cluster_id,sector_group,eei,jai,ice,degree,unknown_items');
    expect(lines).toHaveLength(41);
    // Checked by hand from Annex 1 (see collective-efficiency.test.ts):
    expect(lines).toContain('tm_medellin_textile,traditional_manufacturing,6.5,6,6.25,medium,0');
    expect(lines).toContain('tm_bucaramanga_garment,traditional_manufacturing,6,5,5.5,medium,1');
    expect(lines).toContain('nr_valle_del_cauca_sugar,natural_resource_based,9,10,9.5,high,0');
    expect(lines).toContain('tm_chipilo_furniture,traditional_manufacturing,6,4,5,low,0');
    expect(lines).toContain('cops_jalisco_electronics,complex_product_systems,6,3.38,4.69,low,0');
  });

  it('rescales unknown items on request and writes JSON', () => {
    const { code, stdout } = polos('diagnose', idb, '--unknown', 'rescale', '--format', 'json');
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as Array<{ cluster_id: string; eei: number; ice: number }>;
    expect(rows.find((r) => r.cluster_id === 'tm_bucaramanga_garment')).toMatchObject({ eei: 8, ice: 6.5 });
  });

  it('a score of 4 is refused with exit 2, naming file, row and field', () => {
    const dir = brokenCopy('joint_action.csv', (t) =>
      t.replace('Gamarra (Peru),1,0,1,1', 'Gamarra (Peru),1,4,1,1'),
    );
    const { code, stderr } = polos('diagnose', dir);
    expect(code).toBe(2);
    expect(stderr).toContain(
      'joint_action.csv, row 5, field b_forward_vertical_linkages: "4" is not a score between 0 and 3',
    );
  });

  it('a missing column is refused with exit 2, naming it', () => {
    const dir = brokenCopy('external_economies.csv', (t) => t.replace('d_market_access', 'market'));
    const { code, stderr } = polos('diagnose', dir);
    expect(code).toBe(2);
    expect(stderr).toContain(
      'external_economies.csv, row 1, field d_market_access: required column is missing',
    );
  });

  it('a cluster id that is not in clusters.csv is refused with exit 2', () => {
    const dir = brokenCopy('upgrading.csv', (t) => t.replace('tm_gamarra_garment', 'tm_nowhere'));
    const { code, stderr } = polos('diagnose', dir);
    expect(code).toBe(2);
    expect(stderr).toContain(
      'upgrading.csv, row 5, field cluster_id: "tm_nowhere" is not a cluster of clusters.csv',
    );
  });

  it('a bad option value is exit 2', () => {
    expect(polos('diagnose', idb, '--unknown', 'guess').code).toBe(2);
  });
});

describe('polos portfolio', () => {
  it('gives group averages, degrees and correlations with n', () => {
    const { code, stdout } = polos('portfolio', idb, '--format', 'json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as {
      groups: Array<{
        sectorGroup: string;
        n: number;
        degrees: Record<string, number>;
        averages: Record<string, number>;
        correlations: Record<string, { n: number; pearson: number | null }>;
      }>;
    };
    const tm = result.groups.find((g) => g.sectorGroup === 'traditional_manufacturing')!;
    expect(tm.n).toBe(15);
    expect(tm.degrees).toEqual({ high: 2, medium: 10, low: 3 });
    expect(tm.averages.ice).toBeCloseTo(96.25 / 15, 12);
    expect(tm.correlations['ice~functional']?.n).toBe(15);
    // No intersectoral column for traditional manufacturing: all 0, no variance, no coefficient.
    expect(tm.correlations['ice~intersectoral']?.pearson).toBeNull();
  });
});

describe('polos advise', () => {
  const mix = (id: string) => {
    const { code, stdout } = polos('advise', idb, '--cluster', id, '--format', 'json');
    expect(code).toBe(0);
    return JSON.parse(stdout) as {
      advice: { recommendations: Array<{ action: string; triggers: unknown[]; sources: unknown[] }> };
    };
  };

  it('gives different, explained mixes for clusters of three sector groups', () => {
    const torreon = mix('tm_torreon_garment').advice.recommendations;
    const copper = mix('nr_cuajone_toquepala_copper').advice.recommendations;
    const intel = mix('cops_san_jose_intel_ict').advice.recommendations;
    for (const recs of [torreon, copper, intel]) {
      expect(recs.length).toBeGreaterThan(0);
      for (const r of recs) {
        expect(r.triggers.length).toBeGreaterThan(0);
        expect(r.sources.length).toBeGreaterThan(0);
      }
    }
    const actions = (recs: Array<{ action: string }>) => recs.map((r) => r.action).join(',');
    expect(new Set([actions(torreon), actions(copper), actions(intel)]).size).toBe(3);
    expect(intel.map((r) => r.action)).toContain('supplier_upgrading'); // COPS with weak backward linkages
    expect(torreon.map((r) => r.action)).toContain('new_markets_and_chains'); // quasi-hierarchical US buyers
  });

  it('writes a readable Markdown report by default', () => {
    const { code, stdout } = polos('advise', idb, '--cluster', 'tm_torreon_garment');
    expect(code).toBe(0);
    expect(stdout).toContain('# Policy mix for');
    expect(stdout).toContain('Triggered by:');
    expect(stdout).toContain('Sources:');
  });

  it('takes the life-cycle stage from --stage (the IDB folder has none) and refuses an unknown stage', () => {
    const plain = mix('nr_region_austral_salmon').advice.recommendations.flatMap(
      (r) => (r as { rules?: string[] }).rules,
    );
    expect(plain).not.toContain('early-stage-technology-transfer');
    const { code, stdout } = polos(
      'advise',
      idb,
      '--cluster',
      'nr_region_austral_salmon',
      '--stage',
      'emergence',
      '--format',
      'json',
    );
    expect(code).toBe(0);
    const advice = JSON.parse(stdout) as {
      advice: { recommendations: Array<{ rules: string[] }>; alsoConsidered: Array<{ rules: string[] }> };
    };
    expect(
      [...advice.advice.recommendations, ...advice.advice.alsoConsidered].flatMap((r) => r.rules),
    ).toContain('early-stage-technology-transfer');
    const bad = polos('advise', idb, '--cluster', 'nr_region_austral_salmon', '--stage', 'youth');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--stage');
  });

  it('an unknown cluster id is exit 2, naming file and field', () => {
    const { code, stderr } = polos('advise', idb, '--cluster', 'nope');
    expect(code).toBe(2);
    expect(stderr).toContain('clusters.csv, field cluster_id: no cluster "nope"');
  });
});
