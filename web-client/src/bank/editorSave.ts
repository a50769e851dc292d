// The question editor's save, apart from the screen: what is checked before anything is sent, which
// request goes (a new question, or a new version of the one edited), and what the author is told
// afterwards. Plain functions over the editor state, so every path is unit-testable.
import { api, ApiError, type ApiOptions } from '../api';
import { hasRole, type Me } from '../auth';
import { toContent, type EditorState } from './editor';
import type { Question } from './types';
import { mapViolations, mergeErrors, validate, type FieldErrors } from './validate';

/** How a request reaches the server (the API client; a stand-in in the unit tests). */
export type Request = <T>(path: string, options?: ApiOptions) => Promise<T>;

export type SaveOutcome =
  /** The form has errors of its own: nothing was sent. */
  | { kind: 'invalid' }
  /** Saved as a draft. */
  | { kind: 'saved'; id: number }
  /** Saved and sent for review. */
  | { kind: 'submitted'; id: number }
  /** Saved, but sending it for review was refused (the error says why). */
  | { kind: 'savedNotSubmitted'; id: number; error: unknown }
  /** The server refused fields (422): its messages, by the editor's field keys. */
  | { kind: 'violations'; errors: FieldErrors }
  /** Someone saved a newer version meanwhile (409): the author reloads it. */
  | { kind: 'conflict' }
  /** Anything else (no network, server error). */
  | { kind: 'failed'; error: unknown };

/**
 * Saves the editor's question: checked first, then created (no `base`) or saved as a new version of
 * `base`, then, when `submit`, sent for review.
 */
export async function saveQuestion(
  state: EditorState,
  base: Question | null,
  submit: boolean,
  request: Request = api,
): Promise<SaveOutcome> {
  if (!readyToSave(state)) return { kind: 'invalid' };
  let saved: Question;
  try {
    const content = toContent(state);
    saved = base
      ? await request<Question>(`/api/questions/${base.id}`, { method: 'PUT', body: { baseVersion: base.version, content } })
      : await request<Question>('/api/questions', { body: content });
  } catch (error) {
    if (error instanceof ApiError && error.status === 422 && error.violations.length > 0) {
      return { kind: 'violations', errors: mapViolations(error.violations, state) };
    }
    if (error instanceof ApiError && error.status === 409) return { kind: 'conflict' };
    return { kind: 'failed', error };
  }
  if (!submit) return { kind: 'saved', id: saved.id };
  try {
    await request(`/api/questions/${saved.id}/actions/submit`, { method: 'POST' });
    return { kind: 'submitted', id: saved.id };
  } catch (error) {
    return { kind: 'savedNotSubmitted', id: saved.id, error };
  }
}

/** Whether the form has none of its own errors (the server may still refuse). */
export function readyToSave(state: EditorState): boolean {
  return Object.keys(validate(state)).length === 0;
}

/** The errors on screen: the form's own once a save was attempted, and what the server said. */
export function shownErrors(state: EditorState, attempted: boolean, fromServer: FieldErrors): FieldErrors {
  return mergeErrors(attempted ? validate(state) : {}, fromServer);
}

/** Whether `me` may save the question: a new one always; an existing one its author or a reviewer, unless in review. */
export function editRights(base: Question | null, me: Me | null): { inReview: boolean; mayEdit: boolean } {
  return {
    inReview: base?.status === 'IN_REVIEW',
    mayEdit: !base || hasRole(me, 'REVIEWER') || base.authorId === me?.id,
  };
}
