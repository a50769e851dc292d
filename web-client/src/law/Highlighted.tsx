import { highlight } from './highlight';

/** Text with the search's words marked (<mark>), marks and case aside. */
export function Highlighted(props: { text: string; words: readonly string[] }) {
  return (
    <>
      {highlight(props.text, props.words).map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : part.text))}
    </>
  );
}
