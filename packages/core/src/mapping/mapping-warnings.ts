/** Every warning of the mapping measures, written once (STYLE.md §6). */
export interface MappingWarning {
  code:
    'zero-region' | 'zero-industry' | 'missing-cells' | 'no-eigenvector-convergence' | 'isolated-industry';
  message: string;
  /** Labels concerned (regions or industries), at most 20 listed. */
  labels?: string[];
}

const list = (labels: readonly string[]) =>
  labels.length > 20 ? [...labels.slice(0, 20), `… ${labels.length - 20} more`] : [...labels];

export const mappingWarnings = {
  zeroRegions: (labels: readonly string[]): MappingWarning => ({
    code: 'zero-region',
    message: `${labels.length} region(s) have no present industry (diversity 0); left out of ECI/PCI (their ECI is NaN)`,
    labels: list(labels),
  }),
  zeroIndustries: (labels: readonly string[]): MappingWarning => ({
    code: 'zero-industry',
    message: `${labels.length} industr(y/ies) are present in no region (ubiquity 0); left out of ECI/PCI (their PCI is NaN)`,
    labels: list(labels),
  }),
  missingCells: (count: number): MappingWarning => ({
    code: 'missing-cells',
    message: `${count} cell(s) are missing or suppressed: they count in no total and their LQ is NaN (not present)`,
  }),
  noConvergence: (residual: number): MappingWarning => ({
    code: 'no-eigenvector-convergence',
    message: `the eigenvector for ECI/PCI did not converge (residual ${residual.toExponential(2)}); values may be inaccurate`,
  }),
  /** Industries no cluster definition claims (code `missing-cells`, as `polos map` has always written). */
  unmappedIndustries: (labels: readonly string[]): MappingWarning => ({
    code: 'missing-cells',
    message: `${labels.length} industr(y/ies) of the data belong to no cluster of the definitions`,
    labels: labels.slice(0, 20),
  }),
  isolatedIndustries: (labels: readonly string[]): MappingWarning => ({
    code: 'isolated-industry',
    message: `${labels.length} industr(y/ies) have zero proximity to every other industry: their density is NaN`,
    labels: list(labels),
  }),
};
