import type { QuestionType } from '../../bank/types';
import { AnswerShape, shapeName, shapeOf } from '../../components/AnswerShape';
import { LawCard } from '../../components/LawCard';
import { isLastQuestion, type HostState } from '../../game/hostState';
import type { HostFrame, Reveal, Standing } from '../../game/protocol';
import { formatScore, isCorrectChoice, percent, revealType } from '../../game/reveal';
import { t, type MessageKey } from '../../i18n';
import { Controls, Toggle } from './Controls';
import { questionLength } from '../../text/length';

const score = (n: number) => formatScore(n, t('app.locale'));

/** After the question: the right answer, how the room answered, and the law. */
export function RevealView(props: { state: HostState; send: (frame: HostFrame) => boolean; onEnd: () => void }) {
  const { state } = props;
  const reveal = state.reveal!;
  const type = revealType(reveal, state.question);
  const last = isLastQuestion(state);
  const nextKey: MessageKey = state.leaderboardShown ? 'host.next.scoreboard' : last ? 'host.next.podium' : 'host.next.question';
  return (
    <>
      <div class="reveal-head">
        <p class="reveal-closed">{t(closedKey(reveal.closedBy))}</p>
        {reveal.percentCorrect !== null ? (
          <p class="reveal-percent">{t('host.reveal.percent', { percent: reveal.percentCorrect })}</p>
        ) : null}
        <p class="reveal-answered">{t('host.reveal.answered', { answered: reveal.answered, count: reveal.playerCount })}</p>
      </div>
      {/* Scrolls inside itself on the projector when long: reachable from the keyboard too. */}
      <h1 id="host-heading" class={`host-question small${questionLength(reveal.text)}`} tabIndex={0}>
        {reveal.text}
      </h1>
      {/* On the projector each half scrolls inside itself when long: both reachable from the keyboard. */}
      <div class="reveal-body">
        <div class="reveal-chart" tabIndex={0} role="region" aria-label={t('host.reveal.counts')}>
          {type === 'TYPE_ANSWER' ? <TopAnswers reveal={reveal} /> : <ChoiceChart reveal={reveal} type={type} />}
        </div>
        <div class="reveal-law" tabIndex={0} role="region" aria-label={t('game.legalBasis')}>
          <LawCard reveal={reveal} type={type} class="host-law" />
        </div>
      </div>
      <LeaderboardToggle state={state} send={props.send} />
      <Controls state={state} send={props.send} onEnd={last ? undefined : props.onEnd} nextKey={nextKey} />
    </>
  );
}

function closedKey(closedBy: Reveal['closedBy']): MessageKey {
  switch (closedBy) {
    case 'TIME_UP':
      return 'host.reveal.closedBy.TIME_UP';
    case 'ALL_ANSWERED':
      return 'host.reveal.closedBy.ALL_ANSWERED';
    default:
      return 'host.reveal.closedBy.HOST';
  }
}

/**
 * How many chose each answer: a bar per choice with its shape, its text, the number and the share;
 * the correct ones marked in words, not by colour alone. For an ordering, how many put each item
 * in its right place, in the right order.
 */
