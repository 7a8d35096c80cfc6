/**
 * A list page's filters kept in the URL (url-filters.ts): read from the address, each
 * change a history entry (Back returns to the previous filters; navigation.ts), the text
 * search debounced (250 ms) from what is typed. `update` changes some filters and goes back
 * to page 1.
 */
import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import { useQueryHistory } from './navigation';
import { filtersQuery, readFilters, type FilterSpec, type FilterValues } from './url-filters';

export function useUrlFilters<S extends FilterSpec & { q: unknown }>(spec: S) {
  const [filters, setFilters] = useState<FilterValues<S>>(() => readFilters(spec, location.search));
  const [typed, setTyped] = useState(filters.q);
  useDebouncedSearch(typed, setFilters);
  useQueryHistory(filtersQuery(spec, filters), () => {
    const f = readFilters(spec, location.search);
    setFilters(f);
    setTyped(f.q);
  });
  return {
    filters,
    setFilters,
    typed,
    setTyped,
    update: (change: Partial<FilterValues<S>>) => setFilters((f) => ({ ...f, page: 1, ...change })),
    /** Every filter cleared (and the search box). */
    clear: () => {
      setTyped('');
      setFilters(readFilters(spec, ''));
    },
  };
}

/** 250 ms after the last keystroke, the trimmed text becomes the `q` filter (and page 1). */
export function useDebouncedSearch<F extends { q: unknown; page: unknown }>(
  typed: string,
  setFilters: Dispatch<SetStateAction<F>>,
): void {
  useEffect(() => {
    const id = setTimeout(
      () => setFilters((f) => (f.q === typed.trim() ? f : { ...f, q: typed.trim(), page: 1 })),
      250,
    );
    return () => clearTimeout(id);
  }, [typed, setFilters]);
}
