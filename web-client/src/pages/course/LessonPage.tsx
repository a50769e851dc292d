import { useState } from 'preact/hooks';
import { api } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { draftFor, payloadOf, type Draft } from '../../contest/answers';
import { t } from '../../i18n';
import { articlePath, documentSlug } from '../../law/paths';
import type { RouteProps } from '../../router';
import { useApi } from '../../useApi';
import { AttemptAnswer } from '../contest/AttemptAnswer';
import { ReadAloud } from '../play/ReadAloud';
import type { ArticleRef, LessonView, QuizResult, QuizView } from './types';
import '../contest/contest.css';
import './course.css';

interface ArticleText {
  documentName: string;
  number: string;
  title: string;
  text: string;
}

/** One article of the legal store, read in the lesson, with a link to it in the reader. */
function Reading({ article }: { article: ArticleRef }) {
  const loaded = useApi<ArticleText>(`/api/laws/documents/${documentSlug(article.document)}/articles/${article.article}`);
  return (
    <article class="lesson-article">
      <h3>
        <a href={articlePath(article.document, article.article)}>
          {t('course.articleOf', { article: String(article.article), document: article.document })}
        </a>
      </h3>
      {loaded.data ? (
        <>
          <p class="lesson-article-doc">
            {loaded.data.documentName}
            {loaded.data.title ? ` · ${loaded.data.title}` : ''}
          </p>
          <p class="lesson-article-text">{loaded.data.text}</p>
          <ReadAloud text={`${loaded.data.title ?? ''}. ${loaded.data.text}`} />
        </>
      ) : null}
      <ErrorNotice error={loaded.error} />
    </article>
  );
}

function isFile(url: string): boolean {
  return /\.(mp4|webm|ogg)(\?.*)?$/i.test(url);
}

/** A lesson: the reading (text and articles, read aloud on request), the video, then the quiz. */
export function LessonPage({ params }: RouteProps) {
  const id = Number(params.id);
  const position = Number(params.position);
  const lesson = useApi<LessonView>(`/api/my/courses/${id}/lessons/${position}`);
  const [quiz, setQuiz] = useState<QuizView | null>(null);
  const [drafts, setDrafts] = useState<Record<number, Draft>>({});
  const [result, setResult] = useState<QuizResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const l = lesson.data;

  const start = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const drawn = await api<QuizView>(`/api/my/courses/${id}/lessons/${position}/quiz`, { method: 'POST', body: {} });
      setQuiz(drawn);
      setDrafts(Object.fromEntries(drawn.questions.map((q) => [q.position, draftFor(q)])));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const submit = async () => {
    if (!quiz) return;
    setBusy(true);
    setError(null);
    try {
      const answers = quiz.questions.map((q) => payloadOf(drafts[q.position]));
      const marked = await api<QuizResult>(`/api/my/courses/${id}/lessons/${position}/quiz/answers`, {
        method: 'POST',
        body: { answers },
      });
      setResult(marked);
      setQuiz(null);
      if (marked.passed) lesson.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (!l) {
    return (
      <section class="page narrow course-page">
        <ErrorNotice error={lesson.error} />
        {lesson.loading ? <p class="loading">{t('common.loading')}</p> : null}
        <p>
          <a href={`/khoa-hoc/${id}`}>{t('course.backToCourse')}</a>
        </p>
      </section>
    );
  }
  return (
    <section class="page narrow course-page lesson-page">
      <p class="lesson-of">{t('course.lessonN', { n: String(position) })}</p>
      <h1 tabIndex={-1}>{l.title}</h1>
      {l.body ? (
        <div class="lesson-body" id="lesson-text">
          {l.body.split(/\n{2,}/).map((para, i) => (
            <p key={i}>{para}</p>
          ))}
          <ReadAloud text={l.body} />
        </div>
      ) : null}
      {l.videoUrl ? (
        <div class="lesson-video">
          {isFile(l.videoUrl) ? (
            // preload="none": nothing is downloaded until the learner presses play (weak phones, metered data).
            <video controls preload="none" src={l.videoUrl} class="lesson-video-player"
              aria-describedby={l.body ? 'lesson-text' : undefined}>
              <a href={l.videoUrl}>{t('course.video')}</a>
            </video>
          ) : (
            <a class="button" href={l.videoUrl} target="_blank" rel="noopener noreferrer">
              {t('course.video')}
            </a>
          )}
        </div>
      ) : null}
      {l.articles.map((a) => (
        <Reading key={`${a.document}-${a.article}`} article={a} />
      ))}

      <h2>{t('course.quiz')}</h2>
      <p>{t('course.quizRules', { questions: String(l.quizQuestions), pass: String(l.passPercent) })}</p>
      {l.passed && !result ? <p class="notice notice-success">{t('course.lessonPassed')}</p> : null}
      {result ? (
        <div class={`notice ${result.passed ? 'notice-success' : 'notice-warning'}`} role="status">
          <p>{t('course.quizMark', { correct: String(result.correct), total: String(result.total), percent: String(result.percent) })}</p>
          <p>{result.passed ? t('course.quizPassed') : t('course.quizFailed', { pass: String(result.passPercent) })}</p>
        </div>
      ) : null}
      <ErrorNotice error={error} />
      {quiz ? (
        <form
          class="lesson-quiz"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {quiz.questions.map((q) => (
            <fieldset key={q.position} class="lesson-question">
              <legend>
                {q.position + 1}. {q.text}
              </legend>
              <AttemptAnswer
                question={q}
                draft={drafts[q.position]}
                saved={null}
                disabled={busy}
                onAnswer={(d) => setDrafts({ ...drafts, [q.position]: d })}
                onDraft={(d) => setDrafts({ ...drafts, [q.position]: d })}
                onCommit={() => undefined}
              />
            </fieldset>
          ))}
          <button type="submit" class="button primary" disabled={busy}>
            {t('course.submitQuiz')}
          </button>
        </form>
      ) : (
        <p class="actions">
          <button type="button" class="button primary" disabled={busy} onClick={() => void start()}>
            {l.passed || result ? t('course.quizAgain') : t('course.startQuiz')}
          </button>
          {l.passed || result?.passed ? (
            l.last ? (
              <a class="button" href={`/khoa-hoc/${id}`}>
                {t('course.toFinal')}
              </a>
            ) : (
              <a class="button" href={`/khoa-hoc/${id}/bai/${position + 1}`}>
                {t('course.nextLesson')}
              </a>
            )
          ) : null}
        </p>
      )}
      <p>
        <a href={`/khoa-hoc/${id}`}>{t('course.backToCourse')}</a>
      </p>
    </section>
  );
}
