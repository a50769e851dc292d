// The field groups of the question editor. Each gets the state and a way to change it; `focus`
// names the control to focus after the change (the moved item, the new row…).
import { formatCitation } from '../../bank/citation';
import { findDocument, useRegistry } from '../../bank/documents';
import {
  addAccepted,
  addChoice,
  addCitation,
  changeType,
  MAX_CHOICES,
  minChoices,
  moveChoice,
  removeAccepted,
  removeChoice,
  removeCitation,
  setAccepted,
  setChoiceText,
  setCitation,
  setCorrect,
  toCitation,
  type CitationDraft,
  type EditorState,
} from '../../bank/editor';
import { audienceLabel, difficultyLabel, scoringLabel, typeLabel, visibilityLabel } from '../../bank/labels';
import { AUDIENCES, DIFFICULTIES, QUESTION_TYPES, SCORINGS, VISIBILITIES, type Audience, type Difficulty, type Visibility } from '../../bank/types';
import { fieldId, LIMITS, type FieldErrors } from '../../bank/validate';
import { CitationPicker } from '../../components/CitationPicker';
import { describedBy, Field, FieldError } from '../../components/Field';
import { Shape } from '../../components/QuestionPreview';
import { t } from '../../i18n';
import { ImageField } from './ImageField';

export interface GroupProps {
  state: EditorState;
  errors: FieldErrors;
  set: (next: EditorState, focus?: string) => void;
}

const a11y = (key: string, errors: FieldErrors, hint?: boolean) => ({
  id: fieldId(key),
  'aria-describedby': describedBy(fieldId(key), hint, errors[key]),
  'aria-invalid': errors[key] ? ('true' as const) : undefined,
});

export function TypeField({ state, errors, set }: GroupProps) {
  return (
    <fieldset class="group" id={fieldId('type')}>
      <legend>{t('editor.type')}</legend>
      <div class="type-options">
        {QUESTION_TYPES.map((type) => (
          <label key={type} class="choice-card">
            <input type="radio" name="question-type" value={type} checked={state.type === type} onChange={() => set(changeType(state, type))} />
            <span>
              <strong>{typeLabel(type)}</strong>
              <span class="hint">{t(`typeHint.${type}`)}</span>
            </span>
          </label>
        ))}
      </div>
      <FieldError id={fieldId('type')} errors={errors.type} />
    </fieldset>
  );
}

