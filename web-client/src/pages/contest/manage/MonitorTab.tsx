import { useEffect, useState } from 'preact/hooks';
import { queryString } from '../../../api';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { focusRound } from '../../../contest/rounds';
import { formatNumber, formatRate } from '../../../contest/standings';
import type { Contest, Participation } from '../../../contest/types';
import { unitPaths } from '../../../contest/units';
import { t } from '../../../i18n';
import { useApi } from '../../../useApi';
import { useInterval } from '../hooks';

export const MONITOR_REFRESH_MS = 10_000;

/** Theo dõi: participation by unit, live (refreshed every 10 s while the page is visible). */
export function MonitorTab(props: { contest: Contest }) {
  const { contest } = props;
  const [round, setRound] = useState<number | null>(() => focusRound(contest.rounds, Date.now())?.number ?? null);
  const data = useApi<Participation>(`/api/contests/${contest.id}/participation${queryString({ round: round ?? undefined })}`);
  useInterval(data.reload, MONITOR_REFRESH_MS);
  const [updated, setUpdated] = useState<Date | null>(null);
  useEffect(() => {
    if (data.data) setUpdated(new Date());
  }, [data.data]);
  const p = data.data;
  const locale = t('app.locale');
  const paths = unitPaths((p?.units ?? []).map((u) => ({ id: u.unitId, name: u.name, parentId: u.parentId })));

  return (
    <div class="monitor-tab">
      <div class="join-row">
        <label for="monitor-round" class="inline-label">
          {t('monitor.round')}
        </label>
        <select id="monitor-round" class="input" value={round === null ? '' : String(round)} onChange={(e) => setRound(e.currentTarget.value ? Number(e.currentTarget.value) : null)}>
          <option value="">{t('monitor.wholeContest')}</option>
          {contest.rounds.map((r) => (
            <option key={r.number} value={String(r.number)}>
              {r.title}
            </option>
          ))}
        </select>
        <button type="button" class="button" onClick={data.reload}>
          {t('monitor.refresh')}
        </button>
      </div>
      <p class="hint" aria-live="off">
        {t('monitor.auto', { s: MONITOR_REFRESH_MS / 1000 })} {updated ? t('monitor.updated', { at: updated.toLocaleTimeString(locale) }) : ''}
      </p>
      <ErrorNotice error={data.error} planned />
      {data.loading && !p ? <p class="loading">{t('common.loading')}</p> : null}
      {p ? (
        <>
          <dl class="counts">
            <div>
              <dt>{t('monitor.registered')}</dt>
              <dd>{formatNumber(p.registered, locale)}</dd>
            </div>
            <div>
              <dt>{t('monitor.participants')}</dt>
              <dd>{formatNumber(p.participants, locale)}</dd>
            </div>
            <div>
              <dt>{t('monitor.inProgress')}</dt>
              <dd>{formatNumber(p.attemptsInProgress, locale)}</dd>
            </div>
          </dl>
          {p.units.length === 0 ? (
            <p class="notice notice-info">{t('monitor.noUnits')}</p>
          ) : (
            <div class="table-wrap">
              <table class="table">
                <caption>{t('monitor.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('ranking.unit')}</th>
                    <th scope="col" class="num">
                      {t('monitor.registered')}
                    </th>
                    <th scope="col" class="num">
                      {t('monitor.participants')}
                    </th>
                    <th scope="col" class="num">
                      {t('ranking.metric.RATE')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {p.units.map((u) => (
                    <tr key={u.unitId}>
                      <th scope="row">{paths.get(u.unitId) ?? u.name}</th>
                      <td class="num">{formatNumber(u.registered ?? 0, locale)}</td>
                      <td class="num">{formatNumber(u.participants ?? 0, locale)}</td>
                      <td class="num">{formatRate(u.participationRate, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : null}
    </div>
  );
}
