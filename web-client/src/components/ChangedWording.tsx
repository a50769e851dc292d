import { useEffect, useState } from 'preact/hooks';
import { api } from '../api';
import { formatCitation } from '../bank/citation';
import { changesPath, wordingChanges, type ProvisionChange } from '../bank/lawBrowse';
import type { Citation } from '../bank/types';
import { t } from '../i18n';

type Found = { citation: Citation; changes: ProvisionChange[] };

function day(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * For a flagged question: each cited provision's changes from the legal store, the old wording beside
 * the new, so the reviewer can decide to approve again, edit or retire.
 */
export function ChangedWording(props: { citations: readonly Citation[]; names: Map<string, string> }) {
  const [found, setFound] = useState<Found[] | null>(null);
  const [failed, setFailed] = useState(false);
  const key = JSON.stringify(props.citations.map((c) => [c.document, c.article, c.clause, c.point]));
  useEffect(() => {
    const controller = new AbortController();
    Promise.all(
      props.citations.map((citation) =>
        api<ProvisionChange[]>(changesPath(citation), { signal: controller.signal }).then(
          (changes) => ({ citation, changes: wordingChanges(changes) }),
          () => ({ citation, changes: [] }),
        ),
      ),
    ).then(
      (all) => setFound(all.filter((f) => f.changes.length > 0)),
      () => setFailed(true),
    );
    return () => controller.abort();
  }, [key]);

  if (failed) return <p class="notice notice-warn">{t('changes.failed')}</p>;
  if (!found) return <p class="loading">{t('common.loading')}</p>;
  if (found.length === 0) return <p class="hint">{t('changes.none')}</p>;
  return (
    <section class="card-plain changed-wording" aria-labelledby="changed-wording">
      <h2 id="changed-wording">{t('changes.title')}</h2>
      {found.map((f) => (
        <div key={`${f.citation.document}-${f.citation.article}-${f.citation.clause}-${f.citation.point}`}>
          <h3>{formatCitation(f.citation, props.names.get(f.citation.document))}</h3>
          {f.changes.map((c, i) => (
            <div key={i} class="wording-change">
              <p class="hint">{t(`changes.kind.${c.kind as 'AMENDED'}`, { day: day(c.from), by: c.byDocument ?? '—' })}</p>
              <div class="wording-columns">
                <div>
                  <h4>{t('changes.before')}</h4>
                  <p class="wording">{c.before ?? t('changes.nothing')}</p>
                </div>
                <div>
                  <h4>{t('changes.after')}</h4>
                  <p class="wording">{c.after ?? t('changes.nothing')}</p>
                </div>
              </div>
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}
