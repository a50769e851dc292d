import { isSheet } from '../../../bank/imports';
import type { Mapping } from '../../../bank/mapping';
import { acceptFor } from '../../../bank/templates';
import type { ImportFormat, SheetColumns } from '../../../bank/types';
import { Field } from '../../../components/Field';
import { t } from '../../../i18n';
import { ImportWizardMapping } from '../ImportWizardMapping';

/** Step 2: the file, the layout recognised in it, and the mapping of a sheet of no known layout. */
export function FileStep(props: {
  format: ImportFormat;
  problem: string | undefined;
  recognised: ImportFormat | null;
  sheet: SheetColumns | null;
  mapping: Mapping;
  mappingRemembered: boolean;
  mappingIssue: 'question' | 'twice' | null;
  onFile: (file: File | null) => void;
  onMapping: (mapping: Mapping) => void;
}) {
  return (
    <>
      <fieldset class="group">
        <legend>{t('import.step2')}</legend>
        <Field id="import-file" label={t('import.file')} hint={t('import.fileHint')} errors={props.problem ? [props.problem] : undefined}>
          {(p) => <input {...p} type="file" class="input" accept={acceptFor(props.format)} onChange={(e) => props.onFile(e.currentTarget.files?.[0] ?? null)} />}
        </Field>
        {props.recognised ? (
          <p class="notice notice-ok" role="status">
            {t('import.recognised', { format: t(`format.${props.recognised}`) })}
          </p>
        ) : null}
      </fieldset>
      {props.sheet && isSheet(props.format) ? (
        <ImportWizardMapping sheet={props.sheet} mapping={props.mapping} remembered={props.mappingRemembered} problem={props.mappingIssue} onChange={props.onMapping} />
      ) : null}
    </>
  );
}
