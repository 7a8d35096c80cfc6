/** Short names of the 56 WIOD 2016 sectors in English, Spanish and Portuguese (polos's translations). */
import type { Label } from '../vocabularies';

export const wiodSectorLabels: Readonly<Record<string, Label>> = {
  A01: { en: 'crop and animal production', es: 'agricultura y ganadería', pt: 'agricultura e pecuária' },
  A02: { en: 'forestry and logging', es: 'silvicultura', pt: 'silvicultura' },
  A03: { en: 'fishing and aquaculture', es: 'pesca y acuicultura', pt: 'pesca e aquicultura' },
  B: { en: 'mining and quarrying', es: 'minería', pt: 'mineração' },
  'C10-C12': {
    en: 'food, beverages and tobacco',
    es: 'alimentos, bebidas y tabaco',
    pt: 'alimentos, bebidas e fumo',
  },
  'C13-C15': {
    en: 'textiles, apparel and leather',
    es: 'textiles, confección y cuero',
    pt: 'têxteis, vestuário e couro',
  },
  C16: { en: 'wood products', es: 'productos de madera', pt: 'produtos de madeira' },
  C17: { en: 'paper products', es: 'productos de papel', pt: 'produtos de papel' },
  C18: { en: 'printing', es: 'impresión', pt: 'impressão' },
  C19: {
    en: 'coke and refined petroleum',
    es: 'coque y refinación de petróleo',
    pt: 'coque e refino de petróleo',
  },
  C20: { en: 'chemicals', es: 'productos químicos', pt: 'produtos químicos' },
  C21: { en: 'pharmaceuticals', es: 'productos farmacéuticos', pt: 'produtos farmacêuticos' },
  C22: { en: 'rubber and plastics', es: 'caucho y plásticos', pt: 'borracha e plásticos' },
  C23: { en: 'non-metallic mineral products', es: 'minerales no metálicos', pt: 'minerais não metálicos' },
  C24: { en: 'basic metals', es: 'metales básicos', pt: 'metalurgia básica' },
  C25: { en: 'fabricated metal products', es: 'productos metálicos', pt: 'produtos de metal' },
  C26: { en: 'computers and electronics', es: 'informática y electrónica', pt: 'informática e eletrônicos' },
  C27: { en: 'electrical equipment', es: 'equipo eléctrico', pt: 'equipamentos elétricos' },
  C28: { en: 'machinery and equipment', es: 'maquinaria y equipo', pt: 'máquinas e equipamentos' },
  C29: { en: 'motor vehicles', es: 'vehículos automotores', pt: 'veículos automotores' },
  C30: {
    en: 'other transport equipment',
    es: 'otro material de transporte',
    pt: 'outros equipamentos de transporte',
  },
  C31_C32: {
    en: 'furniture and other manufacturing',
    es: 'muebles y otras manufacturas',
    pt: 'móveis e outras manufaturas',
  },
  C33: {
    en: 'repair and installation of machinery',
    es: 'reparación e instalación de maquinaria',
    pt: 'manutenção e instalação de máquinas',
  },
  D35: { en: 'electricity and gas', es: 'electricidad y gas', pt: 'eletricidade e gás' },
  E36: { en: 'water supply', es: 'suministro de agua', pt: 'abastecimento de água' },
  'E37-E39': {
    en: 'sewerage and waste management',
    es: 'saneamiento y gestión de residuos',
    pt: 'esgoto e gestão de resíduos',
  },
  F: { en: 'construction', es: 'construcción', pt: 'construção' },
  G45: {
    en: 'motor vehicle trade and repair',
    es: 'comercio y reparación de vehículos',
    pt: 'comércio e reparação de veículos',
  },
  G46: { en: 'wholesale trade', es: 'comercio al por mayor', pt: 'comércio atacadista' },
  G47: { en: 'retail trade', es: 'comercio al por menor', pt: 'comércio varejista' },
  H49: { en: 'land transport', es: 'transporte terrestre', pt: 'transporte terrestre' },
  H50: { en: 'water transport', es: 'transporte marítimo y fluvial', pt: 'transporte aquaviário' },
  H51: { en: 'air transport', es: 'transporte aéreo', pt: 'transporte aéreo' },
  H52: {
    en: 'warehousing and transport support',
    es: 'almacenamiento y actividades anexas al transporte',
    pt: 'armazenagem e atividades auxiliares dos transportes',
  },
  H53: { en: 'postal and courier', es: 'correos y mensajería', pt: 'correio e entregas' },
  I: {
    en: 'accommodation and food services',
    es: 'alojamiento y restauración',
    pt: 'alojamento e alimentação',
  },
  J58: { en: 'publishing', es: 'edición', pt: 'edição' },
  J59_J60: {
    en: 'audiovisual and broadcasting',
    es: 'audiovisual y radiodifusión',
    pt: 'audiovisual e radiodifusão',
  },
  J61: { en: 'telecommunications', es: 'telecomunicaciones', pt: 'telecomunicações' },
  J62_J63: {
    en: 'IT and information services',
    es: 'informática y servicios de información',
    pt: 'tecnologia da informação e serviços de informação',
  },
  K64: { en: 'financial services', es: 'servicios financieros', pt: 'serviços financeiros' },
  K65: { en: 'insurance and pensions', es: 'seguros y pensiones', pt: 'seguros e previdência' },
  K66: {
    en: 'auxiliary financial services',
    es: 'servicios financieros auxiliares',
    pt: 'serviços financeiros auxiliares',
  },
  L68: { en: 'real estate', es: 'inmobiliarias', pt: 'atividades imobiliárias' },
  M69_M70: {
    en: 'legal, accounting and consultancy',
    es: 'jurídicas, contabilidad y consultoría',
    pt: 'jurídicas, contabilidade e consultoria',
  },
  M71: {
    en: 'architecture, engineering and testing',
    es: 'arquitectura, ingeniería y ensayos',
    pt: 'arquitetura, engenharia e ensaios',
  },
  M72: {
    en: 'scientific research and development',
    es: 'investigación y desarrollo',
    pt: 'pesquisa e desenvolvimento',
  },
  M73: {
    en: 'advertising and market research',
    es: 'publicidad y estudios de mercado',
    pt: 'publicidade e pesquisa de mercado',
  },
  M74_M75: {
    en: 'other professional and technical services',
    es: 'otras actividades profesionales y técnicas',
    pt: 'outras atividades profissionais e técnicas',
  },
  N: {
    en: 'administrative and support services',
    es: 'servicios administrativos y de apoyo',
    pt: 'serviços administrativos e de apoio',
  },
  O84: { en: 'public administration', es: 'administración pública', pt: 'administração pública' },
  P85: { en: 'education', es: 'educación', pt: 'educação' },
  Q: { en: 'health and social work', es: 'salud y servicios sociales', pt: 'saúde e serviços sociais' },
  R_S: { en: 'other services', es: 'otros servicios', pt: 'outros serviços' },
  T: { en: 'households as employers', es: 'hogares como empleadores', pt: 'serviços domésticos' },
  U: {
    en: 'extraterritorial organisations',
    es: 'organizaciones extraterritoriales',
    pt: 'organismos internacionais',
  },
};

/** The label of a WIOD sector code; the code itself when unknown. */
export function wiodSectorLabel(code: string, lang: 'en' | 'es' | 'pt'): string {
  return wiodSectorLabels[code]?.[lang] ?? code;
}
