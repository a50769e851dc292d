// What changed between the version a reviewer returned and the one resubmitted, field by field.
import { formatCitation } from './citation';
import type { QuestionContent } from './types';

export type ChangedField = 'text' | 'choices' | 'accepted' | 'explanation' | 'citations' | 'tags' | 'difficulty' | 'type' | 'imageUrl';

export interface FieldChange {
  field: ChangedField;
  /** The returned version's value, one line per item; empty when it had none. */
  before: string[];
  after: string[];
}

const choiceLines = (c: QuestionContent) => c.choices.map((choice) => `${choice.correct ? '✓ ' : '– '}${choice.text ?? ''}`);
const citationLines = (c: QuestionContent) =>
  c.citations.map((citation) => `${formatCitation(citation)}${citation.quote ? ` «${citation.quote}»` : ''}`);
const one = (value: string | number | null | undefined) => (value === null || value === undefined || value === '' ? [] : [String(value)]);

const READERS: Record<ChangedField, (c: QuestionContent) => string[]> = {
  type: (c) => [c.type],
  text: (c) => one(c.text),
  choices: choiceLines,
  accepted: (c) => c.accepted,
  explanation: (c) => one(c.explanation),
  citations: citationLines,
  tags: (c) => c.tags,
  difficulty: (c) => one(c.difficulty),
  imageUrl: (c) => one(c.imageUrl),
};

/** The fields that differ, in the editor's order; lines are compared as the reviewer reads them. */
export function contentChanges(before: QuestionContent, after: QuestionContent): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of Object.keys(READERS) as ChangedField[]) {
    const was = READERS[field](before);
    const now = READERS[field](after);
    if (was.length !== now.length || was.some((line, i) => line !== now[i])) changes.push({ field, before: was, after: now });
  }
  return changes;
}

/** The lines only one side has (kept, they are not marked): what the reviewer's eye goes to. */
export function changedLines(change: FieldChange): { removed: Set<string>; added: Set<string> } {
  const before = new Set(change.before);
  const after = new Set(change.after);
  return {
    removed: new Set(change.before.filter((line) => !after.has(line))),
    added: new Set(change.after.filter((line) => !before.has(line))),
  };
}
