/**
 * The frame of every data table: a scrollable, focusable region named by its section's
 * heading and the word "(table)" — not the section's own name, since two landmarks of one
 * name are ambiguous (axe landmark-unique) — holding a `table.data` with an optional caption and header row (`columns`). The
 * rows come as children.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A column heading: its label and, for numbers or narrow screens, its class. */
export interface Column {
  label: ReactNode;
  className?: string;
}

/** The header row of a table: one `th scope="col"` per column. */
export function TableHead({ columns }: { columns: readonly Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c, i) => (
          <th key={i} scope="col" className={c.className}>
            {c.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

export function DataTable({
  name,
  caption,
  columns,
  children,
}: {
  /** The table's name: its heading is `#<name>-title` (it names the region); `data-testid` is `name`. */
  name: string;
  caption?: ReactNode;
  /** The header row; omit it to write the `thead` among the children. */
  columns?: readonly Column[];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div
      className="table-wrap"
      tabIndex={0}
      role="region"
      aria-labelledby={`${name}-title ${name}-table-word`}
    >
      <span id={`${name}-table-word`} className="visually-hidden">
        {t('charts.table')}
      </span>
      <table className="data" data-testid={name}>
        {caption !== undefined ? <caption>{caption}</caption> : null}
        {columns ? <TableHead columns={columns} /> : null}
        {children}
      </table>
    </div>
  );
}
