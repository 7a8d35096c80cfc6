/**
 * Downloads of what a page shows: tables as CSV (RFC 4180, UTF-8 with a BOM so
 * spreadsheet programs read accents), charts and maps as SVG or PNG. Everything is made
 * in the browser from what is on screen; nothing is sent anywhere.
 */
import { neutraliseFormula } from '@polos/core';

export type CsvValue = string | number | boolean | null | undefined;

/**
 * One CSV field: text that a spreadsheet would run as a formula (= + - @ TAB CR first)
 * gets a leading quote (`neutraliseFormula`; numbers untouched); quoted when it holds a
 * comma, quote, CR or LF; quotes doubled; empty for null.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const s =
    typeof value === 'number'
      ? Number.isFinite(value)
        ? String(value)
        : ''
      : neutraliseFormula(String(value));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV text: a header row, then one row per record, CRLF line ends (RFC 4180). */
export function toCsv(columns: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [columns, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadCsv(
  filename: string,
  columns: readonly string[],
  rows: readonly (readonly CsvValue[])[],
): void {
  saveBlob(new Blob(['\uFEFF', toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' }), filename);
}

/**
 * The downloaded picture's size: the on-screen width, and the height of the download's own
 * frame when the SVG has one (`data-download-viewbox`: a map whose legend is HTML on the page).
 */
function downloadSize(svg: SVGSVGElement): { width: number; height: number; viewBox: string | null } {
  const { width, height } = svg.getBoundingClientRect();
  const viewBox = svg.getAttribute('data-download-viewbox');
  const [, , w, h] = (viewBox ?? '').split(' ').map(Number);
  return viewBox && w && h ? { width, height: (width * h) / w, viewBox } : { width, height, viewBox: null };
}

/** A standalone SVG document of an <svg> on the page (namespaces and size made explicit). */
export function svgDocument(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  const { width, height, viewBox } = downloadSize(svg);
  if (viewBox) {
    // The legend the page shows in HTML goes into the file, under the map.
    copy.setAttribute('viewBox', viewBox);
    copy.removeAttribute('data-download-viewbox');
    for (const part of copy.querySelectorAll('.download-only')) part.removeAttribute('display');
  }
  if (!copy.getAttribute('width')) copy.setAttribute('width', String(Math.round(width)));
  if (!copy.getAttribute('height')) copy.setAttribute('height', String(Math.round(height)));
  // Charts inherit the page's font and colour; make them explicit so the file looks the same alone.
  const style = getComputedStyle(svg);
  copy.style.fontFamily = style.fontFamily;
  copy.style.color = style.color;
  copy.style.background = '#fff';
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

export function downloadSvg(svg: SVGSVGElement, filename: string): void {
  saveBlob(new Blob([svgDocument(svg)], { type: 'image/svg+xml;charset=utf-8' }), filename);
}

/** PNG at `scale` × the on-screen size (2 = sharp on paper and high-density screens), white background. */
export async function downloadPng(svg: SVGSVGElement, filename: string, scale = 2): Promise<void> {
  const { width, height } = downloadSize(svg);
  const url = URL.createObjectURL(new Blob([svgDocument(svg)], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw on a canvas');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
    saveBlob(blob, filename);
  } finally {
    URL.revokeObjectURL(url);
  }
}
