import { useState } from 'preact/hooks';
import { ApiError } from '../../api';
import { Badge } from '../../components/Badge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { focusRound, registrationOpen, roundStateLabel, roundStateTone, roundWindow, stateAt } from '../../contest/rounds';
import { formatNumber } from '../../contest/standings';
import type { Contest, ContestantMe, Registered, Unit } from '../../contest/types';
import { comparableDepth } from '../../contest/levels';
import { depthsOf } from '../../contest/units';
import { t } from '../../i18n';
import type { RouteProps } from '../../router';
import { useApi } from '../../useApi';
import { useInterval, useServerNow } from './hooks';
import { Leaderboard } from './Leaderboard';
import { MyContest } from './MyContest';
import { NextStepCard } from './NextStep';
import { AccessCodePanel, RegisterForm, SignInWithCode } from './Register';
import { UnitRanking } from './UnitRanking';
import './contest.css';

/**
 * A contest's landing page: what it is, its rules and rounds, registration or the contestant's
 * own rounds, and the rankings of contestants and units.
 */
export function ContestLanding({ params }: RouteProps) {
  const id = Number(params.id);
  const contest = useApi<Contest>(`/api/contests/${id}`);
  const me = useApi<ContestantMe>(`/api/contests/${id}/me`);
  const [registered, setRegistered] = useState<Registered | null>(null);
  const notFound = contest.error instanceof ApiError && contest.error.status === 404;
  // While a round is to come or open, the page asks again every half minute: a round the organiser
  // closes stops offering attempts without a reload.
  const live = !!contest.data && contest.data.status === 'PUBLISHED' && contest.data.rounds.some((r) => r.state !== 'CLOSED');
  const refresh = () => {
    contest.reload();
    me.reload();
  };
  useInterval(refresh, 30_000, live);

  if (contest.loading && !contest.data) return <p class="loading">{t('common.loading')}</p>;
  if (!contest.data) {
    return (
      <section class="page narrow">
        <h1 tabIndex={-1}>{notFound ? t('contest.notFound') : t('contests.title')}</h1>
        {notFound ? <p>{t('contest.notFoundText')}</p> : <ErrorNotice error={contest.error} planned />}
        <p>
          <a class="link-alone" href="/contests">{t('contest.allContests')}</a>
        </p>
      </section>
    );
  }
  return (
    <LandingBody
      contest={contest.data}
      me={me.data ?? null}
      meError={me.error instanceof ApiError && me.error.status === 401 ? null : me.error}
      meLoading={me.loading && !me.data}
      registered={registered}
      onRegistered={(r) => {
        setRegistered(r);
        me.reload();
        contest.reload();
      }}
      onSignedIn={(m) => me.setData(m)}
      onDismissCode={() => setRegistered(null)}
      onStale={refresh}
    />
  );
}

