import { t } from '../../i18n';

/**
 * How far a file's upload has gone: a bar with the share sent, then, once all is sent, a bar
 * without a value while the server reads and checks the file.
 */
export function UploadProgress({ sent }: { sent: number | null }) {
  if (sent === null) return null;
  const percent = Math.round(sent * 100);
  const reading = sent >= 1;
  const label = reading ? t('import.reading') : t('import.sending', { percent });
  return (
    <div class="upload-progress">
      {reading ? <progress aria-label={label} /> : <progress aria-label={label} max={100} value={percent} />}
      <span class="hint">{label}</span>
    </div>
  );
}
