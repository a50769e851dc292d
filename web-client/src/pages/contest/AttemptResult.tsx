import { typeLabel } from '../../bank/labels';
import { formatWhen } from '../../contest/rounds';
import { Badge } from '../../components/Badge';
import { OpenCitation } from '../../components/OpenCitation';
import { answerWords, correctLines } from '../../contest/answers';
import { spokenDuration } from '../../contest/clock';
import { formatNumber } from '../../contest/standings';
import type { Attempt, AttemptQuestion, ReviewItem } from '../../contest/types';
import { t } from '../../i18n';

/**
 * A submitted attempt: score, correct answers, time taken, rank; then, once the server reveals
 * them, every question with the correct answer, the explanation and the law it rests on.
 */
export function AttemptResult(props: { attempt: Attempt; contestId: number; ended: 'timeUp' | 'refused' | null; endedMessage: string; provisional: boolean; course?: number | null }) {
  const { attempt } = props;
  const result = attempt.result;
  const locale = t('app.locale');
  const autoSubmitted = props.ended === 'timeUp' || !!result?.autoSubmitted;

  return (
    <section class="attempt-result" aria-labelledby="attempt-heading">
      <h1 id="attempt-heading" tabIndex={-1}>
        {attempt.practice ? t('result.practiceHeading') : t('result.heading')}
      </h1>
      {autoSubmitted ? (
        <p class="notice notice-warn" role="status">
          {t('attempt.timeUp')}
        </p>
      ) : props.ended === 'refused' && props.endedMessage ? (
        <p class="notice notice-warn" role="status">
          {props.endedMessage}
        </p>
      ) : null}
      {result ? (
        <div class="result-card">
          <p class="result-score">
            {t('result.score', { score: formatNumber(result.score, locale), max: formatNumber(result.maxScore, locale) })}
          </p>
          <p class="result-correct">{t('result.correct', { correct: result.correct, total: result.total })}</p>
          <p class="result-time">{t('result.time', { time: spokenDuration(result.durationMs) })}</p>
          {result.rank != null ? (
            <p class="result-rank">
              {t('result.rank', { rank: result.rank })} {props.provisional ? <Badge tone="warn">{t('board.provisional')}</Badge> : null}
            </p>
          ) : null}
          {attempt.prediction && attempt.prediction.value != null ? (
            <p class="result-prediction">{t('result.prediction', { n: formatNumber(attempt.prediction.value, locale) })}</p>
          ) : null}
          <p class="meta">{t('result.submittedAt', { at: formatWhen(result.submittedAt) })}</p>
        </div>
      ) : (
        <p class="notice notice-info">{t('result.pending')}</p>
      )}
      {attempt.revealAt ? (
        <p class="notice notice-info">{t('result.revealAt', { at: formatWhen(attempt.revealAt) })}</p>
      ) : null}
      {attempt.review && attempt.review.length > 0 ? (
        <Review questions={attempt.questions ?? []} review={attempt.review} />
      ) : !attempt.revealAt ? (
        <p class="hint">{t('result.noReview')}</p>
      ) : null}
      <p class="actions">
        <a class="button primary" href={props.course ? `/khoa-hoc/${props.course}` : `/contests/${props.contestId}`}>
          {props.course ? t('course.backToCourse') : t('attempt.backToContest')}
        </a>
      </p>
    </section>
  );
}

function Review(props: { questions: AttemptQuestion[]; review: ReviewItem[] }) {
  const byPosition = new Map(props.review.map((r) => [r.position, r]));
  const total = props.questions.length;
  return (
    <section class="review" aria-labelledby="review-heading">
      <h2 id="review-heading">{t('result.reviewHeading')}</h2>
      <ol class="review-list">
        {props.questions.map((q, i) => {
          const item = byPosition.get(q.position);
          const mine = answerWords(q.answer, q.choices);
          const correct = item ? correctLines(item.correctAnswer, q.choices) : [];
          return (
            <li key={q.position} class={`review-item${item ? (item.correct ? ' right' : ' wrong') : ''}`}>
              <p class="review-number">
                {t('game.questionOf', { number: i + 1, total })} · {typeLabel(q.type)}{' '}
                {item ? (
                  <Badge tone={item.correct ? 'ok' : 'danger'}>
                    {item.correct ? t('result.right', { points: item.points }) : t('result.wrong')}
                  </Badge>
                ) : null}
              </p>
              <h3 class="review-question">{q.text}</h3>
              <p class="review-mine">
                <span class="review-label">{t('result.yourAnswer')}</span> {mine || t('result.noAnswer')}
              </p>
              {item ? (
                <div class="law-card compact">
                  <h4 class="law-heading">{t('game.correctAnswer')}</h4>
                  {correct.length === 1 || q.type === 'TYPE_ANSWER' ? (
                    <p class="answer-line">{correct.join(' · ')}</p>
                  ) : (
                    <ul class={q.type === 'ORDERING' ? 'answer-lines plain' : 'answer-lines'}>
                      {correct.map((line, n) => (
                        <li key={n}>{line}</li>
                      ))}
                    </ul>
                  )}
                  {item.citations && item.citations.length > 0 ? (
                    <>
                      <h4 class="law-heading">{t('game.legalBasis')}</h4>
                      <ul class="citations">
                        {item.citations.map((c, n) => (
                          <li key={n}>
                            <p class="citation">{c.documentName ? t('result.citation', { ref: c.reference, name: c.documentName }) : c.reference}</p>
                            {c.document && c.article ? (
                              <OpenCitation citation={{ document: c.document, article: c.article, clause: c.clause, point: c.point }} />
                            ) : null}
                            {c.quote ? <blockquote class="quote">{c.quote}</blockquote> : null}
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                  {item.explanation ? (
                    <>
                      <h4 class="law-heading">{t('game.explanation')}</h4>
                      <p class="explanation">{item.explanation}</p>
                    </>
                  ) : null}
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
