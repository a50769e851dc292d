import { useState } from 'preact/hooks';
import { api } from '../../api';
import { formatDate } from '../../bank/labels';
import { Badge } from '../../components/Badge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { spokenDuration } from '../../contest/clock';
import { formatWhen, roundStateLabel, roundStateTone, stateAt } from '../../contest/rounds';
import { formatNumber } from '../../contest/standings';
import type { Attempt, Contest, ContestantMe } from '../../contest/types';
import { t } from '../../i18n';
import { navigate } from '../../router';
import { MyData } from './MyData';

/**
 * The registered contestant's own page part: their rounds (attempts used and left, best score and
 * rank), "Bắt đầu làm bài" in the open round, "Tiếp tục bài đang làm", practice, past attempts.
 */
export function MyContest(props: { contest: Contest; me: ContestantMe; now: number }) {
  const { contest, me, now } = props;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const locale = t('app.locale');
  const attemptHref = (attemptId: number) => `/contests/${contest.id}/attempts/${attemptId}`;

  const start = async (body: { round: number } | { practice: true }) => {
    setBusy(true);
    setError(null);
    try {
      const attempt = await api<Attempt>(`/api/contests/${contest.id}/attempts`, { body });
      navigate(attemptHref(attempt.id));
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  // The server leaves out empty fields: no attempt in progress may come as a missing field.
  const inProgress = me.attemptInProgress ?? null;
  const rounds = [...contest.rounds].sort((a, b) => a.number - b.number);
  const done = me.attempts.filter((a) => a.status === 'SUBMITTED').sort((a, b) => b.id - a.id);

  return (
    <section class="my-contest" aria-labelledby="my-heading">
      <h2 id="my-heading">{t('mine.heading', { name: me.contestant.fullName })}</h2>
      <p class="meta">
        {t('mine.unit', { unit: me.contestant.unitName })} · {t('mine.born', { date: formatDate(me.contestant.birthDate) })}
      </p>
      {inProgress !== null ? (
        <div class="notice notice-warn">
          <p>{t('mine.inProgress')}</p>
          <p>
            <a class="button primary big" href={attemptHref(inProgress)}>
              {t('mine.continue')}
            </a>
          </p>
        </div>
      ) : null}
      <ErrorNotice error={error} />
      <ul class="my-rounds">
        {rounds.map((round) => {
          const mine = me.rounds.find((r) => r.number === round.number);
          const state = stateAt(round, now);
          const canStart = state === 'OPEN' && inProgress === null && (mine ? mine.attemptsLeft > 0 : true);
          return (
            <li key={round.number} class={`my-round state-${state.toLowerCase()}`}>
              <div class="my-round-head">
                <h3>{round.title}</h3>
                <Badge tone={roundStateTone(state)}>{roundStateLabel(state)}</Badge>
              </div>
              {mine ? (
                <p>
                  {t('mine.attempts', { used: mine.attemptsUsed, left: mine.attemptsLeft })}
                  {mine.best ? (
                    <>
                      <br />
                      {t('mine.best', { score: formatNumber(mine.best.score, locale), time: spokenDuration(mine.best.durationMs) })}
                      {mine.best.rank != null ? ` · ${t('mine.rank', { rank: mine.best.rank })}` : ''}{' '}
                      <a href={attemptHref(mine.best.attemptId)}>{t('mine.seeBest')}</a>
                    </>
                  ) : null}
                </p>
              ) : null}
              {canStart ? (
                <button type="button" class="button primary big" disabled={busy} onClick={() => start({ round: round.number })}>
                  {busy ? t('mine.starting') : t('mine.start')}
                </button>
              ) : state === 'OPEN' && mine && mine.attemptsLeft === 0 ? (
                <p class="hint">{t('mine.noneLeft')}</p>
              ) : state === 'UPCOMING' ? (
                <p class="hint">{t('mine.opensAt', { at: formatWhen(round.opensAt) })}</p>
              ) : state === 'CLOSED' ? (
                <p class="hint">{t('mine.roundOver')}</p>
              ) : null}
              {state === 'OPEN' && canStart ? <p class="hint">{t('mine.startHint', { n: contest.settings.questionsPerAttempt ?? 0, time: spokenDuration((contest.settings.timeLimitSeconds ?? 0) * 1000) })}</p> : null}
            </li>
          );
        })}
      </ul>
      {contest.settings.practiceEnabled ? (
        <div class="practice">
          <h3>{t('mine.practiceHeading')}</h3>
          <p class="hint">{t('mine.practiceHint')}</p>
          {contest.practiceRule === 'REVEAL_AFTER_LAST_ROUND' ? <p class="hint">{t('mine.practiceRevealLater')}</p> : null}
          <button type="button" class="button" disabled={busy || inProgress !== null} onClick={() => start({ practice: true })}>
            {t('mine.practice')}
          </button>
        </div>
      ) : null}
      {done.length > 0 ? (
        <div class="my-attempts">
          <h3>{t('mine.attemptsHeading')}</h3>
          <ul>
            {done.map((a) => (
              <li key={a.id}>
                <a href={attemptHref(a.id)}>
                  {a.practice ? t('mine.practiceAttempt') : t('mine.roundAttempt', { round: rounds.find((r) => r.number === a.round)?.title ?? String(a.round) })}
                </a>{' '}
                <span class="meta">
                  {formatWhen(a.submittedAt ?? a.startedAt)}
                  {a.score != null ? ` · ${t('mine.scoreCorrect', { score: formatNumber(a.score, locale), correct: a.correct ?? 0, total: a.total })}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <MyData contestId={contest.id} onErased={() => window.location.reload()} />
    </section>
  );
}
