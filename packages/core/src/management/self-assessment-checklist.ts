/**
 * The management-excellence checklist of polos (issue 13 point 4; decision 086;
 * docs/methods/self-assessment.md): plain statements written for polos in the six areas of
 * ESCA's benchmarking (structure; management and governance; financing; services;
 * interaction; achievements — DOMAIN.md §5). It is NOT ESCA's instrument: ESCA's indicators
 * are not public. Texts in English, Spanish and Portuguese, read by the web and the PDF report.
 */
import type { Label } from '../collaboration/vocabularies';

export const selfAssessmentAreas = [
  'structure',
  'management_governance',
  'financing',
  'services',
  'interaction',
  'achievements',
] as const;
export type SelfAssessmentArea = (typeof selfAssessmentAreas)[number];

export interface ChecklistItem {
  key: string;
  area: SelfAssessmentArea;
  text: Label;
}

export const selfAssessmentAreaLabels: Record<SelfAssessmentArea, Label> = {
  structure: { en: 'Structure', es: 'Estructura', pt: 'Estrutura' },
  management_governance: {
    en: 'Management and governance',
    es: 'Gestión y gobernanza',
    pt: 'Gestão e governança',
  },
  financing: { en: 'Financing', es: 'Financiación', pt: 'Financiamento' },
  services: { en: 'Services', es: 'Servicios', pt: 'Serviços' },
  interaction: { en: 'Interaction', es: 'Interacción', pt: 'Interação' },
  achievements: { en: 'Achievements', es: 'Logros', pt: 'Resultados' },
};

/** The maturity scale of every item: 0 to 4. */
export const maturityLabels: readonly Label[] = [
  { en: 'Not in place', es: 'No existe', pt: 'Não existe' },
  { en: 'Initial', es: 'Inicial', pt: 'Inicial' },
  { en: 'Developing', es: 'En desarrollo', pt: 'Em desenvolvimento' },
  { en: 'Established', es: 'Consolidado', pt: 'Consolidado' },
  { en: 'Leading', es: 'Referente', pt: 'Referência' },
];

const item = (area: SelfAssessmentArea, key: string, en: string, es: string, pt: string): ChecklistItem => ({
  key,
  area,
  text: { en, es, pt },
});

