import { useEffect, useRef } from 'preact/hooks';
import { AnswerShape, shapeName, shapeOf } from '../../components/AnswerShape';
import { OrderList } from '../../components/OrderList';
import { MAX_TEXT, toggleChoice, type Draft } from '../../contest/answers';
import type { AnswerBody, AttemptQuestion } from '../../contest/types';
import { t } from '../../i18n';
import { answerLength } from '../../text/length';

/** Typing pauses this long before the text is saved (it is saved at once on leaving the box). */
const TYPING_PAUSE_MS = 1200;

interface Props {
  question: AttemptQuestion;
  draft: Draft;
  saved: AnswerBody | null;
  disabled: boolean;
  /** A tap: show and save now. */
  onAnswer: (draft: Draft) => void;
  /** Typing: show only. */
  onDraft: (draft: Draft) => void;
  /** Save what is shown. */
  onCommit: () => void;
}

/**
 * The answer controls of one question of an attempt, by type: big buttons to pick one (colour AND
 * shape), toggles for multiple select, a text box, up/down buttons for ordering. The choice stays
 * marked and can be changed until the attempt is submitted.
 */
export function AttemptAnswer(props: Props) {
  switch (props.draft.kind) {
    case 'choices':
      return <Toggles {...props} chosen={props.draft.choices} />;
    case 'text':
      return <TextBox {...props} text={props.draft.text} />;
    case 'order':
      return <Order {...props} order={props.draft.order} />;
    default:
      return <OneChoice {...props} choice={props.draft.choice} />;
  }
}

function Choice(props: { index: number; text: string; trueFalse: boolean; chosen: boolean; box?: boolean }) {
  return (
    <>
      <AnswerShape index={props.index} trueFalse={props.trueFalse} />
      <span class="sr-only">{shapeName(props.index, props.trueFalse)}: </span>
      <span class={`answer-text${answerLength(props.text)}`}>{props.text}</span>
      <span class={props.box ? 'answer-check' : 'answer-mark'} aria-hidden="true">
        {props.chosen ? '✓' : ''}
      </span>
    </>
  );
}

function OneChoice(props: Props & { choice: number | null }) {
  const { question } = props;
  const trueFalse = question.type === 'TRUE_FALSE';
  return (
    <div class={`answer-grid attempt-answers${trueFalse ? ' two' : ''}`} role="group" aria-label={t('play.answers')}>
      {question.choices.map((text, i) => {
        const chosen = props.choice === i;
        return (
          <button
            key={i}
            type="button"
            class={`answer-button tile-${shapeOf(i, trueFalse).tone}${chosen ? ' chosen' : ''}`}
            aria-pressed={chosen ? 'true' : 'false'}
            disabled={props.disabled}
            onClick={() => props.onAnswer({ kind: 'choice', choice: i })}
          >
            <Choice index={i} text={text} trueFalse={trueFalse} chosen={chosen} />
          </button>
        );
      })}
    </div>
  );
}

function Toggles(props: Props & { chosen: number[] }) {
  const { question } = props;
  return (
    <div class="answer-grid attempt-answers" role="group" aria-label={t('play.answers')}>
      {question.choices.map((text, i) => {
        const chosen = props.chosen.includes(i);
        return (
          <button
            key={i}
            type="button"
            class={`answer-button tile-${shapeOf(i).tone}${chosen ? ' chosen' : ''}`}
            aria-pressed={chosen ? 'true' : 'false'}
            disabled={props.disabled}
            onClick={() => props.onAnswer({ kind: 'choices', choices: toggleChoice(props.chosen, i) })}
          >
            <Choice index={i} text={text} trueFalse={false} chosen={chosen} box />
          </button>
        );
      })}
    </div>
  );
}

function TextBox(props: Props & { text: string }) {
  const id = `answer-text-${props.question.position}`;
  const commit = useRef(props.onCommit);
  commit.current = props.onCommit;
  // Saved after a pause in typing, so that a dropped phone keeps what was typed.
  useEffect(() => {
    const timer = setTimeout(() => commit.current(), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [props.text]);
  return (
    <form
      class="answer-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        props.onCommit();
      }}
    >
      <label for={id}>{t('play.typeLabel')}</label>
      <p id={`${id}-hint`} class="hint">
        {t('attempt.typeHint')}
      </p>
      <input
        id={id}
        type="text"
        class="type-answer-input"
        autoComplete="off"
        maxLength={MAX_TEXT}
        value={props.text}
        disabled={props.disabled}
        aria-describedby={`${id}-hint`}
        onInput={(e) => props.onDraft({ kind: 'text', text: e.currentTarget.value })}
        onBlur={() => props.onCommit()}
      />
      <button type="submit" class="button big submit-answer" disabled={props.disabled || !props.text.trim()}>
        {t('attempt.saveText')}
      </button>
    </form>
  );
}

function Order(props: Props & { order: number[] }) {
  const { question, order } = props;
  return (
    <div class="answer-form">
      <p class="hint">{t('play.orderHint')}</p>
      <OrderList
        choices={question.choices}
        order={order}
        disabled={props.disabled}
        onChange={(next) => props.onAnswer({ kind: 'order', order: next })}
      />
      {!props.saved ? (
        <button type="button" class="button big submit-answer" disabled={props.disabled} onClick={() => props.onAnswer({ kind: 'order', order })}>
          {t('attempt.keepOrder')}
        </button>
      ) : null}
    </div>
  );
}
