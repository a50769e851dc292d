import { useState } from 'preact/hooks';
import { api } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { spokenDuration } from '../../contest/clock';
import { nextStep } from '../../contest/next';
import { formatWhen } from '../../contest/rounds';
import type { Attempt, Contest, ContestantMe } from '../../contest/types';
import { t } from '../../i18n';
import { navigate } from '../../router';

/**
 * Việc tiếp theo: the one thing to do now, first on the page (on a phone, within the first screen):
 * register, start or continue an attempt, wait for the next round, or read that the round is over.
 */
export function NextStepCard(props: { contest: Contest; me: ContestantMe | null; now: number; onStale: () => void }) {
  const { contest } = props;
  const step = nextStep(contest, props.me, props.now);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (step.kind === 'draft') return null;

  const start = async (round: number) => {
    setBusy(true);
    setError(null);
    try {
      const attempt = await api<Attempt>(`/api/contests/${contest.id}/attempts`, { body: { round } });
      navigate(`/contests/${contest.id}/attempts/${attempt.id}`);
    } catch (e) {
      // Most often the round has just closed: the page asks again what is open.
      setError(e);
      setBusy(false);
      props.onStale();
    }
  };
  const n = contest.settings.questionsPerAttempt ?? 0;
  const time = spokenDuration((contest.settings.timeLimitSeconds ?? 0) * 1000);

  return (
    <section class={`next-step next-${step.kind}`} aria-labelledby="next-step-heading">
      <h2 id="next-step-heading" class="sr-only">
        {t('next.heading')}
      </h2>
      {step.kind === 'register' ? (
        <>
          <p class="next-what">
            {step.round.state === 'OPEN' || Date.parse(step.round.opensAt) <= props.now
              ? t('next.openUntil', { title: step.round.title, at: formatWhen(step.round.closesAt) })
              : t('next.opensAt', { title: step.round.title, at: formatWhen(step.round.opensAt) })}
          </p>
          <a
            class="button primary big"
            href="#register-heading"
            onClick={(e) => {
              e.preventDefault();
              const heading = document.getElementById('register-heading');
              heading?.scrollIntoView({ block: 'start' });
              document.getElementById('reg-fullName')?.focus();
            }}
          >
            {t('next.register')}
          </a>
          <p class="hint">{t('next.registerHint', { n, time })}</p>
        </>
      ) : step.kind === 'continue' ? (
        <>
          <p class="next-what">{t('mine.inProgress')}</p>
          <a class="button primary big" href={`/contests/${contest.id}/attempts/${step.attemptId}`}>
            {t('mine.continue')}
          </a>
        </>
      ) : step.kind === 'start' ? (
        <>
          <p class="next-what">{t('next.canStart', { title: step.round.title, left: step.attemptsLeft, at: formatWhen(step.round.closesAt) })}</p>
          <button type="button" class="button primary big" disabled={busy} onClick={() => start(step.round.number)}>
            {busy ? t('mine.starting') : t('next.start', { title: step.round.title })}
          </button>
          <p class="hint">{t('mine.startHint', { n, time })}</p>
        </>
      ) : step.kind === 'usedUp' ? (
        <p class="next-what">{t('next.usedUp', { title: step.round.title, at: formatWhen(step.round.closesAt) })}</p>
      ) : step.kind === 'wait' ? (
        <p class="next-what">{t('next.opensAt', { title: step.round.title, at: formatWhen(step.round.opensAt) })}</p>
      ) : (
        <p class="next-what">{step.round ? t('next.closed', { title: step.round.title }) : t('contest.over')}</p>
      )}
      <ErrorNotice error={error} />
    </section>
  );
}
