import { Badge, type Tone } from '../components/Badge';
import { t, type MessageKey } from '../i18n';
import type { LawDocument } from './types';

const TONES: Record<string, Tone> = { IN_FORCE: 'ok', AMENDED: 'info', OUT_OF_FORCE: 'muted', NOT_YET_IN_FORCE: 'warn' };

/** Còn hiệu lực / Đã được sửa đổi / Hết hiệu lực, what amended it, and how much of the text the store holds. */
export function LawBadges(props: { document: LawDocument }) {
  const d = props.document;
  return (
    <p class="badges">
      <Badge tone={TONES[d.status] ?? 'neutral'}>{t(`reader.status.${d.status}` as MessageKey)}</Badge>
      {d.amendedBy.length > 0 ? <Badge tone="info">{t('reader.amendedBy', { numbers: d.amendedBy.join(', ') })}</Badge> : null}
      {d.text === 'PARTIAL' ? <Badge tone="neutral">{t('reader.partial')}</Badge> : null}
    </p>
  );
}
