import type { Ref } from 'preact';
import type { EditorState } from '../../bank/editor';
import { fieldId, orderedErrors, type FieldErrors } from '../../bank/validate';
import { t } from '../../i18n';
import { focusField } from './useQuestionForm';

/**
 * Above the question editor's form: a newer version saved meanwhile (with a reload), or the list of
 * errors, each a link to its field. Nothing when all is well.
 */
export function EditorErrorSummary(props: {
  state: EditorState;
  errors: FieldErrors;
  conflict: boolean;
  onReload: () => void;
  summaryRef: Ref<HTMLDivElement>;
}) {
  if (props.conflict) {
    return (
      <div class="notice notice-error" role="alert" tabIndex={-1} ref={props.summaryRef}>
        <p>{t('editor.conflict')}</p>
        <button type="button" class="button" onClick={props.onReload}>
          {t('editor.reload')}
        </button>
      </div>
    );
  }
  const errorList = orderedErrors(props.errors, props.state);
  if (errorList.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={props.summaryRef} aria-labelledby="editor-summary-title">
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
  );
}
