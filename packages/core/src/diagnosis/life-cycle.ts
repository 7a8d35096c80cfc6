/**
 * Life-cycle stage of a cluster and the policy phase it belongs to. The IDB study follows
 * the Chilean salmon cluster through three stages, each with its own public policies
 * (Pietrobelli & Rabellotti 2004, Table 20, after Maggi, Montero & Parra 2000 and Maggi
 * 2003): initial learning (1978–85) → maturing (1986–95) → globalisation (1996–2003).
 * The general cycle (emergence, growth, maturity, decline, renewal) is mapped onto these
 * three phases so that advice rules can test one fact, `lifeCyclePhase`:
 *
 *   emergence, initial_learning → initial_learning
 *   growth, maturing            → maturing
 *   maturity, globalisation     → globalisation
 *   decline, renewal            → renewal (no column of Table 20: no salmon-based policies)
 */
import type { LifeCycleStage } from '../domain/vocabularies';

export type LifeCyclePhase = 'initial_learning' | 'maturing' | 'globalisation' | 'renewal';

const phaseOf: Record<LifeCycleStage, LifeCyclePhase> = {
  emergence: 'initial_learning',
  initial_learning: 'initial_learning',
  growth: 'maturing',
  maturing: 'maturing',
  maturity: 'globalisation',
  globalisation: 'globalisation',
  decline: 'renewal',
  renewal: 'renewal',
};

/**
 * @example lifeCyclePhase('growth')  // 'maturing'
 * @example lifeCyclePhase(undefined) // undefined
 */
export function lifeCyclePhase(stage: LifeCycleStage | null | undefined): LifeCyclePhase | undefined {
  return stage ? phaseOf[stage] : undefined;
}

/**
 * The column of IDB Table 20 that describes a stage's policies, or undefined for a stage
 * the salmon case does not cover (decline, renewal).
 * @example salmonTableColumn('emergence') // 'initial_learning'
 */
export function salmonTableColumn(
  stage: LifeCycleStage | null | undefined,
): 'initial_learning' | 'maturing' | 'globalisation' | undefined {
  const phase = lifeCyclePhase(stage);
  return phase === 'renewal' ? undefined : phase;
}
