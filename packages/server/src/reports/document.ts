/**
 * A report as one HTML document (decision 087): a title block, the sections that have data
 * (a section renderer returns null when it has none, and the section is left out), each
 * closing with its sources, then every source once in a "Sources" section. Inline CSS only,
 * no script; fonts that Debian ships (Liberation, DejaVu).
 */
import { fill, formatterFor, labelsFor, type Formatter, type Labels, type ReportLanguage } from './language';
import { html, SafeHtml } from './html';

/** A section as rendered: its heading, its body and the sources it cites. */
export interface RenderedSection {
  id: string;
  title: string;
  body: SafeHtml;
  sources: string[];
}

/**
 * One section of a report: `(data, t, fmt) => section | null`, null meaning "no data, the
 * section is omitted". A report is a list of these (organisation-report.ts, cluster-brief.ts).
 */
export type SectionRenderer<D> = (data: D, t: Labels, fmt: Formatter) => RenderedSection | null;

export interface ReportDocument {
  language: ReportLanguage;
  /** The kind of report ("Organisation report"), also in each page's footer. */
  kind: string;
  /** What it is about (the organisation's or cluster's name). */
  subject: string;
  /** When it was generated, formatted. */
  date: string;
  sections: RenderedSection[];
}

const styles = `
@page { size: A4; }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #1c2833; margin: 0; line-height: 1.35; }
header.title { border-bottom: 3px solid #1b4f72; margin-bottom: 14pt; padding-bottom: 8pt; }
header.title .kind { text-transform: uppercase; letter-spacing: 0.08em; color: #1b4f72; font-size: 9pt; margin: 0; }
h1 { font-size: 20pt; margin: 2pt 0 4pt; }
h2 { font-size: 14pt; color: #1b4f72; margin: 16pt 0 6pt; break-after: avoid; }
h3 { font-size: 11pt; margin: 10pt 0 4pt; break-after: avoid; }
p { margin: 0 0 6pt; }
.meta { color: #566573; font-size: 9pt; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; font-size: 9pt; }
thead { display: table-header-group; }
th, td { border-bottom: 1px solid #d5d8dc; padding: 2.5pt 4pt; text-align: left; vertical-align: top; }
th { background: #eaf2f8; font-weight: bold; }
td.n, th.n { text-align: right; }
td.n { white-space: nowrap; }
tr { break-inside: avoid; }
dl.profile { display: grid; grid-template-columns: 40% 60%; margin: 0; }
dl.profile dt { font-weight: bold; padding: 2pt 0; border-bottom: 1px solid #eaecee; }
dl.profile dd { margin: 0; padding: 2pt 0; border-bottom: 1px solid #eaecee; }
figure.chart { margin: 6pt 0 10pt; break-inside: avoid; }
figure.chart figcaption { font-size: 8.5pt; color: #566573; }
.section-sources { font-size: 8pt; color: #566573; border-top: 1px dotted #aab7b8; margin-top: 6pt; padding-top: 3pt; }
.section-sources ol, section.sources ol { margin: 2pt 0 0 14pt; padding: 0; }
td[class^="status-"], td.nowrap { white-space: nowrap; }
th.main { width: 34%; }
tr.group th { background: #f4f6f7; color: #1b4f72; }
.status-on_track { color: #1e8449; } .status-at_risk { color: #b9770e; } .status-off_track { color: #c0392b; }
.alert { border-left: 3px solid #c0392b; padding-left: 6pt; }
`;

/** Every source once, in order of first citation. */
export const sourcesOf = (sections: readonly RenderedSection[]): string[] => [
  ...new Set(sections.flatMap((s) => s.sources)),
];

/** The section with its own sources, numbered within it (a section's "[2]" is its second). */
function sectionHtml(section: RenderedSection, t: Labels): SafeHtml {
  const cited = section.sources.length
    ? html`<div class="section-sources">
        ${t.sourcesOfSection}:
        <ol>
          ${section.sources.map((s) => html`<li>${s}</li>`)}
        </ol>
      </div>`
    : '';
  return html`<section id="${section.id}">
    <h2>${section.title}</h2>
    ${section.body}${cited}
  </section>`;
}

/** The whole document, ready for a browser or Chromium's printer. */
export function reportHtml(doc: ReportDocument, t: Labels): string {
  const all = sourcesOf(doc.sections);
  const sources = all.length
    ? html`<section class="sources" id="sources">
        <h2>${t.sources}</h2>
        <ol>
          ${all.map((s) => html`<li>${s}</li>`)}
        </ol>
      </section>`
    : '';
  return html`<!doctype html>
    <html lang="${doc.language}">
      <head>
        <meta charset="utf-8" />
        <title>${doc.kind}: ${doc.subject}</title>
        <style>
          ${new SafeHtml(styles)}
        </style>
      </head>
      <body>
        <header class="title">
          <p class="kind">${doc.kind}</p>
          <h1>${doc.subject}</h1>
          <p class="meta">${fill(t.generatedOn, { date: doc.date })}</p>
        </header>
        ${doc.sections.map((s) => sectionHtml(s, t))}${sources}
      </body>
    </html>`.value;
}

/** The footer Chromium prints on every page: the report's title and date, and "n / N". */
export function footerTemplate(doc: Pick<ReportDocument, 'kind' | 'subject' | 'date'>): string {
  return html`<div
    style="font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 8px; color: #566573; width: 100%; margin: 0 15mm; display: flex; justify-content: space-between;"
  >
    <span>${doc.kind}: ${doc.subject} · ${doc.date}</span
    ><span><span class="pageNumber"></span> / <span class="totalPages"></span></span>
  </div>`.value;
}

/** A report ready to serve as HTML or to print: the document and what the PDF footer shows. */
export interface BuiltReport {
  html: string;
  kind: string;
  subject: string;
  date: string;
}

/**
 * Renders the sections that have data, in order, into one document generated `now`.
 * @example buildReport(organisationSections, data, { kind: (t) => t.organisationReport, subject: org.name, language: 'es', now })
 */
export function buildReport<D>(
  renderers: ReadonlyArray<SectionRenderer<D>>,
  data: D,
  options: { kind: (t: Labels) => string; subject: string; language: ReportLanguage; now: Date },
): BuiltReport {
  const t = labelsFor(options.language);
  const fmt = formatterFor(options.language);
  const doc: ReportDocument = {
    language: options.language,
    kind: options.kind(t),
    subject: options.subject,
    date: fmt.date(options.now),
    sections: renderers.map((render) => render(data, t, fmt)).filter((s): s is RenderedSection => s !== null),
  };
  return { html: reportHtml(doc, t), kind: doc.kind, subject: doc.subject, date: doc.date };
}
