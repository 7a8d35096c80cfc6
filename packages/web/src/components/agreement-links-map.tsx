/**
 * The map of links between the parties of the agreements register (GET /api/agreements/links):
 * the shipped world boundaries (Equal Earth, fitted to the parties' countries so it reads at
 * phone width), one line per pair of countries linked by agreements (thicker for more), and
 * a ring on each country whose own organisations agreed among themselves. The summary's
 * table by country pair says the same in words. EU institutions are drawn at Brussels.
 */
import { geoCentroid } from 'd3-geo';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api-client';
import { regionProjection } from '../maps/projection';
import { countryCode, useWorldCountries } from '../maps/world-countries';
import { RegionMap } from './region-map';

type Links = Schemas['AgreementLinks'];
const WIDTH = 800;
const HEIGHT = 520;
const BRUSSELS: [number, number] = [4.35, 50.85];

export default function AgreementLinksMap({ links }: { links: Links }) {
  const { t, i18n } = useTranslation();
  const world = useWorldCountries();
  const names = useMemo(() => new Intl.DisplayNames([i18n.language], { type: 'region' }), [i18n.language]);

  const drawn = useMemo(() => {
    if (!world) return null;
    const countryOf = new Map(links.nodes.map((n) => [n.id, n.country]));
    const pairs = new Map<string, { a: string; b: string; count: number }>();
    for (const e of links.edges) {
      const [a, b] = [countryOf.get(e.source), countryOf.get(e.target)].sort() as [string, string];
      if (!a || !b) continue;
      const key = `${a}-${b}`;
      pairs.set(key, { a, b, count: (pairs.get(key)?.count ?? 0) + 1 });
    }
    const linked = new Set([...pairs.values()].flatMap((p) => [p.a, p.b]));
    const shapes = world.countries.filter((c) => linked.has(countryCode(world, c) ?? ''));
    const projection = regionProjection({ kind: 'world-fit', shapes }, WIDTH, HEIGHT);
    const centre = new Map<string, [number, number]>();
    for (const c of shapes) {
      const xy = projection(geoCentroid(c));
      if (xy) centre.set(countryCode(world, c)!, xy);
    }
    const eu = projection(BRUSSELS);
    if (eu) centre.set('EU', eu);
    return { pairs: [...pairs.values()], linked, shapes, centre };
  }, [world, links]);

  if (!world || !drawn) return <div className="link-map" aria-busy="true" />;
  const country = (c: string) => (c === 'EU' ? t('agreements.eu') : (names.of(c) ?? c));
  // (Intl.DisplayNames.of throws on a code it cannot read: only the API's alpha-2 codes go there.)
  const overlay = (
    <g>
      {drawn.pairs.map((p) => {
        const from = drawn.centre.get(p.a);
        const to = drawn.centre.get(p.b);
        if (!from || !to) return null;
        const label =
          p.a === p.b
            ? t('agreements.mapWithin', { country: country(p.a), count: p.count })
            : t('agreements.mapBetween', { a: country(p.a), b: country(p.b), count: p.count });
        if (p.a === p.b)
          return (
            <circle
              key={`${p.a}-${p.b}`}
              cx={from[0]}
              cy={from[1]}
              r={5 + 3 * p.count}
              fill="none"
              stroke="#b45309"
              strokeWidth={2.5}
            >
              <title>{label}</title>
            </circle>
          );
        // A gentle arc, so that lines between the same places do not hide each other.
        const [mx, my] = [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2 - Math.abs(to[0] - from[0]) * 0.15];
        return (
          <path
            key={`${p.a}-${p.b}`}
            d={`M${from[0]},${from[1]} Q${mx},${my} ${to[0]},${to[1]}`}
            fill="none"
            stroke="#155e75"
            strokeOpacity={0.85}
            strokeWidth={1.5 + 1.5 * p.count}
            data-pair={`${p.a}-${p.b}`}
          >
            <title>{label}</title>
          </path>
        );
      })}
      {[...drawn.centre].map(([code, [x, y]]) => (
        <circle key={code} cx={x} cy={y} r={3.5} fill="#14212b" />
      ))}
    </g>
  );
  return (
    <figure className="link-map">
      <RegionMap
        shapes={world.countries}
        projection={{ kind: 'world-fit', shapes: drawn.shapes }}
        width={WIDTH}
        height={HEIGHT}
        legendHeight={0}
        label={t('agreements.mapLabel', { count: links.edges.length })}
        testId="agreement-map"
        shade={(c) => ({
          key: String(c.id),
          fill: drawn.linked.has(countryCode(world, c) ?? '') ? '#b9d3de' : '#e5e7eb',
          stroke: '#fff',
          strokeWidth: 0.7,
          title: c.properties.name,
        })}
        legend={overlay}
      />
      <figcaption className="muted">{t('agreements.mapCaption')}</figcaption>
    </figure>
  );
}
