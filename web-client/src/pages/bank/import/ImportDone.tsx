import type { Ref } from 'preact';
import type { ImportReport } from '../../../bank/types';
import { t } from '../../../i18n';

/** What the import wrote, and what it left out and why. */
export function ImportDone({ created, heading }: { created: ImportReport; heading: Ref<HTMLHeadingElement> }) {
  const skipped = created.skipped ?? [];
  return (
    <section class="notice notice-ok" aria-labelledby="import-result-title">
      <h2 id="import-result-title" tabIndex={-1} ref={heading}>
        {t('import.done', { count: created.created })}
      </h2>
      {created.valid > created.created ? <p>{t('import.notCreated', { count: created.valid - created.created })}</p> : null}
      {skipped.length > 0 ? (
        <ul>
          {skipped.map((s) => (
            <li key={s.row}>{t('import.skippedRow', { row: s.row, reason: s.reason })}</li>
          ))}
        </ul>
      ) : null}
      <p>
        <a href="/bank?mine=true&status=DRAFT">{t('import.seeDrafts')}</a>
      </p>
    </section>
  );
}
