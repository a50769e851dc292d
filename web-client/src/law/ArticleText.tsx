import { provisionAnchor } from './paths';
import type { Unit } from './types';

/** Which khoản/điểm to mark as the cited one. */
export interface Cited {
  clause?: string | null;
  point?: string | null;
}

/**
 * An article laid out as published: its own paragraphs, then each khoản ("1. …") with its điểm
 * ("a) …") indented under it. Each khoản and điểm has an anchor; the cited one is marked.
 */
export function ArticleText(props: { content: Unit; cited?: Cited | null }) {
  const { content, cited } = props;
  return (
    <div class="article-text">
      <Paragraphs lines={content.text} />
      {(content.clauses ?? []).map((clause) => (
        <ClauseView key={clause.number} clause={clause} cited={cited} />
      ))}
      {(content.points ?? []).length > 0 ? (
        <ol class="points" role="list">
          {content.points!.map((point) => (
            <PointView key={point.number} point={point} clause={null} cited={cited} />
          ))}
        </ol>
      ) : null}
    </div>
  );
}

function isCited(cited: Cited | null | undefined, clause: string | null, point: string | null): boolean {
  if (!cited || (!cited.clause && !cited.point)) return false;
  return String(cited.clause ?? '') === (clause ?? '') && (point === null ? !cited.point : cited.point === point);
}

function ClauseView(props: { clause: Unit; cited?: Cited | null }) {
  const { clause, cited } = props;
  const here = isCited(cited, clause.number, null);
  const [first, ...rest] = clause.text;
  return (
    <div id={provisionAnchor(clause.number, null)!} class={here ? 'clause cited' : 'clause'} aria-current={here ? 'true' : undefined}>
      <p>
        <span class="unit-number">{clause.number}.</span> {first ?? ''}
      </p>
      <Paragraphs lines={rest} />
      {(clause.points ?? []).length > 0 ? (
        <ol class="points" role="list">
          {clause.points!.map((point) => (
            <PointView key={point.number} point={point} clause={clause.number} cited={cited} />
          ))}
        </ol>
      ) : null}
    </div>
  );
}

function PointView(props: { point: Unit; clause: string | null; cited?: Cited | null }) {
  const { point, clause, cited } = props;
  const here = isCited(cited, clause, point.number);
  const [first, ...rest] = point.text;
  return (
    <li id={provisionAnchor(clause, point.number)!} class={here ? 'point cited' : 'point'} aria-current={here ? 'true' : undefined}>
      <p>
        <span class="unit-number">{point.number})</span> {first ?? ''}
      </p>
      <Paragraphs lines={rest} />
    </li>
  );
}

function Paragraphs(props: { lines: readonly string[] }) {
  return (
    <>
      {props.lines.map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </>
  );
}
