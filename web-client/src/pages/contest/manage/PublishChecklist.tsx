import { ready, type Check, type ReadinessTab } from '../../../contest/readiness';
import { t, type MessageKey } from '../../../i18n';

const LABELS: Record<Check['item'], { ok: MessageKey; missing: MessageKey }> = {
  details: { ok: 'ready.details.ok', missing: 'ready.details.missing' },
  rounds: { ok: 'ready.rounds.ok', missing: 'ready.rounds.missing' },
  units: { ok: 'ready.units.ok', missing: 'ready.units.missing' },
  pool: { ok: 'ready.pool.ok', missing: 'ready.pool.missing' },
  practice: { ok: 'ready.practice.ok', missing: 'ready.practice.missing' },
  saved: { ok: 'ready.saved.ok', missing: 'ready.saved.missing' },
};

/**
 * Sẵn sàng công bố: every piece of a draft at once, done or still missing, each missing one a link to
 * the tab where it is fixed; "Công bố cuộc thi" once all are done.
 */
export function PublishChecklist(props: { checks: Check[]; busy: boolean; onOpen: (tab: ReadinessTab) => void; onPublish: () => void }) {
  const all = ready(props.checks);
  const missing = props.checks.filter((c) => !c.ok).length;
  return (
    <section class="publish-checklist card-plain" aria-labelledby="publish-checklist-heading">
      <h2 id="publish-checklist-heading">{t('ready.heading')}</h2>
      <p class="hint">{all ? t('ready.allDone') : t('ready.missing', { count: missing })}</p>
      <ul class="checklist">
        {props.checks.map((c) => (
          <li key={c.item} class={c.ok ? 'done' : 'todo'}>
            <span aria-hidden="true" class="check-mark">
              {c.ok ? '✓' : '!'}
            </span>
            <span class="sr-only">{c.ok ? t('ready.doneMark') : t('ready.todoMark')}</span>{' '}
            {c.ok ? (
              t(LABELS[c.item].ok)
            ) : (
              <a
                href={`?tab=${c.tab}`}
                onClick={(e) => {
                  e.preventDefault();
                  props.onOpen(c.tab);
                }}
              >
                {t(LABELS[c.item].missing)}
              </a>
            )}
            {!c.ok && c.detail ? <span class="meta block">{c.detail}</span> : null}
          </li>
        ))}
      </ul>
      <button type="button" class="button primary" disabled={props.busy || !all} onClick={props.onPublish}>
        {t('manage.publish')}
      </button>
    </section>
  );
}
