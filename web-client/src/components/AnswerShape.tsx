// Answer tiles are told apart by colour AND shape, so that a player who does not see colours still
// finds "the triangle": red triangle, blue diamond, yellow circle, green square (then star, hexagon).
import type { JSX } from 'preact';
import { t, type MessageKey } from '../i18n';

export interface ShapeInfo {
  name: MessageKey;
  tone: string;
  svg: JSX.Element;
}

const SHAPES: readonly ShapeInfo[] = [
  { name: 'shape.triangle', tone: 'red', svg: <path d="M12 3 22 20H2Z" /> },
  { name: 'shape.diamond', tone: 'blue', svg: <path d="M12 2 22 12 12 22 2 12Z" /> },
  { name: 'shape.circle', tone: 'yellow', svg: <circle cx="12" cy="12" r="9.5" /> },
  { name: 'shape.square', tone: 'green', svg: <rect x="3" y="3" width="18" height="18" /> },
  { name: 'shape.star', tone: 'purple', svg: <path d="m12 2 2.9 6.6 7.1.7-5.4 4.8 1.6 7L12 17.4 5.8 21.1l1.6-7L2 9.3l7.1-.7Z" /> },
  { name: 'shape.hexagon', tone: 'teal', svg: <path d="M7 3h10l5 9-5 9H7l-5-9Z" /> },
];

/** True/false as Kahoot shows it: "Đúng" on the blue diamond, "Sai" on the red triangle. */
const TRUE_FALSE_SHAPES = [1, 0];

/** The shape and colour of the choice shown at `index`. */
export function shapeOf(index: number, trueFalse = false): ShapeInfo {
  return SHAPES[(trueFalse ? TRUE_FALSE_SHAPES[index % 2] : index) % SHAPES.length];
}

/** The shape's name in words ("Tam giác"), for screen readers and for the answer's label. */
export function shapeName(index: number, trueFalse = false): string {
  return t(shapeOf(index, trueFalse).name);
}

/** The shape as a small SVG; decorative (the name goes into the text beside it). */
export function AnswerShape(props: { index: number; trueFalse?: boolean; class?: string }) {
  const shape = shapeOf(props.index, props.trueFalse);
  return (
    <svg
      class={props.class ? `shape ${props.class}` : 'shape'}
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      {shape.svg}
    </svg>
  );
}
