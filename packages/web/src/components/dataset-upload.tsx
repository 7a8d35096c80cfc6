/**
 * Upload a statistical table to the map studio (analysts and admins): a long CSV or CSV.gz
 * (one row per region × industry [× year]). The header is read in the browser (gzip too,
 * with DecompressionStream) so the columns are chosen from a list with sensible guesses;
 * the file then goes as it is (POST /api/map/datasets) with a progress bar while the bytes
 * go and a "checking" state while the server reads it. A refused file lists every problem
 * by line and column; nothing is stored unless the whole file is good.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, uploadDataset, type UploadResult } from '../api-client';
import { describeError } from '../api-errors';
import type { paths } from '../api/schema.generated';

/** The geographies an upload may name (the contract's list; the select lists those the texts name). */
type Geography = NonNullable<paths['/api/map/datasets']['post']['parameters']['query']>['geography'];
const GUESS = {
  region: [
    'region',
    'country',
    'reporter_iso',
    'iso3',
    'iso',
    'fips',
    'state_fips',
    'state',
    'nuts',
    'nuts_id',
    'geo',
  ],
  industry: ['industry', 'product', 'product_code', 'naics', 'hs', 'hs4', 'nace', 'sector', 'code'],
  value: ['value', 'emp', 'employment', 'jobs', 'export_value_usd', 'exports', 'export_value'],
};

/** The header row of a CSV or CSV.gz file (first line; delimiter , ; or tab). */
export async function readHeader(file: Blob): Promise<string[]> {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  let text: string;
  if (head[0] === 0x1f && head[1] === 0x8b) {
    const reader = file.stream().pipeThrough(new DecompressionStream('gzip')).getReader();
    const decoder = new TextDecoder();
    text = '';
    while (!text.includes('\n') && text.length < 65536) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    await reader.cancel();
  } else {
    text = await file.slice(0, 65536).text();
  }
  const line = text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  const delimiter = [',', ';', '\t'].reduce((a, b) => (line.split(b).length > line.split(a).length ? b : a));
  return line
    .split(delimiter)
    .map((c) => c.trim().replace(/^"(.*)"$/, '$1'))
    .filter(Boolean);
}

function guess(columns: string[], names: string[], fallback: number): string {
  const lower = columns.map((c) => c.toLowerCase());
  for (const n of names) {
    const k = lower.indexOf(n);
    if (k >= 0) return columns[k]!;
  }
  return columns[Math.min(fallback, columns.length - 1)] ?? '';
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'sending'; sent: number; total: number }
  | { kind: 'checking' }
  | { kind: 'done'; result: UploadResult }
  | { kind: 'failed'; error: unknown };

