import { ROLES, type Mapping, type Role } from '../../bank/mapping';
import type { SheetColumns } from '../../bank/types';
import { t } from '../../i18n';

interface Props {
  sheet: SheetColumns;
  mapping: Mapping;
  remembered: boolean;
  problem: 'question' | 'twice' | null;
  onChange: (mapping: Mapping) => void;
}

function roleLabel(role: Role): string {
  if (role.startsWith('option')) return t('import.role.option', { n: role.slice(6) });
  return t(`import.role.${role as Exclude<Role, `option${number}`>}`);
}

/** The mapping step: each column of the sheet with its header and sample values, and the role the user gives it. */
export function ImportWizardMapping({ sheet, mapping, remembered, problem, onChange }: Props) {
  const choose = (letter: string, role: string) => {
    const next: Mapping = { ...mapping };
    if (role) next[letter] = role as Role;
    else delete next[letter];
    onChange(next);
  };
  return (
    <fieldset class="group" aria-describedby="import-map-intro">
      <legend>{t('import.mapTitle')}</legend>
      <p id="import-map-intro" class="hint">
        {t('import.mapIntro', { row: sheet.headerRow })}
      </p>
      {remembered ? <p class="notice notice-ok">{t('import.mapRemembered')}</p> : null}
      {problem ? (
        <p class="notice notice-warn" role="alert">
          {t(problem === 'question' ? 'import.mapNeedsQuestion' : 'import.mapTwice')}
        </p>
      ) : null}
      <ul class="map-columns">
        {sheet.columns.map((c) => {
          const id = `import-map-${c.letter}`;
          return (
            <li key={c.letter} class="field">
              <label class="label" for={id}>
                {t('import.mapColumn', { letter: c.letter, header: c.header || t('import.mapNoHeader') })}
              </label>
              {c.samples.length > 0 ? (
                <span class="hint" id={`${id}-samples`}>
                  {t('import.mapSamples', { samples: c.samples.join(' · ') })}
                </span>
              ) : null}
              <select
                id={id}
                class="input"
                value={mapping[c.letter] ?? ''}
                aria-describedby={c.samples.length > 0 ? `${id}-samples` : undefined}
                onChange={(e) => choose(c.letter, e.currentTarget.value)}
              >
                <option value="">{t('import.mapNone')}</option>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {roleLabel(r)}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
