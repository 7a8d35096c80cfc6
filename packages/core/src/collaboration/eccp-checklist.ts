/**
 * The validation checklist of the European Cluster Collaboration Platform (ECCP) for a
 * cluster organisation profile (DOMAIN.md §7): dedicated management of at least 0.5 FTE,
 * at least 15 committed members, at least 2 member types (triple helix), visible activity;
 * waived for organisations recognised by a regional or national programme. Thresholds are
 * configurable. Each criterion is met, unmet or unknown (the profile does not say) with a
 * reason in English, Spanish and Portuguese; nothing unknown is counted as unmet.
 */
import type { CollaborationProfile } from './profile';
import { formatDecimal as num } from './number-format';
import type { Label } from './vocabularies';

export interface EccpChecklistConfig {
  minManagementFte: number;
  minMembers: number;
  minMemberTypes: number;
  requireVisibleActivity: boolean;
  /** Recognition by a regional or national programme waives the four criteria. */
  waiveIfRecognised: boolean;
  /** An organisation founded fewer than this many years before `year` is "newly founded" (it waits). */
  newlyFoundedYears: number;
}

export const defaultEccpChecklistConfig: EccpChecklistConfig = {
  minManagementFte: 0.5,
  minMembers: 15,
  minMemberTypes: 2,
  requireVisibleActivity: true,
  waiveIfRecognised: true,
  newlyFoundedYears: 2,
};

export type CriterionKey = 'management_fte' | 'members' | 'member_types' | 'visible_activity';
export type CriterionStatus = 'met' | 'unmet' | 'unknown';

export interface CriterionResult {
  key: CriterionKey;
  status: CriterionStatus;
  waived: boolean;
  reason: Label;
}

export interface EccpChecklistResult {
  /** `eligible`: all met or waived; `not_eligible`: one unmet; `incomplete`: none unmet, one unknown. */
  outcome: 'eligible' | 'not_eligible' | 'incomplete' | 'newly_founded';
  criteria: CriterionResult[];
}

export type EccpChecklistInput = Pick<
  CollaborationProfile,
  'staffFte' | 'members' | 'visibleActivity' | 'recognisedByProgramme' | 'founded'
>;

function criterion(key: CriterionKey, status: CriterionStatus, reason: Label): CriterionResult {
  return { key, status, waived: false, reason };
}

function management(p: EccpChecklistInput, min: number): CriterionResult {
  if (p.staffFte === null) {
    return criterion('management_fte', 'unknown', {
      en: 'The profile does not state the management staff (FTE).',
      es: 'El perfil no indica el personal de gestión (ETC).',
      pt: 'O perfil não indica a equipe de gestão (ETI).',
    });
  }
  const ok = p.staffFte >= min;
  return criterion('management_fte', ok ? 'met' : 'unmet', {
    en: `Management staff ${num(p.staffFte, 'en')} FTE ${ok ? '≥' : '<'} ${num(min, 'en')} FTE.`,
    es: `Personal de gestión ${num(p.staffFte, 'es')} ETC ${ok ? '≥' : '<'} ${num(min, 'es')} ETC.`,
    pt: `Equipe de gestão ${num(p.staffFte, 'pt')} ETI ${ok ? '≥' : '<'} ${num(min, 'pt')} ETI.`,
  });
}

/** Why the two member criteria are unknown when a profile lists no members. */
const NO_MEMBERS = {
  members: {
    en: 'The profile does not state its members.',
    es: 'El perfil no indica sus miembros.',
    pt: 'O perfil não indica seus membros.',
  },
  member_types: {
    en: 'The profile does not state its members by type.',
    es: 'El perfil no indica sus miembros por tipo.',
    pt: 'O perfil não indica seus membros por tipo.',
  },
};

function members(p: EccpChecklistInput, min: number): CriterionResult {
  if (p.members.length === 0) return criterion('members', 'unknown', NO_MEMBERS.members);
  const n = p.members.reduce((s, m) => s + m.count, 0);
  const ok = n >= min;
  return criterion('members', ok ? 'met' : 'unmet', {
    en: `${n} committed members ${ok ? '≥' : '<'} ${min}.`,
    es: `${n} miembros comprometidos ${ok ? '≥' : '<'} ${min}.`,
    pt: `${n} membros comprometidos ${ok ? '≥' : '<'} ${min}.`,
  });
}

function memberTypes(p: EccpChecklistInput, min: number): CriterionResult {
  if (p.members.length === 0) return criterion('member_types', 'unknown', NO_MEMBERS.member_types);
  const kinds = [...new Set(p.members.filter((m) => m.count > 0).map((m) => m.kind))].sort();
  const ok = kinds.length >= min;
  const list = kinds.join(', ') || '—';
  return criterion('member_types', ok ? 'met' : 'unmet', {
    en: `${kinds.length} member types (${list}) ${ok ? '≥' : '<'} ${min}.`,
    es: `${kinds.length} tipos de miembros (${list}) ${ok ? '≥' : '<'} ${min}.`,
    pt: `${kinds.length} tipos de membros (${list}) ${ok ? '≥' : '<'} ${min}.`,
  });
}

function activity(p: EccpChecklistInput, required: boolean): CriterionResult {
  if (!required) {
    return criterion('visible_activity', 'met', {
      en: 'Visible activity is not required by this configuration.',
      es: 'Esta configuración no exige actividad visible.',
      pt: 'Esta configuração não exige atividade visível.',
    });
  }
  if (p.visibleActivity === null) {
    return criterion('visible_activity', 'unknown', {
      en: 'Visible activity has not been checked.',
      es: 'La actividad visible no se ha comprobado.',
      pt: 'A atividade visível não foi verificada.',
    });
  }
  return p.visibleActivity
    ? criterion('visible_activity', 'met', {
        en: 'The organisation shows visible activity.',
        es: 'La organización muestra actividad visible.',
        pt: 'A organização mostra atividade visível.',
      })
    : criterion('visible_activity', 'unmet', {
        en: 'The organisation shows no visible activity.',
        es: 'La organización no muestra actividad visible.',
        pt: 'A organização não mostra atividade visível.',
      });
}

/**
 * Check a profile against the ECCP criteria. `year` (the current year, passed by the
 * caller: core reads no clock) decides "newly founded".
 */
export function eccpChecklist(
  profile: EccpChecklistInput,
  year: number,
  config: EccpChecklistConfig = defaultEccpChecklistConfig,
): EccpChecklistResult {
  let criteria = [
    management(profile, config.minManagementFte),
    members(profile, config.minMembers),
    memberTypes(profile, config.minMemberTypes),
    activity(profile, config.requireVisibleActivity),
  ];
  const programme = profile.recognisedByProgramme;
  if (config.waiveIfRecognised && programme !== null && programme.trim() !== '') {
    criteria = criteria.map((c) =>
      c.status === 'met'
        ? c
        : {
            ...c,
            status: 'met',
            waived: true,
            reason: {
              en: `Waived: recognised by ${programme}. (${c.reason.en})`,
              es: `Dispensado: reconocida por ${programme}. (${c.reason.es})`,
              pt: `Dispensado: reconhecida por ${programme}. (${c.reason.pt})`,
            },
          },
    );
  }
  const newlyFounded = profile.founded !== null && year - profile.founded < config.newlyFoundedYears;
  const outcome = criteria.some((c) => c.status === 'unmet')
    ? newlyFounded
      ? 'newly_founded'
      : 'not_eligible'
    : criteria.some((c) => c.status === 'unknown')
      ? 'incomplete'
      : 'eligible';
  return { outcome, criteria };
}
