import { moveItem } from '../bank/sets';
import { t } from '../i18n';
import { AnswerShape, shapeOf } from './AnswerShape';

interface Props {
  /** The choices' texts, in the order the bank (or the shuffle) numbered them. */
  choices: readonly string[];
  /** The choice numbers in their current order. */
  order: readonly number[];
  disabled: boolean;
  onChange: (order: number[]) => void;
}

/**
 * An ordering answer: each item with its shape and colour, moved up or down by buttons (no dragging,
 * so it works by keyboard and on any phone). Focus follows the moved item.
 */
export function OrderList(props: Props) {
  const { choices, order } = props;
  const move = (position: number, delta: -1 | 1) => {
    const item = order[position];
    props.onChange(moveItem(order, position, delta));
    // Focus follows the item, to the same button when it can still move that way.
    requestAnimationFrame(() => {
      const row = document.querySelector<HTMLElement>(`[data-order-item="${item}"]`);
      const to =
        row?.querySelector<HTMLButtonElement>(delta < 0 ? '.move-up:not(:disabled)' : '.move-down:not(:disabled)') ??
        row?.querySelector<HTMLButtonElement>('button:not(:disabled)');
      to?.focus();
    });
  };
  return (
    <ol class="order-list">
      {order.map((choice, position) => {
        const text = choices[choice];
        return (
          <li key={choice} data-order-item={choice} class={`order-item tile-${shapeOf(choice).tone}`}>
            <span class="order-position" aria-hidden="true">
              {position + 1}
            </span>
            <AnswerShape index={choice} />
            <span class="answer-text">{text}</span>
            <span class="order-moves">
              <button
                type="button"
                class="move-up"
                disabled={props.disabled || position === 0}
                aria-label={t('play.moveUp', { text })}
                onClick={() => move(position, -1)}
              >
                ▲
              </button>
              <button
                type="button"
                class="move-down"
                disabled={props.disabled || position === order.length - 1}
                aria-label={t('play.moveDown', { text })}
                onClick={() => move(position, 1)}
              >
                ▼
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
