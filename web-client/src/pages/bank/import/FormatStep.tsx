import { acceptFor, templateFor } from '../../../bank/templates';
import { IMPORT_FORMATS, type ImportFormat } from '../../../bank/types';
import { saveFile } from '../../../components/ExportControl';
import { t } from '../../../i18n';

export { acceptFor };

/** Step 1: the file's format, with its template to download when there is one. */
export function FormatStep({ format, onFormat }: { format: ImportFormat; onFormat: (format: ImportFormat) => void }) {
  const template = templateFor(format);
  return (
    <fieldset class="group">
      <legend>{t('import.step1')}</legend>
      <div class="format-options">
        {IMPORT_FORMATS.map((f) => (
          <label key={f} class="choice-card">
            <input type="radio" name="import-format" value={f} checked={format === f} onChange={() => onFormat(f)} />
            <span>
              <strong>{t(`format.${f}`)}</strong>
              <span class="hint">{t(`formatHint.${f}`)}</span>
            </span>
          </label>
        ))}
      </div>
      {template ? (
        <p>
          <button type="button" class="link-button" onClick={() => saveFile(new Blob([template.content], { type: template.type }), template.filename)}>
            {t('import.template', { name: template.filename })}
          </button>
        </p>
      ) : (
        <p class="hint">{t('import.templateFromExport')}</p>
      )}
    </fieldset>
  );
}
