import type { PlayerState } from '../../game/playerState';
import type { Standing } from '../../game/protocol';
import { answerText, formatScore, revealType } from '../../game/reveal';
import { LawCard } from '../../components/LawCard';
import { t } from '../../i18n';

const score = (n: number) => formatScore(n, t('app.locale'));

/** The player's own result of the question, then the answer and the law behind it. */
export function RevealPanel(props: { state: PlayerState }) {
  const { reveal, result, question, answer } = props.state;
  if (!reveal) return null;
  const mine = answer?.q === reveal.questionIndex && answer.payload ? answerText(answer.payload, reveal.choices) : null;
  const type = revealType(reveal, question);
  const poll = type === 'POLL';
  const verdict = poll ? 'poll' : !result || !result.answered ? 'none' : result.correct ? 'correct' : 'wrong';
  return (
    <section class="play-screen" aria-labelledby="play-heading">
      <div class={`verdict verdict-${verdict}`}>
        <h1 id="play-heading" tabIndex={-1}>
          <span class="verdict-mark" aria-hidden="true">
            {verdict === 'correct' ? '✓' : verdict === 'wrong' ? '✗' : verdict === 'none' ? '–' : '♥'}
          </span>{' '}
          {t(verdict === 'correct' ? 'play.correct' : verdict === 'wrong' ? 'play.wrong' : verdict === 'none' ? 'play.noAnswer' : 'play.pollDone')}
        </h1>
        {result && !poll ? (
          <p class="verdict-points">
            {t('play.points', { points: score(result.points) })}
            {result.streakBonus > 0 ? <span class="streak-bonus"> {t('play.streakBonus', { bonus: score(result.streakBonus) })}</span> : null}
          </p>
        ) : null}
        {result && result.streak > 1 ? <p class="streak">{t('play.streak', { n: result.streak })}</p> : null}
      </div>
      {mine ? <p class="my-answer">{t('play.yourAnswer', { answer: mine })}</p> : null}
      <MyStanding state={props.state} />
      <LawCard reveal={reveal} type={type} class="compact" />
    </section>
  );
}

/** Score and rank: "1 900 điểm · Hạng 2/30". */
export function MyStanding(props: { state: PlayerState }) {
  const { score: total, rank, playerCount } = props.state;
  return (
    <p class="my-standing">
      <span>{t('play.score', { score: score(total) })}</span>
      {rank > 0 ? <span>{t('play.rank', { rank, count: playerCount || rank })}</span> : null}
    </p>
  );
}

export function TopList(props: { top: Standing[]; me: number | null; class?: string }) {
  return (
    <ol class={`top-list${props.class ? ` ${props.class}` : ''}`}>
      {props.top.map((s) => (
        <li key={s.playerId} class={s.playerId === props.me ? 'me' : undefined} aria-current={s.playerId === props.me ? 'true' : undefined}>
          <span class="top-rank">{s.rank}</span>
          <span class="top-name">{s.nickname}</span>
          <span class="top-score">{score(s.score)}</span>
        </li>
      ))}
    </ol>
  );
}

export function ScoreboardPanel(props: { state: PlayerState }) {
  const { scoreboard, me } = props.state;
  return (
    <section class="play-screen" aria-labelledby="play-heading">
      <h1 id="play-heading" tabIndex={-1}>
        {t('game.scoreboard')}
      </h1>
      <MyStanding state={props.state} />
      {scoreboard ? <TopList top={scoreboard} me={me?.playerId ?? null} /> : null}
      <p class="waiting">{t('play.waitingNext')}</p>
    </section>
  );
}

export function FinalPanel(props: { state: PlayerState; onAgain: () => void }) {
  const { final, podium, me, ended, questionCount } = props.state;
  return (
    <section class="play-screen" aria-labelledby="play-heading">
      <h1 id="play-heading" tabIndex={-1}>
        {t('play.final.heading')}
      </h1>
      {ended?.early ? <p>{t('play.final.endedEarly')}</p> : null}
      {final ? (
        <div class="final-card">
          <p class="final-rank">{t('play.final.rank', { rank: final.rank, count: final.playerCount })}</p>
          <p class="final-score">{t('play.final.score', { score: score(final.score) })}</p>
          <p>{t('play.final.correct', { correct: final.correctCount, total: questionCount })}</p>
        </div>
      ) : null}
      {podium && podium.length > 0 ? (
        <>
          <h2>{t('game.podium')}</h2>
          <TopList top={podium} me={me?.playerId ?? null} />
        </>
      ) : null}
      <p>
        <button type="button" class="button" onClick={props.onAgain}>
          {t('play.again')}
        </button>
      </p>
    </section>
  );
}
