/** Every warning of the mapping measures, written once (STYLE.md §6); texts in data-notes.ts. */
import { dataNote, type DataNote } from './data-notes';

export interface MappingWarning {
  code:
    'zero-region' | 'zero-industry' | 'missing-cells' | 'no-eigenvector-convergence' | 'isolated-industry';
  message: string;
  /** Labels concerned (regions or industries), at most 20 listed. */
  labels?: string[];
  /** The same warning as a note an interface shows in its reader's language. */
  note: DataNote;
}

const warning = (code: MappingWarning['code'], note: DataNote, labels?: string[]): MappingWarning => ({
  code,
  message: note.text,
  ...(labels && { labels }),
  note,
});

const list = (labels: readonly string[]) =>
  labels.length > 20 ? [...labels.slice(0, 20), `… ${labels.length - 20} more`] : [...labels];

export const mappingWarnings = {
  zeroRegions: (labels: readonly string[]): MappingWarning =>
    warning('zero-region', dataNote('zero-region', { count: labels.length }), list(labels)),
  zeroIndustries: (labels: readonly string[]): MappingWarning =>
    warning('zero-industry', dataNote('zero-industry', { count: labels.length }), list(labels)),
  missingCells: (count: number): MappingWarning =>
    warning('missing-cells', dataNote('missing-cells', { count })),
  noConvergence: (residual: number): MappingWarning =>
    warning(
      'no-eigenvector-convergence',
      dataNote('no-eigenvector-convergence', { residual: residual.toExponential(2) }),
    ),
  /** Industries no cluster definition claims (code `missing-cells`, as `polos map` has always written). */
  unmappedIndustries: (labels: readonly string[]): MappingWarning =>
    warning('missing-cells', dataNote('unmapped-industries', { count: labels.length }), labels.slice(0, 20)),
  isolatedIndustries: (labels: readonly string[]): MappingWarning =>
    warning('isolated-industry', dataNote('isolated-industry', { count: labels.length }), list(labels)),
};
