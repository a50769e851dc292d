import { useState } from 'preact/hooks';
import { apiFile } from '../api';
import { IMPORT_FORMATS, type ImportFormat } from '../bank/types';
import { t } from '../i18n';
import { ErrorNotice } from './ErrorNotice';

const EXTENSIONS: Record<ImportFormat, string> = {
  XLSX_KAHOOT: 'xlsx',
  XLSX_LUATVUI: 'xlsx',
  CSV_KAHOOT: 'csv',
  CSV_LUATVUI: 'csv',
  JSON: 'json',
  AIKEN: 'txt',
  GIFT: 'gift',
  XLSX_WAYGROUND: 'xlsx',
  CSV_WAYGROUND: 'csv',
  MOODLE_XML: 'xml',
};

/** Saves a blob under a file name through a temporary download link. */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Exports questions (the current search, or a set) to a file in the chosen format. */
export function ExportControl(props: { id: string; query: string; name: string }) {
  const [format, setFormat] = useState<ImportFormat>('XLSX_LUATVUI');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');

  const run = async () => {
    setBusy(true);
    setError(null);
    setDone('');
    try {
      const separator = props.query ? '&' : '';
      const { blob, filename } = await apiFile(`/api/exports?format=${format}${separator}${props.query}`);
      const name = filename ?? `${props.name}.${EXTENSIONS[format]}`;
      saveFile(blob, name);
      setDone(t('export.done', { name }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="export">
      <div class="join-row">
        <label for={props.id} class="inline-label">
          {t('export.format')}
        </label>
        <select id={props.id} class="input" value={format} onChange={(e) => setFormat(e.currentTarget.value as ImportFormat)}>
          {IMPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`format.${f}`)}
            </option>
          ))}
        </select>
        <button type="button" class="button" disabled={busy} onClick={run}>
          {busy ? t('export.busy') : t('export.download')}
        </button>
      </div>
      <p role="status" class="hint">
        {done}
      </p>
      <ErrorNotice error={error} planned />
    </div>
  );
}
