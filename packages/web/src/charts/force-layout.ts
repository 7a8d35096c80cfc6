/**
 * The step both force-directed networks share (cluster relatedness, industry space): after
 * d3-force has laid the nodes out, scale and centre the layout in the frame.
 */
export interface FitOptions {
  width: number;
  height: number;
  /** Horizontal and vertical room left free (pixels, both sides together). */
  padX: number;
  padY: number;
  /** The largest zoom factor. */
  maxScale: number;
  /** Room kept free below the layout (pixels), e.g. for labels. */
  bottom?: number;
}

/** Functions that map a laid-out node's x and y into the frame. */
export function fitToFrame(
  nodes: readonly { x?: number; y?: number }[],
  { width, height, padX, padY, maxScale, bottom = 0 }: FitOptions,
): { x(x: number): number; y(y: number): number } {
  const xs = nodes.map((n) => n.x!);
  const ys = nodes.map((n) => n.y!);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const k = Math.min((width - padX) / (x1 - x0 || 1), (height - padY) / (y1 - y0 || 1), maxScale);
  const dx = (width - (x1 - x0) * k) / 2;
  const dy = (height - bottom - (y1 - y0) * k) / 2;
  return { x: (x) => dx + (x - x0) * k, y: (y) => dy + (y - y0) * k };
}
