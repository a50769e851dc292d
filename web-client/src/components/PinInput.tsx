import type { Ref } from 'preact';

/**
 * The game PIN box, the same on the home page and on the play page: digits on a phone's keypad,
 * no autofill or spell check, marked invalid while its error shows.
 */
export function PinInput(props: {
  id: string;
  inputRef: Ref<HTMLInputElement>;
  value: string;
  invalid: boolean;
  describedBy: string | undefined;
  onValue: (value: string) => void;
}) {
  return (
    <input
      ref={props.inputRef}
      id={props.id}
      name="pin"
      type="text"
      inputMode="numeric"
      autoComplete="off"
      spellcheck={false}
      class="pin-input"
      value={props.value}
      aria-invalid={props.invalid ? 'true' : undefined}
      aria-describedby={props.describedBy}
      onInput={(event) => props.onValue(event.currentTarget.value)}
    />
  );
}
