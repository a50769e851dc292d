import type { ComponentChildren, VNode } from 'preact';

/** What a control needs to be tied to its label, hint and error. */
export interface FieldA11y {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: 'true';
}

export function describedBy(id: string, hint: unknown, errors?: readonly string[]): string | undefined {
  const ids = [hint ? `${id}-hint` : '', errors && errors.length > 0 ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** A labelled control with an optional hint and its errors, announced with the control. */
export function Field(props: {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  errors?: readonly string[];
  class?: string;
  children: (a11y: FieldA11y) => VNode;
}) {
  const { id, hint, errors } = props;
  const invalid = !!errors && errors.length > 0;
  return (
    <div class={`field${props.class ? ` ${props.class}` : ''}${invalid ? ' invalid' : ''}`}>
      <label for={id}>{props.label}</label>
      {hint ? (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      ) : null}
      {props.children({ id, 'aria-describedby': describedBy(id, hint, errors), 'aria-invalid': invalid ? 'true' : undefined })}
      <FieldError id={id} errors={errors} />
    </div>
  );
}

/** The errors of a field or a group, with the id its control points to (`${id}-error`). */
export function FieldError(props: { id: string; errors?: readonly string[] }) {
  if (!props.errors || props.errors.length === 0) return null;
  return (
    <p id={`${props.id}-error`} class="field-error">
      {props.errors.join(' ')}
    </p>
  );
}