export function ChoiceChart(props: { reveal: Reveal; type: QuestionType }) {
  const { reveal, type } = props;
  const trueFalse = type === 'TRUE_FALSE';
  const ordering = type === 'ORDERING';
  const rows = ordering ? reveal.correctChoices : reveal.choices.map((_, i) => i);
  const max = Math.max(1, ...reveal.choiceCounts);
  return (
    <>
      <h2 class="chart-heading">{t(ordering ? 'host.reveal.orderingCounts' : 'host.reveal.counts')}</h2>
      <ul class="chart">
        {rows.map((i, position) => {
          const n = reveal.choiceCounts[i] ?? 0;
          const correct = isCorrectChoice(reveal, type, i);
          return (
            <li key={i} class={`chart-row tone-${shapeOf(i, trueFalse).tone}${correct ? ' correct' : ''}`}>
              <span class="chart-label">
                <AnswerShape index={i} trueFalse={trueFalse} />
                <span class="sr-only">{shapeName(i, trueFalse)}: </span>
                {ordering ? `${position + 1}. ` : ''}
                {reveal.choices[i]}
                {correct ? (
                  <span class="chart-correct">
                    <span aria-hidden="true">✓ </span>
                    {t('host.reveal.correctMark')}
                  </span>
                ) : null}
              </span>
              <span class="chart-bar" aria-hidden="true">
                <span style={{ width: `${(100 * n) / max}%` }} />
              </span>
              <span class="chart-value">{t('host.reveal.count', { n, percent: percent(n, reveal.answered) })}</span>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function TopAnswers(props: { reveal: Reveal }) {
  const { reveal } = props;
  return (
    <>
      <h2 class="chart-heading">{t('host.reveal.topAnswers')}</h2>
      {reveal.topAnswers.length === 0 ? (
        <p>{t('host.reveal.noTyped')}</p>
      ) : (
        <ul class="chart">
          {reveal.topAnswers.map((a, i) => (
            <li key={i} class="chart-row">
              <span class="chart-label">{a.answer}</span>
              <span class="chart-bar" aria-hidden="true">
                <span style={{ width: `${(100 * a.count) / Math.max(1, reveal.topAnswers[0].count)}%` }} />
              </span>
              <span class="chart-value">{t('host.reveal.count', { n: a.count, percent: percent(a.count, reveal.answered) })}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function LeaderboardToggle(props: { state: HostState; send: (frame: HostFrame) => boolean }) {
  return (
    <p class="leaderboard-toggle">
      <Toggle
        label={t('host.leaderboardToggle')}
        on={props.state.leaderboardShown}
        disabled={props.state.connection !== 'open'}
        onChange={(shown) => props.send({ type: 'leaderboard', shown })}
      />
    </p>
  );
}

export function Ranking(props: { top: Standing[] }) {
  return (
    <ol class="ranking">
      {props.top.map((s) => (
        <li key={s.playerId}>
          <span class="ranking-rank">{s.rank}</span>
          <span class="ranking-name">{s.nickname}</span>
          <span class="ranking-score">{score(s.score)}</span>
        </li>
      ))}
    </ol>
  );
}

export function ScoreboardView(props: { state: HostState; send: (frame: HostFrame) => boolean; onEnd: () => void }) {
  const { state } = props;
  const last = isLastQuestion(state);
  return (
    <>
      <h1 id="host-heading" tabIndex={-1}>
        {t('game.scoreboard')}
      </h1>
      {state.scoreboard ? <Ranking top={state.scoreboard} /> : null}
      <LeaderboardToggle state={state} send={props.send} />
      <Controls state={state} send={props.send} onEnd={last ? undefined : props.onEnd} nextKey={last ? 'host.next.podium' : 'host.next.question'} />
    </>
  );
}

/** The top three on steps: second, first, third, as on a real podium (order in the list: 1, 2, 3). */
export function PodiumSteps(props: { top: Standing[] }) {
  const places = props.top.slice(0, 3);
  return (
    <ol class="podium">
      {places.map((s) => (
        <li key={s.playerId} class={`podium-place place-${Math.min(s.rank, 3)}`}>
          <span class="podium-name">{s.nickname}</span>
          <span class="podium-score">{t('game.scoreN', { score: score(s.score) })}</span>
          <span class="podium-step">
            <span class="sr-only">{t('game.rankN', { rank: s.rank })}</span>
            <span aria-hidden="true">{s.rank}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}

export function PodiumView(props: { state: HostState; send: (frame: HostFrame) => boolean }) {
  const { state } = props;
  return (
    <>
      <h1 id="host-heading" tabIndex={-1}>
        {t('game.podium')}
      </h1>
      {state.podium && state.podium.length > 0 ? <PodiumSteps top={state.podium} /> : <p>{t('host.noPlayers')}</p>}
      <Controls state={state} send={props.send} nextKey="host.next.finish" />
    </>
  );
}

export function FinishedView(props: { state: HostState }) {
  const { state } = props;
  const game = state.game!;
  return (
    <>
      <h1 id="host-heading" tabIndex={-1}>
        {t('host.finished')}
      </h1>
      {state.ended?.early ? <p>{t('host.finishedEarly')}</p> : null}
      {state.podium && state.podium.length > 0 ? <PodiumSteps top={state.podium} /> : null}
      <p class="host-links">
        <a class="button primary" href={`/host/${game.gameId}/report`}>
          {t('host.report')}
        </a>
        <a class="button" href="/host">
          {t('host.newGame')}
        </a>
      </p>
    </>
  );
}
