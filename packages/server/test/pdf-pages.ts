/** Test helpers for printed PDFs. */

/** The number of page objects of a PDF (`/Type /Page`, not `/Pages`). */
export const pdfPageCount = (pdf: Buffer): number =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
