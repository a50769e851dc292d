import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, api } from '../../api';
import { currentUser, hasRole, useSession } from '../../auth';
import { namesOf, useRegistry } from '../../bank/documents';
import { emptyEditor, fromContent, isListType, toContent, type EditorState } from '../../bank/editor';
import type { Question } from '../../bank/types';
import { fieldId, LIMITS, mapViolations, mergeErrors, orderedErrors, validate, type FieldErrors } from '../../bank/validate';
import { BankNav } from '../../components/BankNav';
import { ErrorNotice, errorMessage } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { QuestionPreview } from '../../components/QuestionPreview';
import { setFlash } from '../../flash';
import { t } from '../../i18n';
import { navigate, type RouteProps } from '../../router';
import { AcceptedField, ChoicesField, CitationsField, MetaFields, ScoringField, TrueFalseField, TypeField } from './EditorFields';

/** Moves focus to a field, or to the first control of a group. */
function focusField(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  const target =
    element.matches('input, select, textarea, button') ? element : element.querySelector<HTMLElement>('input, select, textarea, button');
  target?.focus();
}

/** Writing a new question (/bank/new) or a new version of one (/bank/:id/edit). */
export function QuestionEditor({ params }: RouteProps) {
  const id = params.id ? Number(params.id) : null;
  const me = currentUser(useSession());
  const registry = useRegistry();
  const [state, setState] = useState<EditorState | null>(() => (id ? null : emptyEditor()));
  const [base, setBase] = useState<Question | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [saveError, setSaveError] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [submitted, setSubmitted] = useState<{ id: number; message: string } | null>(null);
  const submittedRef = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const focusSummary = useRef(false);

  const load = () => {
    if (!id) return;
    setLoadError(null);
    api<Question>(`/api/questions/${id}`).then(
      (q) => {
        setBase(q);
        setState(fromContent(q.content));
        setDirty(false);
        setConflict(false);
        setServerErrors({});
      },
      setLoadError,
    );
  };
  useEffect(load, [id]);
  useEffect(() => {
    if (submitted) submittedRef.current?.focus();
  }, [submitted]);
  const writeNext = () => {
    setSubmitted(null);
    setAttempted(false);
    setServerErrors({});
    setBase(null);
    setState(emptyEditor());
    navigate('/bank/new');
  };

  useEffect(() => {
    if (pendingFocus.current) {
      focusField(pendingFocus.current);
      pendingFocus.current = null;
    }
    if (focusSummary.current) {
      focusSummary.current = false;
      summary.current?.focus();
    }
  });

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const title = id ? t('editor.editTitle', { id }) : t('editor.newTitle');
  if (submitted) {
    return (
      <section class="page">
        <BankNav />
        <h1 tabIndex={-1} ref={submittedRef}>
          {t('editor.submittedTitle')}
        </h1>
        <p class="notice notice-ok" role="status">
          {submitted.message}
        </p>
        <p class="actions">
          <button type="button" class="button primary" onClick={writeNext}>
            {t('editor.writeNext')}
          </button>
          <a class="button" href={`/bank/${submitted.id}`}>
            {t('editor.viewSubmitted')}
          </a>
          {hasRole(me, 'AUTHOR') ? (
            <a class="button" href="/tac-gia">
              {t('homes.AUTHOR')}
            </a>
          ) : null}
        </p>
      </section>
    );
  }
  if (loadError) {
    return (
      <section class="page">
        <BankNav />
        <h1 tabIndex={-1}>{title}</h1>
        <ErrorNotice error={loadError} />
      </section>
    );
  }
  if (!state) {
    return (
      <section class="page">
        <BankNav />
        <h1 tabIndex={-1}>{title}</h1>
        <p class="loading">{t('common.loading')}</p>
      </section>
    );
  }

  const set = (next: EditorState, focus?: string) => {
    pendingFocus.current = focus ?? null;
    setState(next);
    setDirty(true);
  };
  const errors = mergeErrors(attempted ? validate(state) : {}, serverErrors);
  const errorList = orderedErrors(errors, state);
  const inReview = base?.status === 'IN_REVIEW';
  const mayEdit = !base || hasRole(me, 'REVIEWER') || base.authorId === me?.id;

  const save = async (submit: boolean) => {
    setAttempted(true);
    setServerErrors({});
    setSaveError(null);
    setConflict(false);
    if (Object.keys(validate(state)).length > 0) {
      focusSummary.current = true;
      setState({ ...state });
      return;
    }
    setBusy(true);
    try {
      const content = toContent(state);
      const saved = base
        ? await api<Question>(`/api/questions/${base.id}`, { method: 'PUT', body: { baseVersion: base.version, content } })
        : await api<Question>('/api/questions', { body: content });
      setDirty(false);
      if (submit) {
        try {
          await api(`/api/questions/${saved.id}/actions/submit`, { method: 'POST' });
          // Stay here: the next question is one step away, the one just sent one link away.
          setSubmitted({ id: saved.id, message: t('editor.submittedId', { id: saved.id }) });
          return;
        } catch (e) {
          setFlash(t('editor.savedNotSubmitted', { message: errorMessage(e) }));
        }
      } else {
        setFlash(t('editor.saved'));
      }
      navigate(`/bank/${saved.id}`);
    } catch (e) {
      if (e instanceof ApiError && e.status === 422 && e.violations.length > 0) {
        setServerErrors(mapViolations(e.violations, state));
        focusSummary.current = true;
      } else if (e instanceof ApiError && e.status === 409) {
        setConflict(true);
        focusSummary.current = true;
      } else {
        setSaveError(e);
      }
    } finally {
      setBusy(false);
    }
  };

  const group = { state, errors, set };
  return (
    <section class="page">
      <BankNav />
      <h1 tabIndex={-1}>{title}</h1>
      {base ? (
        <p class="meta">
          {t('editor.baseVersion', { version: base.version })}
          {base.status === 'APPROVED' ? ` ${t('editor.approvedNote')}` : ''}
        </p>
      ) : null}
      {base?.status === 'DRAFT' && base.returnedVersion ? (
        <div class="notice notice-warn return-note" role="note">
          <h2>{t('editor.returnedTitle')}</h2>
          <p>{base.returnComment ?? ''}</p>
          <p class="hint">{t('editor.returnedHint')}</p>
        </div>
      ) : null}
      {inReview ? <p class="notice notice-warn">{t('editor.inReview')}</p> : null}
      {!mayEdit ? <p class="notice notice-warn">{t('editor.notYours')}</p> : null}
      <div class="editor-layout">
        <form
          class="form editor-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save(false);
          }}
        >
          {conflict ? (
            <div class="notice notice-error" role="alert" tabIndex={-1} ref={summary}>
              <p>{t('editor.conflict')}</p>
              <button type="button" class="button" onClick={load}>
                {t('editor.reload')}
              </button>
            </div>
          ) : errorList.length > 0 ? (
            <div class="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby="editor-summary-title">
              <h2 id="editor-summary-title">{t('editor.errorsTitle', { count: errorList.length })}</h2>
              <ul>
                {errorList.map((e, i) => (
                  <li key={i}>
                    {e.key === '_form' ? (
                      e.message
                    ) : (
                      <a
                        href={`#${fieldId(e.key)}`}
                        onClick={(event) => {
                          event.preventDefault();
                          focusField(fieldId(e.key));
                        }}
                      >
                        {e.message}
                      </a>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <ErrorNotice error={saveError} />
          <TypeField {...group} />
          <Field id={fieldId('text')} label={t('editor.text')} hint={`${t('editor.textHint')} ${t('editor.count', { count: state.text.length, max: LIMITS.text })}`} errors={errors.text}>
            {(p) => <textarea {...p} class="input" rows={3} value={state.text} onInput={(e) => set({ ...state, text: e.currentTarget.value })} />}
          </Field>
          {isListType(state.type) ? <ChoicesField {...group} /> : null}
          {state.type === 'MULTIPLE_SELECT' ? <ScoringField {...group} /> : null}
          {state.type === 'TRUE_FALSE' ? <TrueFalseField {...group} /> : null}
          {state.type === 'TYPE_ANSWER' ? <AcceptedField {...group} /> : null}
          <Field id={fieldId('explanation')} label={t('editor.explanation')} hint={t('editor.explanationHint')} errors={errors.explanation}>
            {(p) => (
              <textarea {...p} class="input" rows={4} value={state.explanation} onInput={(e) => set({ ...state, explanation: e.currentTarget.value })} />
            )}
          </Field>
          <CitationsField {...group} />
          <MetaFields {...group} />
          <div class="actions sticky-actions">
            <button type="submit" class="button" disabled={busy || inReview || !mayEdit}>
              {t('editor.saveDraft')}
            </button>
            <button type="button" class="button primary" disabled={busy || inReview || !mayEdit} onClick={() => void save(true)}>
              {t('editor.saveSubmit')}
            </button>
            <a class="button" href={base ? `/bank/${base.id}` : '/bank'}>
              {t('common.cancel')}
            </a>
          </div>
          <p class="hint" role="status">
            {busy ? t('editor.saving') : ''}
          </p>
        </form>
        <div class="editor-preview">
          <QuestionPreview content={toContent(state)} names={namesOf(registry.items)} />
        </div>
      </div>
    </section>
  );
}
