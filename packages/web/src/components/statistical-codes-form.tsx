/**
 * In a cluster's edit section: its statistical codes (decision 090) — a region code and an
 * industry code, each a system and a code, and a note saying why. PATCH sends the three
 * together (they replace the stored ones); the API checks each code against its system and
 * names the bad field.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson, type Schemas } from '../api-client';
import { ApiForm } from './api-form';

type Cluster = Schemas['Cluster'];
type Codes = Cluster['statisticalCodes'];

const REGION_SYSTEMS = [
  'nuts2',
  'ibge-municipality',
  'ibge-state',
  'inegi-municipality',
  'inegi-state',
  'fips-state',
  'fips-county',
] as const;
const INDUSTRY_SYSTEMS = ['nace', 'cnae', 'naics'] as const;

interface Picker {
  system: string;
  code: string;
  setSystem: (s: string) => void;
  setCode: (c: string) => void;
}

/** The state of one code picker, from the stored code. */
function usePicker(stored: { system: string; code: string } | null): Picker {
  const [system, setSystem] = useState<string>(stored?.system ?? '');
  const [code, setCode] = useState(stored?.code ?? '');
  return { system, code, setSystem, setCode };
}

/** A system select and a code field; both empty = no code. */
function CodePicker(props: { label: string; systems: readonly string[]; picker: Picker }) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{props.label}</legend>
      <label>
        <span>{t('statistics.systemLabel')}</span>
        <select value={props.picker.system} onChange={(e) => props.picker.setSystem(e.target.value)}>
          <option value="">{t('statistics.none')}</option>
          {props.systems.map((s) => (
            <option key={s} value={s}>
              {t(`statistics.system.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('statistics.code')}</span>
        <input value={props.picker.code} onChange={(e) => props.picker.setCode(e.target.value)} />
      </label>
    </fieldset>
  );
}

const pair = ({ system, code }: Picker) => (system && code.trim() ? { system, code: code.trim() } : null);

export function StatisticalCodesForm({
  cluster,
  onSaved,
}: {
  cluster: Cluster;
  onSaved: (c: Cluster) => void;
}) {
  const { t } = useTranslation();
  const codes = cluster.statisticalCodes;
  const region = usePicker(codes.region);
  const industry = usePicker(codes.industry);
  const [note, setNote] = useState(codes.note ?? '');
  const body = () =>
    ({
      statisticalCodes: {
        region: pair(region),
        industry: pair(industry),
        note: note.trim() || null,
      } as Codes,
    }) satisfies Schemas['ClusterPatch'];
  return (
    <ApiForm
      title={t('statistics.editTitle')}
      testId="edit-statistical-codes"
      submitLabel={t('edit.save')}
      savedText={t('edit.saved')}
      send={() => sendJson<Cluster>('PATCH', `/api/clusters/${encodeURIComponent(cluster.id)}`, body())}
      onDone={onSaved}
    >
      <CodePicker label={t('statistics.region')} systems={REGION_SYSTEMS} picker={region} />
      <CodePicker label={t('statistics.industry')} systems={INDUSTRY_SYSTEMS} picker={industry} />
      <label>
        <span>{t('statistics.note')}</span>
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
    </ApiForm>
  );
}
