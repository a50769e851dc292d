import { useEffect, useRef, useState } from 'preact/hooks';
import { QuestionImage } from '../../components/QuestionImage';
import { AnswerShape, shapeName, shapeOf } from '../../components/AnswerShape';
import { Countdown } from '../../components/Countdown';
import { ConfirmDialog } from '../../components/Dialog';
import { connectedCount, hostRefused, type HostState } from '../../game/hostState';
import type { HostFrame } from '../../game/protocol';
import type { GameSocketOptions } from '../../game/socket';
import { t, type MessageKey } from '../../i18n';
import { formatPin } from '../../pin';
import type { RouteProps } from '../../router';
import { Lobby, PlayerRows } from './Lobby';
import { Controls } from './Controls';
import { FinishedView, PodiumView, RevealView, ScoreboardView } from './Results';
import { useHostGame, type HostGame as Game } from './useHostGame';
import './host.css';
import { answerLength, questionLength } from '../../text/length';

/** The host's screen on the projector: lobby, questions, reveals, scoreboard, podium. */
export function HostGame({ params, socketFactory }: RouteProps & { socketFactory?: GameSocketOptions['create'] }) {
  const gameId = Number(params.gameId);
  const game = useHostGame(gameId, socketFactory);
  const { state } = game;
  const [confirmEnd, setConfirmEnd] = useState(false);
  usePhaseFocus(state);
  useProjectorMode();

  if (hostRefused(state)) {
    return (
      <section class="page narrow">
        <h1 tabIndex={-1}>{t('host.refused')}</h1>
        <p class="notice notice-error" role="alert">
          {state.error!.message}
        </p>
        <p>
          <a href="/host">{t('host.backToSetup')}</a>
        </p>
      </section>
    );
  }
  if (!state.game) {
    return (
      <section class="page narrow">
        <h1 tabIndex={-1}>{t('host.liveTitle')}</h1>
        <ConnectionStatus state={state} onRetry={game.retry} />
        <p class="loading">{t('host.connecting')}</p>
      </section>
    );
  }

  const send = (frame: HostFrame) => game.send(frame);
  return (
    <section class={`host-live phase-${state.phase.toLowerCase()}`} aria-labelledby="host-heading">
      <TopBar state={state} onRetry={game.retry} />
      <p class="sr-only" role="status" aria-live="polite">
        {hostAnnouncement(state)}
      </p>
      {state.rejection || (state.error && state.game) ? (
        <div class="notice notice-error host-notice" role="alert">
          <p>{state.rejection?.message ?? state.error?.message}</p>
          <button type="button" class="button small" onClick={game.dismiss}>
            {t('common.close')}
          </button>
        </div>
      ) : null}
      <Phase state={state} game={game} send={send} onEnd={() => setConfirmEnd(true)} />
      {state.started && state.phase !== 'FINISHED' ? (
        <details class="players-panel">
          <summary>{t('host.playersPanel', { count: state.playerCount, connected: connectedCount(state) })}</summary>
          <PlayerRows state={state} send={send} />
        </details>
      ) : null}
      {confirmEnd ? (
        <ConfirmDialog
          title={t('host.endConfirmTitle')}
          message={<p>{t('host.endConfirm')}</p>}
          confirmLabel={t('host.end')}
          danger
          onConfirm={() => {
            setConfirmEnd(false);
            send({ type: 'end' });
          }}
          onCancel={() => setConfirmEnd(false)}
        />
      ) : null}
    </section>
  );
}

function Phase(props: { state: HostState; game: Game; send: (frame: HostFrame) => boolean; onEnd: () => void }) {
  const { state, send } = props;
  switch (state.phase) {
    case 'LOBBY':
      return <Lobby state={state} send={send} />;
    case 'QUESTION_INTRO':
    case 'QUESTION_OPEN':
      return <QuestionView state={state} send={send} onEnd={props.onEnd} />;
    case 'REVEAL':
      return <RevealView state={state} send={send} onEnd={props.onEnd} />;
    case 'SCOREBOARD':
      return <ScoreboardView state={state} send={send} onEnd={props.onEnd} />;
    case 'PODIUM':
      return <PodiumView state={state} send={send} />;
    case 'FINISHED':
      return <FinishedView state={state} />;
  }
}

/** Game title, question number, the PIN for late-comers, the connection. */
function TopBar({ state, onRetry }: { state: HostState; onRetry: () => void }) {
  const game = state.game!;
  const index = state.question?.index ?? state.intro?.index ?? state.reveal?.questionIndex;
  return (
    <div class="host-bar">
      <span class="host-title">{game.title}</span>
      {state.started && index !== undefined && state.phase !== 'PODIUM' && state.phase !== 'FINISHED' ? (
        <span class="host-progress">{t('game.questionOf', { number: index + 1, total: game.questionCount })}</span>
      ) : null}
      {state.started && state.phase !== 'FINISHED' && !state.locked ? (
        <span class="host-pin-small">{t('play.pin', { pin: formatPin(game.pin) })}</span>
      ) : null}
      <span class="host-count">
        {state.maxPlayers !== null
          ? t('host.playerCountOf', { count: state.playerCount, max: state.maxPlayers })
          : t('host.playerCount', { count: state.playerCount })}
      </span>
      <ConnectionStatus state={state} onRetry={onRetry} />
      <FullscreenButton />
    </div>
  );
}

