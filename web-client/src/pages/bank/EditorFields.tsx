// The smaller field groups of the question editor (the type, scoring, true/false, accepted answers,
// tags and audience); the choices and the citations have files of their own.
import { addAccepted, changeType, removeAccepted, setAccepted } from '../../bank/editor';
import { audienceLabel, difficultyLabel, scoringLabel, typeLabel, visibilityLabel } from '../../bank/labels';
import { AUDIENCES, DIFFICULTIES, QUESTION_TYPES, SCORINGS, VISIBILITIES, type Audience, type Difficulty, type Visibility } from '../../bank/types';
import { fieldId, LIMITS } from '../../bank/validate';
import { describedBy, Field, FieldError } from '../../components/Field';
import { Shape } from '../../components/QuestionPreview';
import { t } from '../../i18n';
import { a11y, type GroupProps } from './editorGroup';
import { ImageField } from './ImageField';

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
