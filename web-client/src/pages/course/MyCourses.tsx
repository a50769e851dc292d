import { useState } from 'preact/hooks';
import { api, ApiError } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { t } from '../../i18n';
import { navigate, type RouteProps } from '../../router';
import { useApi } from '../../useApi';
import { daysLeft, type ContestBadge, type FinalStarted, type MyCourseSummary, type MyCourseView } from './types';
import './course.css';

function notLearner(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

function SignInFirst() {
  return (
    <p class="notice notice-info" role="status">
      {t('course.signInFirst')} <a href="/login">{t('nav.login')}</a>
    </p>
  );
}

function dueLabel(dueOn: string | null): string {
  if (!dueOn) return '';
  const left = daysLeft(dueOn);
  if (left < 0) return t('course.overdue', { date: dueOn });
  return t('course.dueOn', { date: dueOn, days: String(left) });
}

function contestBadgeText(b: ContestBadge): string {
  const contest = b.contestTitle ?? '';
  if (b.kind === 'TOOK_PART') return t('course.badgeTookPart', { rounds: String(b.rounds) });
  if (b.kind === 'EVERY_ROUND') return t('course.badgeEveryRound', { contest });
  return t('course.badgeTopTenth', { round: b.roundTitle ?? String(b.round ?? ''), contest });
}

/** "Khóa học của tôi": what is assigned, when it is due, what is done, and the badges earned (courses and contest rounds). */
export function MyCourses(_props: RouteProps) {
  const courses = useApi<MyCourseSummary[]>('/api/my/courses');
  const contestBadges = useApi<ContestBadge[]>('/api/my/contest-badges');
  const list = courses.data ?? [];
  const done = list.filter((c) => c.completedAt).length;
  const rounds = contestBadges.data ?? [];
  const courseBadges = list.length > 0 && done >= 1;
  return (
    <section class="page narrow course-page">
      <h1 tabIndex={-1}>{t('course.mine')}</h1>
      {notLearner(courses.error) ? <SignInFirst /> : <ErrorNotice error={courses.error} />}
      {courses.loading && !courses.data ? <p class="loading">{t('common.loading')}</p> : null}
      {courses.data && list.length === 0 ? <p class="notice notice-info">{t('course.noneAssigned')}</p> : null}
      {courses.data || contestBadges.data ? (
        <>
          <h2>{t('course.badges')}</h2>
          {courseBadges || rounds.length > 0 ? (
            <ul class="badges" aria-label={t('course.badges')}>
              {list.length > 0 && done >= 1 ? <li class="badge-earned">{t('course.badgeFirst')}</li> : null}
              {list.length > 0 && done === list.length ? <li class="badge-earned">{t('course.badgeAll')}</li> : null}
              {rounds.map((b) => (
                <li key={`${b.kind}-${b.contestId ?? ''}-${b.round ?? ''}`} class="badge-earned badge-contest">
                  {contestBadgeText(b)}
                </li>
              ))}
            </ul>
          ) : (
            <p class="hint">{t('course.noBadges')}</p>
          )}
        </>
      ) : null}
      <ul class="course-cards">
        {list.map((c) => (
          <li key={c.id} class="course-card">
            <a href={`/khoa-hoc/${c.id}`}>
              <strong>{c.title}</strong>
            </a>
            <span class={c.completedAt ? 'course-done' : 'course-progress'}>
              {c.completedAt ? t('course.done') : t('course.progress', { passed: String(c.passed), total: String(c.lessons) })}
            </span>
            {!c.completedAt && c.dueOn ? <span class={daysLeft(c.dueOn) < 0 ? 'course-overdue' : ''}>{dueLabel(c.dueOn)}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A course: lessons in order (locked until the one before is passed), the final test, the certificate. */
export function MyCourse({ params }: RouteProps) {
  const id = Number(params.id);
  const course = useApi<MyCourseView>(`/api/my/courses/${id}`);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const c = course.data;

  const startFinal = async () => {
    setStarting(true);
    setError(null);
    try {
      const started = await api<FinalStarted>(`/api/my/courses/${id}/final`, { method: 'POST', body: {} });
      navigate(`/contests/${started.contestId}/attempts/${started.attempt.id}?khoa-hoc=${id}`);
    } catch (e) {
      setError(e);
      setStarting(false);
    }
  };

  if (!c) {
    return (
      <section class="page narrow course-page">
        {notLearner(course.error) ? <SignInFirst /> : <ErrorNotice error={course.error} />}
        {course.loading ? <p class="loading">{t('common.loading')}</p> : null}
      </section>
    );
  }
  const f = c.finalTest;
  return (
    <section class="page narrow course-page">
      <h1 tabIndex={-1}>{c.title}</h1>
      {c.description ? <p class="lead">{c.description}</p> : null}
      {c.dueOn && !c.completed ? <p>{dueLabel(c.dueOn)}</p> : null}
      {c.completed && c.certificate ? (
        <div class="notice notice-success certificate-box" role="status">
          <p>{t('course.completed')}</p>
          <p>
            {t('course.certificateCode')}: <a href={`/chung-nhan/${c.certificate}`}>{c.certificate}</a>
          </p>
          <a class="button primary" href={`/api/my/courses/${id}/certificate.pdf`} download>
            {t('course.downloadPdf')}
          </a>
        </div>
      ) : null}
      <h2>{t('course.lessons')}</h2>
      <ol class="lesson-list">
        {c.lessons.map((l) => (
          <li key={l.position} class={l.passed ? 'lesson-passed' : l.unlocked ? 'lesson-open' : 'lesson-locked'}>
            {l.unlocked ? <a href={`/khoa-hoc/${id}/bai/${l.position}`}>{l.title}</a> : <span>{l.title}</span>}{' '}
            <span class="lesson-state">{l.passed ? t('course.passed') : l.unlocked ? t('course.open') : t('course.locked')}</span>
          </li>
        ))}
      </ol>
      <h2>{t('course.finalTest')}</h2>
      <p>
        {t('course.finalRules', {
          questions: String(f.questions),
          minutes: String(Math.round(f.timeLimitSeconds / 60)),
          attempts: String(f.allowed),
          pass: String(f.passPercent),
        })}
      </p>
      {f.used > 0 ? (
        <p>{t('course.finalUsed', { used: String(f.used), allowed: String(f.allowed), best: String(f.bestScore ?? 0), max: String(f.maxScore) })}</p>
      ) : null}
      <ErrorNotice error={error} />
      {!c.completed ? (
        <button type="button" class="button primary" disabled={!f.unlocked || starting || f.used >= f.allowed} onClick={() => void startFinal()}>
          {f.unlocked ? t('course.startFinal') : t('course.finalLocked')}
        </button>
      ) : null}
      <p>
        <a href="/khoa-hoc-cua-toi">{t('course.backToMine')}</a>
      </p>
    </section>
  );
}