/** The projector view without the site's header: the game section fills the screen. */
function FullscreenButton() {
  const [full, setFull] = useState(() => typeof document !== 'undefined' && !!document.fullscreenElement);
  useEffect(() => {
    const change = () => setFull(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', change);
    return () => document.removeEventListener('fullscreenchange', change);
  }, []);
  if (typeof document === 'undefined' || !document.fullscreenEnabled) return null;
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void document.querySelector('.host-live')?.requestFullscreen().catch(() => undefined);
  };
  return (
    <button type="button" class="link-button fullscreen-button" aria-pressed={full ? 'true' : 'false'} onClick={toggle}>
      {t('host.fullscreen')}
    </button>
  );
}

function ConnectionStatus({ state, onRetry }: { state: HostState; onRetry: () => void }) {
  if (state.connection === 'open') {
    return <span class="conn conn-ok">{t('host.conn.open')}</span>;
  }
  const key: MessageKey = state.connection === 'closed' ? 'host.conn.closed' : state.connection === 'reconnecting' ? 'host.conn.reconnecting' : 'host.conn.connecting';
  return (
    <span class={`conn ${state.connection === 'closed' ? 'conn-error' : 'conn-warn'}`} role="status">
      {t(key)}{' '}
      {state.connection === 'reconnecting' || state.connection === 'closed' ? (
        <button type="button" class="link-button" onClick={onRetry}>
          {t('play.retry')}
        </button>
      ) : null}
    </span>
  );
}

function QuestionView(props: { state: HostState; send: (frame: HostFrame) => boolean; onEnd: () => void }) {
  const { state } = props;
  const open = state.phase === 'QUESTION_OPEN';
  const q = state.question;
  const intro = state.intro;
  const text = q?.text ?? intro?.text ?? '';
  const total = open ? q?.timeLimitSeconds ?? 0 : intro ? Math.max(1, Math.ceil(intro.remainingMillis / 1000)) : 0;
  const trueFalse = q?.type === 'TRUE_FALSE';
  return (
    <>
      <div class="host-question-head">
        {state.timer ? <Countdown timer={state.timer} totalSeconds={total} class="host-countdown" urgentSeconds={open ? 5 : 0} /> : null}
        {open ? (
          <p class="answer-count" aria-live="off">
            <span class="answer-count-number">{state.answered}</span>
            <span>{t('host.answers', { count: state.playerCount })}</span>
          </p>
        ) : (
          <p class="host-readying">{t('host.readQuestion')}</p>
        )}
      </div>
      <h1 id="host-heading" class={`host-question${questionLength(text)}`} tabIndex={-1}>
        {text}
      </h1>
      <QuestionImage url={q?.imageUrl ?? intro?.imageUrl} alt={q?.imageAlt ?? intro?.imageAlt} className="host-image" />
      {state.paused ? (
        <p class="paused-banner" role="status">
          {t('game.paused')}
        </p>
      ) : null}
      {open && q ? (
        q.type === 'TYPE_ANSWER' ? (
          <p class="host-type-note">{t('host.typeAnswerNote')}</p>
        ) : (
          <ul class={`host-tiles${q.choices.length <= 2 ? ' two' : ''}`}>
            {q.choices.map((choice, i) => (
              <li key={i} class={`tile tile-${shapeOf(i, trueFalse).tone}${answerLength(choice)}`}>
                <AnswerShape index={i} trueFalse={trueFalse} />
                <span class="sr-only">{shapeName(i, trueFalse)}: </span>
                <span class="tile-text">{choice}</span>
              </li>
            ))}
          </ul>
        )
      ) : null}
      {open && q?.type === 'ORDERING' ? <p class="hint">{t('host.orderingNote')}</p> : null}
      <Controls
        state={state}
        send={props.send}
        onEnd={props.onEnd}
        nextKey={open ? 'host.next.close' : 'host.next.open'}
        skip
        pause
      />
    </>
  );
}

/** What the screen reader hears when the room changes: joins, leaves, each phase. */
export function hostAnnouncement(state: HostState): string {
  if (state.paused) return t('game.paused');
  switch (state.phase) {
    case 'LOBBY': {
      const news = state.news;
      if (!news) return '';
      const key: MessageKey = news.text === 'joined' ? 'host.news.joined' : news.text === 'left' ? 'host.news.left' : 'host.news.kicked';
      return `${t(key, { name: news.nickname })} ${t('host.playerCount', { count: state.playerCount })}`;
    }
    case 'QUESTION_INTRO':
      return state.intro ? t('play.announce.intro', { number: state.intro.number, total: state.intro.total }) : '';
    case 'QUESTION_OPEN':
      return state.question ? t('play.announce.open', { number: state.question.number, total: state.question.total }) : '';
    case 'REVEAL':
      return state.reveal?.percentCorrect != null ? t('host.reveal.percent', { percent: state.reveal.percentCorrect }) : t('game.correctAnswer');
    case 'SCOREBOARD':
      return t('game.scoreboard');
    case 'PODIUM':
      return t('game.podium');
    case 'FINISHED':
      return t('host.finished');
  }
}

/**
 * Projector mode while the game screen is up: no site menu and no account name on the projected
 * page (host.css), and the question and reveal sized to the screen.
 */
function useProjectorMode() {
  useEffect(() => {
    document.body.classList.add('projector');
    return () => document.body.classList.remove('projector');
  }, []);
}

/** When the phase changes and focus was lost (its button is gone), the new phase's heading gets it. */
function usePhaseFocus(state: HostState) {
  const key = `${state.phase}:${state.question?.index ?? state.intro?.index ?? ''}`;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const active = document.activeElement;
    const lost = !active || active === document.body || !document.contains(active) || (active as HTMLButtonElement).disabled;
    // Without scrolling: the question on the projector stays where it is.
    if (lost) (document.getElementById('host-next') ?? document.getElementById('host-heading'))?.focus({ preventScroll: true });
  }, [key]);
}
