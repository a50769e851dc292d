import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../api';
import { emptyEditor, fromContent, type EditorState } from '../../bank/editor';
import { readyToSave, saveQuestion, shownErrors } from '../../bank/editorSave';
import type { Question } from '../../bank/types';
import type { FieldErrors } from '../../bank/validate';
import { errorMessage } from '../../components/ErrorNotice';
import { setFlash } from '../../flash';
import { t } from '../../i18n';
import { navigate } from '../../router';

/** Moves focus to a field, or to the first control of a group. */
export function focusField(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  const target =
    element.matches('input, select, textarea, button') ? element : element.querySelector<HTMLElement>('input, select, textarea, button');
  target?.focus();
}

/**
 * The question editor's form: loads the question edited (`id`) or starts a blank one, keeps what the
 * author typed, warns before leaving unsaved changes, saves (see {@link saveQuestion}) and moves focus
 * where the author needs it next (the changed field, the error summary).
 */
export function useQuestionForm(id: number | null) {
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

  /** Changes the question; `focus` names the control to focus once the change is on screen. */
  const set = (next: EditorState, focus?: string) => {
    pendingFocus.current = focus ?? null;
    setState(next);
    setDirty(true);
  };

  /** After "submitted": a blank form for the next question. */
  const writeNext = () => {
    setSubmitted(null);
    setAttempted(false);
    setServerErrors({});
    setBase(null);
    setState(emptyEditor());
    navigate('/bank/new');
  };

  const save = async (submit: boolean) => {
    if (!state) return;
    setAttempted(true);
    setServerErrors({});
    setSaveError(null);
    setConflict(false);
    if (!readyToSave(state)) {
      focusSummary.current = true;
      setState({ ...state });
      return;
    }
    setBusy(true);
    const outcome = await saveQuestion(state, base, submit);
    setBusy(false);
    switch (outcome.kind) {
      case 'invalid':
        return;
      case 'submitted':
        setDirty(false);
        // Stay here: the next question is one step away, the one just sent one link away.
        setSubmitted({ id: outcome.id, message: t('editor.submittedId', { id: outcome.id }) });
        return;
      case 'savedNotSubmitted':
        setDirty(false);
        setFlash(t('editor.savedNotSubmitted', { message: errorMessage(outcome.error) }));
        navigate(`/bank/${outcome.id}`);
        return;
      case 'saved':
        setDirty(false);
        setFlash(t('editor.saved'));
        navigate(`/bank/${outcome.id}`);
        return;
      case 'violations':
        setServerErrors(outcome.errors);
        focusSummary.current = true;
        return;
      case 'conflict':
        setConflict(true);
        focusSummary.current = true;
        return;
      case 'failed':
        setSaveError(outcome.error);
    }
  };

  const errors = state ? shownErrors(state, attempted, serverErrors) : {};
  return { state, base, loadError, errors, saveError, conflict, busy, submitted, summary, load, set, save, writeNext };
}