export const selfAssessmentChecklist: readonly ChecklistItem[] = [
  item(
    'structure',
    'legal_entity',
    'The cluster organisation is a legal entity with its own statutes and budget.',
    'La organización clúster es una entidad jurídica con estatutos y presupuesto propios.',
    'A organização do cluster é uma entidade jurídica com estatuto e orçamento próprios.',
  ),
  item(
    'structure',
    'dedicated_team',
    'A dedicated management team (at least 0.5 FTE) has written roles and responsibilities.',
    'Un equipo de gestión dedicado (al menos 0,5 ETC) tiene funciones y responsabilidades escritas.',
    'Uma equipe de gestão dedicada (pelo menos 0,5 ETI) tem funções e responsabilidades escritas.',
  ),
  item(
    'structure',
    'member_register',
    'Members are registered with their type and size, and the register is kept up to date.',
    'Los miembros están registrados con su tipo y tamaño, y el registro se mantiene al día.',
    'Os membros estão registrados com seu tipo e porte, e o registro é mantido atualizado.',
  ),
  item(
    'structure',
    'triple_helix',
    'Members include firms, research or education bodies and public bodies.',
    'Entre los miembros hay empresas, entidades de investigación o formación y entidades públicas.',
    'Entre os membros há empresas, instituições de pesquisa ou ensino e órgãos públicos.',
  ),
  item(
    'structure',
    'means',
    'The team has the premises, tools and information systems its work needs.',
    'El equipo cuenta con los locales, herramientas y sistemas de información que su trabajo requiere.',
    'A equipe conta com as instalações, ferramentas e sistemas de informação de que seu trabalho precisa.',
  ),
  item(
    'management_governance',
    'strategy',
    'A written strategy of 3 to 5 years, agreed with the members, guides the work.',
    'Una estrategia escrita de 3 a 5 años, acordada con los miembros, orienta el trabajo.',
    'Uma estratégia escrita de 3 a 5 anos, acordada com os membros, orienta o trabalho.',
  ),
  item(
    'management_governance',
    'action_plan',
    'An annual action plan with owners, budgets and indicators is reviewed at least twice a year.',
    'Un plan de acción anual con responsables, presupuestos e indicadores se revisa al menos dos veces al año.',
    'Um plano de ação anual com responsáveis, orçamentos e indicadores é revisto pelo menos duas vezes por ano.',
  ),
  item(
    'management_governance',
    'board',
    'The board represents the member types and meets regularly, with minutes.',
    'La junta directiva representa a los tipos de miembros y se reúne con regularidad, con actas.',
    'O conselho representa os tipos de membros e se reúne regularmente, com atas.',
  ),
  item(
    'management_governance',
    'monitoring',
    'Indicators are measured against targets and the results are reported to the members.',
    'Los indicadores se miden frente a metas y los resultados se comunican a los miembros.',
    'Os indicadores são medidos em relação às metas e os resultados são comunicados aos membros.',
  ),
  item(
    'management_governance',
    'staff_development',
    'The staff have a training plan and their skills are reviewed every year.',
    'El personal tiene un plan de formación y sus competencias se revisan cada año.',
    'A equipe tem um plano de capacitação e suas competências são revistas todo ano.',
  ),
  item(
    'financing',
    'diversified',
    'Funding comes from several sources, and no single source is more than half of the budget.',
    'La financiación procede de varias fuentes y ninguna supera la mitad del presupuesto.',
    'O financiamento vem de várias fontes e nenhuma passa da metade do orçamento.',
  ),
  item(
    'financing',
    'fees',
    'Membership fees follow a written rule and are collected on time.',
    'Las cuotas de los miembros siguen una regla escrita y se cobran a tiempo.',
    'As mensalidades dos membros seguem uma regra escrita e são cobradas em dia.',
  ),
  item(
    'financing',
    'service_costs',
    'Each service has a price, and its revenue and cost are known.',
    'Cada servicio tiene un precio y se conocen sus ingresos y su coste.',
    'Cada serviço tem um preço, e sua receita e seu custo são conhecidos.',
  ),
  item(
    'financing',
    'financial_plan',
    'A financial plan of three years or more includes a path away from dependence on public support.',
    'Un plan financiero de tres años o más incluye una senda para reducir la dependencia del apoyo público.',
    'Um plano financeiro de três anos ou mais inclui um caminho para reduzir a dependência do apoio público.',
  ),
  item(
    'financing',
    'projects',
    'The organisation regularly wins competitive projects (regional, national or international).',
    'La organización gana con regularidad proyectos competitivos (regionales, nacionales o internacionales).',
    'A organização ganha com regularidade projetos competitivos (regionais, nacionais ou internacionais).',
  ),
  item(
    'services',
    'portfolio',
    'A written service portfolio answers the needs the members have stated.',
    'Una cartera de servicios escrita responde a las necesidades expresadas por los miembros.',
    'Um portfólio de serviços escrito responde às necessidades expressas pelos membros.',
  ),
  item(
    'services',
    'member_feedback',
    'Members are asked about their needs and their satisfaction at least every two years.',
    'Se consulta a los miembros sobre sus necesidades y su satisfacción al menos cada dos años.',
    'Os membros são consultados sobre suas necessidades e sua satisfação pelo menos a cada dois anos.',
  ),
  item(
    'services',
    'internationalisation',
    'Services help members go abroad: trade missions, fairs, partners in other countries.',
    'Los servicios ayudan a los miembros a internacionalizarse: misiones, ferias, socios en otros países.',
    'Os serviços ajudam os membros a se internacionalizar: missões, feiras, parceiros em outros países.',
  ),
  item(
    'services',
    'innovation',
    'Services help members innovate and prepare joint research and development projects.',
    'Los servicios ayudan a los miembros a innovar y a preparar proyectos conjuntos de I+D.',
    'Os serviços ajudam os membros a inovar e a preparar projetos conjuntos de P&D.',
  ),
  item(
    'services',
    'skills',
    'Training services build the skills of the members’ staff.',
    'Los servicios de formación desarrollan las competencias del personal de los miembros.',
    'Os serviços de capacitação desenvolvem as competências das equipes dos membros.',
  ),
  item(
    'interaction',
    'participation',
    'Most members take part in at least one activity of the cluster a year.',
    'La mayoría de los miembros participa en al menos una actividad del clúster al año.',
    'A maioria dos membros participa de pelo menos uma atividade do cluster por ano.',
  ),
  item(
    'interaction',
    'joint_projects',
    'Members run joint projects that the cluster organisation helped to start.',
    'Los miembros llevan a cabo proyectos conjuntos que la organización clúster ayudó a iniciar.',
    'Os membros realizam projetos conjuntos que a organização do cluster ajudou a iniciar.',
  ),
  item(
    'interaction',
    'external_partners',
    'The organisation works with clusters and bodies in other regions or countries.',
    'La organización colabora con clústeres y entidades de otras regiones o países.',
    'A organização colabora com clusters e instituições de outras regiões ou países.',
  ),
  item(
    'interaction',
    'communication',
    'A website, newsletters and events keep members and the public informed.',
    'Un sitio web, boletines y eventos mantienen informados a los miembros y al público.',
    'Um site, boletins e eventos mantêm informados os membros e o público.',
  ),
  item(
    'interaction',
    'policy_dialogue',
    'The organisation meets regional and national policy makers regularly.',
    'La organización se reúne con regularidad con responsables de políticas regionales y nacionales.',
    'A organização se reúne regularmente com formuladores de políticas regionais e nacionais.',
  ),
  item(
    'achievements',
    'results_in_figures',
    'Results (projects, investment, jobs, sales abroad) are recorded in figures every year.',
    'Los resultados (proyectos, inversión, empleo, ventas en el exterior) se registran en cifras cada año.',
    'Os resultados (projetos, investimento, empregos, vendas externas) são registrados em números todo ano.',
  ),
  item(
    'achievements',
    'membership_trend',
    'Membership has grown or held steady over the last three years.',
    'El número de miembros ha crecido o se ha mantenido en los últimos tres años.',
    'O número de membros cresceu ou se manteve nos últimos três anos.',
  ),
  item(
    'achievements',
    'targets_met',
    'Most targets of the last action plan were met.',
    'Se alcanzaron la mayoría de las metas del último plan de acción.',
    'A maioria das metas do último plano de ação foi alcançada.',
  ),
  item(
    'achievements',
    'recognition',
    'A programme, label or award has recognised the organisation in the last five years.',
    'Un programa, sello o premio ha reconocido a la organización en los últimos cinco años.',
    'Um programa, selo ou prêmio reconheceu a organização nos últimos cinco anos.',
  ),
  item(
    'achievements',
    'member_stories',
    'Members’ success stories due to the cluster are documented and published.',
    'Se documentan y publican casos de éxito de miembros debidos al clúster.',
    'Casos de sucesso de membros devidos ao cluster são documentados e publicados.',
  ),
];

export const selfAssessmentItemKeys = selfAssessmentChecklist.map((i) => i.key);
