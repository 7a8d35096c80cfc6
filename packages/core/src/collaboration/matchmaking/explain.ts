/**
 * One sentence per component, in English, Spanish or Portuguese, naming the concrete
 * reason: the shared NACE division, the input–output coefficient and its table, the
 * language, the agreement. Built only for the organisations returned, not for every candidate.
 */
import type { CollaborationLanguage, Label } from '../vocabularies';
import { valueChainPositionLabels } from '../vocabularies';
import type { TargetContext } from './components';
import { wiodCountries } from './countries';
import type { CountryNamer, MatchComponentKey, MatchProfile } from './model';
import { formatDecimal } from '../number-format';
import type { Prepared } from './prepared';
import { wiodSectorLabel } from './sector-labels';
import explainLabels from '../labels/explain-labels.json';

type L = CollaborationLanguage;
const pick = (label: Label, lang: L) => label[lang];

const sectorGroupLabels: Record<string, Label> = explainLabels.sectorGroupLabels;

const languageNames: Record<string, Label> = explainLabels.languageNames;

/** The name used in sentences: the short name (acronym) when there is one. */
const nameOf = (x: MatchProfile) => x.shortName ?? x.name;

const pct = (v: number, lang: L) => `${formatDecimal(v * 100, lang, 1)} %`;

export interface ExplainContext {
  p: Prepared;
  ctx: TargetContext;
  lang: L;
  countryName: CountryNamer;
}

function sectorsOf(p: Prepared, k: number, lang: L): string {
  const codes = p.profiles[k]!.wiodSectors;
  return codes.map((s) => `${wiodSectorLabel(s, lang)} (${s})`).join(', ');
}

function sharedNace(p: Prepared, t: number, c: number): string[] {
  const tp = p.profiles[t]!.naceDivisions;
  const cp = new Set(p.profiles[c]!.naceDivisions);
  return tp.filter((d) => cp.has(d));
}

function explainSimilarity(e: ExplainContext, c: number, score: number): string {
  const { p, lang } = e;
  const t = e.ctx.t;
  const [a, b] = [p.profiles[t]!, p.profiles[c]!];
  const shared = sharedNace(p, t, c);
  if (shared.length > 0) {
    const union = new Set([...a.naceDivisions, ...b.naceDivisions]).size;
    const list = shared.join(', ');
    return {
      en: `${nameOf(a)} and ${nameOf(b)} share the NACE division${shared.length > 1 ? 's' : ''} ${list} (${shared.length} of ${union} divisions between them).`,
      es: `${nameOf(a)} y ${nameOf(b)} comparten la${shared.length > 1 ? 's divisiones' : ' división'} NACE ${list} (${shared.length} de ${union} divisiones entre ambas).`,
      pt: `${nameOf(a)} e ${nameOf(b)} compartilham a${shared.length > 1 ? 's divisões' : ' divisão'} NACE ${list} (${shared.length} de ${union} divisões entre ambas).`,
    }[lang];
  }
  const wiod = a.wiodSectors.filter((s) => b.wiodSectors.includes(s));
  if (wiod.length > 0 && score >= 0.25) {
    const s = `${wiodSectorLabel(wiod[0]!, lang)} (${wiod[0]})`;
    return {
      en: `${nameOf(a)} and ${nameOf(b)} are in the same WIOD sector, ${s}, but share no NACE division.`,
      es: `${nameOf(a)} y ${nameOf(b)} están en el mismo sector WIOD, ${s}, pero no comparten ninguna división NACE.`,
      pt: `${nameOf(a)} e ${nameOf(b)} estão no mesmo setor WIOD, ${s}, mas não compartilham nenhuma divisão NACE.`,
    }[lang];
  }
  if (score > 0 && a.sectorGroup !== null) {
    const g = pick(
      sectorGroupLabels[a.sectorGroup] ?? { en: a.sectorGroup, es: a.sectorGroup, pt: a.sectorGroup },
      lang,
    );
    return {
      en: `${nameOf(a)} and ${nameOf(b)} share no sector but belong to the same sector group (${g}).`,
      es: `${nameOf(a)} y ${nameOf(b)} no comparten sector, pero pertenecen al mismo grupo sectorial (${g}).`,
      pt: `${nameOf(a)} e ${nameOf(b)} não compartilham setor, mas pertencem ao mesmo grupo setorial (${g}).`,
    }[lang];
  }
  return {
    en: `${nameOf(a)} (${a.naceDivisions.join(', ')}) and ${nameOf(b)} (${b.naceDivisions.join(', ')}) share no sector.`,
    es: `${nameOf(a)} (${a.naceDivisions.join(', ')}) y ${nameOf(b)} (${b.naceDivisions.join(', ')}) no comparten sector.`,
    pt: `${nameOf(a)} (${a.naceDivisions.join(', ')}) e ${nameOf(b)} (${b.naceDivisions.join(', ')}) não compartilham setor.`,
  }[lang];
}

