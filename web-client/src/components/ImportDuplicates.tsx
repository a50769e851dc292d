import type { ImportReport } from '../bank/types';
import { t } from '../i18n';

interface Props {
  duplicates: ImportReport['duplicates'];
  skipped: NonNullable<ImportReport['skipped']>;
  /** Rows the user chose to skip. */
  chosen: number[];
  onChoose: (row: number, skip: boolean) => void;
}

/**
 * The import preview's repeats: near duplicates (same but for case, diacritics or spacing, like
 * "đỗ xe" and "đổ xe") are warnings the user decides on, row by row; exact ones and every other
 * skipped row are listed with the reason they will not be imported.
 */
export function ImportDuplicates({ duplicates, skipped, chosen, onChoose }: Props) {
  const near = duplicates.filter((d) => d.exact === false);
  const decided = skipped.filter((s) => !chosen.includes(s.row));
  return (
    <>
      {near.length > 0 ? (
        <fieldset class="group">
          <legend>{t('import.nearTitle')}</legend>
          <p class="hint">{t('import.nearHint')}</p>
          <ul class="plain-list">
            {near.map((d) => (
              <li key={`${d.row}-${d.firstRow ?? ''}-${d.existingId ?? ''}`}>
                <label class="check">
                  <input type="checkbox" checked={chosen.includes(d.row)} onChange={(e) => onChoose(d.row, e.currentTarget.checked)} />
                  {d.existingId ? (
                    <span>
                      {t('import.nearExisting', { row: d.row })} <a href={`/bank/${d.existingId}`}>{t('detail.title', { id: d.existingId })}</a>
                    </span>
                  ) : (
                    <span>{t('import.near', { row: d.row, first: d.firstRow ?? '?' })}</span>
                  )}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      {decided.length > 0 ? (
        <>
          <h3>{t('import.skippedTitle', { count: decided.length })}</h3>
          <ul>
            {decided.map((s) => (
              <li key={s.row}>{t('import.skippedRow', { row: s.row, reason: s.reason })}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
