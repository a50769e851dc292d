// What every field group of the question editor gets: the state, its errors, and a way to change it;
// `focus` names the control to focus after the change (the moved item, the new row…).
import type { EditorState } from '../../bank/editor';
import { fieldId, type FieldErrors } from '../../bank/validate';
import { describedBy } from '../../components/Field';

export interface GroupProps {
  state: EditorState;
  errors: FieldErrors;
  set: (next: EditorState, focus?: string) => void;
}

/** The id and error wiring of the control for the field `key`. */
export const a11y = (key: string, errors: FieldErrors, hint?: boolean) => ({
  id: fieldId(key),
  'aria-describedby': describedBy(fieldId(key), hint, errors[key]),
  'aria-invalid': errors[key] ? ('true' as const) : undefined,
});
