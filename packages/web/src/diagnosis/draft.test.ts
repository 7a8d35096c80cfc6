import { describe, expect, it } from 'vitest';
import { readDraft, removeDraft, writeDraft } from './draft';
import { isDiagnosisDraft, isEmptyDiagnosisDraft, type DiagnosisDraft } from './diagnosis-draft';

/** localStorage's interface over a Map. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  };
}

const draft: DiagnosisDraft = {
  mode: 'expert',
  respondents: [
    { name: '', sheet: { externalEconomies: { skilledLabour: 3 }, jointAction: {}, upgrading: {} } },
  ],
  step: 1,
  assessedOn: '2026-12-04',
  chosenKind: 'expert',
  governance: {},
};

describe('a form draft in the browser', () => {
  it('reads back what was written, with when', () => {
    const storage = memoryStorage();
    writeDraft(storage, 'k', draft, new Date('2026-12-04T10:00:00Z'));
    expect(readDraft(storage, 'k', isDiagnosisDraft)).toEqual({
      savedAt: '2026-12-04T10:00:00.000Z',
      data: draft,
    });
    removeDraft(storage, 'k');
    expect(readDraft(storage, 'k', isDiagnosisDraft)).toBeNull();
  });

  it('drops a draft it cannot read (broken JSON, another version, another shape) instead of failing', () => {
    const storage = memoryStorage();
    storage.setItem('broken', '{"v":1,');
    expect(readDraft(storage, 'broken', isDiagnosisDraft)).toBeNull();
    storage.setItem('old', JSON.stringify({ v: 0, savedAt: 'x', data: draft }));
    expect(readDraft(storage, 'old', isDiagnosisDraft)).toBeNull();
    expect(storage.getItem('old')).toBeNull();
    storage.setItem(
      'shape',
      JSON.stringify({ v: 1, savedAt: 'x', data: { ...draft, respondents: [{ name: 3 }] } }),
    );
    expect(readDraft(storage, 'shape', isDiagnosisDraft)).toBeNull();
    expect(storage.getItem('shape')).toBeNull();
  });

  it('a form with no answer and no name is empty; one answer or a name is not', () => {
    const blank = {
      ...draft,
      respondents: [{ name: '', sheet: { externalEconomies: {}, jointAction: {}, upgrading: {} } }],
    };
    expect(isEmptyDiagnosisDraft(blank)).toBe(true);
    expect(isEmptyDiagnosisDraft(draft)).toBe(false);
    expect(
      isEmptyDiagnosisDraft({ ...blank, respondents: [{ ...blank.respondents[0]!, name: 'Ana' }] }),
    ).toBe(false);
  });
});