/** Choices of single choice, multiple select, poll and ordering. */
export function ChoicesField({ state, errors, set }: GroupProps) {
  const { type, choices } = state;
  const ordering = type === 'ORDERING';
  const min = minChoices(type);
  const groupId = fieldId('choices');
  return (
    <fieldset class="group" id={groupId} aria-describedby={describedBy(groupId, true, errors.choices)}>
      <legend>{ordering ? t('editor.items') : t('editor.choices')}</legend>
      <p id={`${groupId}-hint`} class="hint">
        {t(`choicesHint.${type as 'SINGLE_CHOICE' | 'MULTIPLE_SELECT' | 'ORDERING' | 'POLL'}`)}
      </p>
      <FieldError id={groupId} errors={errors.choices} />
      <ol class="choice-rows">
        {choices.map((choice, i) => {
          const key = `choice.${choice.key}`;
          const id = fieldId(key);
          const n = i + 1;
          return (
            <li key={choice.key} class={errors[key] ? 'choice-row invalid' : 'choice-row'}>
              <div class="choice-main">
                <label for={id} class="choice-label">
                  {ordering ? null : <Shape index={i} />}
                  {ordering ? t('editor.item', { n }) : t('editor.choice', { n })}
                </label>
                <input
                  {...a11y(key, errors)}
                  class="input"
                  type="text"
                  value={choice.text}
                  maxLength={LIMITS.choice + 50}
                  onInput={(e) => set(setChoiceText(state, choice.key, e.currentTarget.value))}
                />
                {choice.text.length > LIMITS.choice / 10 ? (
                  <span class="hint char-count">{t('editor.count', { count: choice.text.length, max: LIMITS.choice })}</span>
                ) : null}
                <FieldError id={id} errors={errors[key]} />
              </div>
              <div class="choice-tools">
                {type === 'SINGLE_CHOICE' ? (
                  <label class="check">
                    <input
                      id={`${id}-correct`}
                      type="radio"
                      name="correct-choice"
                      checked={choice.correct}
                      onChange={() => set(setCorrect(state, choice.key, true))}
                    />{' '}
                    {t('editor.correct')}
                    <span class="sr-only"> ({t('editor.choice', { n })})</span>
                  </label>
                ) : type === 'MULTIPLE_SELECT' ? (
                  <label class="check">
                    <input
                      id={`${id}-correct`}
                      type="checkbox"
                      checked={choice.correct}
                      onChange={(e) => set(setCorrect(state, choice.key, e.currentTarget.checked))}
                    />{' '}
                    {t('editor.correct')}
                    <span class="sr-only"> ({t('editor.choice', { n })})</span>
                  </label>
                ) : null}
                {ordering ? (
                  <>
                    <button
                      type="button"
                      class="button small"
                      id={`${id}-up`}
                      disabled={i === 0}
                      aria-label={t('editor.moveUp', { n })}
                      onClick={() => set(moveChoice(state, choice.key, -1), i - 1 === 0 ? `${id}-down` : `${id}-up`)}
                    >
                      ↑ <span aria-hidden="true">{t('editor.up')}</span>
                    </button>
                    <button
                      type="button"
                      class="button small"
                      id={`${id}-down`}
                      disabled={i === choices.length - 1}
                      aria-label={t('editor.moveDown', { n })}
                      onClick={() => set(moveChoice(state, choice.key, 1), i + 1 === choices.length - 1 ? `${id}-up` : `${id}-down`)}
                    >
                      ↓ <span aria-hidden="true">{t('editor.down')}</span>
                    </button>
                  </>
                ) : null}
                <button
                  type="button"
                  class="button small"
                  disabled={choices.length <= min}
                  aria-label={ordering ? t('editor.removeItem', { n }) : t('editor.removeChoice', { n })}
                  onClick={() => {
                    const neighbour = choices[i + 1] ?? choices[i - 1];
                    set(removeChoice(state, choice.key), neighbour ? fieldId(`choice.${neighbour.key}`) : undefined);
                  }}
                >
                  {t('editor.remove')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {choices.length < MAX_CHOICES ? (
        <button
          type="button"
          class="button"
          onClick={() => {
            const next = addChoice(state);
            set(next, fieldId(`choice.${next.choices[next.choices.length - 1].key}`));
          }}
        >
          {ordering ? t('editor.addItem') : t('editor.addChoice')}
        </button>
      ) : (
        <p class="hint">{t('editor.maxChoices', { max: MAX_CHOICES })}</p>
      )}
    </fieldset>
  );
}

export function ScoringField({ state, set }: GroupProps) {
  return (
    <fieldset class="group" id={fieldId('scoring')}>
      <legend>{t('editor.scoring')}</legend>
      {SCORINGS.map((scoring) => (
        <label key={scoring} class="check block">
          <input type="radio" name="scoring" checked={state.scoring === scoring} onChange={() => set({ ...state, scoring })} />{' '}
          {scoringLabel(scoring)}
        </label>
      ))}
    </fieldset>
  );
}

export function TrueFalseField({ state, errors, set }: GroupProps) {
  const groupId = fieldId('choices');
  return (
    <fieldset class="group" id={groupId} aria-describedby={describedBy(groupId, null, errors.choices)}>
      <legend>{t('editor.trueFalse')}</legend>
      <FieldError id={groupId} errors={errors.choices} />
      {[true, false].map((value, i) => (
        <label key={String(value)} class="check block tf-option">
          <input type="radio" name="true-false" checked={state.trueFalse === value} onChange={() => set({ ...state, trueFalse: value })} />{' '}
          <Shape index={i} trueFalse /> {value ? t('editor.true') : t('editor.false')}
        </label>
      ))}
    </fieldset>
  );
}

export function AcceptedField({ state, errors, set }: GroupProps) {
  const groupId = fieldId('accepted');
  return (
    <fieldset class="group" id={groupId} aria-describedby={describedBy(groupId, true, errors.accepted)}>
      <legend>{t('editor.accepted')}</legend>
      <p id={`${groupId}-hint`} class="hint">
        {t('editor.acceptedHint')}
      </p>
      <FieldError id={groupId} errors={errors.accepted} />
      <ol class="choice-rows">
        {state.accepted.map((answer, i) => {
          const key = `accepted.${answer.key}`;
          const id = fieldId(key);
          return (
            <li key={answer.key} class="choice-row">
              <div class="choice-main">
                <label for={id}>{t('editor.acceptedN', { n: i + 1 })}</label>
                <input
                  {...a11y(key, errors)}
                  class="input"
                  type="text"
                  value={answer.text}
                  onInput={(e) => set(setAccepted(state, answer.key, e.currentTarget.value))}
                />
                <FieldError id={id} errors={errors[key]} />
              </div>
              <div class="choice-tools">
                <button
                  type="button"
                  class="button small"
                  disabled={state.accepted.length <= 1}
                  aria-label={t('editor.removeAccepted', { n: i + 1 })}
                  onClick={() => {
                    const neighbour = state.accepted[i + 1] ?? state.accepted[i - 1];
                    set(removeAccepted(state, answer.key), neighbour ? fieldId(`accepted.${neighbour.key}`) : undefined);
                  }}
                >
                  {t('editor.remove')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {state.accepted.length < LIMITS.acceptedCount ? (
        <button
          type="button"
          class="button"
          onClick={() => {
            const next = addAccepted(state);
            set(next, fieldId(`accepted.${next.accepted[next.accepted.length - 1].key}`));
          }}
        >
          {t('editor.addAccepted')}
        </button>
      ) : null}
    </fieldset>
  );
}

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

export function MetaFields({ state, errors, set }: GroupProps) {
  return (
    <div class="meta-fields">
      <Field id={fieldId('tags')} label={t('editor.tags')} hint={t('editor.tagsHint')} errors={errors.tags}>
        {(p) => <input {...p} class="input" type="text" value={state.tags} onInput={(e) => set({ ...state, tags: e.currentTarget.value })} />}
      </Field>
      <div class="filter-grid">
        <Field id={fieldId('difficulty')} label={t('editor.difficulty')} errors={errors.difficulty}>
          {(p) => (
            <select {...p} class="input" value={String(state.difficulty)} onChange={(e) => set({ ...state, difficulty: Number(e.currentTarget.value) as Difficulty })}>
              {DIFFICULTIES.map((d) => (
                <option key={d} value={String(d)}>
                  {difficultyLabel(d)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={fieldId('audience')} label={t('editor.audience')} errors={errors.audience}>
          {(p) => (
            <select {...p} class="input" value={state.audience} onChange={(e) => set({ ...state, audience: e.currentTarget.value as Audience })}>
              {AUDIENCES.map((a) => (
                <option key={a} value={a}>
                  {audienceLabel(a)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={fieldId('visibility')} label={t('editor.visibility')} errors={errors.visibility}>
          {(p) => (
            <select {...p} class="input" value={state.visibility} onChange={(e) => set({ ...state, visibility: e.currentTarget.value as Visibility })}>
              {VISIBILITIES.map((v) => (
                <option key={v} value={v}>
                  {visibilityLabel(v)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <ImageField state={state} set={set} errors={errors} />
    </div>
  );
}
