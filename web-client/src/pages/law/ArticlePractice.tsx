import { useState } from 'preact/hooks';
import type { PublicQuestion } from '../../bank/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Reveal } from '../../components/QuestionPreview';
import { t } from '../../i18n';
import { isRight, practisable, type PracticeAnswer } from '../../law/practice';
import type { ArticleQuestions } from '../../law/types';
import { useApi } from '../../useApi';

/** The approved questions citing the article, and "Luyện tập điều này": answer them one by one, here. */
export function ArticlePractice(props: { api: string }) {
  const listing = useApi<ArticleQuestions>(`${props.api}/questions`);
  const [at, setAt] = useState<number | null>(null);
  const questions = listing.data?.items ?? [];
  const playable = questions.filter(practisable);
  return (
    <section class="article-questions" aria-labelledby="questions-heading">
      <h2 id="questions-heading">{t('reader.questions', { count: questions.length })}</h2>
      <ErrorNotice error={listing.error} />
      {listing.data && questions.length === 0 ? <p>{t('reader.noQuestions')}</p> : null}
      {at === null ? (
        <>
          {playable.length > 0 ? (
            <button type="button" class="button primary" onClick={() => setAt(0)}>
              {t('reader.practise')}
            </button>
          ) : null}
          <ol class="question-titles">
            {questions.map((q) => (
              <li key={q.id}>{q.text}</li>
            ))}
          </ol>
        </>
      ) : (
        <PracticeQuestion
          key={playable[at].id}
          question={playable[at]}
          position={at + 1}
          total={playable.length}
          onNext={at + 1 < playable.length ? () => setAt(at + 1) : null}
          onStop={() => setAt(null)}
        />
      )}
    </section>
  );
}

function PracticeQuestion(props: {
  question: PublicQuestion;
  position: number;
  total: number;
  onNext: (() => void) | null;
  onStop: () => void;
}) {
  const q = props.question;
  const [chosen, setChosen] = useState<number[]>([]);
  const [typed, setTyped] = useState('');
  const [result, setResult] = useState<boolean | null>(null);
  const multiple = q.type === 'MULTIPLE_SELECT';
  const answer: PracticeAnswer = q.type === 'TYPE_ANSWER' ? { typed } : { choices: chosen };
  const answered = q.type === 'TYPE_ANSWER' ? typed.trim() !== '' : chosen.length > 0;
  const pick = (i: number) => setChosen(multiple ? (chosen.includes(i) ? chosen.filter((c) => c !== i) : [...chosen, i]) : [i]);
  return (
    <form
      class="practice"
      onSubmit={(e) => {
        e.preventDefault();
        if (answered && result === null) setResult(isRight(q, answer));
      }}
    >
      <p class="meta">{t('reader.practiceOf', { position: props.position, total: props.total })}</p>
      <fieldset disabled={result !== null}>
        <legend class="practice-question">{q.text}</legend>
        {multiple ? <p class="hint">{t('preview.multiple')}</p> : null}
        {q.type === 'TYPE_ANSWER' ? (
          <div class="field">
            <label for={`practice-typed-${q.id}`}>{t('reader.typeAnswer')}</label>
            <input id={`practice-typed-${q.id}`} class="input" value={typed} onInput={(e) => setTyped(e.currentTarget.value)} />
          </div>
        ) : (
          <ul class="practice-choices">
            {q.choices.map((c, i) => (
              <li key={i}>
                <label class="choice-card">
                  <input
                    type={multiple ? 'checkbox' : 'radio'}
                    name={`practice-${q.id}`}
                    checked={chosen.includes(i)}
                    onChange={() => pick(i)}
                  />
                  <span>{c.text}</span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      {result === null ? (
        <div class="actions">
          <button type="submit" class="button primary" disabled={!answered}>
            {t('reader.check')}
          </button>
          <button type="button" class="button" onClick={props.onStop}>
            {t('reader.stopPractice')}
          </button>
        </div>
      ) : (
        <>
          <p class={result ? 'notice notice-ok' : 'notice notice-error'} role="status">
            {result ? t('reader.right') : t('reader.wrong')}
          </p>
          <Reveal content={q} allOptions headingLevel={3} />
          <div class="actions">
            {props.onNext ? (
              <button type="button" class="button primary" onClick={props.onNext}>
                {t('reader.nextQuestion')}
              </button>
            ) : null}
            <button type="button" class="button" onClick={props.onStop}>
              {props.onNext ? t('reader.stopPractice') : t('reader.donePractice')}
            </button>
          </div>
        </>
      )}
    </form>
  );
}
