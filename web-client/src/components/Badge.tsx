import type { ComponentChildren } from 'preact';
import { statusLabel } from '../bank/labels';
import type { Status } from '../bank/types';
import { t } from '../i18n';

export type Tone = 'neutral' | 'info' | 'ok' | 'warn' | 'muted' | 'danger';

export function Badge(props: { tone?: Tone; children: ComponentChildren }) {
  return <span class={`badge badge-${props.tone ?? 'neutral'}`}>{props.children}</span>;
}

const STATUS_TONES: Record<Status, Tone> = { DRAFT: 'neutral', IN_REVIEW: 'info', APPROVED: 'ok', RETIRED: 'muted' };

/**
 * Nháp / Chờ duyệt / Đã duyệt / Ngừng sử dụng, and Cần rà soát when a cited law changed. A draft a
 * reviewer returned reads "Bị trả lại" instead of "Nháp"; a question back in review after a return
 * also reads "Gửi lại".
 */
export function StatusBadges(props: { status: Status; needsReview?: boolean; returned?: boolean }) {
  const returnedDraft = props.returned && props.status === 'DRAFT';
  return (
    <span class="badges">
      {returnedDraft ? (
        <Badge tone="warn">{t('status.returned')}</Badge>
      ) : (
        <Badge tone={STATUS_TONES[props.status]}>{statusLabel(props.status)}</Badge>
      )}
      {props.returned && props.status === 'IN_REVIEW' ? <Badge tone="info">{t('status.resubmitted')}</Badge> : null}
      {props.needsReview ? <Badge tone="warn">{t('status.needsReview')}</Badge> : null}
    </span>
  );
}
