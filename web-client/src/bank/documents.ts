// The legal-document registry, loaded once and shared by the lookup, the editor and the registry screen.
import { useEffect } from 'preact/hooks';
import { api } from '../api';
import { createStore, useStore } from '../store';
import { fold } from '../text/fold';
import type { LegalDocumentView } from './types';

export type Registry =
  | { state: 'loading'; items: LegalDocumentView[] }
  | { state: 'ready'; items: LegalDocumentView[] }
  | { state: 'error'; items: LegalDocumentView[]; error: unknown };

const registryStore = createStore<Registry>({ state: 'loading', items: [] });
let pending: Promise<LegalDocumentView[]> | null = null;
let loaded = false;

/** Loads the registry (once, unless forced after a change). */
export function loadRegistry(force = false): Promise<LegalDocumentView[]> {
  if (pending && !force) return pending;
  if (loaded && !force) return Promise.resolve(registryStore.get().items);
  const request = api<LegalDocumentView[]>('/api/legal-documents').then(
    (items) => {
      loaded = true;
      if (pending === request) registryStore.set({ state: 'ready', items });
      return items;
    },
    (error: unknown) => {
      if (pending === request) registryStore.set({ state: 'error', items: registryStore.get().items, error });
      pending = null;
      throw error;
    },
  );
  pending = request;
  return request;
}

/** The registry, loading it on first use. */
export function useRegistry(): Registry {
  const registry = useStore(registryStore);
  useEffect(() => {
    loadRegistry().catch(() => undefined);
  }, []);
  return registry;
}

/** Document names by number. */
export function namesOf(items: readonly LegalDocumentView[]): Map<string, string> {
  return new Map(items.map((d) => [d.number, d.name]));
}

export function findDocument(items: readonly LegalDocumentView[], number: string): LegalDocumentView | undefined {
  return items.find((d) => d.number === number.trim());
}

/**
 * Documents matching every word of the query in their number or name, diacritics ignored
 * ("giao thong 36" finds 36/2024/QH15); those in force first, then by number.
 */
export function searchDocuments(items: readonly LegalDocumentView[], query: string, includeEnded: boolean): LegalDocumentView[] {
  const words = fold(query).split(' ').filter(Boolean);
  return items
    .filter((d) => includeEnded || d.inForce)
    .filter((d) => {
      const haystack = fold(`${d.number} ${d.name}`);
      return words.every((w) => haystack.includes(w));
    })
    .sort((a, b) => Number(b.inForce) - Number(a.inForce) || a.number.localeCompare(b.number));
}
