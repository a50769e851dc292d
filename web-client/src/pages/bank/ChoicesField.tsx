import {
  addChoice,
  MAX_CHOICES,
  minChoices,
  moveChoice,
  removeChoice,
  setChoiceText,
  setCorrect,
} from '../../bank/editor';
import { fieldId, LIMITS } from '../../bank/validate';
import { describedBy, FieldError } from '../../components/Field';
import { Shape } from '../../components/QuestionPreview';
import { t } from '../../i18n';
import { a11y, type GroupProps } from './editorGroup';

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
