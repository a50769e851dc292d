import { Badge } from '../../components/Badge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatElapsed } from '../../contest/clock';
import { formatNumber, leaderboardPath, myPlace } from '../../contest/standings';
import type { Leaderboard as Board, LeaderboardRow } from '../../contest/types';
import { t } from '../../i18n';
import { useApi } from '../../useApi';
import { useRefresh } from './hooks';

/**
 * A ranking of contestants: a round's (or the whole contest's when `round` is null), the top 10,
 * and where the contestant on this device stands with their neighbours. "Tạm tính" while the
 * round is open; once final, each prediction and its distance from the real figure.
 */
export function Leaderboard(props: { contestId: number; round: number | null; meId: number | null; heading: string; headingId: string; refresh?: number }) {
  const board = useApi<Board>(leaderboardPath(props.contestId, props.round));
  useRefresh(props.refresh, board.reload);
  const data = board.data;
  const place = data ? myPlace(data, props.meId) : null;
  const withPrediction = !!data?.final && [...(data.top ?? []), ...(data.me?.neighbours ?? [])].some((r) => r.prediction != null);

  return (
    <section class="board" aria-labelledby={props.headingId}>
      <div class="board-head">
        <h3 id={props.headingId}>{props.heading}</h3>
        {data ? <Badge tone={data.final ? 'ok' : 'warn'}>{data.final ? t('board.final') : t('board.provisional')}</Badge> : null}
      </div>
      <ErrorNotice error={board.error} />
      {board.loading && !data ? <p class="loading">{t('common.loading')}</p> : null}
      {data ? (
        <>
          <p class="hint">{data.final ? t('board.finalHint') : t('board.provisionalHint')}</p>
          {data.final && data.actualFigure != null ? (
            <p class="actual-figure">{t('board.actualFigure', { n: formatNumber(data.actualFigure, t('app.locale')) })}</p>
          ) : null}
          {place ? (
            <p class="my-rank" role="status">
              {t('board.myRank', { rank: place.rank, total: data.total })}
            </p>
          ) : null}
          {data.top.length === 0 ? (
            <p class="notice notice-info">{t('board.empty')}</p>
          ) : (
            <BoardTable rows={data.top} meId={props.meId} withPrediction={withPrediction} caption={t('board.topCaption', { n: data.top.length, total: data.total })} />
          )}
          {place && !place.inTop && place.rows.length > 0 ? (
            <BoardTable rows={place.rows} meId={props.meId} withPrediction={withPrediction} caption={t('board.aroundMe')} />
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function BoardTable(props: { rows: LeaderboardRow[]; meId: number | null; withPrediction: boolean; caption: string }) {
  const locale = t('app.locale');
  return (
    <div class="table-wrap">
      <table class="table board-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col" class="num">
              {t('board.rank')}
            </th>
            <th scope="col">{t('board.name')}</th>
            <th scope="col" class="num">
              {t('board.score')}
            </th>
            <th scope="col" class="num">
              {t('board.time')}
            </th>
            {props.withPrediction ? (
              <>
                <th scope="col" class="num">
                  {t('board.prediction')}
                </th>
                <th scope="col" class="num">
                  {t('board.distance')}
                </th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => {
            const mine = props.meId !== null && r.contestantId === props.meId;
            return (
              <tr key={r.contestantId} class={mine ? 'me' : undefined} aria-current={mine ? 'true' : undefined}>
                <td class="num">{r.rank}</td>
                <th scope="row">
                  <span class="board-name">{r.fullName}</span>
                  {mine ? <span class="sr-only"> ({t('board.you')})</span> : null}
                  <span class="board-unit">{r.unit}</span>
                </th>
                <td class="num">{formatNumber(r.score, locale)}</td>
                <td class="num nowrap">{formatElapsed(r.durationMs, locale)}</td>
                {props.withPrediction ? (
                  <>
                    <td class="num">{r.prediction == null ? '–' : formatNumber(r.prediction, locale)}</td>
                    <td class="num">{r.distance == null ? '–' : formatNumber(r.distance, locale)}</td>
                  </>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
