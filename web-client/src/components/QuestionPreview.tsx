import { useId, useState } from 'preact/hooks';
import { formatCitation } from '../bank/citation';
import type { Choice, Citation, QuestionType } from '../bank/types';
import { t } from '../i18n';
import { AnswerShape, shapeOf } from './AnswerShape';
import { OpenCitation } from './OpenCitation';

/** What a preview shows: stored or edited content, or a lookup result. */
export interface Viewable {
  type: QuestionType;
  text: string;
  choices: Choice[];
  accepted: string[];
  explanation: string | null;
  citations: (Citation & { documentName?: string | null })[];
  imageUrl?: string | null;
  imageAlt?: string | null;
}

/** The shape of an answer tile (kept under its old name for the editor). */
export const Shape = AnswerShape;

/** The order a player first sees ordering items in: shuffled, the same way every time. */
export function scrambled<T>(items: readonly T[]): { item: T; index: number }[] {
  const indexed = items.map((item, index) => ({ item, index }));
  if (indexed.length < 2) return indexed;
  const out = [...indexed.slice(1).reverse(), indexed[0]];
  return out.every((x, i) => x.index === i) ? [...indexed].reverse() : out;
}

/** The correct answer in words, one line per part. */
export function correctAnswer(content: Viewable): string[] {
  switch (content.type) {
    case 'TYPE_ANSWER':
      return content.accepted;
    case 'ORDERING':
      return content.choices.map((c, i) => `${i + 1}. ${c.text ?? ''}`);
    case 'POLL':
      return [];
    default:
      return content.choices.filter((c) => c.correct).map((c) => c.text ?? '');
  }
}

/** The question as a player sees it; with `reveal`, the correct answers marked (in words, not colour). */
function PlayerView(props: { content: Viewable; reveal: boolean }) {
  const { content, reveal } = props;
  const trueFalse = content.type === 'TRUE_FALSE';
  return (
    <div class="player-view">
      {content.imageUrl ? <img class="question-image" src={content.imageUrl} alt={content.imageAlt ?? ''} /> : null}
      <p class="player-question">{content.text || <span class="placeholder">{t('preview.noText')}</span>}</p>
      {content.type === 'TYPE_ANSWER' ? (
        <p class="answer-box">{t('preview.typeAnswer')}</p>
      ) : content.type === 'ORDERING' && !reveal ? (
        <>
          <p class="hint">{t('preview.ordering')}</p>
          <Tiles items={scrambled(content.choices)} trueFalse={false} reveal={false} type={content.type} />
        </>
      ) : (
        <>
          {content.type === 'MULTIPLE_SELECT' && !reveal ? <p class="hint">{t('preview.multiple')}</p> : null}
          <Tiles items={content.choices.map((item, index) => ({ item, index }))} trueFalse={trueFalse} reveal={reveal} type={content.type} />
        </>
      )}
    </div>
  );
}

function Tiles(props: { items: { item: Choice; index: number }[]; trueFalse: boolean; reveal: boolean; type: QuestionType }) {
  const ordered = props.type === 'ORDERING';
  return (
    <ul class="tiles">
      {props.items.map(({ item, index }, position) => {
        const shape = shapeOf(ordered ? position : index, props.trueFalse);
        const marked = props.reveal && !ordered && props.type !== 'POLL';
        return (
          <li key={index} class={`tile tile-${shape.tone}${marked ? (item.correct ? ' correct' : ' wrong') : ''}`}>
            <Shape index={ordered ? position : index} trueFalse={props.trueFalse} />
            <span class="sr-only">{t(shape.name)}: </span>
            <span class="tile-text">
              {ordered && props.reveal ? `${position + 1}. ` : ''}
              {item.text || <span class="placeholder">{t('preview.noChoice', { n: index + 1 })}</span>}
            </span>
            {marked ? <span class="tile-mark">{item.correct ? t('preview.correct') : t('preview.wrong')}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}

/** After the answer: the correct answer, the explanation and the law it rests on. */
export function Reveal(props: {
  content: Viewable;
  names?: Map<string, string>;
  headingLevel?: 2 | 3;
  allOptions?: boolean;
  /** Each citation with a button that opens the cited article (the public lookup, the reader's practice). */
  openable?: boolean;
}) {
  const { content } = props;
  const H = props.headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div class="reveal">
      <H class="reveal-heading">{t('preview.answer')}</H>
      <Answer content={content} allOptions={!!props.allOptions} />
      <H class="reveal-heading">{t('preview.explanation')}</H>
      <p class="explanation">{content.explanation || <span class="placeholder">{t('preview.noExplanation')}</span>}</p>
      <H class="reveal-heading">{t('preview.citations')}</H>
      <CitationList citations={content.citations} names={props.names} openable={props.openable} />
    </div>
  );
}

/** The answer: the correct parts only, or (allOptions) every option with the correct ones marked in words. */
function Answer(props: { content: Viewable; allOptions: boolean }) {
  const { content } = props;
  const listed = content.type === 'SINGLE_CHOICE' || content.type === 'MULTIPLE_SELECT' || content.type === 'TRUE_FALSE';
  if (content.type === 'POLL') return <p>{t('preview.pollNoAnswer')}</p>;
  if (props.allOptions && listed) {
    return (
      <ul class="options">
        {content.choices.map((c, i) => (
          <li key={i} class={c.correct ? 'option correct' : 'option'}>
            {c.correct ? (
              <>
                <span class="option-mark" aria-hidden="true">
                  ✓
                </span>{' '}
                <strong>{c.text}</strong> <span class="option-note">({t('preview.correct')})</span>
              </>
            ) : (
              c.text
            )}
          </li>
        ))}
      </ul>
    );
  }
  const answer = correctAnswer(content);
  if (answer.length === 0) return <p class="placeholder">{t('preview.noAnswer')}</p>;
  if (content.type === 'TYPE_ANSWER') return <p class="answer-line">{t('preview.accepted', { answers: answer.join(' · ') })}</p>;
  return (
    <ul class="answer-lines">
      {answer.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

function CitationList(props: { citations: Viewable['citations']; names?: Map<string, string>; openable?: boolean }) {
  const shown = props.citations.filter((c) => c.document && c.article > 0);
  if (shown.length === 0) return <p class="placeholder">{t('preview.noCitation')}</p>;
  return (
    <ul class="citations">
      {shown.map((c, i) => (
        <li key={i}>
          <p class="citation">{formatCitation(c, c.documentName ?? props.names?.get(c.document))}</p>
          {props.openable ? <OpenCitation citation={c} /> : null}
          {c.quote ? <blockquote class="quote">{c.quote}</blockquote> : null}
        </li>
      ))}
    </ul>
  );
}

/** The live preview of the editor: the player's screen, then (on request) the reveal. */
export function QuestionPreview(props: { content: Viewable; names?: Map<string, string> }) {
  const [reveal, setReveal] = useState(false);
  const headingId = useId();
  return (
    <section class="preview" aria-labelledby={headingId}>
      <div class="preview-head">
        <h2 id={headingId}>{t('preview.heading')}</h2>
        <button type="button" class="button" aria-pressed={reveal ? 'true' : 'false'} onClick={() => setReveal(!reveal)}>
          {t('preview.showAnswer')}
        </button>
      </div>
      <div class="phone">
        <PlayerView content={props.content} reveal={reveal} />
      </div>
      {reveal ? <Reveal content={props.content} names={props.names} /> : null}
    </section>
  );
}
