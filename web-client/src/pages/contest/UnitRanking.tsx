import { useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { metricValue, formatNumber, formatRate, unitRankingPath } from '../../contest/standings';
import { RANKING_METRICS, type RankingMetric, type UnitStanding } from '../../contest/types';
import { levelName } from '../../contest/levels';
import { depthsOf, unitPaths } from '../../contest/units';
import { t, type MessageKey } from '../../i18n';
import { useApi } from '../../useApi';
import { useRefresh } from './hooks';

const METRIC_KEYS: Record<RankingMetric, MessageKey> = {
  PARTICIPANTS: 'ranking.metric.PARTICIPANTS',
  RATE: 'ranking.metric.RATE',
  AVERAGE_SCORE: 'ranking.metric.AVERAGE_SCORE',
  WINNERS: 'ranking.metric.WINNERS',
};

/**
 * Units ranked by participants, participation rate, average score or winners, for a round or the
 * whole contest; optionally one level of the tree only.
 */
export function UnitRanking(props: {
  contestId: number;
  round: number | null;
  /** The tree's levels, from the contest's units (0 = top). */
  depths: number[];
  idPrefix: string;
  heading: string;
  refresh?: number;
  /** What each level is called, top first. */
  levels?: string[];
  /** The level compared until another is chosen (units of one level, not a union against its own branches). */
  defaultDepth?: number | null;
}) {
  const [metric, setMetric] = useState<RankingMetric>('PARTICIPANTS');
  const [chosen, setDepth] = useState<number | null | undefined>(undefined);
  const depth = chosen === undefined ? (props.defaultDepth ?? null) : chosen;
  const ranking = useApi<UnitStanding[]>(unitRankingPath(props.contestId, props.round, metric, depth));
  useRefresh(props.refresh, ranking.reload);
  const rows = ranking.data ?? [];
  const paths = unitPaths(rows.map((r) => ({ id: r.unitId, name: r.name, parentId: r.parentId })));
  const locale = t('app.locale');
  const p = props.idPrefix;
  const levels = props.depths.length > 1 ? props.depths : depthsOf(rows);

  return (
    <section class="unit-ranking" aria-labelledby={`${p}-heading`}>
      <h3 id={`${p}-heading`}>{props.heading}</h3>
      <div class="ranking-controls">
        <fieldset class="segmented">
          <legend>{t('ranking.by')}</legend>
          {RANKING_METRICS.map((m) => (
            <label key={m} class="segment">
              <input type="radio" name={`${p}-metric`} value={m} checked={metric === m} onChange={() => setMetric(m)} />
              <span>{t(METRIC_KEYS[m])}</span>
            </label>
          ))}
        </fieldset>
        {levels.length > 1 || depth !== null ? (
          <div class="field field-inline">
            <label for={`${p}-depth`}>{t('ranking.level')}</label>
            <select
              id={`${p}-depth`}
              class="input"
              value={depth === null ? '' : String(depth)}
              onChange={(e) => setDepth(e.currentTarget.value === '' ? null : Number(e.currentTarget.value))}
            >
              <option value="">{t('ranking.allLevels')}</option>
              {levels.map((d) => (
                <option key={d} value={String(d)}>
                  {levelName(props.levels, d)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      <ErrorNotice error={ranking.error} />
      {ranking.loading && !ranking.data ? <p class="loading">{t('common.loading')}</p> : null}
      {ranking.data && rows.length === 0 ? <p class="notice notice-info">{t('ranking.empty')}</p> : null}
      {rows.length > 0 ? (
        <div class="table-wrap">
          <table class="table board-table">
            <caption>{t('ranking.caption', { metric: t(METRIC_KEYS[metric]) })}</caption>
            <thead>
              <tr>
                <th scope="col" class="num">
                  {t('board.rank')}
                </th>
                <th scope="col">{t('ranking.unit')}</th>
                <th scope="col" class="num">
                  {t(METRIC_KEYS[metric])}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={r.unitId}>
                  <td class="num">{i + 1}</td>
                  <th scope="row">
                    <span class="board-name">{paths.get(r.unitId) ?? r.name}</span>
                    <span class="board-unit">
                      {t('ranking.figures', {
                        registered: formatNumber(r.registered ?? 0, locale),
                        participants: formatNumber(r.participants ?? 0, locale),
                        rate: formatRate(r.participationRate, locale),
                      })}
                    </span>
                  </th>
                  <td class="num">
                    <strong>{metricValue(r, metric, locale)}</strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
