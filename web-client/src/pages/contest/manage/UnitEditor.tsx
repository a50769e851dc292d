import { useState } from 'preact/hooks';
import { api, ApiError } from '../../../api';
import { Field } from '../../../components/Field';
import { guessLevels, LEVEL_SUGGESTIONS, levelName, unitRows, withRow, type UnitRowBody } from '../../../contest/levels';
import type { Unit } from '../../../contest/types';
import { unitPaths } from '../../../contest/units';
import { t } from '../../../i18n';

const EMPTY = { code: '', name: '', parentCode: '', members: '' };
type Draft = typeof EMPTY;

/**
 * One unit added or changed on screen (no file needed): code, name, the unit above and its size. The
 * whole list is sent back with the row put in, so the server checks it exactly as it checks a file.
 */
export function UnitEditor(props: { contestId: number; units: Unit[]; levels: string[]; editing: Unit | null; onSaved: (units: Unit[], message: string) => void; onCancel: () => void }) {
  const { units, editing } = props;
  const rows = unitRows(units);
  const [draft, setDraft] = useState<Draft>(() =>
    editing
      ? { code: editing.code, name: editing.name, parentCode: rows.find((r) => r.code === editing.code)?.parentCode ?? '', members: editing.members == null ? '' : String(editing.members) }
      : EMPTY,
  );
  const [problems, setProblems] = useState<Partial<Record<keyof Draft, string>>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const paths = unitPaths(units);
  const parentDepth = units.find((u) => u.code === draft.parentCode)?.depth;
  const depth = draft.parentCode ? (parentDepth ?? 0) + 1 : 0;

  const save = async (event: Event) => {
    event.preventDefault();
    const found: Partial<Record<keyof Draft, string>> = {};
    const code = draft.code.trim();
    const name = draft.name.trim();
    if (!code) found.code = t('cform.required');
    else if (!editing && rows.some((r) => r.code === code)) found.code = t('units.codeTaken', { code });
    if (!name) found.name = t('cform.required');
    const members = draft.members.trim() === '' ? null : /^\d{1,7}$/.test(draft.members.trim()) ? Number(draft.members.trim()) : NaN;
    if (Number.isNaN(members)) found.members = t('units.membersNumber');
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const row: UnitRowBody = { code, name, parentCode: draft.parentCode || null, members };
    setBusy(true);
    setError('');
    try {
      const now = await api<Unit[]>(`/api/contests/${props.contestId}/units`, { method: 'PUT', body: { units: withRow(rows, row) } });
      props.onSaved(now, editing ? t('units.changed', { name }) : t('units.added', { name }));
      if (!editing) setDraft({ ...EMPTY, parentCode: draft.parentCode });
    } catch (e) {
      const listed = e instanceof ApiError ? (e.payload as { problems?: { message?: string }[] } | undefined)?.problems : undefined;
      setError(listed?.map((p) => p.message).join(' ') || (e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="form card-plain unit-editor" noValidate onSubmit={save}>
      <h2>{editing ? t('units.editHeading', { name: editing.name }) : t('units.addHeading')}</h2>
      <div class="number-grid">
        <Field id="unit-code" label={t('units.code')} hint={editing ? t('units.codeFixed') : t('units.codeHint')} errors={problems.code ? [problems.code] : undefined}>
          {(a) => <input {...a} class="input" type="text" maxLength={50} readOnly={!!editing} value={draft.code} onInput={(e) => setDraft({ ...draft, code: e.currentTarget.value })} />}
        </Field>
        <Field id="unit-name" label={t('units.name')} errors={problems.name ? [problems.name] : undefined}>
          {(a) => <input {...a} class="input" type="text" maxLength={200} value={draft.name} onInput={(e) => setDraft({ ...draft, name: e.currentTarget.value })} />}
        </Field>
        <Field id="unit-parent" label={t('units.parent')} hint={t('units.levelIs', { level: levelName(props.levels, depth) })}>
          {(a) => (
            <select {...a} class="input" value={draft.parentCode} onChange={(e) => setDraft({ ...draft, parentCode: e.currentTarget.value })}>
              <option value="">{t('units.top')}</option>
              {units
                .filter((u) => u.code !== editing?.code)
                .map((u) => (
                  <option key={u.id} value={u.code}>
                    {paths.get(u.id) ?? u.name}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <Field id="unit-members" label={t('units.membersLabel')} hint={t('units.membersHint')} errors={problems.members ? [problems.members] : undefined}>
          {(a) => <input {...a} class="input" type="text" inputMode="numeric" value={draft.members} onInput={(e) => setDraft({ ...draft, members: e.currentTarget.value })} />}
        </Field>
      </div>
      {error ? (
        <p class="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="actions">
        <button type="submit" class="button primary" disabled={busy}>
          {editing ? t('units.saveUnit') : t('units.addUnit')}
        </button>
        {editing ? (
          <button type="button" class="button" onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** The names of the tree's levels, top first; guessed from the units' names until the organiser saves them. */
export function LevelNames(props: { contestId: number; units: Unit[]; levels: string[]; onSaved: (levels: string[], message: string) => void }) {
  const depth = Math.max(1, props.units.reduce((most, u) => Math.max(most, u.depth + 1), 0));
  const guessed = guessLevels(props.units);
  const [names, setNames] = useState<string[]>(() => Array.from({ length: depth }, (_, d) => props.levels[d] ?? guessed[d] ?? ''));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const shown = Array.from({ length: Math.max(depth, names.length) }, (_, d) => names[d] ?? '');

  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      const levels = shown.map((n) => n.trim());
      await api(`/api/contests/${props.contestId}/units`, { method: 'PUT', body: { levels } });
      props.onSaved(levels, t('units.levelsSaved'));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="form card-plain unit-levels" noValidate onSubmit={save}>
      <h2>{t('units.levels')}</h2>
      <p class="hint">{t('units.levelsHint')}</p>
      <datalist id="unit-level-names">
        {LEVEL_SUGGESTIONS.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <div class="number-grid">
        {shown.map((name, d) => (
          <Field key={d} id={`unit-level-${d}`} label={t('units.levelLabel', { n: d + 1 })}>
            {(a) => <input {...a} class="input" type="text" maxLength={60} list="unit-level-names" value={name} onInput={(e) => setNames(shown.map((n, i) => (i === d ? e.currentTarget.value : n)))} />}
          </Field>
        ))}
      </div>
      {error ? (
        <p class="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="actions">
        <button type="submit" class="button" disabled={busy}>
          {t('units.saveLevels')}
        </button>
        {shown.length < 8 ? (
          <button type="button" class="button small" onClick={() => setNames([...shown, ''])}>
            {t('units.addLevel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
