import { currentUser, useSession } from '../../auth';
import { namesOf, useRegistry } from '../../bank/documents';
import { isListType, toContent } from '../../bank/editor';
import { editRights } from '../../bank/editorSave';
import { fieldId, LIMITS } from '../../bank/validate';
import { BankNav } from '../../components/BankNav';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { QuestionPreview } from '../../components/QuestionPreview';
import { t } from '../../i18n';
import type { RouteProps } from '../../router';
import { ChoicesField } from './ChoicesField';
import { CitationsField } from './CitationsField';
import { EditorErrorSummary } from './EditorErrorSummary';
import { AcceptedField, MetaFields, ScoringField, TrueFalseField, TypeField } from './EditorFields';
import { EditorSubmitted } from './EditorSubmitted';
import { useQuestionForm } from './useQuestionForm';

/** Writing a new question (/bank/new) or a new version of one (/bank/:id/edit). */
export function QuestionEditor({ params }: RouteProps) {
  const id = params.id ? Number(params.id) : null;
  const me = currentUser(useSession());
  const registry = useRegistry();
  const form = useQuestionForm(id);
  const { state, base, errors, busy } = form;

  const title = id ? t('editor.editTitle', { id }) : t('editor.newTitle');
  if (form.submitted) return <EditorSubmitted {...form.submitted} onWriteNext={form.writeNext} />;
  if (form.loadError || !state) {
    return (
      <section class="page">
        <BankNav />
        <h1 tabIndex={-1}>{title}</h1>
        {form.loadError ? <ErrorNotice error={form.loadError} /> : <p class="loading">{t('common.loading')}</p>}
      </section>
    );
  }

  const { inReview, mayEdit } = editRights(base, me);
  const set = form.set;
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
            void form.save(false);
          }}
        >
          <EditorErrorSummary state={state} errors={errors} conflict={form.conflict} onReload={form.load} summaryRef={form.summary} />
          <ErrorNotice error={form.saveError} />
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
            <button type="button" class="button primary" disabled={busy || inReview || !mayEdit} onClick={() => void form.save(true)}>
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
