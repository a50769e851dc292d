import { formatCitation } from '../bank/citation';
import type { Citation } from '../bank/types';
import { OpenCitation } from './OpenCitation';

/**
 * Where the law says it, as a line: "khoản 2 Điều 9 — Luật Trật tự, an toàn giao thông đường bộ
 * (36/2024/QH15)", with the provision's words quoted when the question has them.
 */
export function CitationLine(props: { citation: Citation; names?: Record<string, string> | null; quote?: boolean }) {
  const { citation } = props;
  return (
    <>
      <p class="citation">{formatCitation(citation, props.names?.[citation.document])}</p>
      <OpenCitation citation={citation} />
      {props.quote !== false && citation.quote ? <blockquote class="quote">{citation.quote}</blockquote> : null}
    </>
  );
}

/** Every citation of a question, each on its line. */
export function CitationList(props: { citations: readonly Citation[]; names?: Record<string, string> | null; quote?: boolean }) {
  const shown = props.citations.filter((c) => c.document && c.article > 0);
  if (shown.length === 0) return null;
  return (
    <ul class="citations">
      {shown.map((c, i) => (
        <li key={i}>
          <CitationLine citation={c} names={props.names} quote={props.quote} />
        </li>
      ))}
    </ul>
  );
}
