import { useEffect, useRef } from 'preact/hooks';
import { QuestionImage } from '../components/QuestionImage';
import { Countdown } from '../components/Countdown';
import { canAnswer, playerScreen, type PlayerScreen, type PlayerState } from '../game/playerState';
import type { GameSocketOptions } from '../game/socket';
import { formatScore, revealType } from '../game/reveal';
import { t } from '../i18n';
import { formatPin, validatePin } from '../pin';
import type { RouteProps } from '../router';
import { AnswerPanel } from './play/AnswerPanel';
import { JoinPanel } from './play/JoinPanel';
import { FinalPanel, RevealPanel, ScoreboardPanel } from './play/Results';
import { usePlayerGame, type PlayerGame } from './play/usePlayerGame';
import { ReadAloud } from './play/ReadAloud';
import { setLowData, useLowData } from './play/lowData';
import { shapeName } from '../components/AnswerShape';
import { questionLength } from '../text/length';

/** The player's screen (on a phone): join with PIN and nickname, then follow the game. */
export function Play({ location, socketFactory }: RouteProps & { socketFactory?: GameSocketOptions['create'] }) {
  const checked = validatePin(location.query.get('pin') ?? '');
  const game = usePlayerGame(checked.ok ? checked.pin : null, socketFactory);
  const { state } = game;
  const screen = playerScreen(state);
  useFocusOnScreenChange(screen, state.question?.index ?? state.intro?.index ?? -1);

  return (
    <div class={`play play-${screen}`}>
      <ConnectionBar state={state} onRetry={game.retry} />
      {state.me && screen !== 'kicked' ? <PlayerBar state={state} pin={game.pin} /> : null}
      <p class="sr-only" role="status" aria-live="polite">
        {announcement(state, screen)}
      </p>
      <Screen screen={screen} game={game} />
      {state.paused && screen !== 'final' && screen !== 'kicked' ? (
        <div class="paused-overlay" aria-hidden="true">
          <p>{t('game.paused')}</p>
          <p class="paused-sub">{t('play.pausedText')}</p>
        </div>
      ) : null}
    </div>
  );
}

function Screen({ screen, game }: { screen: PlayerScreen; game: PlayerGame }) {
  const { state } = game;
  const lowData = useLowData();
  switch (screen) {
    case 'form':
    case 'connecting':
      if (screen === 'connecting' && (state.me || game.resuming)) return <Waiting heading={t('play.status.connecting')} />;
      return (
        <section class="play-screen narrow" aria-labelledby="play-heading">
          <h1 id="play-heading" tabIndex={-1}>
            {t('play.title')}
          </h1>
          {game.check?.status === 'found' || game.check?.status === 'unknown' ? null : <p>{t('play.noPin')}</p>}
          <JoinPanel
            pin={game.pin}
            nickname={game.nickname}
            busy={screen === 'connecting'}
            check={game.check}
            onWarm={game.warm}
            onCheck={game.checkPin}
            onChangePin={game.changePin}
            refusal={
              state.rejection
                ? { code: state.rejection.reason, message: state.rejection.message }
                : state.error
                  ? { code: state.error.code, message: state.error.message }
                  : null
            }
            onJoin={game.join}
          />
          <label class="check low-data-toggle">
            <input type="checkbox" checked={lowData} onChange={(e) => setLowData(e.currentTarget.checked)} />
            {t('play.lowData')}
          </label>
        </section>
      );
    case 'lobby':
      return (
        <section class="play-screen" aria-labelledby="play-heading">
          <h1 id="play-heading" tabIndex={-1}>
            {t('play.lobby.heading')}
          </h1>
          <p class="big-note">{t('play.lobby.text')}</p>
          <p class="nickname-badge">{state.me?.nickname}</p>
          <p>
            <button type="button" class="button" onClick={game.leave}>
              {t('play.leave')}
            </button>
          </p>
        </section>
      );
    case 'starting':
      return <Waiting heading={t('play.starting')} />;
    case 'intro': {
      const intro = state.intro!;
      return (
        <section class="play-screen" aria-labelledby="play-heading">
          <p class="question-number">{t('game.questionOf', { number: intro.number, total: intro.total })}</p>
          <h1 id="play-heading" class={`question-text${questionLength(intro.text)}`} tabIndex={-1}>
            {intro.text}
          </h1>
          <QuestionImage url={intro.imageUrl} alt={intro.imageAlt} lowData={lowData} />
          <p class="big-note">{t('play.getReady')}</p>
          {state.timer ? <Countdown timer={state.timer} totalSeconds={Math.max(1, Math.ceil(intro.remainingMillis / 1000))} urgentSeconds={0} /> : null}
        </section>
      );
    }
    case 'question':
    case 'answered': {
      const q = state.question!;
      const answered = screen === 'answered';
      return (
        <section class="play-screen question-screen" aria-labelledby="play-heading">
          <div class="question-head">
            <p class="question-number">{t('game.questionOf', { number: q.number, total: q.total })}</p>
            {answered ? null : <ReadAloud text={spoken(q.text, q.choices, q.type === 'TRUE_FALSE')} />}
            {state.timer ? <Countdown timer={state.timer} totalSeconds={q.timeLimitSeconds} /> : null}
          </div>
          <h1 id="play-heading" class={`question-text${questionLength(q.text)}`} tabIndex={-1}>
            {q.text}
          </h1>
          <QuestionImage url={q.imageUrl} alt={q.imageAlt} lowData={lowData} />
          {answered ? (
            <p class="answered-note">
              {state.answer?.status === 'accepted' ? t('play.answered') : t('play.sending')}
            </p>
          ) : (
            <>
              <p class="hint">{t(hintKey(q.type))}</p>
              {state.answer?.status === 'rejected' ? (
                <p class="notice notice-error" role="alert">
                  {state.answer.message}
                </p>
              ) : null}
              <AnswerPanel question={q} disabled={!canAnswer(state, q.index)} onAnswer={(payload) => game.answer(q.index, payload)} />
            </>
          )}
        </section>
      );
    }
    case 'reveal':
      return <RevealPanel state={state} />;
    case 'scoreboard':
      return <ScoreboardPanel state={state} />;
    case 'final':
      return <FinalPanel state={state} onAgain={game.leave} />;
    case 'kicked':
      return (
        <section class="play-screen narrow" aria-labelledby="play-heading">
          <h1 id="play-heading" tabIndex={-1}>
            {t('play.kicked.heading')}
          </h1>
          <p class="notice notice-warn">{state.kicked!.message}</p>
          {state.kicked!.banned ? <p>{t('play.kicked.banned')}</p> : null}
          <p>
            <button type="button" class="button" onClick={game.leave}>
              {t('play.again')}
            </button>
          </p>
        </section>
      );
  }
}

