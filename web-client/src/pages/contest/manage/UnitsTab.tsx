import { useRef, useState } from 'preact/hooks';
import { api, ApiError } from '../../../api';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Field } from '../../../components/Field';
import { formatNumber } from '../../../contest/standings';
import type { Unit, UnitProblem } from '../../../contest/types';
import { levelName, unitsTemplateHref } from '../../../contest/levels';
import { unitTree, type TreeNode } from '../../../contest/units';
import { t } from '../../../i18n';
import { useApi } from '../../../useApi';
import { LevelNames, UnitEditor } from './UnitEditor';

/** The problems of a refused upload ({ error, problems: [{row, column, message}] }). */
export function uploadProblems(error: unknown): UnitProblem[] {
  if (!(error instanceof ApiError) || error.status !== 422) return [];
  const problems = (error.payload as { problems?: unknown } | undefined)?.problems;
  if (!Array.isArray(problems)) return [];
  return problems
    .filter((p): p is UnitProblem => !!p && typeof p.message === 'string')
    .map((p) => ({ row: Number(p.row) || 0, column: typeof p.column === 'string' ? p.column : null, message: p.message }));
}

/**
 * Đơn vị: add or change one unit on screen, or upload them all as a CSV file (read here as text and
 * sent as {csv}) and see the problems by row and column; name the levels of the tree; the tree now in
 * place with each unit's level and members.
 */
export function UnitsTab(props: { contestId: number; levels: string[]; onLevels: (levels: string[]) => void; onUnits?: (count: number) => void }) {
  const units = useApi<Unit[]>(`/api/contests/${props.contestId}/units`);
  const [editing, setEditing] = useState<Unit | null>(null);
  const [editorKey, setEditorKey] = useState(0);
  const changed = (now: Unit[], said: string) => {
    units.setData(now);
    props.onUnits?.(now.length);
    setMessage(said);
    setEditing(null);
    setEditorKey((k) => k + 1);
  };
  const file = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<File | null>(null);
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const problems = uploadProblems(error);
  const count = units.data?.length ?? 0;

  const upload = async (event: Event) => {
    event.preventDefault();
    setMessage('');
    setError(null);
    if (!chosen) {
      setProblem(t('units.fileRequired'));
      file.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const csv = (await chosen.text()).replace(/^\uFEFF/, '');
      if (csv.includes('\uFFFD')) {
        setProblem(t('units.notUtf8'));
        return;
      }
      setProblem('');
      const now = await api<Unit[]>(`/api/contests/${props.contestId}/units`, { method: 'PUT', body: { csv } });
      units.setData(now);
      props.onUnits?.(now.length);
      setMessage(t('units.saved', { count: now.length }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="units-tab">
      <p class="notice notice-ok" role="status" hidden={!message}>
        {message}
      </p>
      {units.data ? (
        <UnitEditor
          key={`${editorKey}-${editing?.id ?? 'new'}`}
          contestId={props.contestId}
          units={units.data}
          levels={props.levels}
          editing={editing}
          onSaved={changed}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      <form class="form card-plain" noValidate onSubmit={upload}>
        <h2>{t('units.upload')}</h2>
        <p class="hint">{t('units.intro')}</p>
        <p>
          <a href={unitsTemplateHref()} download="don-vi-mau.csv">
            {t('units.sample')}
          </a>
        </p>
        <Field id="units-file" label={t('units.file')} hint={t('units.fileHint')} errors={problem ? [problem] : undefined}>
          {(a) => (
            <input
              {...a}
              ref={file}
              class="input"
              type="file"
              accept=".csv,text/csv,text/plain"
              onChange={(e) => {
                setChosen(e.currentTarget.files?.[0] ?? null);
                setProblem('');
              }}
            />
          )}
        </Field>
        <p class="hint">{count > 0 ? t('units.replaceHint') : ''}</p>
        <button type="submit" class="button" disabled={busy}>
          {busy ? t('units.uploading') : t('units.send')}
        </button>
      </form>
      <ErrorNotice error={error} />
      {problems.length > 0 ? (
        <div class="table-wrap">
          <table class="table">
            <caption>{t('units.problems', { count: problems.length })}</caption>
            <thead>
              <tr>
                <th scope="col" class="num">
                  {t('import.row')}
                </th>
                <th scope="col">{t('import.column')}</th>
                <th scope="col">{t('import.message')}</th>
              </tr>
            </thead>
            <tbody>
              {problems.map((p, i) => (
                <tr key={i}>
                  <td class="num">{p.row > 0 ? p.row : t('import.wholeFile')}</td>
                  <td>{p.column ?? '–'}</td>
                  <td>{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      <section aria-labelledby="units-now">
        <h2 id="units-now">{t('units.now', { count })}</h2>
        <ErrorNotice error={units.error} />
        {units.loading && !units.data ? <p class="loading">{t('common.loading')}</p> : null}
        {units.data && count === 0 ? <p class="notice notice-info">{t('units.none')}</p> : null}
        {units.data && count > 0 ? (
          <UnitList
            nodes={unitTree(units.data)}
            levels={props.levels}
            onEdit={(u) => {
              setEditing(u);
              requestAnimationFrame(() => document.getElementById('unit-name')?.focus());
            }}
          />
        ) : null}
      </section>
      {units.data && count > 0 ? (
        <LevelNames
          key={props.levels.join('|')}
          contestId={props.contestId}
          units={units.data}
          levels={props.levels}
          onSaved={(levels, said) => {
            props.onLevels(levels);
            setMessage(said);
          }}
        />
      ) : null}
    </div>
  );
}

function UnitList(props: { nodes: TreeNode<Unit>[]; levels: string[]; onEdit: (unit: Unit) => void }) {
  const locale = t('app.locale');
  return (
    <ul class="unit-tree">
      {props.nodes.map((node) => (
        <li key={node.unit.id}>
          <span class="unit-name">{node.unit.name}</span> <span class="meta">({node.unit.code} · {levelName(props.levels, node.unit.depth)})</span>
          {node.unit.members != null ? <span class="meta"> · {t('units.members', { n: formatNumber(node.unit.members, locale) })}</span> : null}{' '}
          <button type="button" class="button small link-like" onClick={() => props.onEdit(node.unit)}>
            {t('units.edit')}
            <span class="sr-only"> {node.unit.name}</span>
          </button>
          {node.children.length > 0 ? <UnitList nodes={node.children} levels={props.levels} onEdit={props.onEdit} /> : null}
        </li>
      ))}
    </ul>
  );
}
