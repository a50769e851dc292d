import { useState } from 'preact/hooks';
import type { BankFilters } from '../../bank/filters';
import { createPlaySet, MAX_PLAYED, playSetTitle } from '../../bank/playNow';
import { ErrorNotice } from '../../components/ErrorNotice';
import { t } from '../../i18n';
import { navigate } from '../../router';

/** The tick box of one result, for a host who plays from the search. */
export function PlayTick(props: { id: number; ticked: boolean; onToggle: (on: boolean) => void }) {
  return (
    <label class="check play-tick">
      <input
        type="checkbox"
        checked={props.ticked}
        onChange={(e) => props.onToggle(e.currentTarget.checked)}
        aria-describedby={`play-q-${props.id}`}
      />
      {t('playNow.tick')}
    </label>
  );
}

/**
 * "Chơi ngay" over the search results: the ticked questions become a private set named after the
 * search and the host page starts it in the same step (with its warning about questions it will not play).
 */
export function PlayNowBar(props: { filters: BankFilters; ticked: number[]; pageIds: number[]; onTick: (ids: number[]) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { ticked } = props;
  const play = async () => {
    setBusy(true);
    setError(null);
    try {
      navigate(await createPlaySet(playSetTitle(props.filters, new Date()), ticked));
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  const tickPage = () => props.onTick([...ticked, ...props.pageIds.filter((id) => !ticked.includes(id))].slice(0, MAX_PLAYED));
  return (
    <div class="play-now" role="group" aria-label={t('playNow.play', { count: ticked.length })}>
      <p class="hint">{t('playNow.hint')}</p>
      <div class="actions">
        <button type="button" class="primary" disabled={ticked.length === 0 || busy} onClick={play}>
          {t('playNow.play', { count: ticked.length })}
        </button>
        <button type="button" class="secondary" onClick={tickPage} disabled={props.pageIds.length === 0}>
          {t('playNow.tickPage')}
        </button>
        {ticked.length > 0 ? (
          <button type="button" class="secondary" onClick={() => props.onTick([])}>
            {t('playNow.clear')}
          </button>
        ) : null}
      </div>
      {ticked.length >= MAX_PLAYED ? <p class="hint">{t('playNow.limit', { max: MAX_PLAYED })}</p> : null}
      <ErrorNotice error={error} />
    </div>
  );
}