function LandingBody(props: {
  contest: Contest;
  me: ContestantMe | null;
  meError: unknown;
  meLoading: boolean;
  registered: Registered | null;
  onRegistered: (r: Registered) => void;
  onSignedIn: (me: ContestantMe) => void;
  onDismissCode: () => void;
  onStale: () => void;
}) {
  const { contest, me } = props;
  const now = useServerNow(contest.serverTime);
  const rounds = [...contest.rounds].sort((a, b) => a.number - b.number);
  const shown = focusRound(rounds, now);
  const begun = rounds.filter((r) => stateAt(r, now) !== 'UPCOMING');
  const [chosenRound, setBoardRound] = useState<number | null>(null);
  // The open round's ranking first (else the last round that has begun), until another is chosen.
  const boardRound = chosenRound ?? (shown && stateAt(shown, now) !== 'UPCOMING' ? shown.number : (begun[begun.length - 1]?.number ?? null));
  const units = useApi<Unit[]>(contest.status === 'PUBLISHED' ? `/api/contests/${contest.id}/units` : null);
  const open = registrationOpen(contest.status, rounds, now);
  const locale = t('app.locale');

  return (
    <article class="page contest-landing">
      <header class="contest-head">
        <p class="contest-organiser">{contest.organiser}</p>
        <h1 tabIndex={-1}>{contest.title}</h1>
        {!props.meLoading && !props.registered ? <NextStepCard contest={contest} me={me} now={now} onStale={props.onStale} /> : null}
        <p class="meta">{t('contests.contestants', { count: formatNumber(contest.contestants ?? 0, locale) })}</p>
        {contest.canManage ? (
          <p>
            <a class="button" href={`/contests/${contest.id}/manage`}>
              {t('contest.manage')}
            </a>
          </p>
        ) : null}
      </header>
      {contest.status === 'DRAFT' ? <p class="notice notice-warn">{t('contest.draftNotice')}</p> : null}
      {contest.description ? <p class="lead contest-description">{contest.description}</p> : null}

      <div class="landing-grid">
        <div class="landing-main">
          {props.registered ? (
            <AccessCodePanel
              code={props.registered.accessCode}
              name={props.registered.contestant.fullName}
              onDismiss={props.onDismissCode}
              contestTitle={contest.title}
              contestId={contest.id}
              mailed={props.registered.mailed}
            />
          ) : null}
          {props.meLoading ? <p class="loading">{t('common.loading')}</p> : null}
          <ErrorNotice error={props.meError} />
          {me ? (
            <MyContest contest={contest} me={me} now={now} />
          ) : !props.meLoading && !props.meError ? (
            open ? (
              <div class="join-contest">
                <RegisterForm
                  contestId={contest.id}
                  askIdNumber={!!contest.settings.askIdNumber}
                  organiser={contest.organiser}
                  privacy={contest.privacy}
                  onRegistered={props.onRegistered}
                />
                <SignInWithCode contestId={contest.id} onSignedIn={props.onSignedIn} />
              </div>
            ) : contest.status === 'PUBLISHED' ? (
              <>
                <p class="notice notice-info">{t('contest.over')}</p>
                <SignInWithCode contestId={contest.id} onSignedIn={props.onSignedIn} />
              </>
            ) : null
          ) : null}
        </div>

        <aside class="landing-side" aria-label={t('contest.aboutLabel')}>
          <section aria-labelledby="rounds-heading">
            <h2 id="rounds-heading">{t('contest.rounds')}</h2>
            {rounds.length === 0 ? <p class="hint">{t('contest.noRounds')}</p> : null}
            <ol class="round-list">
              {rounds.map((r) => {
                const state = stateAt(r, now);
                return (
                  <li key={r.number} class={state === 'OPEN' ? 'current' : undefined}>
                    <span class="round-title">{r.title}</span> <Badge tone={roundStateTone(state)}>{roundStateLabel(state)}</Badge>
                    <span class="meta block">{roundWindow(r)}</span>
                  </li>
                );
              })}
            </ol>
          </section>
          {contest.rules ? (
            <details class="rules" open={!me}>
              <summary>
                <h2>{t('contest.rules')}</h2>
              </summary>
              <pre class="rules-text">{contest.rules}</pre>
            </details>
          ) : null}
        </aside>
      </div>

      {contest.status === 'PUBLISHED' ? (
        <section class="standings" aria-labelledby="standings-heading">
          <h2 id="standings-heading">{t('contest.standings')}</h2>
          {begun.length === 0 ? (
            <p class="hint">{t('contest.noStandings')}</p>
          ) : (
            <>
              {begun.length > 1 ? (
                <div class="field field-inline">
                  <label for="board-round">{t('board.roundPicker')}</label>
                  <select
                    id="board-round"
                    class="input"
                    value={boardRound === null ? '' : String(boardRound)}
                    onChange={(e) => setBoardRound(e.currentTarget.value === '' ? null : Number(e.currentTarget.value))}
                  >
                    {begun.map((r) => (
                      <option key={r.number} value={String(r.number)}>
                        {r.title}
                      </option>
                    ))}
                  </select>
                </div>
              ) : null}
              <div class="boards">
                {boardRound !== null ? (
                  <Leaderboard
                    contestId={contest.id}
                    round={boardRound}
                    meId={me?.contestant.id ?? null}
                    heading={t('board.roundHeading', { round: rounds.find((r) => r.number === boardRound)?.title ?? String(boardRound) })}
                    headingId="board-round-heading"
                  />
                ) : null}
                {begun.length > 1 ? (
                  <Leaderboard contestId={contest.id} round={null} meId={me?.contestant.id ?? null} heading={t('board.overallHeading')} headingId="board-overall-heading" />
                ) : null}
              </div>
              <UnitRanking
                contestId={contest.id}
                round={boardRound}
                depths={depthsOf(units.data ?? [])}
                levels={contest.unitLevels}
                defaultDepth={comparableDepth(units.data ?? [])}
                idPrefix="landing-ranking"
                heading={boardRound === null ? t('ranking.headingOverall') : t('ranking.heading')}
              />
            </>
          )}
        </section>
      ) : null}
      <p>
        <a class="link-alone" href="/contests">{t('contest.allContests')}</a>
      </p>
    </article>
  );
}
