import { useState } from 'preact/hooks';
import type { SetCheck, UnplayableReason } from '../../bank/types';
import { t, type MessageKey } from '../../i18n';

const REASON_KEYS: Record<UnplayableReason, MessageKey> = {
  NEEDS_REVIEW: 'host.warn.NEEDS_REVIEW',
  NOT_APPROVED: 'host.warn.NOT_APPROVED',
  RETIRED: 'host.warn.RETIRED',
  MISSING: 'host.warn.MISSING',
};

/** The replacements the host keeps: question of the set → question played in its place. */
export type Replacements = { questionId: number; replacementId: number }[];

/**
 * Before a game starts: the questions of the set that will not be played and why, each with a question
 * citing the same article to play instead (kept unless the host unticks it).
 */
export function PlayWarning({ check, busy, onPlay, onCancel }: {
  check: SetCheck;
  busy: boolean;
  onPlay: (replacements: Replacements) => void;
  onCancel: () => void;
}) {
  const [kept, setKept] = useState<Set<number>>(
    () => new Set(check.unplayable.filter((u) => u.replacement).map((u) => u.questionId)),
  );
  const chosen = check.unplayable
    .filter((u) => u.replacement && kept.has(u.questionId))
    .map((u) => ({ questionId: u.questionId, replacementId: u.replacement!.id }));
  const toggle = (id: number, on: boolean) => {
    const next = new Set(kept);
    if (on) next.add(id);
    else next.delete(id);
    setKept(next);
  };
  const total = check.playable + chosen.length;
  return (
    <section class="notice notice-warn play-warning" role="alert" aria-labelledby="play-warning-title">
      <h2 id="play-warning-title">{t('host.warn.title', { count: check.unplayable.length })}</h2>
      <ul class="play-warning-list">
        {check.unplayable.map((u) => (
          <li key={u.questionId}>
            <p>
              <strong>{t('host.warn.question', { number: u.position + 1 })}</strong> {u.text ?? ''}
            </p>
            <p class="hint">
              {t(REASON_KEYS[u.reason])}
              {u.reason === 'NEEDS_REVIEW' && u.detail ? `: ${u.detail}` : ''}
            </p>
            {u.replacement ? (
              <label class="check block">
                <input
                  type="checkbox"
                  checked={kept.has(u.questionId)}
                  onChange={(e) => toggle(u.questionId, e.currentTarget.checked)}
                />
                {t('host.warn.replace', { text: u.replacement.content.text })}
              </label>
            ) : (
              <p class="hint">{t('host.warn.noReplacement')}</p>
            )}
          </li>
        ))}
      </ul>
      <p class="actions">
        <button type="button" class="button primary" disabled={busy || total === 0} onClick={() => onPlay(chosen)}>
          {t('host.warn.play', { count: total })}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </p>
    </section>
  );
}
