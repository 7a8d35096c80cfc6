/** The button under a long table that shows all its rows, or the first ones again. */
import { useTranslation } from 'react-i18next';

/** The rows to show: all, or the first `first`. */
export const firstRows = <T,>(rows: readonly T[], all: boolean, first = 15): readonly T[] =>
  all ? rows : rows.slice(0, first);

export function ShowAllButton({
  count,
  all,
  onToggle,
  first = 15,
}: {
  count: number;
  all: boolean;
  onToggle(): void;
  first?: number;
}) {
  const { t } = useTranslation();
  if (count <= first) return null;
  return (
    <button type="button" className="secondary" onClick={onToggle}>
      {all ? t('space.showFewer') : t('space.showAll', { count })}
    </button>
  );
}
