import { useState } from 'preact/hooks';
import { focusRound, roundStateLabel } from '../../../contest/rounds';
import { resultsUrl, type ResultsBy, type ResultsFormat } from '../../../contest/standings';
import type { Contest, Unit } from '../../../contest/types';
import { comparableDepth } from '../../../contest/levels';
import { depthsOf } from '../../../contest/units';
import { t } from '../../../i18n';
import { useApi } from '../../../useApi';
import { Leaderboard } from '../Leaderboard';
import { UnitRanking } from '../UnitRanking';

const FILES: { by: ResultsBy; format: ResultsFormat }[] = [
  { by: 'contestants', format: 'xlsx' },
  { by: 'contestants', format: 'csv' },
  { by: 'units', format: 'xlsx' },
  { by: 'units', format: 'csv' },
];

/** Kết quả: files of results per contestant and per unit (each round and the whole contest), and the rankings. */
export function ResultsTab(props: { contest: Contest }) {
  const { contest } = props;
  const [round, setRound] = useState<number | null>(() => focusRound(contest.rounds, Date.now())?.number ?? null);
  const units = useApi<Unit[]>(`/api/contests/${contest.id}/units`);
  const scopes: { round: number | null; title: string }[] = [
    ...contest.rounds.map((r) => ({ round: r.number, title: `${r.title} (${roundStateLabel(r.state)})` })),
    { round: null, title: t('monitor.wholeContest') },
  ];

  return (
    <div class="results-tab">
      <h2>{t('results.files')}</h2>
      <p class="hint">{t('results.filesHint')}</p>
      <ul class="download-list">
        {scopes.map((s) => (
          <li key={s.round ?? 'all'}>
            <span class="download-scope">{s.title}</span>
            <span class="actions">
              {FILES.map((f) => (
                <a key={`${f.by}-${f.format}`} class="button small" href={resultsUrl(contest.id, { round: s.round, ...f })} download>
                  {t(`results.${f.by}.${f.format}`)}
                  <span class="sr-only"> — {s.title}</span>
                </a>
              ))}
            </span>
          </li>
        ))}
      </ul>

      <h2>{t('contest.standings')}</h2>
      <div class="join-row">
        <label for="results-round" class="inline-label">
          {t('board.roundPicker')}
        </label>
        <select id="results-round" class="input" value={round === null ? '' : String(round)} onChange={(e) => setRound(e.currentTarget.value ? Number(e.currentTarget.value) : null)}>
          {contest.rounds.map((r) => (
            <option key={r.number} value={String(r.number)}>
              {r.title}
            </option>
          ))}
          <option value="">{t('monitor.wholeContest')}</option>
        </select>
      </div>
      <Leaderboard
        contestId={contest.id}
        round={round}
        meId={null}
        heading={round === null ? t('board.overallHeading') : t('board.roundHeading', { round: contest.rounds.find((r) => r.number === round)?.title ?? String(round) })}
        headingId="results-board-heading"
      />
      <UnitRanking
        contestId={contest.id}
        round={round}
        depths={depthsOf(units.data ?? [])}
        levels={contest.unitLevels}
        defaultDepth={comparableDepth(units.data ?? [])}
        idPrefix="results-ranking"
        heading={round === null ? t('ranking.headingOverall') : t('ranking.heading')}
      />
    </div>
  );
}
