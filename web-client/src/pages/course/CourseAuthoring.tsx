import { useEffect, useState } from 'preact/hooks';
import { api } from '../../api';
import { currentUser, hasRole, useSession } from '../../auth';
import { ErrorNotice } from '../../components/ErrorNotice';
import { t, type MessageKey } from '../../i18n';
import { navigate, type RouteProps } from '../../router';
import { useApi } from '../../useApi';
import { ordered, type OrgNode } from '../org/OrgTree';
import { LessonVideoField } from './LessonVideoField';
import {
  formatArticles,
  parseArticles,
  parseTags,
  type Assignment,
  type Certificate,
  type Course,
  type CourseInput,
  type CourseSummary,
} from './types';
import './course.css';

const STATUS: Record<string, MessageKey> = {
  DRAFT: 'course.statusDraft',
  IN_REVIEW: 'course.statusReview',
  PUBLISHED: 'course.statusPublished',
};

/** Authors' and reviewers' list of courses, beside the bank's screens. */
export function CourseList(_props: RouteProps) {
  const me = currentUser(useSession());
  const courses = useApi<CourseSummary[]>('/api/courses');
  return (
    <section class="page course-page">
      <div class="page-head">
        <h1 tabIndex={-1}>{t('course.authoring')}</h1>
        <a class="button" href="/khoa-hoc/don-vi">
          {t('course.completionLink')}
        </a>
        {hasRole(me, 'AUTHOR') ? (
          <a class="button primary" href="/khoa-hoc/soan/moi">
            {t('course.create')}
          </a>
        ) : null}
      </div>
      <ErrorNotice error={courses.error} />
      <ul class="course-cards">
        {(courses.data ?? []).map((c) => (
          <li key={c.id} class="course-card">
            <a href={`/khoa-hoc/soan/${c.id}`}>
              <strong>{c.title}</strong>
            </a>
            <span>{t(STATUS[c.status])}</span>
            <span>
              {c.ownerName} · {t('course.lessonCount', { n: String(c.lessons) })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface LessonForm {
  title: string;
  body: string;
  articles: string;
  videoUrl: string;
  quizQuestions: number;
  quizPass: number;
  quizTags: string;
  quizArticles: string;
}

interface Form {
  title: string;
  description: string;
  lessons: LessonForm[];
  finalQuestions: number;
  finalMinutes: number;
  finalAttempts: number;
  finalPass: number;
  finalTags: string;
  finalArticles: string;
}

const NEW_LESSON: LessonForm = { title: '', body: '', articles: '', videoUrl: '', quizQuestions: 3, quizPass: 60, quizTags: '', quizArticles: '' };

function formOf(c: Course | null): Form {
  if (!c) {
    return { title: '', description: '', lessons: [{ ...NEW_LESSON }], finalQuestions: 10, finalMinutes: 15, finalAttempts: 2, finalPass: 70, finalTags: '', finalArticles: '' };
  }
  return {
    title: c.title,
    description: c.description,
    lessons: c.lessons.map((l) => ({
      title: l.title,
      body: l.body,
      articles: formatArticles(l.articles),
      videoUrl: l.videoUrl ?? '',
      quizQuestions: l.quiz.questions,
      quizPass: l.quiz.passPercent,
      quizTags: l.quiz.tags.join(', '),
      quizArticles: formatArticles(l.quiz.articles),
    })),
    finalQuestions: c.finalTest.questions,
    finalMinutes: Math.round(c.finalTest.timeLimitSeconds / 60),
    finalAttempts: c.finalTest.attempts,
    finalPass: c.finalTest.passPercent,
    finalTags: c.finalTest.tags.join(', '),
    finalArticles: formatArticles(c.finalTest.articles),
  };
}

function inputOf(f: Form): { input: CourseInput; bad: string[] } {
  const bad: string[] = [];
  const articles = (text: string) => {
    const read = parseArticles(text);
    bad.push(...read.bad);
    return read.articles;
  };
  const input: CourseInput = {
    title: f.title,
    description: f.description,
    lessons: f.lessons.map((l) => ({
      title: l.title,
      body: l.body,
      articles: articles(l.articles),
      videoUrl: l.videoUrl.trim() || null,
      quiz: { questions: l.quizQuestions, passPercent: l.quizPass, tags: parseTags(l.quizTags), articles: articles(l.quizArticles) },
    })),
    finalTest: {
      questions: f.finalQuestions,
      timeLimitSeconds: f.finalMinutes * 60,
      attempts: f.finalAttempts,
      passPercent: f.finalPass,
      tags: parseTags(f.finalTags),
      articles: articles(f.finalArticles),
    },
  };
  return { input, bad };
}

function NumberField(props: { label: string; value: number; min: number; max: number; onInput: (n: number) => void; disabled: boolean }) {
  return (
    <label class="field">
      <span>{props.label}</span>
      <input
        type="number"
        min={props.min}
        max={props.max}
        value={props.value}
        disabled={props.disabled}
        onInput={(e) => props.onInput(Number((e.target as HTMLInputElement).value))}
      />
    </label>
  );
}

/** Building a course (a draft), sending it for review, the review, then assignment and certificates once published. */
export function CourseEditor({ params }: RouteProps) {
  const me = currentUser(useSession());
  const isNew = !params.id;
  const loaded = useApi<Course>(isNew ? null : `/api/courses/${params.id}`);
  const [form, setForm] = useState<Form>(formOf(null));
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const [comment, setComment] = useState('');
  const course = loaded.data ?? null;
  useEffect(() => {
    if (course) setForm(formOf(course));
  }, [course]);
  const editable = isNew || (course?.status === 'DRAFT' && (course.ownerId === me?.id || hasRole(me, 'ADMIN')));
  const set = (patch: Partial<Form>) => setForm({ ...form, ...patch });
  const setLesson = (i: number, patch: Partial<LessonForm>) =>
    set({ lessons: form.lessons.map((l, j) => (j === i ? { ...l, ...patch } : l)) });

  const run = async (action: () => Promise<void>, done: string) => {
    setError(null);
    setMessage('');
    try {
      await action();
      setMessage(done);
      if (!isNew) loaded.reload();
    } catch (e) {
      setError(e);
    }
  };

  const save = () =>
    run(async () => {
      const { input, bad } = inputOf(form);
      if (bad.length > 0) throw new Error(t('course.badArticles', { lines: bad.join('; ') }));
      if (isNew) {
        const created = await api<{ id: number }>('/api/courses', { method: 'POST', body: input });
        navigate(`/khoa-hoc/soan/${created.id}`);
      } else {
        await api(`/api/courses/${params.id}`, { method: 'PUT', body: input });
      }
    }, t('course.saved'));

  const text = (label: string, value: string, onInput: (v: string) => void, multiline = false) => (
    <label class="field">
      <span>{label}</span>
      {multiline ? (
        <textarea rows={4} value={value} disabled={!editable} onInput={(e) => onInput((e.target as HTMLTextAreaElement).value)} />
      ) : (
        <input value={value} disabled={!editable} onInput={(e) => onInput((e.target as HTMLInputElement).value)} />
      )}
    </label>
  );

  return (
    <section class="page course-page course-editor">
      <h1 tabIndex={-1}>{isNew ? t('course.create') : form.title}</h1>
      {course ? (
        <p>
          {t(STATUS[course.status])} · {course.ownerName}
        </p>
      ) : null}
      {course?.reviewComment ? <p class="notice notice-warning">{t('course.returned', { comment: course.reviewComment })}</p> : null}
      <ErrorNotice error={error ?? loaded.error} />
      {message ? <p class="notice notice-success" role="status">{message}</p> : null}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {text(t('course.title'), form.title, (v) => set({ title: v }))}
        {text(t('course.description'), form.description, (v) => set({ description: v }), true)}
        {form.lessons.map((l, i) => (
          <fieldset key={i} class="lesson-form">
            <legend>{t('course.lessonN', { n: String(i + 1) })}</legend>
            {text(t('course.lessonTitle'), l.title, (v) => setLesson(i, { title: v }))}
            {text(t('course.lessonBody'), l.body, (v) => setLesson(i, { body: v }), true)}
            {text(t('course.lessonArticles'), l.articles, (v) => setLesson(i, { articles: v }), true)}
            <LessonVideoField id={`lesson-${i}-video`} value={l.videoUrl} disabled={!editable} onChange={(v) => setLesson(i, { videoUrl: v })} />
            <NumberField label={t('course.quizQuestions')} value={l.quizQuestions} min={1} max={20} disabled={!editable} onInput={(n) => setLesson(i, { quizQuestions: n })} />
            <NumberField label={t('course.passPercent')} value={l.quizPass} min={1} max={100} disabled={!editable} onInput={(n) => setLesson(i, { quizPass: n })} />
            {text(t('course.tags'), l.quizTags, (v) => setLesson(i, { quizTags: v }))}
            {text(t('course.quizArticles'), l.quizArticles, (v) => setLesson(i, { quizArticles: v }), true)}
            {editable && form.lessons.length > 1 ? (
              <button type="button" class="button" onClick={() => set({ lessons: form.lessons.filter((_, j) => j !== i) })}>
                {t('course.removeLesson')}
              </button>
            ) : null}
          </fieldset>
        ))}
        {editable ? (
          <button type="button" class="button" onClick={() => set({ lessons: [...form.lessons, { ...NEW_LESSON }] })}>
            {t('course.addLesson')}
          </button>
        ) : null}
        <fieldset class="lesson-form">
          <legend>{t('course.finalTest')}</legend>
          <NumberField label={t('course.quizQuestions')} value={form.finalQuestions} min={1} max={100} disabled={!editable} onInput={(n) => set({ finalQuestions: n })} />
          <NumberField label={t('course.minutes')} value={form.finalMinutes} min={1} max={120} disabled={!editable} onInput={(n) => set({ finalMinutes: n })} />
          <NumberField label={t('course.attempts')} value={form.finalAttempts} min={1} max={10} disabled={!editable} onInput={(n) => set({ finalAttempts: n })} />
          <NumberField label={t('course.passPercent')} value={form.finalPass} min={1} max={100} disabled={!editable} onInput={(n) => set({ finalPass: n })} />
          {text(t('course.tags'), form.finalTags, (v) => set({ finalTags: v }))}
          {text(t('course.quizArticles'), form.finalArticles, (v) => set({ finalArticles: v }), true)}
        </fieldset>
        {editable ? (
          <p class="actions">
            <button type="submit" class="button primary">
              {t('course.save')}
            </button>
            {!isNew ? (
              <button type="button" class="button" onClick={() => void run(() => api(`/api/courses/${params.id}/submit`, { method: 'POST', body: {} }), t('course.submitted'))}>
                {t('course.submitForReview')}
              </button>
            ) : null}
          </p>
        ) : null}
      </form>
      {course?.status === 'IN_REVIEW' && hasRole(me, 'REVIEWER') && course.ownerId !== me?.id ? (
        <div class="review-box">
          <h2>{t('course.review')}</h2>
          <label class="field">
            <span>{t('course.reviewComment')}</span>
            <textarea rows={2} value={comment} onInput={(e) => setComment((e.target as HTMLTextAreaElement).value)} />
          </label>
          <p class="actions">
            <button type="button" class="button primary" onClick={() => void run(() => api(`/api/courses/${params.id}/review`, { method: 'POST', body: { decision: 'PUBLISH' } }), t('course.publishedDone'))}>
              {t('course.publish')}
            </button>
            <button type="button" class="button" onClick={() => void run(() => api(`/api/courses/${params.id}/review`, { method: 'POST', body: { decision: 'RETURN', comment } }), t('course.returnedDone'))}>
              {t('course.return')}
            </button>
          </p>
        </div>
      ) : null}
      {course?.status === 'PUBLISHED' ? <Assign courseId={course.id} /> : null}
      {course?.status === 'PUBLISHED' && (course.ownerId === me?.id || hasRole(me, 'ADMIN')) ? <Certificates courseId={course.id} /> : null}
    </section>
  );
}


/** Assigning the course to a unit (and everything under it) with a due day: admins and the unit's managers. */
function Assign({ courseId }: { courseId: number }) {
  const orgs = useApi<OrgNode[]>('/api/orgs');
  const assigned = useApi<Assignment[]>(`/api/courses/${courseId}/assignments`);
  const [orgId, setOrgId] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [error, setError] = useState<unknown>(null);
  const assign = async () => {
    setError(null);
    try {
      await api(`/api/courses/${courseId}/assignments`, { method: 'POST', body: { orgId: Number(orgId), dueOn } });
      assigned.reload();
    } catch (e) {
      setError(e);
    }
  };
  if (orgs.error) return null;
  return (
    <div class="assign-box">
      <h2>{t('course.assign')}</h2>
      <ul>
        {(assigned.data ?? []).map((a) => (
          <li key={a.orgId}>{t('course.assignedTo', { org: a.orgName, date: a.dueOn })}</li>
        ))}
      </ul>
      <ErrorNotice error={error} />
      <form
        class="assign-form"
        onSubmit={(e) => {
          e.preventDefault();
          void assign();
        }}
      >
        <label class="field">
          <span>{t('course.unit')}</span>
          <select value={orgId} onChange={(e) => setOrgId((e.target as HTMLSelectElement).value)} required>
            <option value="">—</option>
            {ordered(orgs.data ?? []).map(({ node, depth }) => (
              <option key={node.id} value={String(node.id)}>
                {'\u00a0\u00a0'.repeat(depth)}
                {node.name}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('course.dueDay')}</span>
          <input type="date" value={dueOn} required onInput={(e) => setDueOn((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit" class="button primary">
          {t('course.assignButton')}
        </button>
      </form>
    </div>
  );
}

/** The course's certificates, each revocable by the author. */
function Certificates({ courseId }: { courseId: number }) {
  const list = useApi<Certificate[]>(`/api/courses/${courseId}/certificates`);
  const [error, setError] = useState<unknown>(null);
  const revoke = async (code: string) => {
    const reason = window.prompt(t('course.revokeReason')) ?? '';
    setError(null);
    try {
      await api(`/api/certificates/${code}/revoke`, { method: 'POST', body: { reason } });
      list.reload();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <div class="certificates-box">
      <h2>{t('course.certificates')}</h2>
      <ErrorNotice error={error ?? list.error} />
      <ul>
        {(list.data ?? []).map((c) => (
          <li key={c.code}>
            <a href={`/chung-nhan/${c.code}`}>{c.code}</a> · {c.personName} · {c.score}/{c.maxScore}{' '}
            {c.revokedAt ? (
              <span>{t('course.revoked')}</span>
            ) : (
              <button type="button" class="button" onClick={() => void revoke(c.code)}>
                {t('course.revoke')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
