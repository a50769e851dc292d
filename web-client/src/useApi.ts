import { useCallback, useEffect, useState } from 'preact/hooks';
import { api } from './api';
import type { Page } from './bank/types';

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
  setData: (data: T) => void;
}

/**
 * GETs a path and follows it as it changes (null: nothing to load). The previous answer stays
 * shown while the next loads; an answer to an outdated path is dropped.
 */
export function useApi<T>(path: string | null): Loaded<T> {
  return useLoaded<T>(path, (p, signal) => api<T>(p, { signal }));
}

/**
 * Loads `key` with `load` and follows it as it changes (null: nothing to load); the load in flight is
 * aborted when the key changes or the component goes. The previous answer stays shown while the next
 * loads; an answer to an outdated key is dropped.
 */
export function useLoaded<T>(path: string | null, load: (path: string, signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(path !== null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    if (path === null) {
      setLoading(false);
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    load(path, controller.signal).then(
      (answer) => {
        // An answer that arrives after its key changed (the fetch was already done when aborted) is dropped.
        if (controller.signal.aborted) return;
        setData(() => answer);
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (controller.signal.aborted) return;
        setError(e);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [path, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { data, error, loading, reload, setData: (d: T) => setData(() => d) };
}

/**
 * GETs every page of a paged search (`path` already holds its query, without page and size), up
 * to `maxPages` pages of 100: for lists that must be sorted as a whole (the review queue, oldest first).
 */
export async function fetchAllPages<T>(path: string, signal?: AbortSignal, maxPages = 10): Promise<Page<T>> {
  const separator = path.includes('?') ? '&' : '?';
  const first = await api<Page<T>>(`${path}${separator}page=1&size=100`, { signal });
  const pages = Math.min(maxPages, Math.ceil(first.total / 100));
  const items = [...first.items];
  for (let page = 2; page <= pages; page++) {
    items.push(...(await api<Page<T>>(`${path}${separator}page=${page}&size=100`, { signal })).items);
  }
  return { total: first.total, page: 1, size: items.length, items };
}
