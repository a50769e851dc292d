import { useState } from 'preact/hooks';
import { FIX_FIELDS, LONG_FIELDS, fieldOf, type Fix, type FixField } from '../../../bank/rowFix';
import type { RowCells } from '../../../bank/types';
import { Field } from '../../../components/Field';
import { t } from '../../../i18n';

type Plain = Exclude<FixField, `option${number}`>;
const HINTS = {
  type: 'import.fixHint.type',
  correct: 'import.fixHint.correct',
  citations: 'import.fixHint.citations',
  difficulty: 'import.fixHint.difficulty',
} as const;

function label(field: FixField): string {
  return field.startsWith('option') ? t('import.fixField.option', { n: field.slice(6) }) : t(`import.fixField.${field as Plain}`);
}

function hint(field: FixField): string | undefined {
  const key = HINTS[field as keyof typeof HINTS];
  return key ? t(key) : undefined;
}

/**
 * One row with errors in the preview: the file's errors for it, its cells to fix (in LuậtVui's
 * columns, whatever the file's format), a check by the server with the import's own rules, or
 * leaving the row out. The server's answer is the only judge: nothing is checked here.
 */
export function RowFixer(props: {
  row: number;
  errors: { column: string | null; message: string }[];
  fix: Fix;
  leftOut: boolean;
  busy: boolean;
  onEdit: (cells: RowCells) => void;
  onCheck: () => void;
  onLeaveOut: (leave: boolean) => void;
}) {
  const { row, fix } = props;
  const [open, setOpen] = useState(false);
  const shown = fix.check ? fix.check.errors : [];
  const byField = new Map<FixField, string[]>();
  const general: string[] = [];
  for (const e of shown) {
    const field = fieldOf(e.column);
    if (field) byField.set(field, [...(byField.get(field) ?? []), e.message]);
    else general.push(e.column ? `${e.column}: ${e.message}` : e.message);
  }
  const id = (field: string) => `import-fix-${row}-${field}`;
  return (
    <li class="card-plain import-fix" aria-labelledby={`import-fix-${row}`}>
      <h4 id={`import-fix-${row}`}>{t('import.rowN', { row })}</h4>
      {props.leftOut ? (
        <p class="hint" role="status">
          {t('import.leftOut', { row })}{' '}
          <button type="button" class="link-button" onClick={() => props.onLeaveOut(false)}>
            {t('import.takeBack')}
          </button>
        </p>
      ) : (
        <>
          {fix.check === null ? (
            <ul class="import-fix-errors">
              {props.errors.map((e, i) => (
                <li key={i}>{e.column ? `${e.column}: ${e.message}` : e.message}</li>
              ))}
            </ul>
          ) : fix.check.valid ? (
            <p class="notice notice-ok" role="status">
              {t('import.fixValid', { row })}
            </p>
          ) : (
            <div class="notice notice-warn" role="status">
              <p>{t('import.fixInvalid', { row })}</p>
              {general.length > 0 ? (
                <ul>
                  {general.map((m, i) => (
                    <li key={i}>{m}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          )}
          <div class="actions">
            <button type="button" class="button" aria-expanded={open} onClick={() => setOpen(!open)}>
              {t('import.fixRow', { row })}
            </button>
            <button type="button" class="button" onClick={() => props.onLeaveOut(true)}>
              {t('import.leaveOut')}
            </button>
          </div>
          {open ? (
            <form
              class="import-fix-form"
              onSubmit={(e) => {
                e.preventDefault();
                props.onCheck();
              }}
            >
              {FIX_FIELDS.map((field) => (
                <Field key={field} id={id(field)} label={label(field)} hint={hint(field)} errors={byField.get(field)}>
                  {(p) =>
                    LONG_FIELDS.includes(field) ? (
                      <textarea {...p} class="input" rows={3} value={fix.cells[field] ?? ''} onInput={(e) => props.onEdit({ ...fix.cells, [field]: e.currentTarget.value })} />
                    ) : (
                      <input {...p} class="input" type="text" value={fix.cells[field] ?? ''} onInput={(e) => props.onEdit({ ...fix.cells, [field]: e.currentTarget.value })} />
                    )
                  }
                </Field>
              ))}
              <button type="submit" class="button primary" disabled={props.busy}>
                {props.busy ? t('import.fixChecking') : t('import.fixCheck')}
              </button>
            </form>
          ) : null}
        </>
      )}
    </li>
  );
}
