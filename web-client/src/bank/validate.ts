// The editor's checks (the server's basic rules, so most mistakes show before saving) and the
// mapping of the server's violation paths ("choices[1]", "citations[0].document") to form fields.
import type { Violation } from '../api';
import { t } from '../i18n';
import { fold, nfc } from '../text/fold';
import { filledAccepted, isListType, MAX_CHOICES, minChoices, parseTags, positiveInt, type EditorState } from './editor';

/** The server's limits (question-bank QuestionRules). */
export const LIMITS = {
  text: 2000,
  choice: 1000,
  accepted: 80,
  acceptedCount: 10,
  explanation: 1500,
  quote: 1500,
  tags: 10,
  tag: 40,
  citations: 10,
  document: 40,
  imageAlt: 300,
} as const;

/** An image uploaded to this server (/media/<sha256>.png|jpg): it needs a description. */
export function isUploadedImage(url: string): boolean {
  return /^\/media\/[0-9a-f]{64}\.(png|jpg)$/.test(url.trim());
}

/**
 * Form field keys: "text", "explanation", "choices" (the list or the true/false group),
 * "choice.<key>", "accepted", "accepted.<key>", "citations", "citation.<key>.<part>", "tags",
 * "difficulty", "imageUrl", … and "_form" for what belongs to no field.
 */
export type FieldErrors = Record<string, string[]>;

const POINT = /^[a-zđ]$/;

function add(errors: FieldErrors, key: string, message: string): void {
  (errors[key] ??= []).push(message);
}

const length = (text: string) => nfc(text).trim().length;

/** Every broken rule, by field; empty when the content may be sent. */
export function validate(state: EditorState): FieldErrors {
  const errors: FieldErrors = {};
  const textLength = length(state.text);
  if (textLength === 0) add(errors, 'text', t('valid.text.required'));
  else if (textLength > LIMITS.text) add(errors, 'text', t('valid.text.tooLong', { max: LIMITS.text, count: textLength }));

  if (isListType(state.type)) checkChoices(state, errors);
  else if (state.type === 'TRUE_FALSE' && state.trueFalse === null) add(errors, 'choices', t('valid.trueFalse.required'));
  else if (state.type === 'TYPE_ANSWER') checkAccepted(state, errors);

  const explanationLength = length(state.explanation);
  if (explanationLength === 0) add(errors, 'explanation', t('valid.explanation.required'));
  else if (explanationLength > LIMITS.explanation) {
    add(errors, 'explanation', t('valid.explanation.tooLong', { max: LIMITS.explanation, count: explanationLength }));
  }

  checkCitations(state, errors);

  const tags = parseTags(state.tags);
  if (tags.length > LIMITS.tags) add(errors, 'tags', t('valid.tags.tooMany', { max: LIMITS.tags }));
  for (const tag of tags) {
    if (tag.length > LIMITS.tag) add(errors, 'tags', t('valid.tags.tooLong', { tag, max: LIMITS.tag }));
  }

  const image = state.imageUrl.trim();
  if (image && !(image.startsWith('/') || image.startsWith('https://'))) add(errors, 'imageUrl', t('valid.imageUrl'));
  const alt = nfc(state.imageAlt).trim();
  if (isUploadedImage(image) && !alt) add(errors, 'imageAlt', t('valid.imageAlt'));
  if (image && alt.length > LIMITS.imageAlt) add(errors, 'imageAlt', t('valid.imageAltLong', { max: LIMITS.imageAlt }));
  return errors;
}

function checkChoices(state: EditorState, errors: FieldErrors): void {
  const { choices, type } = state;
  const min = minChoices(type);
  if (choices.length < min || choices.length > MAX_CHOICES) {
    add(errors, 'choices', t('valid.choices.count', { min, max: MAX_CHOICES, count: choices.length }));
  }
  const seen = new Set<string>();
  choices.forEach((choice, i) => {
    const key = `choice.${choice.key}`;
    const n = i + 1;
    const text = nfc(choice.text).trim();
    if (text === '') add(errors, key, t('valid.choice.empty', { n }));
    else if (text.length > LIMITS.choice) add(errors, key, t('valid.choice.tooLong', { n, max: LIMITS.choice }));
    else if (seen.has(fold(text))) add(errors, key, t('valid.choice.duplicate', { n }));
    else seen.add(fold(text));
  });
  const correct = choices.filter((c) => c.correct).length;
  if ((type === 'SINGLE_CHOICE' || type === 'MULTIPLE_SELECT') && correct === 0) {
    add(errors, 'choices', t('valid.choices.noCorrect'));
  } else if (type === 'SINGLE_CHOICE' && correct > 1) {
    add(errors, 'choices', t('valid.choices.oneCorrect', { count: correct }));
  }
}