function tableName(e: ExplainContext, key: string): string {
  const { lang } = e;
  if (key === 'LAC')
    return {
      en: 'mean of Brazil and Mexico',
      es: 'media de Brasil y México',
      pt: 'média de Brasil e México',
    }[lang];
  if (key === 'ALL') {
    const n = e.p.tables.filter((t) => t.from.length === 1).length;
    return { en: `mean of ${n} countries`, es: `media de ${n} países`, pt: `média de ${n} países` }[lang];
  }
  const alpha2 = alpha2Of(key);
  return alpha2 === null ? key : e.countryName(alpha2, lang);
}

const alpha3to2 = new Map(Object.entries(wiodCountries).map(([a2, a3]) => [a3, a2]));
function alpha2Of(alpha3: string): string | null {
  return alpha3to2.get(alpha3) ?? null;
}

/** The strongest flow behind the complementarity score, and which side supplies. */
function strongestFlow(e: ExplainContext, c: number) {
  const { p } = e;
  const t = e.ctx.t;
  const S = p.io!.sectors.length;
  let best = { value: -1, norm: 0, supplier: t, buyer: c, i: 0, j: 0, table: p.tables[p.tableIndex[c]!] };
  const consider = (supplier: number, buyer: number) => {
    const table = p.tables[p.tableIndex[buyer]!];
    if (!table) return;
    for (const i of p.wiodList[supplier]!) {
      for (const j of p.wiodList[buyer]!) {
        const v = table.a[i * S + j]!;
        if (Number.isFinite(v) && v / table.p99 > best.norm) {
          best = { value: v, norm: v / table.p99, supplier, buyer, i, j, table };
        }
      }
    }
  };
  consider(t, c);
  consider(c, t);
  return best;
}

function explainComplementarity(e: ExplainContext, c: number, score: number): string {
  const { p, lang } = e;
  const t = e.ctx.t;
  const year = p.io!.year;
  const flow = strongestFlow(e, c);
  if (flow.value <= 0 || !flow.table) {
    const [a, b] = [p.profiles[t]!, p.profiles[c]!];
    return {
      en: `The WIOD ${year} tables show no input flow between ${nameOf(a)}'s sectors (${sectorsOf(p, t, lang)}) and ${nameOf(b)}'s (${sectorsOf(p, c, lang)}).`,
      es: `Las tablas WIOD ${year} no muestran flujos de insumos entre los sectores de ${nameOf(a)} (${sectorsOf(p, t, lang)}) y los de ${nameOf(b)} (${sectorsOf(p, c, lang)}).`,
      pt: `As tabelas WIOD ${year} não mostram fluxos de insumos entre os setores de ${nameOf(a)} (${sectorsOf(p, t, lang)}) e os de ${nameOf(b)} (${sectorsOf(p, c, lang)}).`,
    }[lang];
  }
  const S = p.io!.sectors;
  const buyer = nameOf(p.profiles[flow.buyer]!);
  const supplier = nameOf(p.profiles[flow.supplier]!);
  const bs = `${wiodSectorLabel(S[flow.j]!, lang)} (${S[flow.j]})`;
  const ss = `${wiodSectorLabel(S[flow.i]!, lang)} (${S[flow.i]})`;
  const where = tableName(e, flow.table.key);
  const cap = pct(flow.table.p99, lang);
  const share = pct(flow.value, lang);
  const scoreText = formatDecimal(score, lang, 2);
  return {
    en: `${buyer}'s sector, ${bs}, buys inputs worth ${share} of its output from ${ss}, the sector of ${supplier} (WIOD ${year}, ${where}); score ${scoreText} = that share over ${cap}, the 99th percentile of the table, capped at 1.`,
    es: `El sector de ${buyer}, ${bs}, compra a ${ss}, el sector de ${supplier}, insumos por el ${share} del valor de su producción (WIOD ${year}, ${where}); puntuación ${scoreText} = esa proporción sobre ${cap}, el percentil 99 de la tabla, con tope 1.`,
    pt: `O setor de ${buyer}, ${bs}, compra de ${ss}, o setor de ${supplier}, insumos equivalentes a ${share} do valor da sua produção (WIOD ${year}, ${where}); pontuação ${scoreText} = essa proporção sobre ${cap}, o percentil 99 da tabela, limitada a 1.`,
  }[lang];
}

