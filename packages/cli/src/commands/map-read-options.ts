/**
 * The reading flags of `polos map` (docs/cli.md) turned into the reader's options: `--level`
 * (NAICS digits), `--where column=value` (repeatable), `--region-prefix N` and `--absent`.
 * Checked here, before the file is opened, so a mistyped flag is a CliInputError (exit 2)
 * that names it.
 */
import type { StatisticalTableOptions } from '@polos/store';
import { CliInputError } from '../cli-error';
import { choice } from './idb-input';

export interface MapReadFlags {
  level?: string;
  where?: string[];
  regionPrefix?: string;
  absent: string;
}

/** Commander's collector of a repeatable flag: each `--where` adds one entry. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/**
 * @example mapReadOptions({ where: ['geo_level=2'], regionPrefix: '2', absent: 'zero' })
 * // { level: undefined, where: [['geo_level', '2']], regionPrefix: 2, absentIsZero: true }
 */
export function mapReadOptions(
  o: MapReadFlags,
): Pick<StatisticalTableOptions, 'level' | 'where' | 'regionPrefix' | 'absentIsZero'> {
  const level = o.level === undefined ? undefined : Number(o.level);
  if (level !== undefined && !(Number.isInteger(level) && level >= 2 && level <= 6)) {
    throw new CliInputError(`--level: use 2 to 6 digits, not "${o.level}"`);
  }
  const where = (o.where ?? []).map((text): [string, string] => {
    const at = text.indexOf('=');
    if (at <= 0)
      throw new CliInputError(`--where: use column=value (e.g. --where geo_level=2), not "${text}"`);
    return [text.slice(0, at).trim(), text.slice(at + 1)];
  });
  const regionPrefix = o.regionPrefix === undefined ? undefined : Number(o.regionPrefix);
  if (regionPrefix !== undefined && !(Number.isInteger(regionPrefix) && regionPrefix >= 1)) {
    throw new CliInputError(
      `--region-prefix: a whole number of characters ≥ 1 (e.g. 2 for Brazilian states), not "${o.regionPrefix}"`,
    );
  }
  const absent = choice('absent', o.absent, ['missing', 'zero'] as const);
  return {
    level,
    ...(where.length > 0 && { where }),
    ...(regionPrefix !== undefined && { regionPrefix }),
    ...(absent === 'zero' && { absentIsZero: true }),
  };
}
