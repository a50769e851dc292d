import type { DefaultCitation } from '../../../bank/imports';
import { NO_CITATIONS } from '../../../bank/templates';
import type { ImportFormat } from '../../../bank/types';
import { CitationPicker } from '../../../components/CitationPicker';
import { Field } from '../../../components/Field';
import { t } from '../../../i18n';

/** Step 3: the citation given to every question of the file that has none. */
export function CitationStep(props: {
  format: ImportFormat;
  citation: DefaultCitation;
  problem: 'article' | 'clause' | undefined;
  onChange: (citation: DefaultCitation) => void;
}) {
  const { citation, onChange } = props;
  const needed = NO_CITATIONS.includes(props.format);
  return (
    <fieldset class="group">
      <legend>{t('import.step3')}</legend>
      <p class={needed ? 'notice notice-warn' : 'hint'}>{needed ? t('import.citationNeeded') : t('import.citationOptional')}</p>
      <div class="field">
        <span class="label">{t('editor.document')}</span>
        <CitationPicker id="import-citation-document" value={citation.document} onChange={(document) => onChange({ ...citation, document })} />
        {citation.document ? (
          <button type="button" class="link-button" onClick={() => onChange({ document: '', article: '', clause: '' })}>
            {t('import.citationClear')}
          </button>
        ) : null}
      </div>
      <div class="citation-numbers">
        <Field id="import-citation-article" label={t('editor.article')} class="field-short" errors={props.problem === 'article' ? [t('valid.citation.article')] : undefined}>
          {(p) => <input {...p} class="input" type="text" inputMode="numeric" value={citation.article} onInput={(e) => onChange({ ...citation, article: e.currentTarget.value })} />}
        </Field>
        <Field id="import-citation-clause" label={t('editor.clause')} class="field-short" errors={props.problem === 'clause' ? [t('valid.citation.clause')] : undefined}>
          {(p) => <input {...p} class="input" type="text" inputMode="numeric" value={citation.clause} onInput={(e) => onChange({ ...citation, clause: e.currentTarget.value })} />}
        </Field>
      </div>
    </fieldset>
  );
}
