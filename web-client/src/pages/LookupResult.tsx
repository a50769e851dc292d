import { useState } from 'preact/hooks';
import { QuestionImage } from '../components/QuestionImage';
import { formatCitation, formatReference } from '../bank/citation';
import { difficultyLabel, typeLabel } from '../bank/labels';
import type { PublicQuestion } from '../bank/types';
import { correctAnswer } from '../components/QuestionPreview';
import { OpenCitation } from '../components/OpenCitation';
import { t } from '../i18n';
import { articlePath } from '../law/paths';

/** A question's permanent address in the lookup. */
export function lookupPath(id: number): string {
  return `/lookup?id=${id}`;
}

/** The options a reader must not take for the law: every listed option that is not correct. */
export function wrongOptions(q: PublicQuestion): string[] {
  const listed = q.type === 'SINGLE_CHOICE' || q.type === 'MULTIPLE_SELECT' || q.type === 'TRUE_FALSE';
  return listed ? q.choices.filter((c) => !c.correct).map((c) => c.text ?? '') : [];
}

/**
 * One question as a citizen reads it: the correct answer and its legal basis first (with the article
 * to read), then the explanation, and the wrong options last, each marked wrong so that none reads as law.
 */
export function LookupResult(props: { question: PublicQuestion; names: Map<string, string> }) {
  const q = props.question;
  const answer = correctAnswer(q);
  const wrong = wrongOptions(q);
  const heading = `lookup-q-${q.id}`;
  return (
    <article aria-labelledby={heading}>
      <h2 id={heading} class="result-question">
        {q.text}
      </h2>
      <QuestionImage url={q.imageUrl} alt={q.imageAlt} />
      <div class="lookup-answer">
        <h3 class="reveal-heading">{t('lookup.answer')}</h3>
        {q.type === 'TYPE_ANSWER' ? (
          <p class="answer-line">
            <span aria-hidden="true">✓ </span>
            <strong>{answer.join(' · ')}</strong>
          </p>
        ) : (
          <ul class="answer-lines">
            {answer.map((line, i) => (
              <li key={i} class="option correct">
                <span aria-hidden="true">✓ </span>
                <strong>{line}</strong>
              </li>
            ))}
          </ul>
        )}
      </div>
      <h3 class="reveal-heading">{t('lookup.basis')}</h3>
      <ul class="citations">
        {q.citations
          .filter((c) => c.document && c.article > 0)
          .map((c, i) => (
            <li key={i}>
              <p class="citation">{formatCitation(c, c.documentName ?? props.names.get(c.document))}</p>
              {c.quote ? <blockquote class="quote">{c.quote}</blockquote> : null}
              <p class="cite-actions">
                <a class="lookup-article" href={articlePath(c.document, c.article, c.clause, c.point)}>
                  {t('lookup.articlePage', { ref: formatReference(c) })}
                </a>{' '}
                <OpenCitation citation={c} />
              </p>
            </li>
          ))}
      </ul>
      {q.explanation ? (
        <>
          <h3 class="reveal-heading">{t('preview.explanation')}</h3>
          <p class="explanation">{q.explanation}</p>
        </>
      ) : null}
      {wrong.length > 0 ? (
        <>
          <h3 class="reveal-heading">{t('lookup.wrongOptions')}</h3>
          <ul class="options lookup-wrong">
            {wrong.map((text, i) => (
              <li key={i} class="option wrong">
                <span aria-hidden="true">✗ </span>
                <s>{text}</s> <span class="option-note">({t('lookup.wrong')})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p class="meta">
        {typeLabel(q.type)} · {difficultyLabel(q.difficulty)}
        {q.tags.length > 0 ? ` · ${q.tags.join(', ')}` : ''}
      </p>
      <ShareQuestion id={q.id} />
    </article>
  );
}

/** Shares the question's permanent address: the phone's share sheet where there is one, else a copied link. */
function ShareQuestion(props: { id: number }) {
  const [note, setNote] = useState('');
  const share = async () => {
    const url = new URL(lookupPath(props.id), window.location.origin).toString();
    try {
      if (navigator.share) {
        await navigator.share({ url });
        return;
      }
      await navigator.clipboard.writeText(url);
      setNote(t('lookup.copied'));
    } catch {
      setNote(t('lookup.copyFailed', { url }));
    }
  };
  return (
    <p class="lookup-share">
      <a href={lookupPath(props.id)}>{t('lookup.permalink')}</a>{' '}
      <button type="button" class="secondary" onClick={share}>
        {t('lookup.share')}
      </button>{' '}
      <span role="status">{note}</span>
    </p>
  );
}