function explainValueChain(e: ExplainContext, c: number, score: number): string {
  const { p, lang } = e;
  const t = e.ctx.t;
  const list = (k: number) =>
    p.profiles[k]!.valueChainPositions.map((v) => pick(valueChainPositionLabels[v], lang)).join(', ');
  const [a, b] = [nameOf(p.profiles[t]!), nameOf(p.profiles[c]!)];
  const how =
    score === 1
      ? {
          en: 'adjacent steps of a value chain',
          es: 'eslabones contiguos de una cadena de valor',
          pt: 'elos contíguos de uma cadeia de valor',
        }
      : score === 0.5
        ? {
            en: 'the same step, or a support function',
            es: 'el mismo eslabón, o una función de apoyo',
            pt: 'o mesmo elo, ou uma função de apoio',
          }
        : score === 0.25
          ? { en: 'two steps apart', es: 'a dos eslabones de distancia', pt: 'a dois elos de distância' }
          : { en: 'far apart on the chain', es: 'lejos en la cadena', pt: 'distantes na cadeia' };
  return {
    en: `${a} (${list(t)}) and ${b} (${list(c)}): ${how.en}.`,
    es: `${a} (${list(t)}) y ${b} (${list(c)}): ${how.es}.`,
    pt: `${a} (${list(t)}) e ${b} (${list(c)}): ${how.pt}.`,
  }[lang];
}

function explainSets(
  e: ExplainContext,
  c: number,
  key: 'smart_specialisation' | 'target_markets',
  score: number,
): string {
  const { p, lang } = e;
  const t = e.ctx.t;
  const [a, b] = [p.profiles[t]!, p.profiles[c]!];
  if (key === 'smart_specialisation') {
    const shared = a.smartSpecialisationPriorities.filter((x) => b.smartSpecialisationPriorities.includes(x));
    const list = shared.join(', ') || '—';
    return {
      en: `${nameOf(a)} and ${nameOf(b)} share ${shared.length} smart-specialisation priorities (${list}).`,
      es: `${nameOf(a)} y ${nameOf(b)} comparten ${shared.length} prioridades de especialización inteligente (${list}).`,
      pt: `${nameOf(a)} e ${nameOf(b)} compartilham ${shared.length} prioridades de especialização inteligente (${list}).`,
    }[lang];
  }
  const ct = p.country[t] ?? null;
  const cc = p.country[c] ?? null;
  if (score === 1) {
    const [who, whose, country] = cc !== null && a.targetMarkets.includes(cc) ? [a, b, cc] : [b, a, ct ?? ''];
    const name = e.countryName(country, lang);
    return {
      en: `${nameOf(who)} targets ${name}, the country of ${nameOf(whose)}.`,
      es: `${nameOf(who)} tiene como mercado objetivo ${name}, el país de ${nameOf(whose)}.`,
      pt: `${nameOf(who)} tem como mercado-alvo ${name}, o país de ${nameOf(whose)}.`,
    }[lang];
  }
  const shared = a.targetMarkets.filter((x) => b.targetMarkets.includes(x));
  return {
    en: `Neither targets the other's country; they share ${shared.length} target markets (${shared.join(', ') || '—'}).`,
    es: `Ninguna apunta al país de la otra; comparten ${shared.length} mercados objetivo (${shared.join(', ') || '—'}).`,
    pt: `Nenhuma mira o país da outra; compartilham ${shared.length} mercados-alvo (${shared.join(', ') || '—'}).`,
  }[lang];
}

function languagesOf(p: Prepared, k: number, lang: L): string {
  const names = p.languageCodes
    .filter((_, b) => b < 32 && (p.languages[k]! & (1 << b)) !== 0)
    .map((code) => (languageNames[code] ? pick(languageNames[code], lang) : code));
  const assumed = p.languagesAssumed[k] === 1;
  const note = { en: 'assumed from its country', es: 'supuesto por su país', pt: 'suposto pelo seu país' }[
    lang
  ];
  return assumed ? `${names.join(', ')}, ${note}` : names.join(', ');
}

