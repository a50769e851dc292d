import { t } from '../../i18n';
import type { ImportProgress } from '../../bank/imports';

/**
 * How far a file's upload has gone: a bar with the share sent, then, once all is sent, what the
 * server says it is doing (the rows read so far, checking, writing) when it says it.
 */
export function UploadProgress({ sent, progress = null }: { sent: number | null; progress?: ImportProgress | null }) {
  if (sent === null) return null;
  const percent = Math.round(sent * 100);
  const reading = sent >= 1;
  const label = !reading ? t('import.sending', { percent }) : progress && progress.phase !== 'waiting' ? serverLabel(progress) : t('import.reading');
  return (
    <div class="upload-progress">
      {reading ? <progress aria-label={label} /> : <progress aria-label={label} max={100} value={percent} />}
      <span class="hint" role={reading ? 'status' : undefined}>
        {label}
      </span>
    </div>
  );
}

function serverLabel(progress: ImportProgress): string {
  return t(`import.progress.${progress.phase}`, { rows: progress.rows.toLocaleString(t('app.locale')) });
}