/** The question's image, or in low-data mode a word that it was left out. */
/** What "Đọc câu hỏi" reads: the question, then each answer with its shape ("Tam giác: …"). */
function spoken(text: string, choices: string[], trueFalse: boolean): string {
  return [text, ...choices.map((c, i) => `${shapeName(i, trueFalse)}: ${c}`)].join('. ');
}

function Waiting({ heading }: { heading: string }) {
  return (
    <section class="play-screen" aria-labelledby="play-heading">
      <h1 id="play-heading" tabIndex={-1}>
        {heading}
      </h1>
      <p class="spinner" aria-hidden="true" />
    </section>
  );
}

function hintKey(type: string) {
  switch (type) {
    case 'MULTIPLE_SELECT':
      return 'play.pickMany' as const;
    case 'TYPE_ANSWER':
      return 'play.typeIt' as const;
    case 'ORDERING':
      return 'play.orderIt' as const;
    case 'POLL':
      return 'play.poll' as const;
    default:
      return 'play.pickOne' as const;
  }
}

/** Who and how well: nickname, score, PIN (small). */
function PlayerBar({ state, pin }: { state: PlayerState; pin: string | null }) {
  return (
    <div class="player-bar">
      <span class="player-name">{state.me?.nickname}</span>
      <span class="player-score">{t('play.scoreShort', { score: formatScore(state.score, t('app.locale')) })}</span>
      {pin ? <span class="player-pin">{t('play.pin', { pin: formatPin(pin) })}</span> : null}
    </div>
  );
}

/** The connection, when it is not simply fine. */
function ConnectionBar({ state, onRetry }: { state: PlayerState; onRetry: () => void }) {
  const inGame = !!state.me && !state.kicked && !state.ended;
  if (!inGame) return null;
  if (state.connection === 'reconnecting' || (state.connection === 'connecting' && state.me)) {
    return (
      <div class="connection-bar warn" role="status">
        <span>{t('play.status.reconnecting')}</span>
        <button type="button" class="link-button" onClick={onRetry}>
          {t('play.retry')}
        </button>
      </div>
    );
  }
  if (state.replaced) {
    return (
      <div class="connection-bar warn" role="status">
        <span>{t('play.status.replaced')}</span>
        <button type="button" class="link-button" onClick={onRetry}>
          {t('play.playHere')}
        </button>
      </div>
    );
  }
  if (state.connection === 'closed') {
    return (
      <div class="connection-bar error" role="alert">
        <span>{t('play.status.closed')}</span>
        <button type="button" class="link-button" onClick={onRetry}>
          {t('play.retry')}
        </button>
      </div>
    );
  }
  return null;
}

/** One sentence for the screen reader when the game moves on (not on every tick). */
export function announcement(state: PlayerState, screen: PlayerScreen): string {
  if (state.paused && screen !== 'final') return t('play.pausedText');
  switch (screen) {
    case 'lobby':
      return `${t('play.lobby.heading')} ${t('play.lobby.text')}`;
    case 'starting':
      return t('play.starting');
    case 'intro':
      return t('play.announce.intro', { number: state.intro!.number, total: state.intro!.total });
    case 'question':
      return state.answer?.status === 'rejected'
        ? state.answer.message ?? ''
        : t('play.announce.open', { number: state.question!.number, total: state.question!.total });
    case 'answered':
      return state.answer?.status === 'accepted' ? t('play.answered') : t('play.sending');
    case 'reveal': {
      const r = state.result;
      if (state.reveal && revealType(state.reveal, state.question) === 'POLL') return t('play.pollDone');
      if (!r || !r.answered) return t('play.noAnswer');
      return `${t(r.correct ? 'play.correct' : 'play.wrong')} ${t('play.points', { points: r.points })}`;
    }
    case 'scoreboard':
      return `${t('game.scoreboard')}. ${t('play.rank', { rank: state.rank, count: state.playerCount })}`;
    case 'final':
      return state.final
        ? `${t('play.final.heading')}. ${t('play.final.rank', { rank: state.final.rank, count: state.final.playerCount })}`
        : t('play.final.heading');
    case 'kicked':
      return state.kicked?.message ?? '';
    default:
      return '';
  }
}

/**
 * When the screen changes and focus was on something that is gone (an answer button), put it on
 * the new screen's heading, so keyboard and screen-reader users carry on from there.
 */
function useFocusOnScreenChange(screen: PlayerScreen, question: number) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const active = document.activeElement;
    const lost = !active || active === document.body || !document.contains(active) || (active as HTMLButtonElement).disabled;
    // Without scrolling: on an open question the page must not move its answers out of view.
    if (lost) document.getElementById('play-heading')?.focus({ preventScroll: true });
  }, [screen, question]);
}
