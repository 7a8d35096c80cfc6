/**
 * The frame of every data table: a scrollable, focusable region named by its section's
 * heading, holding a `table.data` with an optional caption. The rows come as children.
 */
import type { ReactNode } from 'react';

export function DataTable({
  labelledBy,
  caption,
  testId,
  children,
}: {
  /** The id of the heading that names the region. */
  labelledBy: string;
  caption?: ReactNode;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={labelledBy}>
      <table className="data" data-testid={testId}>
        {caption !== undefined ? <caption>{caption}</caption> : null}
        {children}
      </table>
    </div>
  );
}
