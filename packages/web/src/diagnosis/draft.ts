/**
 * A form's unsaved answers kept in the browser (localStorage), so a reload or a closed tab
 * loses nothing (issue 15): written as the answers change, read back when the form opens
 * again, removed when the form is saved or the draft discarded. Per user and per record,
 * never sent anywhere; a draft that cannot be read is dropped, not an error.
 */
import { useEffect, useRef, useState } from 'react';

export interface Draft<T> {
  savedAt: string;
  data: T;
}

const VERSION = 1;

export function readDraft<T>(
  storage: Storage,
  key: string,
  isValid: (data: unknown) => data is T,
): Draft<T> | null {
  try {
    const raw = storage.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as { v?: unknown; savedAt?: unknown; data?: unknown };
    if (parsed.v !== VERSION || typeof parsed.savedAt !== 'string' || !isValid(parsed.data)) {
      storage.removeItem(key);
      return null;
    }
    return { savedAt: parsed.savedAt, data: parsed.data };
  } catch {
    return null;
  }
}

export function writeDraft(storage: Storage, key: string, data: unknown, now = new Date()): void {
  try {
    storage.setItem(key, JSON.stringify({ v: VERSION, savedAt: now.toISOString(), data }));
  } catch {
    // Storage full or refused (private mode): the form still works, without a draft.
  }
}

export function removeDraft(storage: Storage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // as above
  }
}

/**
 * Keeps `snapshot` as the draft under `key` (null while not known: nothing read or written)
 * unless `isEmpty(snapshot)`; on opening, a stored draft is handed to `restore`.
 * @returns when the restored draft was saved (null if none), `discard` (forget it and
 * restore the snapshot the form opened with) and `clear` (after saving).
 */
export function useDraft<T>(options: {
  key: string | null;
  snapshot: T;
  restore: (data: T) => void;
  isValid: (data: unknown) => data is T;
  isEmpty: (data: T) => boolean;
}) {
  const { key, snapshot, restore, isValid, isEmpty } = options;
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const opened = useRef<string | null>(null);
  const initial = useRef(snapshot);
  const json = JSON.stringify(snapshot);

  useEffect(() => {
    if (!key || opened.current === key) return;
    opened.current = key;
    const draft = readDraft(localStorage, key, isValid);
    if (draft) {
      restore(draft.data);
      setRestoredAt(draft.savedAt);
    }
    // Read once per key: `restore` and `isValid` are the caller's and may change each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  useEffect(() => {
    if (!key || opened.current !== key) return;
    const data = JSON.parse(json) as T;
    if (isEmpty(data)) removeDraft(localStorage, key);
    else writeDraft(localStorage, key, data);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, json]);

  return {
    restoredAt,
    discard() {
      if (key) removeDraft(localStorage, key);
      setRestoredAt(null);
      restore(initial.current);
    },
    clear() {
      if (key) removeDraft(localStorage, key);
      setRestoredAt(null);
    },
  };
}