function explainLanguage(e: ExplainContext, c: number, score: number): string {
  const { p, lang } = e;
  const t = e.ctx.t;
  const [a, b] = [nameOf(p.profiles[t]!), nameOf(p.profiles[c]!)];
  const [la, lb] = [languagesOf(p, t, lang), languagesOf(p, c, lang)];
  if (score === 1) {
    return {
      en: `${a} (${la}) and ${b} (${lb}) have a language in common.`,
      es: `${a} (${la}) y ${b} (${lb}) tienen un idioma en común.`,
      pt: `${a} (${la}) e ${b} (${lb}) têm um idioma em comum.`,
    }[lang];
  }
  if (score === 0.5) {
    return {
      en: `${a} (${la}) and ${b} (${lb}): Spanish and Portuguese are partly mutually intelligible.`,
      es: `${a} (${la}) y ${b} (${lb}): el español y el portugués son parcialmente inteligibles entre sí.`,
      pt: `${a} (${la}) e ${b} (${lb}): espanhol e português são parcialmente inteligíveis entre si.`,
    }[lang];
  }
  return {
    en: `${a} (${la}) and ${b} (${lb}) have no language in common.`,
    es: `${a} (${la}) y ${b} (${lb}) no tienen ningún idioma en común.`,
    pt: `${a} (${la}) e ${b} (${lb}) não têm nenhum idioma em comum.`,
  }[lang];
}

function explainLinks(e: ExplainContext, c: number): string {
  const { p, lang, ctx } = e;
  const [a, b] = [nameOf(p.profiles[ctx.t]!), nameOf(p.profiles[c]!)];
  const direct = ctx.direct.get(c);
  if (direct) {
    const ids = direct.join(', ');
    return {
      en: `${a} and ${b} already cooperate (${ids}).`,
      es: `${a} y ${b} ya cooperan (${ids}).`,
      pt: `${a} e ${b} já cooperam (${ids}).`,
    }[lang];
  }
  const via = ctx.shared.get(c);
  if (via !== undefined) {
    const v = nameOf(p.profiles[via]!);
    return {
      en: `${a} and ${b} both cooperate with ${v}.`,
      es: `${a} y ${b} cooperan ambas con ${v}.`,
      pt: `${a} e ${b} cooperam ambas com ${v}.`,
    }[lang];
  }
  return {
    en: `No agreement joins ${a} and ${b}, directly or through a common partner.`,
    es: `Ningún acuerdo une a ${a} y ${b}, ni directamente ni a través de un socio común.`,
    pt: `Nenhum acordo une ${a} e ${b}, nem diretamente nem por meio de um parceiro comum.`,
  }[lang];
}

export function explainComponent(
  e: ExplainContext,
  key: MatchComponentKey,
  c: number,
  score: number,
): string {
  switch (key) {
    case 'sector_similarity':
      return explainSimilarity(e, c, score);
    case 'complementarity':
      return explainComplementarity(e, c, score);
    case 'value_chain':
      return explainValueChain(e, c, score);
    case 'smart_specialisation':
    case 'target_markets':
      return explainSets(e, c, key, score);
    case 'language':
      return explainLanguage(e, c, score);
    case 'existing_links':
      return explainLinks(e, c);
  }
}

const absentReasons: Record<MatchComponentKey, Label> = {
  sector_similarity: { en: 'no NACE sector', es: 'ningún sector NACE', pt: 'nenhum setor NACE' },
  complementarity: { en: 'no WIOD sector', es: 'ningún sector WIOD', pt: 'nenhum setor WIOD' },
  value_chain: {
    en: 'no value-chain position',
    es: 'ninguna posición en la cadena de valor',
    pt: 'nenhuma posição na cadeia de valor',
  },
  smart_specialisation: {
    en: 'no smart-specialisation priority',
    es: 'ninguna prioridad de especialización inteligente',
    pt: 'nenhuma prioridade de especialização inteligente',
  },
  target_markets: { en: 'no target market', es: 'ningún mercado objetivo', pt: 'nenhum mercado-alvo' },
  language: {
    en: 'no language (nor a country to assume one from)',
    es: 'ningún idioma (ni un país del que suponerlo)',
    pt: 'nenhum idioma (nem um país do qual supô-lo)',
  },
  existing_links: {
    en: 'no register of agreements',
    es: 'ningún registro de acuerdos',
    pt: 'nenhum registro de acordos',
  },
};

/** Why a component is left out of a pair's score. */
export function explainAbsent(
  e: ExplainContext,
  key: MatchComponentKey,
  c: number,
  excluded: boolean,
): string {
  const { lang, p } = e;
  if (excluded) {
    return {
      en: 'Not used in this ranking.',
      es: 'No se usa en esta clasificación.',
      pt: 'Não usado nesta classificação.',
    }[lang];
  }
  const [a, b] = [nameOf(p.profiles[e.ctx.t]!), nameOf(p.profiles[c]!)];
  const what = pick(absentReasons[key], lang);
  return {
    en: `Left out, weight shared among the others: ${a} or ${b} states ${what}.`,
    es: `Omitido, su peso se reparte entre los demás: ${a} o ${b} no indica ${what}.`,
    pt: `Omitido, seu peso é repartido entre os demais: ${a} ou ${b} não indica ${what}.`,
  }[lang];
}
