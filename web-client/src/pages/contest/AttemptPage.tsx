import { useEffect, useRef, useState } from 'preact/hooks';
import { QuestionImage } from '../../components/QuestionImage';
import { ApiError } from '../../api';
import { ConfirmDialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { payloadOf } from '../../contest/answers';
import { answerKey, navState, parsePrediction, PREDICTION_KEY, progress, type NavState } from '../../contest/progress';
import { stateAt } from '../../contest/rounds';
import type { SaveState } from '../../contest/saver';
import type { AttemptQuestion, Contest } from '../../contest/types';
import { t, type MessageKey } from '../../i18n';
import type { RouteProps } from '../../router';
import { useApi } from '../../useApi';
import { AttemptAnswer } from './AttemptAnswer';
import { AttemptClock } from './AttemptClock';
import { AttemptResult } from './AttemptResult';
import { useAttempt, type AttemptView } from './useAttempt';
import './contest.css';
import { questionLength } from '../../text/length';

type Attempt = ReturnType<typeof useAttempt>;

/**
 * An attempt on a phone: the clock (server time), progress and a navigator, one question at a
 * time, each answer saved at once; the prediction question; submit with a confirmation; the
 * result and, when the server reveals them, the answers with the law.
 */
export function AttemptPage({ params }: RouteProps) {
  const contestId = Number(params.id);
  // A course's final test (?khoa-hoc=<course>): its result leads back to the course.
  const courseParam = new URLSearchParams(window.location.search).get('khoa-hoc');
  const course = courseParam && /^\d{1,12}$/.test(courseParam) ? Number(courseParam) : null;
  const attempt = useAttempt(Number(params.attemptId));
  const contest = useApi<Contest>(`/api/contests/${contestId}`);
  const { view } = attempt;

  if (view.phase === 'loading') return <p class="loading">{t('attempt.loading')}</p>;
  if (view.phase === 'error' || !view.attempt) {
    const missing = view.error instanceof ApiError && (view.error.status === 404 || view.error.status === 401 || view.error.status === 403);
    return (
      <section class="page narrow">
        <h1 tabIndex={-1}>{missing ? t('attempt.notFound') : t('attempt.title')}</h1>
        {missing ? <p>{t('attempt.notFoundText')}</p> : <ErrorNotice error={view.error} />}
        <p class="actions">
          {!missing ? (
            <button type="button" class="button" onClick={() => void attempt.reload()}>
              {t('attempt.retryLoad')}
            </button>
          ) : null}
          <a class="button" href={`/contests/${contestId}`}>
            {t('attempt.backToContest')}
          </a>
        </p>
      </section>
    );
  }
  if (view.phase === 'done') {
    const round = contest.data?.rounds.find((r) => r.number === view.attempt!.round);
    const provisional = !!round && stateAt(round, Date.now()) !== 'CLOSED';
    return (
      <div class="attempt page narrow">
        {contest.data ? <p class="attempt-contest">{contest.data.title}</p> : null}
        <AttemptResult attempt={view.attempt} contestId={contestId} ended={view.ended} endedMessage={view.endedMessage} provisional={provisional} course={course} />
      </div>
    );
  }
  return <Working attempt={attempt} />;
}

function Working({ attempt }: { attempt: Attempt }) {
  const { view } = attempt;
  const questions = view.attempt!.questions ?? [];
  const hasPrediction = !!view.attempt!.prediction;
  const steps = questions.length + (hasPrediction ? 1 : 0);
  const [current, setCurrent] = useState(() => {
    // Back after a reload: the first question without an answer.
    const first = questions.findIndex((q) => !view.saved[q.position]);
    return first >= 0 ? first : 0;
  });
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const locked = view.phase !== 'working';
  const done = progress(questions, view.saved, view.states);

  useEffect(() => {
    if (!moved.current) return;
    heading.current?.focus();
    window.scrollTo(0, 0);
  }, [current]);

  const go = (to: number) => {
    moved.current = true;
    setCurrent(Math.max(0, Math.min(steps - 1, to)));
  };

  const onPrediction = current === questions.length && hasPrediction;
  const question = onPrediction ? null : questions[current];

  return (
    <div class="attempt">
      <div class="attempt-bar">
        <AttemptClock timer={view.timer!} stopped={view.phase === 'timeUp'} />
        <p class="attempt-progress">{t('attempt.progress', { answered: done.answered, total: done.total })}</p>
        <SaveSummary states={view.states} waiting={view.waiting} onRetry={attempt.retry} />
      </div>
      {view.offline ? (
        <p class="notice notice-info offline-note" role="status">
          {t('attempt.offline')}
        </p>
      ) : null}
      {view.phase === 'timeUp' ? (
        <div class="notice notice-warn time-up" role="alert">
          <p>
            <strong>{view.ended === 'refused' && view.endedMessage ? view.endedMessage : t('attempt.timeUp')}</strong>
          </p>
          <p>{t('attempt.fetchingResult')}</p>
          <ErrorNotice error={view.submitError} />
          <button type="button" class="button small" onClick={() => void attempt.reload()}>
            {t('attempt.retryLoad')}
          </button>
        </div>
      ) : null}
      {view.phase === 'submitting' ? (
        <p class="notice notice-info" role="status">
          {t('attempt.submitting')}
        </p>
      ) : null}

      {question ? (
        <section class="attempt-question" aria-labelledby="attempt-heading">
          <p class="question-number">{t('game.questionOf', { number: current + 1, total: questions.length })}</p>
          <h1 id="attempt-heading" ref={heading} class={`question-text${questionLength(question.text)}`} tabIndex={-1}>
            {question.text}
          </h1>
          <QuestionImage url={question.imageUrl} alt={question.imageAlt} />
          <p class="hint">{t(hintKey(question))}</p>
          <AttemptAnswer
            key={question.position}
            question={question}
            draft={view.drafts[question.position]}
            saved={view.saved[question.position] ?? null}
            disabled={locked}
            onAnswer={(draft) => attempt.answer(question.position, draft)}
            onDraft={(draft) => attempt.setDraft(question.position, draft)}
            onCommit={() => attempt.commit(question.position)}
          />
          <SaveNote view={view} position={question.position} onRetry={attempt.retry} />
        </section>
      ) : (
        <PredictionStep attempt={attempt} heading={heading} locked={locked} />
      )}

      <div class="attempt-steps">
        <button type="button" class="button big" disabled={current === 0} onClick={() => go(current - 1)}>
          {t('attempt.prev')}
        </button>
        {current < steps - 1 ? (
          <button type="button" class="button big primary" onClick={() => go(current + 1)}>
            {current === questions.length - 1 && hasPrediction ? t('attempt.toPrediction') : t('attempt.next')}
          </button>
        ) : (
          <button type="button" class="button big primary" disabled={locked} onClick={() => setConfirming(true)}>
            {t('attempt.submit')}
          </button>
        )}
      </div>

      <nav class="q-nav" aria-label={t('attempt.navigator')}>
        <ol>
          {questions.map((q, i) => {
            const state = navState(q.position, view.saved, view.states);
            return (
              <li key={q.position}>
                <button
                  type="button"
                  class={`q-nav-item ${state}`}
                  aria-current={i === current ? 'step' : undefined}
                  aria-label={t('attempt.navItem', { n: i + 1, state: t(NAV_KEYS[state]) })}
                  onClick={() => go(i)}
                >
                  <span aria-hidden="true">{i + 1}</span>
                  <span class="q-nav-mark" aria-hidden="true">
                    {NAV_MARKS[state]}
                  </span>
                </button>
              </li>
            );
          })}
          {hasPrediction ? (
            <li>
              <button
                type="button"
                class={`q-nav-item prediction ${view.predictionSaved !== null ? 'answered' : 'unanswered'}`}
                aria-current={onPrediction ? 'step' : undefined}
                onClick={() => go(questions.length)}
              >
                {t('attempt.predictionShort')}
              </button>
            </li>
          ) : null}
        </ol>
      </nav>

      <div class="attempt-submit">
        <ErrorNotice error={view.phase === 'working' ? view.submitError : null} />
        <button type="button" class="button big primary" disabled={locked} onClick={() => setConfirming(true)}>
          {t('attempt.submit')}
        </button>
      </div>

      {confirming && view.phase === 'working' ? (
        <ConfirmDialog
          title={t('attempt.confirmTitle')}
          message={
            <>
              <p>
                {done.unanswered.length > 0
                  ? t('attempt.confirmUnanswered', { n: done.unanswered.length, total: done.total })
                  : t('attempt.confirmAll', { total: done.total })}
              </p>
              {hasPrediction && view.predictionSaved === null ? <p>{t('attempt.confirmNoPrediction')}</p> : null}
              {done.unsaved.length > 0 ? <p class="warn-text">{t('attempt.confirmUnsaved', { n: done.unsaved.length })}</p> : null}
              <p>{t('attempt.confirmFinal')}</p>
            </>
          }
          confirmLabel={t('attempt.confirmSubmit')}
          onConfirm={() => {
            setConfirming(false);
            void attempt.submit();
          }}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </div>
  );
}

const NAV_KEYS: Record<NavState, MessageKey> = {
  answered: 'attempt.nav.answered',
  unanswered: 'attempt.nav.unanswered',
  saving: 'attempt.nav.saving',
  failed: 'attempt.nav.failed',
};
const NAV_MARKS: Record<NavState, string> = { answered: '✓', unanswered: '', saving: '…', failed: '!' };

function hintKey(q: AttemptQuestion): MessageKey {
  switch (q.type) {
    case 'MULTIPLE_SELECT':
      return 'attempt.hint.many';
    case 'TYPE_ANSWER':
      return 'attempt.hint.type';
    case 'ORDERING':
      return 'attempt.hint.order';
    default:
      return 'attempt.hint.one';
  }
}

/** The save state of the question on screen: "Đã lưu", "Đang lưu…", "Chưa lưu được…". */
function SaveNote(props: { view: AttemptView; position: number; onRetry: () => void }) {
  const { view, position } = props;
  const state = view.states[answerKey(position)];
  const draft = view.drafts[position];
  const saved = view.saved[position];
  const cleared = !!saved && draft && !payloadOf(draft);
  return (
    <div class={`save-note ${state?.status ?? (saved ? 'saved' : 'none')}`} role="status">
      {cleared ? <p>{t('attempt.cannotClear')}</p> : <SaveText state={state} saved={!!saved} />}
      {state?.status === 'retrying' ? (
        <button type="button" class="link-button" onClick={props.onRetry}>
          {t('attempt.retryNow')}
        </button>
      ) : null}
    </div>
  );
}

function SaveText(props: { state: SaveState | undefined; saved: boolean }) {
  const { state } = props;
  if (!state) return props.saved ? <p>✓ {t('attempt.saved')}</p> : <p>{t('attempt.notAnswered')}</p>;
  switch (state.status) {
    case 'saving':
      return <p>{t('attempt.saving')}</p>;
    case 'saved':
      return <p>✓ {t('attempt.saved')}</p>;
    case 'retrying':
      return <p>{t('attempt.retrying')}</p>;
    case 'refused':
      return <p>{t('attempt.refused', { message: state.message })}</p>;
  }
}

/** The bar's summary: all saved, or how many answers wait for the network. */
function SaveSummary(props: { states: Record<string, SaveState | undefined>; waiting: number; onRetry: () => void }) {
  const values = Object.values(props.states);
  // The answers kept on the phone until the network is back, oldest sent first.
  const waiting = props.waiting;
  const saving = values.some((s) => s?.status === 'saving');
  return (
    <p class={`save-summary${waiting ? ' failing' : ''}`}>
      {waiting ? (
        <>
          <span class="outbox-count">{t('attempt.outbox', { n: waiting })}</span>{' '}
          <button type="button" class="link-button" onClick={props.onRetry}>
            {t('attempt.retryNow')}
          </button>
        </>
      ) : saving ? (
        t('attempt.saving')
      ) : values.length > 0 ? (
        t('attempt.allSaved')
      ) : null}
    </p>
  );
}

function PredictionStep(props: { attempt: Attempt; heading: { current: HTMLHeadingElement | null }; locked: boolean }) {
  const { view } = props.attempt;
  const prediction = view.attempt!.prediction!;
  const [problem, setProblem] = useState('');
  const state = view.states[PREDICTION_KEY];
  const save = (event?: Event) => {
    event?.preventDefault();
    const value = parsePrediction(view.predictionText);
    if (value === null) {
      setProblem(view.predictionText.trim() ? t('attempt.predictionInvalid') : t('attempt.predictionRequired'));
      return;
    }
    setProblem('');
    props.attempt.savePrediction(value);
  };
  return (
    <section class="attempt-question prediction-step" aria-labelledby="attempt-heading">
      <p class="question-number">{t('attempt.predictionNumber')}</p>
      <h1 id="attempt-heading" ref={props.heading} class="question-text" tabIndex={-1}>
        {prediction.question}
      </h1>
      <form class="answer-form" noValidate onSubmit={save}>
        <label for="prediction-value">{t('attempt.predictionLabel')}</label>
        <p class="hint" id="prediction-hint">
          {t('attempt.predictionHint')}
        </p>
        <input
          id="prediction-value"
          class="type-answer-input"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          maxLength={13}
          value={view.predictionText}
          disabled={props.locked}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={problem ? 'prediction-hint prediction-error' : 'prediction-hint'}
          onInput={(e) => props.attempt.setPredictionText(e.currentTarget.value)}
          onBlur={() => {
            if (parsePrediction(view.predictionText) !== null) save();
          }}
        />
        <p class="field-error" id="prediction-error">
          {problem}
        </p>
        <button type="submit" class="button big submit-answer" disabled={props.locked}>
          {t('attempt.predictionSave')}
        </button>
      </form>
      <div class={`save-note ${state?.status ?? (view.predictionSaved !== null ? 'saved' : 'none')}`} role="status">
        <SaveText state={state} saved={view.predictionSaved !== null} />
      </div>
    </section>
  );
}
