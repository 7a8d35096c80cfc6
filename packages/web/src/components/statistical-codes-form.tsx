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

/** A system select and a code field; both empty = no code. */
function CodePicker(props: {
  label: string;
  systems: readonly string[];
  system: string;
  code: string;
  onSystem: (s: string) => void;
  onCode: (c: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{props.label}</legend>
      <label>
        <span>{t('statistics.systemLabel')}</span>
        <select value={props.system} onChange={(e) => props.onSystem(e.target.value)}>
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
        <input value={props.code} onChange={(e) => props.onCode(e.target.value)} />
      </label>
    </fieldset>
  );
}

const pair = (system: string, code: string) => (system && code.trim() ? { system, code: code.trim() } : null);

export function StatisticalCodesForm({
  cluster,
  onSaved,
}: {
  cluster: Cluster;
  onSaved: (c: Cluster) => void;
}) {
  const { t } = useTranslation();
  const codes = cluster.statisticalCodes;
  const [regionSystem, setRegionSystem] = useState<string>(codes.region?.system ?? '');
  const [regionCode, setRegionCode] = useState(codes.region?.code ?? '');
  const [industrySystem, setIndustrySystem] = useState<string>(codes.industry?.system ?? '');
  const [industryCode, setIndustryCode] = useState(codes.industry?.code ?? '');
  const [note, setNote] = useState(codes.note ?? '');
  const body = () =>
    ({
      statisticalCodes: {
        region: pair(regionSystem, regionCode),
        industry: pair(industrySystem, industryCode),
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
      <CodePicker
        label={t('statistics.region')}
        systems={REGION_SYSTEMS}
        system={regionSystem}
        code={regionCode}
        onSystem={setRegionSystem}
        onCode={setRegionCode}
      />
      <CodePicker
        label={t('statistics.industry')}
        systems={INDUSTRY_SYSTEMS}
        system={industrySystem}
        code={industryCode}
        onSystem={setIndustrySystem}
        onCode={setIndustryCode}
      />
      <label>
        <span>{t('statistics.note')}</span>
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
    </ApiForm>
  );
}
