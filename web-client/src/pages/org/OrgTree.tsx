import { useState } from 'preact/hooks';
import { api, ApiError } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { type Problem, ProblemTable } from '../../components/ProblemTable';
import { t, type MessageKey } from '../../i18n';
import { useApi } from '../../useApi';
import { qrPath } from '../host/qr';

/** One organisation as its managers see it (GET /api/orgs). */
export interface OrgNode {
  id: number;
  code: string;
  name: string;
  kind: string;
  kindLabel: string;
  parentId: number | null;
  settlement: 'URBAN' | 'RURAL' | null;
  population: number | null;
  inviteCode: string;
  members: number;
  subtreeMembers: number;
  staff: number;
}

/** The nodes in tree order with their depth: roots are those whose parent is not shown. */
export function ordered(nodes: readonly OrgNode[]): { node: OrgNode; depth: number }[] {
  const ids = new Set(nodes.map((n) => n.id));
  const children = new Map<number | null, OrgNode[]>();
  for (const n of nodes) {
    const key = n.parentId !== null && ids.has(n.parentId) ? n.parentId : null;
    children.set(key, [...(children.get(key) ?? []), n]);
  }
  const out: { node: OrgNode; depth: number }[] = [];
  const walk = (parent: number | null, depth: number) => {
    for (const n of children.get(parent) ?? []) {
      out.push({ node: n, depth });
      walk(n.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** /to-chuc: the tree for admins and unit managers, its import, edits, managers and invite links. */
export function OrgTree() {
  const tree = useApi<OrgNode[]>('/api/orgs');
  const [selected, setSelected] = useState<number | null>(null);
  const [csv, setCsv] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');

  async function run(action: () => Promise<unknown>, done: string) {
    setError(null);
    setNotice('');
    try {
      await action();
      setNotice(done);
      tree.reload();
    } catch (e) {
      setError(e);
    }
  }

  async function importFile() {
    setProblems([]);
    try {
      const result = await api<{ added: number; updated: number }>('/api/orgs/import', { method: 'POST', body: { csv } });
      setNotice(t('org.imported', { added: result.added, updated: result.updated }));
      setCsv('');
      tree.reload();
    } catch (e) {
      const payload = e instanceof ApiError ? (e.payload as { problems?: Problem[] } | undefined) : undefined;
      if (payload?.problems) setProblems(payload.problems);
      else setError(e);
    }
  }

  if (tree.loading && !tree.data) return <p class="loading">{t('common.loading')}</p>;
  if (!tree.data) {
    return (
      <section class="page">
        <h1 tabIndex={-1}>{t('org.title')}</h1>
        <ErrorNotice error={tree.error} />
      </section>
    );
  }
  const node = tree.data.find((n) => n.id === selected) ?? null;
  return (
    <section class="page">
      <h1 tabIndex={-1}>{t('org.title')}</h1>
      {notice && <p role="status">{notice}</p>}
      <ErrorNotice error={error} />
      <table class="org-tree">
        <thead>
          <tr>
            <th>{t('org.name')}</th>
            <th>{t('org.kind')}</th>
            <th>{t('org.members')}</th>
            <th>{t('org.subtreeMembers')}</th>
          </tr>
        </thead>
        <tbody>
          {ordered(tree.data).map(({ node: n, depth }) => (
            <tr key={n.id} aria-selected={n.id === selected}>
              <td style={{ paddingInlineStart: `${depth * 1.5}em` }}>
                <button type="button" class="link" onClick={() => setSelected(n.id)}>
                  {n.name}
                </button>{' '}
                <small>{n.code}</small>
              </td>
              <td>{n.kindLabel}</td>
              <td>{n.members}</td>
              <td>{n.subtreeMembers}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {node && <NodePanel key={node.id} node={node} run={run} />}
      <h2>{t('org.importTitle')}</h2>
      <p>
        <a href="/api/orgs/template.csv" download>
          {t('org.template')}
        </a>
      </p>
      <input
        type="file"
        accept=".csv,text/csv"
        aria-label={t('org.chooseFile')}
        onChange={async (e) => {
          const file = (e.currentTarget as HTMLInputElement).files?.[0];
          if (file) setCsv(await file.text());
        }}
      />
      <textarea aria-label={t('org.csvText')} rows={6} value={csv} onInput={(e) => setCsv(e.currentTarget.value)} />
      <button type="button" disabled={!csv.trim()} onClick={importFile}>
        {t('org.import')}
      </button>
      {problems.length > 0 && (
        <ProblemTable id="org-problems" caption={t('org.problems', { count: problems.length })} problems={problems} />
      )}
    </section>
  );
}

const KINDS = ['CITY', 'DEPARTMENT', 'DISTRICT', 'WARD', 'COMMUNE', 'TOWNSHIP', 'SCHOOL', 'YOUTH_UNION', 'BUSINESS',
  'FATHERLAND_FRONT', 'MASS_ORGANISATION', 'OTHER'] as const;
const ADMINISTRATIVE: readonly string[] = ['CITY', 'DISTRICT', 'WARD', 'COMMUNE', 'TOWNSHIP'];

function KindSelect({ value, onChange }: { value: string; onChange: (kind: string) => void }) {
  return (
    <label>
      {t('org.kind')}
      <select value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`org.kind.${k}` as MessageKey)}
          </option>
        ))}
      </select>
    </label>
  );
}

interface PanelProps {
  node: OrgNode;
  run: (action: () => Promise<unknown>, done: string) => Promise<void>;
}

/** The selected node: rename, add under it, grant a manager, its invite link with a QR code, delete. */
function NodePanel({ node, run }: PanelProps) {
  const [name, setName] = useState(node.name);
  const [population, setPopulation] = useState(node.population?.toString() ?? '');
  const [kind, setKind] = useState(node.kind);
  const [settlement, setSettlement] = useState(node.settlement ?? '');
  const [childKind, setChildKind] = useState('OTHER');
  const [childCode, setChildCode] = useState('');
  const [childName, setChildName] = useState('');
  const [email, setEmail] = useState('');
  const link = `${location.origin}/to-chuc/tham-gia/${node.inviteCode}`;
  const qr = qrPath(link);
  const administrative = ADMINISTRATIVE.includes(kind);
  return (
    <section class="org-node" aria-label={node.name}>
      <h2>{node.name}</h2>
      <label>
        {t('org.name')}
        <input value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <KindSelect value={kind} onChange={setKind} />
      {administrative && (
        <label>
          {t('org.settlement')}
          <select value={settlement} onChange={(e) => setSettlement(e.currentTarget.value)}>
            <option value="">{t('org.settlement.none')}</option>
            <option value="URBAN">{t('org.settlement.URBAN')}</option>
            <option value="RURAL">{t('org.settlement.RURAL')}</option>
          </select>
        </label>
      )}
      {administrative && (
        <label>
          {t('org.population')}
          <input inputMode="numeric" value={population} onInput={(e) => setPopulation(e.currentTarget.value)} />
        </label>
      )}
      <button
        type="button"
        onClick={() =>
          run(() => api(`/api/orgs/${node.id}`, { method: 'PUT', body: {
            name, kind, parentId: node.parentId, settlement: administrative && settlement ? settlement : null,
            population: administrative && population.trim() ? Number(population) : null,
          } }), t('org.saved'))
        }
      >
        {t('org.save')}
      </button>
      <button type="button" onClick={() => run(() => api(`/api/orgs/${node.id}`, { method: 'DELETE' }), t('org.deleted'))}>
        {t('org.delete')}
      </button>
      <h3>{t('org.addChild')}</h3>
      <input aria-label={t('org.code')} placeholder={t('org.code')} value={childCode} onInput={(e) => setChildCode(e.currentTarget.value)} />
      <input aria-label={t('org.name')} placeholder={t('org.name')} value={childName} onInput={(e) => setChildName(e.currentTarget.value)} />
      <KindSelect value={childKind} onChange={setChildKind} />
      <button
        type="button"
        onClick={() =>
          run(() => api('/api/orgs', { method: 'POST', body: { code: childCode, name: childName, kind: childKind, parentId: node.id } }),
            t('org.saved'))
        }
      >
        {t('org.add')}
      </button>
      <h3>{t('org.grant')}</h3>
      <input type="email" aria-label={t('org.email')} placeholder={t('org.email')} value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
      <button type="button" onClick={() => run(() => api(`/api/orgs/${node.id}/managers`, { method: 'POST', body: { email } }), t('org.granted'))}>
        {t('org.grantButton')}
      </button>
      <h3>{t('org.invite')}</h3>
      <p>
        <a href={link}>{link}</a>
      </p>
      <figure class="qr">
        <svg viewBox={`0 0 ${qr.size} ${qr.size}`} width="180" height="180" role="img" aria-label={t('org.qr', { link })}>
          <rect width={qr.size} height={qr.size} fill="#fff" />
          <path d={qr.d} fill="#000" />
        </svg>
      </figure>
      <button type="button" onClick={() => run(() => api(`/api/orgs/${node.id}/invite`, { method: 'POST' }), t('org.rotated'))}>
        {t('org.rotate')}
      </button>
    </section>
  );
}
