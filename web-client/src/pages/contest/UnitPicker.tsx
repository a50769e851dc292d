import { useMemo, useState } from 'preact/hooks';
import { FieldError } from '../../components/Field';
import type { Unit } from '../../contest/types';
import { searchUnits, unitPaths } from '../../contest/units';
import { t } from '../../i18n';

const SHOWN = 40;

/**
 * Chooses the contestant's unit: a search box (with or without diacritics) over the units, each
 * shown with its path ("Huyện Đoàn A › Chi đoàn B"), as a list of radio buttons.
 */
export function UnitPicker(props: { id: string; units: Unit[]; value: number | null; onChange: (id: number) => void; errors?: string[] }) {
  const [query, setQuery] = useState('');
  const paths = useMemo(() => unitPaths(props.units), [props.units]);
  const matches = useMemo(() => searchUnits(props.units, paths, query), [props.units, paths, query]);
  const chosen = props.value === null ? null : paths.get(props.value) ?? null;
  const invalid = !!props.errors && props.errors.length > 0;
  const id = props.id;

  return (
    <fieldset class={`group unit-picker${invalid ? ' invalid' : ''}`} aria-describedby={invalid ? `${id}-error` : undefined}>
      <legend>{t('reg.unit')}</legend>
      <p class="unit-chosen" id={`${id}-chosen`} aria-live="polite">
        {chosen ? (
          <>
            {t('reg.unitChosen')} <strong>{chosen}</strong>
          </>
        ) : (
          t('reg.unitNone')
        )}
      </p>
      <label for={id}>{t('reg.unitSearch')}</label>
      <input
        id={id}
        type="search"
        class="input"
        autoComplete="off"
        value={query}
        aria-describedby={`${id}-count`}
        aria-invalid={invalid ? 'true' : undefined}
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          // Enter picks the only match instead of sending the form.
          if (e.key === 'Enter') {
            e.preventDefault();
            if (matches.length === 1) props.onChange(matches[0].id);
          }
        }}
      />
      <p class="hint" id={`${id}-count`} role="status">
        {props.units.length === 0 ? t('reg.unitsNone') : t('reg.unitCount', { count: matches.length })}
      </p>
      {matches.length > 0 ? (
        <div class="unit-options" role="radiogroup" aria-label={t('reg.unit')}>
          {matches.slice(0, SHOWN).map((u) => (
            <label key={u.id} class="unit-option">
              <input type="radio" name={`${id}-unit`} value={String(u.id)} checked={props.value === u.id} onChange={() => props.onChange(u.id)} />
              <span>{paths.get(u.id) ?? u.name}</span>
            </label>
          ))}
        </div>
      ) : null}
      {matches.length > SHOWN ? <p class="hint">{t('reg.unitMore', { count: matches.length - SHOWN })}</p> : null}
      <FieldError id={id} errors={props.errors} />
    </fieldset>
  );
}
