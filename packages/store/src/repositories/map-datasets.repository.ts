/**
 * Statistical datasets uploaded for the map studio: a region × industry matrix stored
 * whole, its cells as little-endian float64 bytes (NaN survives the round trip).
 */
import { sql } from 'kysely';
import type { Actor, MapDataset, MapDatasetInfo, MapDatasetInput } from '../store';
import { iso, isUuid, json, parseJson, type Row } from './sql-values';
import type { UnitOfWork } from './unit-of-work';

/** The columns of a dataset's description (not its cells). */
const INFO_COLUMNS = sql.raw(`id, name, geography, unit, source_file, rows, shared, created_by, created_at,
  jsonb_array_length(regions) as region_count, jsonb_array_length(industries) as industry_count`);

function toMapDatasetInfo(row: Row): MapDatasetInfo {
  return {
    id: String(row.id),
    name: String(row.name),
    geography: String(row.geography),
    unit: String(row.unit ?? ''),
    sourceFile: String(row.source_file),
    rows: Number(row.rows),
    regionCount: Number(row.region_count),
    industryCount: Number(row.industry_count),
    shared: row.shared === true,
    createdBy: row.created_by === null || row.created_by === undefined ? null : String(row.created_by),
    createdAt: iso(row.created_at),
  };
}

export class MapDatasetsRepository {
  constructor(private readonly uow: UnitOfWork) {}

  createMapDataset(input: MapDatasetInput, actor: Actor): Promise<MapDatasetInfo> {
    if (input.values.length !== input.regions.length * input.industries.length)
      throw new Error('createMapDataset: cells do not match regions × industries');
    // Little-endian float64 bytes (every platform polos runs on); NaN survives the round trip.
    // Sent as hex text: PGlite's own bytea parameter encoding took 1.4–2.7 s for 2 MB, on the
    // server's thread (bench/upload-limits.bench.ts); decode() does it in SQL.
    const cells = Buffer.from(input.values.buffer, input.values.byteOffset, input.values.byteLength).toString(
      'hex',
    );
    return this.uow.tx(async (trx) => {
      const { rows } = await sql<Row>`insert into map_datasets
          (name, geography, unit, source_file, rows, regions, industries, cells, shared, created_by)
        values (${input.name}, ${input.geography}, ${input.unit}, ${input.sourceFile}, ${input.rows},
          ${json(input.regions)}, ${json(input.industries)}, decode(${cells}, 'hex'), ${input.shared ?? false},
          ${actor.userId})
        returning ${INFO_COLUMNS}`.execute(trx);
      const info = toMapDatasetInfo(rows[0]!);
      await this.uow.audit(trx, actor, 'import', 'map_dataset', info.id, {
        name: info.name,
        file: info.sourceFile,
        regions: info.regionCount,
        industries: info.industryCount,
        shared: info.shared,
      });
      return info;
    });
  }

  /** Shares a dataset with everyone, or makes it private again; undefined when there is none. */
  setMapDatasetShared(id: string, shared: boolean, actor: Actor): Promise<MapDatasetInfo | undefined> {
    if (!isUuid(id)) return Promise.resolve(undefined);
    return this.uow.tx(async (trx) => {
      const { rows } = await sql<Row>`update map_datasets set shared = ${shared} where id = ${id}
        returning ${INFO_COLUMNS}`.execute(trx);
      if (!rows[0]) return undefined;
      await this.uow.audit(trx, actor, 'update', 'map_dataset', id, { shared });
      return toMapDatasetInfo(rows[0]);
    });
  }

  async listMapDatasets(): Promise<MapDatasetInfo[]> {
    const { rows } = await sql<Row>`select ${INFO_COLUMNS} from map_datasets
      order by created_at desc, name`.execute(this.uow.db);
    return rows.map(toMapDatasetInfo);
  }

  async getMapDatasetInfo(id: string): Promise<MapDatasetInfo | undefined> {
    if (!isUuid(id)) return undefined;
    const { rows } = await sql<Row>`select ${INFO_COLUMNS} from map_datasets where id = ${id}`.execute(
      this.uow.db,
    );
    return rows[0] && toMapDatasetInfo(rows[0]);
  }

  async getMapDataset(id: string): Promise<MapDataset | undefined> {
    if (!isUuid(id)) return undefined;
    // As hex text, decoded natively: PGlite's own bytea parsing is a slow loop on the server's thread.
    const { rows } = await sql<Row>`select ${INFO_COLUMNS}, regions, industries, encode(cells, 'hex') as cells
      from map_datasets where id = ${id}`.execute(this.uow.db);
    const row = rows[0];
    if (!row) return undefined;
    // Copy into a fresh (aligned) buffer: Buffers are views into larger pools.
    const values = new Float64Array(Uint8Array.from(Buffer.from(row.cells as string, 'hex')).buffer);
    return {
      ...toMapDatasetInfo(row),
      regions: parseJson(row.regions) as string[],
      industries: parseJson(row.industries) as string[],
      values,
    };
  }

  deleteMapDataset(id: string, actor: Actor): Promise<boolean> {
    if (!isUuid(id)) return Promise.resolve(false);
    return this.uow.tx(async (trx) => {
      const row = await trx
        .deleteFrom('map_datasets')
        .where('id', '=', id)
        .returning('name')
        .executeTakeFirst();
      if (!row) return false;
      await this.uow.audit(trx, actor, 'delete', 'map_dataset', id, { name: row.name });
      return true;
    });
  }
}
