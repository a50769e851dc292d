import { formatCitation } from '../../bank/citation';
import { findDocument, useRegistry } from '../../bank/documents';
import { addCitation, removeCitation, setCitation, toCitation, type CitationDraft } from '../../bank/editor';
import { fieldId, LIMITS, type FieldErrors } from '../../bank/validate';
import { CitationPicker } from '../../components/CitationPicker';
import { describedBy, Field, FieldError } from '../../components/Field';
import { t } from '../../i18n';
import type { GroupProps } from './editorGroup';

/** The legal basis of the question: one or more citations, each picked from the registry. */
export function CitationsField({ state, errors, set }: GroupProps) {
  const groupId = fieldId('citations');
  return (
    <fieldset class="group" id={groupId} aria-describedby={describedBy(groupId, true, errors.citations)}>
      <legend>{t('editor.citations')}</legend>
      <p id={`${groupId}-hint`} class="hint">
        {t('editor.citationsHint')}
      </p>
      <FieldError id={groupId} errors={errors.citations} />
      {state.citations.map((citation, i) => (
        <CitationRow
          key={citation.key}
          citation={citation}
          n={i + 1}
          errors={errors}
          onChange={(patch) => set(setCitation(state, citation.key, patch))}
          onRemove={
            state.citations.length > 1
              ? () => {
                  const neighbour = state.citations[i + 1] ?? state.citations[i - 1];
                  set(removeCitation(state, citation.key), fieldId(`citation.${neighbour.key}.document`));
                }
              : undefined
          }
        />
      ))}
      {state.citations.length < LIMITS.citations ? (
        <button
          type="button"
          class="button"
          onClick={() => {
            const next = addCitation(state);
            set(next, fieldId(`citation.${next.citations[next.citations.length - 1].key}.document`));
          }}
        >
          {t('editor.addCitation')}
        </button>
      ) : null}
    </fieldset>
  );
}

function CitationRow(props: {
  citation: CitationDraft;
  n: number;
  errors: FieldErrors;
  onChange: (patch: Partial<Omit<CitationDraft, 'key'>>) => void;
  onRemove?: () => void;
}) {
  const { citation: c, errors } = props;
  const registry = useRegistry();
  const k = (part: string) => `citation.${c.key}.${part}`;
  const cited = toCitation(c);
  const doc = c.document ? findDocument(registry.items, c.document) : undefined;
  return (
    <fieldset class="citation-row">
      <legend>{t('editor.citationN', { n: props.n })}</legend>
      <div class="field">
        <span class="label">{t('editor.document')}</span>
        <CitationPicker
          id={fieldId(k('document'))}
          value={c.document}
          errors={errors[k('document')]}
          onChange={(document) => props.onChange({ document })}
          onProvision={(patch) => props.onChange(patch)}
        />
      </div>
      <div class="citation-numbers">
        <Field id={fieldId(k('article'))} label={t('editor.article')} errors={errors[k('article')]} class="field-short">
          {(p) => <input {...p} class="input" type="text" inputMode="numeric" value={c.article} onInput={(e) => props.onChange({ article: e.currentTarget.value })} />}
        </Field>
        <Field id={fieldId(k('clause'))} label={t('editor.clause')} errors={errors[k('clause')]} class="field-short">
          {(p) => <input {...p} class="input" type="text" inputMode="numeric" value={c.clause} onInput={(e) => props.onChange({ clause: e.currentTarget.value })} />}
        </Field>
        <Field id={fieldId(k('point'))} label={t('editor.point')} errors={errors[k('point')]} class="field-short">
          {(p) => <input {...p} class="input" type="text" maxLength={2} value={c.point} onInput={(e) => props.onChange({ point: e.currentTarget.value })} />}
        </Field>
      </div>
      <Field id={fieldId(k('quote'))} label={t('editor.quote')} hint={t('editor.quoteHint')} errors={errors[k('quote')]}>
        {(p) => <textarea {...p} class="input" rows={3} value={c.quote} onInput={(e) => props.onChange({ quote: e.currentTarget.value })} />}
      </Field>
      {cited.document && cited.article > 0 ? (
        <p class="hint citation-readout">{t('editor.citationReads', { citation: formatCitation(cited, doc?.name) })}</p>
      ) : null}
      {props.onRemove ? (
        <button type="button" class="button small" onClick={props.onRemove}>
          {t('editor.removeCitation', { n: props.n })}
        </button>
      ) : null}
    </fieldset>
  );
}
