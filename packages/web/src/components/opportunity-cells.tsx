/**
 * The figures of a diversification opportunity as table cells: relatedness density,
 * complexity and the combined score (docs/methods/mapping.md), two decimals at most.
 */
export function OpportunityCells({
  opportunity,
  format,
}: {
  opportunity: { density: number; complexity: number; score: number };
  format: Intl.NumberFormat;
}) {
  return (
    <>
      <td className="num">{format.format(opportunity.density)}</td>
      <td className="num">{format.format(opportunity.complexity)}</td>
      <td className="num">{format.format(opportunity.score)}</td>
    </>
  );
}
