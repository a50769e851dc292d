import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError } from '../../api';
import { draftFor, payloadOf, sameAnswer, type Draft } from '../../contest/answers';
import { isTimeUp, resync } from '../../contest/clock';
import { answerKey, PREDICTION_KEY, savedAnswers, withAcknowledged, type Acknowledged } from '../../contest/progress';
import { keepAttempt, keepSaved, keptAttempt, registerAttemptWorker } from '../../contest/offlineAttempt';
import { attemptStorage, OfflineQueue } from '../../contest/offlineQueue';
import type { AnswerBody, Attempt, Saved } from '../../contest/types';
import { inProgressView, loadingView, type AttemptView, type Queued } from './attemptView';

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** How often, and how many times, the result is asked for once time is up and the server is still finishing. */
const FINAL_POLL_MS = 2000;
const FINAL_POLLS = 15;
/** How long a submission waits for answers still being sent. */
const SUBMIT_WAIT_MS = 5000;

export type { AttemptView, Phase } from './attemptView';

/**
 * One attempt: loads it (resuming with the server's remaining time), saves each answer as it is
 * given, re-syncs the clock from every save, submits, and at 0 fetches the result the server made.
 */
export function useAttempt(attemptId: number) {
  const [view, setView] = useState<AttemptView>(loadingView);
  const viewRef = useRef(view);
  viewRef.current = view;
  const saverRef = useRef<OfflineQueue<unknown, Saved> | null>(null);
  const live = useRef(true);
  /** The answers acknowledged lately, so that a read of the attempt answered before them does not hide them. */
  const acknowledged = useRef<Acknowledged[]>([]);
  const polling = useRef(false);

  const patch = useCallback((change: Partial<AttemptView> | ((v: AttemptView) => Partial<AttemptView>)) => {
    if (!live.current) return;
    setView((v) => ({ ...v, ...(typeof change === 'function' ? change(v) : change) }));
  }, []);

  /** Shows a submitted attempt, or starts (resumes) an attempt in progress. */
  const adopt = useCallback((attempt: Attempt, at: number, fromPhone = false) => {
    const saved = savedAnswers(attempt.questions ?? []);
    if (!fromPhone) keepAttempt(attempt);
    if (attempt.status === 'SUBMITTED') {
      saverRef.current?.discard();
      patch({ phase: 'done', attempt, saved, error: null, offline: false, waiting: 0 });
      return;
    }
    patch((v) => ({ ...inProgressView(v, attempt, saved, at, queuedDrafts(attempt, saverRef.current)), offline: fromPhone }));
  }, []);

  /** After time is up: asks for the attempt until the server has submitted it. */
  const fetchFinal = useCallback(async () => {
    if (polling.current) return;
    polling.current = true;
    try {
      for (let i = 0; i < FINAL_POLLS && live.current; i++) {
        try {
          const attempt = await api<Attempt>(`/api/attempts/${attemptId}`);
          const at = now();
          if (attempt.status === 'SUBMITTED' || attempt.remainingMs > 1500) {
            // Submitted; or this device's clock ran fast and there is time left after all.
            if (attempt.status !== 'SUBMITTED') patch({ ended: null });
            adopt(attempt, at);
            return;
          }
        } catch (e) {
          if (!(e instanceof ApiError) || e.status !== 0) {
            patch({ submitError: e });
          }
        }
        await new Promise((resolve) => setTimeout(resolve, FINAL_POLL_MS));
      }
    } finally {
      polling.current = false;
    }
  }, [attemptId]);

  const load = useCallback(async (quiet = false) => {
    if (!quiet) patch({ phase: 'loading', error: null });
    try {
      const asked = now();
      const attempt = await api<Attempt>(`/api/attempts/${attemptId}`);
      adopt(withAcknowledged(attempt, acknowledged.current, asked), now());
    } catch (e) {
      // No network: the copy kept on this device, with the answers waiting on the phone.
      const kept = e instanceof ApiError && e.status === 0 ? keptAttempt(attemptId) : null;
      if (kept) adopt(kept, now(), true);
      else if (!quiet) patch({ phase: 'error', error: e });
    }
  }, [attemptId]);

  useEffect(() => {
    live.current = true;
    const saver = new OfflineQueue<unknown, Saved>({
      storage: attemptStorage(attemptId),
      onWaiting: (waiting) => patch({ waiting }),
      send: (key, body) =>
        api<Saved>(key === PREDICTION_KEY ? `/api/attempts/${attemptId}/prediction` : `/api/attempts/${attemptId}/answers/${key.slice(1)}`, {
          method: 'PUT',
          body,
        }),
      onState: (key, state) => patch((v) => ({ states: { ...v.states, [key]: state } })),
      onSentElsewhere: (keys) => {
        // Another tab of this attempt sent them (or had them refused): the server's view tells which.
        patch((v) => ({ states: Object.fromEntries(Object.entries(v.states).filter(([key]) => !keys.includes(key))) }));
        void load(true);
      },
      onSaved: (key, saved, body) => {
        acknowledged.current = [...acknowledged.current.slice(-200), { at: now(), key, body }];
        keepSaved(attemptId, key === PREDICTION_KEY ? 'prediction' : Number(key.slice(1)), body as AnswerBody);
        patch((v) => ({
          timer: v.timer && v.phase === 'working' ? resync(v.timer, saved.remainingMs, now()) : v.timer,
          ...(key === PREDICTION_KEY
            ? { predictionSaved: (body as { value: number }).value }
            : { saved: { ...v.saved, [Number(key.slice(1))]: body as AnswerBody } }),
        }));
      },
      onClosed: (error) => {
        // The server takes no more answers: time is up there, or the attempt was submitted elsewhere.
        const v = viewRef.current;
        if (v.phase === 'done' || v.phase === 'submitting') return;
        patch({ phase: 'timeUp', ended: 'refused', endedMessage: error.message });
        void fetchFinal();
      },
    });
    saverRef.current = saver;
    saver.start();
    registerAttemptWorker();
    void load();
    const online = () => {
      saver.retryNow();
      // Shown from the tab's copy: the server's own view (time left, saved answers) once it answers.
      if (viewRef.current.offline) void load(true);
    };
    window.addEventListener('online', online);
    return () => {
      live.current = false;
      saver.close();
      window.removeEventListener('online', online);
    };
  }, [attemptId]);

  // The clock: at 0 the server submits the attempt by itself; show that and fetch the result.
  useEffect(() => {
    if (view.phase !== 'working' || !view.timer) return;
    const timer = view.timer;
    const id = setInterval(() => {
      if (isTimeUp(timer, now())) {
        clearInterval(id);
        patch({ phase: 'timeUp', ended: 'timeUp' });
        void fetchFinal();
      }
    }, 250);
    return () => clearInterval(id);
  }, [view.phase, view.timer]);

  useEffect(() => {
    if (view.phase === 'timeUp') void fetchFinal();
  }, [view.phase]);

  /** Changes what is on screen for a question, without saving (typing). */
  const setDraft = useCallback((position: number, draft: Draft) => {
    patch((v) => ({ drafts: { ...v.drafts, [position]: draft } }));
  }, []);

  /** Saves the question's answer as it is on screen (when it differs from the one saved). */
  const commit = useCallback((position: number, draft?: Draft) => {
    const v = viewRef.current;
    if (v.phase !== 'working') return;
    const body = payloadOf(draft ?? v.drafts[position]);
    if (!body) return;
    const state = v.states[answerKey(position)];
    if (sameAnswer(body, v.saved[position]) && state?.status !== 'retrying' && state?.status !== 'saving') return;
    saverRef.current?.save(answerKey(position), body);
  }, []);

  /** An answer given with a tap: on screen and saved at once. */
  const answer = useCallback((position: number, draft: Draft) => {
    setDraft(position, draft);
    commit(position, draft);
  }, []);

  const setPredictionText = useCallback((text: string) => patch({ predictionText: text }), []);

  const savePrediction = useCallback((value: number) => {
    const v = viewRef.current;
    if (v.phase !== 'working') return;
    if (value === v.predictionSaved && v.states[PREDICTION_KEY]?.status !== 'retrying') return;
    saverRef.current?.save(PREDICTION_KEY, { value });
  }, []);

  const retry = useCallback(() => saverRef.current?.retryNow(), []);

  const submit = useCallback(async () => {
    const v = viewRef.current;
    if (v.phase !== 'working') return;
    patch({ phase: 'submitting', submitError: null });
    // Answers waiting on the phone go first (in order), if the network lets them.
    saverRef.current?.retryNow();
    await saverRef.current?.settled(SUBMIT_WAIT_MS);
    try {
      const attempt = await api<Attempt>(`/api/attempts/${attemptId}/submit`, { method: 'POST' });
      adopt(attempt, now());
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        patch({ phase: 'timeUp', ended: 'refused', endedMessage: e.message });
        void fetchFinal();
      } else {
        patch({ phase: 'working', submitError: e });
      }
    }
  }, [attemptId]);

  return { view, reload: () => load(), setDraft, commit, answer, setPredictionText, savePrediction, retry, submit, pending: () => saverRef.current?.pending() ?? false };
}

/** What the answers still waiting on the phone put on screen (drafts, the typed prediction). */
function queuedDrafts(attempt: Attempt, queue: OfflineQueue<unknown, Saved> | null): Queued {
  const drafts: Record<number, Draft> = {};
  let prediction: string | null = null;
  for (const { key, body } of queue?.queued() ?? []) {
    if (key === PREDICTION_KEY) {
      prediction = String((body as { value: number }).value);
      continue;
    }
    const question = attempt.questions?.find((q) => answerKey(q.position) === key);
    if (question) drafts[question.position] = draftFor({ ...question, answer: body as AnswerBody });
  }
  return { drafts, prediction };
}
