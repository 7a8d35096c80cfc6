/**
 * The evidence of each eligibility criterion in English, Spanish and Portuguese (decision
 * 086), numbers written for the language (amounts grouped by thousands; decimal comma in Spanish
 * and Portuguese), so the
 * web and the PDF report show the same sentences as the API's English `evidence`.
 */
import { formatAmount, formatDecimal } from '../collaboration/number-format';
import type { CollaborationLanguage as Lang, Label } from '../collaboration/vocabularies';

const tri = (en: string, es: string, pt: string): Label => ({ en, es, pt });
/** A sentence built once per language. */
const each = (say: (lang: Lang) => string): Label => ({ en: say('en'), es: say('es'), pt: say('pt') });
const num = (x: number, lang: Lang) => formatAmount(x, lang);
export const percentIn = (x: number, lang: Lang) => `${formatDecimal(Math.round(x * 10000) / 100, lang)} %`;

const words = {
  of: tri('of', 'de', 'de'),
  turnover: tri('Members’ turnover', 'Facturación de los miembros', 'Faturamento dos membros'),
  gdp: tri('regional GDP', 'PIB regional', 'PIB regional'),
  stages: tri('stages', 'etapas', 'etapas'),
  smeMembers: tri('SME members', 'miembros pyme', 'membros PME'),
  members: tri('members', 'miembros', 'membros'),
  asEntered: tri('as entered', 'según lo introducido', 'conforme informado'),
  fromProfile: tri(
    'from the profile’s members by size class',
    'de los miembros del perfil por tamaño',
    'dos membros do perfil por porte',
  ),
};

export const missing = {
  criticalMass: tri(
    'Enter the members’ turnover, the regional GDP, its year and its source.',
    'Introduzca la facturación de los miembros, el PIB regional, su año y su fuente.',
    'Informe o faturamento dos membros, o PIB regional, seu ano e sua fonte.',
  ),
  valueChain: tri(
    'List the value-chain stages of the market and the members covering each.',
    'Indique las etapas de la cadena de valor del mercado y los miembros que cubren cada una.',
    'Indique as etapas da cadeia de valor do mercado e os membros que cobrem cada uma.',
  ),
  smes: tri(
    'Enter the members and the SME members (or every firm’s size in the profile).',
    'Introduzca los miembros y los miembros pyme (o el tamaño de cada empresa en el perfil).',
    'Informe os membros e os membros PME (ou o porte de cada empresa no perfil).',
  ),
  noMembers: tri('No members entered.', 'No se han introducido miembros.', 'Nenhum membro informado.'),
  ris3: tri(
    'The profile names no smart-specialisation (RIS3) priority.',
    'El perfil no indica ninguna prioridad de especialización inteligente (RIS3).',
    'O perfil não indica nenhuma prioridade de especialização inteligente (RIS3).',
  ),
  strategicPlan: tri(
    'No strategic plan on record.',
    'No hay plan estratégico registrado.',
    'Não há plano estratégico registrado.',
  ),
  newlyFounded: tri(
    'Newly founded: the ECCP criteria wait.',
    'De creación reciente: los criterios de la ECCP esperan.',
    'Recém-criada: os critérios da ECCP aguardam.',
  ),
};

export function criticalMassEvidence(
  m: {
    membersTurnover: number;
    regionalGdp: number;
    currency: string | null;
    gdpYear: number;
    gdpSource: string;
  },
  share: number,
  met: boolean,
): Label {
  const cur = m.currency ? ` ${m.currency}` : '';
  return each(
    (l) =>
      `${words.turnover[l]} ${num(m.membersTurnover, l)}${cur} / ${words.gdp[l]} ${num(m.regionalGdp, l)}${cur} ` +
      `(${m.gdpYear}, ${m.gdpSource}) = ${percentIn(share, l)} ${met ? '>' : '≤'} 1 %.`,
  );
}

export function valueChainEvidence(
  stages: ReadonlyArray<{ stage: string; members: readonly string[] }>,
  market: string | null,
): Label {
  const uncovered = stages.filter((s) => s.members.length === 0).map((s) => s.stage);
  const of = (l: Lang) => (market ? ` ${words.of[l]} ${market}` : '');
  if (uncovered.length) {
    const covered = stages.length - uncovered.length;
    const list = uncovered.join(', ');
    return tri(
      `${covered} of ${stages.length} stages${of('en')} covered; no member covers: ${list}.`,
      `${covered} de ${stages.length} etapas${of('es')} cubiertas; ningún miembro cubre: ${list}.`,
      `${covered} de ${stages.length} etapas${of('pt')} cobertas; nenhum membro cobre: ${list}.`,
    );
  }
  const detail = stages.map((s) => `${s.stage}: ${s.members.length}`).join('; ');
  return tri(
    `All ${stages.length} stages${of('en')} covered (${detail}).`,
    `Las ${stages.length} etapas${of('es')} cubiertas (${detail}).`,
    `As ${stages.length} etapas${of('pt')} cobertas (${detail}).`,
  );
}

export function smeEvidence(
  counts: { n: number; sme: number; entered: boolean },
  share: number,
  met: boolean,
): Label {
  const from = counts.entered ? words.asEntered : words.fromProfile;
  return each(
    (l) =>
      `${counts.sme} ${words.smeMembers[l]} / ${counts.n} ${words.members[l]} (${from[l]}) = ` +
      `${percentIn(share, l)} ${met ? '≥' : '<'} 60 %.`,
  );
}

export const ris3Evidence = (priorities: readonly string[]): Label =>
  tri(
    `RIS3 priorities in the profile: ${priorities.join(', ')}.`,
    `Prioridades RIS3 del perfil: ${priorities.join(', ')}.`,
    `Prioridades RIS3 do perfil: ${priorities.join(', ')}.`,
  );

export function strategicPlanEvidence(
  p: { title: string; startYear: number; endYear: number },
  year: number,
  covers: boolean,
): Label {
  const span = `“${p.title}” ${p.startYear}–${p.endYear} (${p.endYear - p.startYear + 1}`;
  return tri(
    `Strategic plan ${span} years) ${covers ? 'covers' : 'does not cover'} ${year}.`,
    `Plan estratégico ${span} años) ${covers ? 'cubre' : 'no cubre'} ${year}.`,
    `Plano estratégico ${span} anos) ${covers ? 'cobre' : 'não cobre'} ${year}.`,
  );
}

export function actionPlanEvidence(year: number, has: boolean, years: readonly number[]): Label {
  if (has)
    return tri(
      `Action plan for ${year} on record.`,
      `Plan de acción de ${year} registrado.`,
      `Plano de ação de ${year} registrado.`,
    );
  const list = years.join(', ');
  return tri(
    `No action plan for ${year} (action plans on record: ${list || 'none'}).`,
    `No hay plan de acción de ${year} (planes de acción registrados: ${list || 'ninguno'}).`,
    `Não há plano de ação de ${year} (planos de ação registrados: ${list || 'nenhum'}).`,
  );
}

/** The ECCP checklist's reason, with where its figures came from. */
export const eccpEvidence = (reason: Label, entered: boolean | null): Label =>
  entered === null ? reason : each((l) => `${reason[l]} (${entered ? words.asEntered[l] : profileWord[l]})`);

const profileWord = tri('from the profile', 'del perfil', 'do perfil');
