/** Scores with every item at the same value: the simplest assessment, for tests and examples. */
import type { Scores } from './assessment';

export function uniformScores(v: number): Scores {
  return {
    externalEconomies: {
      specialisedLabourMarket: v,
      availabilityOfInputs: v,
      easyAccessToInformation: v,
      marketAccess: v,
    },
    jointAction: {
      backwardVerticalLinkages: v,
      forwardVerticalLinkages: v,
      horizontalBilateralLinkages: v,
      horizontalMultilateralLinkages: v,
    },
    upgrading: { process: v, product: v, functional: v, intersectoral: v },
  };
}
