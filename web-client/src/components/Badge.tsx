import type { ComponentChildren } from 'preact';
import { statusLabel } from '../bank/labels';
import type { Status } from '../bank/types';
import { t } from '../i18n';

export type Tone = 'neutral' | 'info' | 'ok' | 'warn' | 'muted' | 'danger';

export function Badge(props: { tone?: Tone; children: ComponentChildren }) {
  return <span class={`badge badge-${props.tone ?? 'neutral'}`}>{props.children}</span>;
}

const STATUS_TONES: Record<Status, Tone> = { DRAFT: 'neutral', IN_REVIEW: 'info', APPROVED: 'ok', RETIRED: 'muted' };

/** Nháp / Chờ duyệt / Đã duyệt / Ngừng sử dụng, and Cần rà soát when a cited law changed. */
export function StatusBadges(props: { status: Status; needsReview?: boolean }) {
  return (
    <span class="badges">
      <Badge tone={STATUS_TONES[props.status]}>{statusLabel(props.status)}</Badge>
      {props.needsReview ? <Badge tone="warn">{t('status.needsReview')}</Badge> : null}
    </span>
  );
}