function checkAccepted(state: EditorState, errors: FieldErrors): void {
  const filled = filledAccepted(state);
  if (filled.length === 0) add(errors, 'accepted', t('valid.accepted.required'));
  if (filled.length > LIMITS.acceptedCount) add(errors, 'accepted', t('valid.accepted.tooMany', { max: LIMITS.acceptedCount }));
  for (const answer of filled) {
    if (length(answer.text) > LIMITS.accepted) {
      add(errors, `accepted.${answer.key}`, t('valid.accepted.tooLong', { max: LIMITS.accepted }));
    }
  }
}

function checkCitations(state: EditorState, errors: FieldErrors): void {
  if (state.citations.length === 0) add(errors, 'citations', t('valid.citations.required'));
  if (state.citations.length > LIMITS.citations) add(errors, 'citations', t('valid.citations.tooMany', { max: LIMITS.citations }));
  for (const c of state.citations) {
    const key = `citation.${c.key}`;
    const document = c.document.trim();
    if (!document || document.length > LIMITS.document) add(errors, `${key}.document`, t('valid.citation.document'));
    if (positiveInt(c.article) === null) add(errors, `${key}.article`, t('valid.citation.article'));
    if (c.clause.trim() && positiveInt(c.clause) === null) add(errors, `${key}.clause`, t('valid.citation.clause'));
    const point = c.point.trim().toLowerCase();
    if (point && !POINT.test(point)) add(errors, `${key}.point`, t('valid.citation.point'));
    else if (point && !c.clause.trim()) add(errors, `${key}.point`, t('valid.citation.pointNeedsClause'));
    if (length(c.quote) > LIMITS.quote) add(errors, `${key}.quote`, t('valid.citation.quote', { max: LIMITS.quote }));
  }
}

const PATH = /^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?$/;
const CITATION_PARTS = ['document', 'article', 'clause', 'point', 'quote'];
const PLAIN_FIELDS = ['type', 'text', 'explanation', 'tags', 'difficulty', 'audience', 'visibility', 'scoring', 'imageUrl', 'imageAlt'];

/** The form field a server violation path names ("content." prefixes are tolerated). */
export function fieldKeyOf(path: string, state: EditorState): string {
  const match = PATH.exec(path.replace(/^content\./, ''));
  if (!match) return '_form';
  const [, name, indexText, part] = match;
  const index = indexText === undefined ? null : Number(indexText);
  switch (name) {
    case 'choices': {
      if (index === null || !isListType(state.type)) return 'choices';
      const choice = state.choices[index];
      return choice ? `choice.${choice.key}` : 'choices';
    }
    case 'accepted': {
      const answer = index === null ? undefined : filledAccepted(state)[index];
      return answer ? `accepted.${answer.key}` : 'accepted';
    }
    case 'citations': {
      const citation = index === null ? undefined : state.citations[index];
      if (!citation) return 'citations';
      return `citation.${citation.key}.${part && CITATION_PARTS.includes(part) ? part : 'document'}`;
    }
    default:
      return PLAIN_FIELDS.includes(name) && index === null ? name : name === 'tags' ? 'tags' : '_form';
  }
}

/** The server's violations by form field. */
export function mapViolations(violations: readonly Violation[], state: EditorState): FieldErrors {
  const errors: FieldErrors = {};
  for (const v of violations) add(errors, fieldKeyOf(v.field, state), v.message);
  return errors;
}

export function mergeErrors(...all: FieldErrors[]): FieldErrors {
  const merged: FieldErrors = {};
  for (const errors of all) {
    for (const [key, messages] of Object.entries(errors)) {
      for (const m of messages) if (!(merged[key] ?? []).includes(m)) add(merged, key, m);
    }
  }
  return merged;
}

/** The DOM id of a field: "citation.12.article" → "q-citation-12-article". */
export function fieldId(key: string): string {
  return `q-${key.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/**
 * The errors in the order the form shows the fields, for the summary at the top; each links to
 * the field's id (a group's first control for "choices", "accepted", "citations").
 */
export function orderedErrors(errors: FieldErrors, state: EditorState): { key: string; message: string }[] {
  const order = [
    '_form',
    'type',
    'text',
    'choices',
    ...state.choices.map((c) => `choice.${c.key}`),
    'scoring',
    'accepted',
    ...state.accepted.map((a) => `accepted.${a.key}`),
    'explanation',
    'citations',
    ...state.citations.flatMap((c) => CITATION_PARTS.map((p) => `citation.${c.key}.${p}`)),
    'tags',
    'difficulty',
    'audience',
    'visibility',
    'imageUrl',
    'imageAlt',
  ];
  const known = new Set(order);
  const keys = [...order.filter((k) => errors[k]), ...Object.keys(errors).filter((k) => !known.has(k))];
  return keys.flatMap((key) => errors[key].map((message) => ({ key, message })));
}
