import type { QuestionType } from '../bank/types';
import type { Reveal } from '../game/protocol';
import { correctLines } from '../game/reveal';
import { t } from '../i18n';
import { CitationList } from './CitationLine';

/**
 * After a question: the correct answer, the law it rests on and why. This is the point of a legal
 * quiz, so it is shown to everyone, on the projector and on every phone.
 */
export function LawCard(props: { reveal: Reveal; type: QuestionType; headingLevel?: 2 | 3; showAnswer?: boolean; class?: string }) {
  const { reveal, type } = props;
  const H = props.headingLevel === 3 ? 'h3' : 'h2';
  const lines = correctLines(reveal, type);
  const hasCitation = reveal.citations.some((c) => c.document && c.article > 0);
  return (
    <div class={`law-card${props.class ? ` ${props.class}` : ''}`}>
      {props.showAnswer !== false ? (
        <>
          <H class="law-heading">{t('game.correctAnswer')}</H>
          {type === 'POLL' ? (
            <p>{t('game.pollNoAnswer')}</p>
          ) : type === 'TYPE_ANSWER' ? (
            <p class="answer-line">{lines.join(' · ')}</p>
          ) : (
            <ul class="answer-lines">
              {lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
        </>
      ) : null}
      {hasCitation ? (
        <>
          <H class="law-heading">{t('game.legalBasis')}</H>
          <CitationList citations={reveal.citations} names={reveal.documentNames} />
        </>
      ) : null}
      {reveal.explanation ? (
        <>
          <H class="law-heading">{t('game.explanation')}</H>
          <p class="explanation">{reveal.explanation}</p>
        </>
      ) : null}
    </div>
  );
}
