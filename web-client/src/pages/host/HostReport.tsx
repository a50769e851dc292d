import { ApiError } from '../../api';
import type { QuestionType } from '../../bank/types';
import { typeLabel } from '../../bank/labels';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { ScoringMode } from '../../game/protocol';
import { formatScore } from '../../game/reveal';
import { t, type MessageKey } from '../../i18n';
import type { RouteProps } from '../../router';
import { useApi } from '../../useApi';
import './host.css';

/** GET /api/games/{id}/report: per player and per question (choices in bank order). */
export interface GameReport {
  gameId: string;
  scoring: ScoringMode;
  finished: boolean;
  players: {
    rank: number;
    playerId: number;
    nickname: string;
    score: number;
    correctCount: number;
    answered: number;
    averageTimeMs: number;
    answers: { questionIndex: number; answer: string; correct: boolean; points: number; timeMs: number }[];
  }[];
  questions: {
    index: number;
    questionId: number;
    version: number;
    type: QuestionType;
    text: string;
    status: 'SCORED' | 'SKIPPED' | 'NOT_ASKED';
    answered: number;
    correctCount: number;
    playerCount: number;
    percentCorrect: number | null;
    averageTimeMs: number;
    distribution: { text: string; correct: boolean; count: number }[];
  }[];
}

/** GET /api/games: the host's games. */
interface GameSummary {
  id: number;
  title: string;
  pin: string;
  status: string;
  createdAt: string;
  finishedAt: string | null;
  players: number;
}

/** Below this share of correct answers a question is worth going over again with the class. */
export const REVIEW_BELOW = 50;

const STATUS_KEYS: Record<string, MessageKey> = {
  SCORED: 'report.status.SCORED',
  SKIPPED: 'report.status.SKIPPED',
  NOT_ASKED: 'report.status.NOT_ASKED',
};

const seconds = (ms: number) => (ms / 1000).toLocaleString(t('app.locale'), { maximumFractionDigits: 1 });

/** The report of a finished game: who scored what, which questions the class found hard, downloads. */
export function HostReport({ params }: RouteProps) {
  const id = params.gameId ?? '';
  const report = useApi<GameReport>(`/api/games/${encodeURIComponent(id)}/report`);
  const games = useApi<GameSummary[]>('/api/games');
  const game = games.data?.find((g) => String(g.id) === id);
  const notYet = report.error instanceof ApiError && report.error.status === 404;

  return (
    <section class="page host-report">
      <h1 tabIndex={-1}>{game ? t('report.heading', { title: game.title }) : t('host.reportTitle')}</h1>
      {report.loading && !report.data ? <p class="loading">{t('common.loading')}</p> : null}
      {notYet ? (
        <div class="notice notice-info" role="status">
          <p>{t('report.notYet')}</p>
          <button type="button" class="button small" onClick={report.reload}>
            {t('report.reload')}
          </button>
        </div>
      ) : (
        <ErrorNotice error={report.error} />
      )}
      {report.data ? <ReportBody report={report.data} id={id} /> : null}
      <p class="host-links">
        <a href={`/host/${encodeURIComponent(id)}`}>{t('host.backToGame')}</a>
        <a href="/host">{t('host.newGame')}</a>
      </p>
    </section>
  );
}

function ReportBody({ report, id }: { report: GameReport; id: string }) {
  const scored = report.questions.filter((q) => q.status === 'SCORED' && q.percentCorrect !== null);
  const average = scored.length ? Math.round(scored.reduce((sum, q) => sum + (q.percentCorrect ?? 0), 0) / scored.length) : null;
  const review = scored.filter((q) => (q.percentCorrect ?? 100) < REVIEW_BELOW).sort((a, b) => (a.percentCorrect ?? 0) - (b.percentCorrect ?? 0));
  const base = `/api/games/${encodeURIComponent(id)}/report`;
  return (
    <>
      <p class="lead">
        {t('report.summary', { players: report.players.length, questions: report.questions.length })}{' '}
        {t(report.scoring === 'ACCURACY_FIRST' ? 'host.scoring.ACCURACY_FIRST' : 'host.scoring.KAHOOT')}
        {average !== null ? ` · ${t('report.average', { percent: average })}` : ''}
      </p>
      <p class="actions">
        <a class="button" href={`${base}?format=xlsx`} download>
          {t('report.xlsx')}
        </a>
        <a class="button" href={`${base}?format=csv&part=players`} download>
          {t('report.csvPlayers')}
        </a>
        <a class="button" href={`${base}?format=csv&part=questions`} download>
          {t('report.csvQuestions')}
        </a>
      </p>

      {review.length > 0 ? (
        <section class="notice notice-warn" aria-labelledby="report-review">
          <h2 id="report-review">{t('report.review')}</h2>
          <ul>
            {review.map((q) => (
              <li key={q.index}>
                {t('report.reviewLine', { number: q.index + 1, percent: q.percentCorrect ?? 0 })} {q.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <h2>{t('report.players')}</h2>
      <div class="table-wrap">
        <table class="table">
          <thead>
            <tr>
              <th scope="col" class="num">
                {t('report.rank')}
              </th>
              <th scope="col">{t('play.nickname')}</th>
              <th scope="col" class="num">
                {t('report.score')}
              </th>
              <th scope="col" class="num">
                {t('report.correct')}
              </th>
              <th scope="col" class="num">
                {t('report.time')}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.players.map((p) => (
              <tr key={p.playerId}>
                <td class="num">{p.rank || '–'}</td>
                <th scope="row">{p.nickname}</th>
                <td class="num">{formatScore(p.score, t('app.locale'))}</td>
                <td class="num">{t('report.correctOf', { correct: p.correctCount, answered: p.answered })}</td>
                <td class="num">{p.answered ? seconds(p.averageTimeMs) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{t('report.questions')}</h2>
      <ol class="report-questions">
        {report.questions.map((q) => (
          <li key={q.index}>
            <p class="report-q-text">{q.text}</p>
            <p class="meta">
              {typeLabel(q.type)} · {t(STATUS_KEYS[q.status] ?? 'report.status.SCORED')}
              {q.status === 'SCORED' ? (
                <>
                  {' · '}
                  {q.percentCorrect !== null ? t('host.reveal.percent', { percent: q.percentCorrect }) : t('type.POLL')}
                  {' · '}
                  {t('host.reveal.answered', { answered: q.answered, count: q.playerCount })}
                  {q.answered ? ` · ${t('report.avgTime', { s: seconds(q.averageTimeMs) })}` : ''}
                </>
              ) : null}
            </p>
            {q.status === 'SCORED' && q.distribution.length > 0 ? (
              <ul class="report-dist">
                {q.distribution.map((c, i) => (
                  <li key={i} class={c.correct ? 'correct' : undefined}>
                    {c.text}: {t('report.people', { n: c.count })}
                    {c.correct ? <strong> ({t('host.reveal.correctMark')})</strong> : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
