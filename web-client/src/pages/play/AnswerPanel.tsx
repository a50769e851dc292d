import { useEffect, useState } from 'preact/hooks';
import { AnswerShape, shapeName, shapeOf } from '../../components/AnswerShape';
import { OrderList } from '../../components/OrderList';
import type { AnswerPayload, OpenQuestion } from '../../game/protocol';
import { t } from '../../i18n';
import { answerLength } from '../../text/length';

/**
 * The answer controls of an open question, by type: one tap for single choice, true/false and
 * polls; toggles and "Gửi" for multiple select; a text box for type-answer; up/down for ordering.
 */
export function AnswerPanel(props: { question: OpenQuestion; disabled: boolean; onAnswer: (payload: AnswerPayload) => void }) {
  const { question } = props;
  switch (question.type) {
    case 'MULTIPLE_SELECT':
      return <MultiSelect {...props} />;
    case 'TYPE_ANSWER':
      return <TypeAnswer {...props} />;
    case 'ORDERING':
      return <Ordering {...props} />;
    default:
      return <OneTap {...props} />;
  }
}

function ChoiceContent(props: { index: number; text: string; trueFalse: boolean }) {
  return (
    <>
      <AnswerShape index={props.index} trueFalse={props.trueFalse} />
      <span class="sr-only">{shapeName(props.index, props.trueFalse)}: </span>
      <span class={`answer-text${answerLength(props.text)}`}>{props.text}</span>
    </>
  );
}

function OneTap(props: { question: OpenQuestion; disabled: boolean; onAnswer: (payload: AnswerPayload) => void }) {
  const { question } = props;
  const trueFalse = question.type === 'TRUE_FALSE';
  return (
    <div class={`answer-grid${trueFalse ? ' two' : ''}`} role="group" aria-label={t('play.answers')}>
      {question.choices.map((text, i) => (
        <button
          key={i}
          type="button"
          class={`answer-button tile-${shapeOf(i, trueFalse).tone}`}
          disabled={props.disabled}
          onClick={() => props.onAnswer({ choice: i })}
        >
          <ChoiceContent index={i} text={text} trueFalse={trueFalse} />
        </button>
      ))}
    </div>
  );
}

function MultiSelect(props: { question: OpenQuestion; disabled: boolean; onAnswer: (payload: AnswerPayload) => void }) {
  const { question } = props;
  const [chosen, setChosen] = useState<number[]>([]);
  useEffect(() => setChosen([]), [question.index]);
  const toggle = (i: number) => setChosen((c) => (c.includes(i) ? c.filter((x) => x !== i) : [...c, i].sort((a, b) => a - b)));
  return (
    <div class="answer-form">
      <div class="answer-grid" role="group" aria-label={t('play.answers')}>
        {question.choices.map((text, i) => (
          <button
            key={i}
            type="button"
            class={`answer-button tile-${shapeOf(i).tone}${chosen.includes(i) ? ' chosen' : ''}`}
            aria-pressed={chosen.includes(i) ? 'true' : 'false'}
            disabled={props.disabled}
            onClick={() => toggle(i)}
          >
            <ChoiceContent index={i} text={text} trueFalse={false} />
            <span class="answer-check" aria-hidden="true">
              {chosen.includes(i) ? '✓' : ''}
            </span>
          </button>
        ))}
      </div>
      <button
        type="button"
        class="button primary big submit-answer"
        disabled={props.disabled || chosen.length === 0}
        onClick={() => props.onAnswer({ choices: chosen })}
      >
        {t('play.submitChosen', { n: chosen.length })}
      </button>
    </div>
  );
}

function TypeAnswer(props: { question: OpenQuestion; disabled: boolean; onAnswer: (payload: AnswerPayload) => void }) {
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  useEffect(() => setText(''), [props.question.index]);
  const submit = (event: Event) => {
    event.preventDefault();
    const value = text.normalize('NFC').trim();
    if (!value) {
      setEmpty(true);
      return;
    }
    props.onAnswer({ text: value.slice(0, 200) });
  };
  return (
    <form class="answer-form" onSubmit={submit} noValidate>
      <label for="type-answer">{t('play.typeLabel')}</label>
      <p id="type-answer-hint" class="hint">
        {t('play.typeHint')}
      </p>
      <input
        id="type-answer"
        type="text"
        class="type-answer-input"
        autoComplete="off"
        maxLength={200}
        value={text}
        disabled={props.disabled}
        aria-invalid={empty ? 'true' : undefined}
        aria-describedby={empty ? 'type-answer-hint type-answer-error' : 'type-answer-hint'}
        onInput={(e) => {
          setText(e.currentTarget.value);
          setEmpty(false);
        }}
      />
      <p id="type-answer-error" class="field-error" role="alert">
        {empty ? t('play.typeEmpty') : ''}
      </p>
      <button type="submit" class="button primary big submit-answer" disabled={props.disabled}>
        {t('play.submit')}
      </button>
    </form>
  );
}

function Ordering(props: { question: OpenQuestion; disabled: boolean; onAnswer: (payload: AnswerPayload) => void }) {
  const { question } = props;
  const [order, setOrder] = useState<number[]>(() => question.choices.map((_, i) => i));
  useEffect(() => setOrder(question.choices.map((_, i) => i)), [question.index]);
  return (
    <div class="answer-form">
      <p class="hint">{t('play.orderHint')}</p>
      <OrderList choices={question.choices} order={order} disabled={props.disabled} onChange={setOrder} />
      <button type="button" class="button primary big submit-answer" disabled={props.disabled} onClick={() => props.onAnswer({ order })}>
        {t('play.submit')}
      </button>
    </div>
  );
}