export function DatasetUpload({ onUploaded }: { onUploaded(result: UploadResult): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [columns, setColumns] = useState<string[]>([]);
  const [headerError, setHeaderError] = useState<string | null>(null);
  const [form, setForm] = useState({
    name: '',
    geography: 'world-countries' as Geography,
    region: '',
    industry: '',
    value: '',
    yearColumn: '',
    year: '',
    unit: '',
    shared: false,
  });
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const busy = phase.kind === 'sending' || phase.kind === 'checking';

  async function choose(f: File | null) {
    setFile(f);
    setPhase({ kind: 'idle' });
    setHeaderError(null);
    setColumns([]);
    if (!f) return;
    try {
      const cols = await readHeader(f);
      if (cols.length < 3) throw new Error('columns');
      setColumns(cols);
      const yearColumn = cols.find((c) => c.toLowerCase() === 'year') ?? '';
      setForm((s) => ({
        ...s,
        name: s.name || f.name.replace(/(\.csv)?(\.gz)?$/i, ''),
        region: guess(cols, GUESS.region, 0),
        industry: guess(cols, GUESS.industry, 1),
        value: guess(cols, GUESS.value, 2),
        yearColumn,
      }));
    } catch {
      setHeaderError(t('upload.noHeader'));
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file || busy) return;
    setPhase({ kind: 'sending', sent: 0, total: file.size });
    const query: Record<string, string> = {
      name: form.name.trim(),
      geography: form.geography,
      region: form.region,
      industry: form.industry,
      value: form.value,
      unit: form.unit.trim(),
      shared: String(form.shared),
      file: file.name,
    };
    if (form.year.trim()) {
      query.year = form.year.trim();
      if (form.yearColumn) query.year_column = form.yearColumn;
    }
    try {
      const result = await uploadDataset(query, file, (sent, total) =>
        setPhase(sent >= total ? { kind: 'checking' } : { kind: 'sending', sent, total }),
      );
      setPhase({ kind: 'done', result });
      onUploaded(result);
    } catch (error) {
      setPhase({ kind: 'failed', error });
    }
  }

  const column = (key: 'region' | 'industry' | 'value', label: string) => (
    <label>
      <span>{label}</span>
      <select required value={form[key]} onChange={(e) => setForm((s) => ({ ...s, [key]: e.target.value }))}>
        {columns.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </label>
  );

  const problems =
    phase.kind === 'failed' && phase.error instanceof ApiRequestError
      ? (phase.error.body?.error.fields ?? [])
      : [];

  return (
    <details className="upload">
      <summary>{t('upload.summary')}</summary>
      <p className="muted">{t('upload.intro')}</p>
      <form onSubmit={submit} className="upload-form" aria-describedby={`${id}-status`}>
        <label>
          <span>{t('upload.file')}</span>
          <input
            type="file"
            accept=".csv,.gz,text/csv,application/gzip"
            required
            onChange={(e) => void choose(e.target.files?.[0] ?? null)}
          />
        </label>
        {headerError ? (
          <p role="alert" className="error">
            {headerError}
          </p>
        ) : null}
        {columns.length ? (
          <>
            <label>
              <span>{t('upload.name')}</span>
              <input
                required
                maxLength={120}
                value={form.name}
                onChange={(e) => setForm((s) => ({ ...s, name: e.target.value }))}
              />
            </label>
            <label>
              <span>{t('upload.geography')}</span>
              <select
                value={form.geography}
                onChange={(e) => setForm((s) => ({ ...s, geography: e.target.value as typeof s.geography }))}
              >
                {Object.keys(
                  t('upload.geographies', { returnObjects: true }) as Record<Geography, string>,
                ).map((g) => (
                  <option key={g} value={g}>
                    {t(`upload.geographies.${g}`)}
                  </option>
                ))}
              </select>
            </label>
            {column('region', t('upload.regionColumn'))}
            {column('industry', t('upload.industryColumn'))}
            {column('value', t('upload.valueColumn'))}
            {form.yearColumn ? (
              <label>
                <span>{t('upload.year', { column: form.yearColumn })}</span>
                <input
                  inputMode="numeric"
                  value={form.year}
                  onChange={(e) => setForm((s) => ({ ...s, year: e.target.value }))}
                />
              </label>
            ) : null}
            <label>
              <span>{t('upload.unit')}</span>
              <input
                maxLength={40}
                value={form.unit}
                placeholder={t('upload.unitPlaceholder')}
                onChange={(e) => setForm((s) => ({ ...s, unit: e.target.value }))}
              />
            </label>
            <label className="check">
              <input
                type="checkbox"
                checked={form.shared}
                onChange={(e) => setForm((s) => ({ ...s, shared: e.target.checked }))}
              />
              <span>{t('upload.shared')}</span>
            </label>
            <button type="submit" disabled={busy}>
              {t('upload.submit')}
            </button>
          </>
        ) : null}
      </form>
      <div id={`${id}-status`} aria-live="polite">
        {phase.kind === 'sending' ? (
          <p role="status">
            <label>
              {t('upload.sending', { percent: Math.round((100 * phase.sent) / Math.max(phase.total, 1)) })}{' '}
              <progress value={phase.sent} max={phase.total} />
            </label>
          </p>
        ) : phase.kind === 'checking' ? (
          <p role="status">
            <label>
              {t('upload.checking')} <progress />
            </label>
          </p>
        ) : phase.kind === 'done' ? (
          <p role="status" className="success" data-testid="upload-result">
            {t('upload.done', {
              name: phase.result.dataset.label,
              rows: phase.result.rows,
              regions: phase.result.regions,
              industries: phase.result.industries,
              matched: phase.result.matched,
            })}
            {phase.result.unmatched.length
              ? ` ${t('upload.unmatched', { codes: phase.result.unmatched.join(', ') })}`
              : ''}
          </p>
        ) : phase.kind === 'failed' ? (
          <div role="alert" className="error" data-testid="upload-problems">
            <p>{describeError(t, phase.error).text}</p>
            {problems.length ? (
              <ul>
                {problems.map((p) => (
                  <li key={`${p.path}:${p.message}`}>
                    <strong>
                      {p.path.replace(/^line (\d+)\.(.*)$/, (_, l: string, c: string) =>
                        t('upload.at', { line: l, column: c }),
                      )}
                    </strong>
                    {': '}
                    {p.message}
                  </li>
                ))}
              </ul>
            ) : null}
            <p>{t('upload.nothingStored')}</p>
          </div>
        ) : null}
      </div>
    </details>
  );
}
