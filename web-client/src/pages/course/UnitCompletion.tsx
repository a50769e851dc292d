import { useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { t } from '../../i18n';
import type { RouteProps } from '../../router';
import { useApi } from '../../useApi';
import { ordered, type OrgNode } from '../org/OrgTree';
import './course.css';

interface Row {
  orgId: number;
  name: string;
  people: number;
  started: number;
  completed: number;
  rate: number;
}

/** A unit's leaderboard of course completion, for admins and unit managers: the units directly under it, best first. */
export function UnitCompletion(_props: RouteProps) {
  const orgs = useApi<OrgNode[]>('/api/orgs');
  const [orgId, setOrgId] = useState('');
  const chosen = orgId || (orgs.data && orgs.data.length > 0 ? String(ordered(orgs.data)[0].node.id) : '');
  const board = useApi<Row[]>(chosen ? `/api/orgs/${chosen}/course-completion` : null);
  return (
    <section class="page course-page">
      <h1 tabIndex={-1}>{t('course.completionTitle')}</h1>
      <ErrorNotice error={orgs.error ?? board.error} />
      <label class="field">
        <span>{t('course.unit')}</span>
        <select value={chosen} onChange={(e) => setOrgId((e.target as HTMLSelectElement).value)}>
          {ordered(orgs.data ?? []).map(({ node, depth }) => (
            <option key={node.id} value={String(node.id)}>
              {'\u00a0\u00a0'.repeat(depth)}
              {node.name}
            </option>
          ))}
        </select>
      </label>
      {board.data && board.data.length === 0 ? <p class="notice notice-info">{t('course.completionNone')}</p> : null}
      {board.data && board.data.length > 0 ? (
        <table class="completion-table">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('course.verifyOrg')}</th>
              <th scope="col">{t('course.completionPeople')}</th>
              <th scope="col">{t('course.completionStarted')}</th>
              <th scope="col">{t('course.completionDone')}</th>
              <th scope="col">{t('course.completionRate')}</th>
            </tr>
          </thead>
          <tbody>
            {board.data.map((r, i) => (
              <tr key={r.orgId}>
                <td>{i + 1}</td>
                <td>{r.name}</td>
                <td>{r.people}</td>
                <td>{r.started}</td>
                <td>{r.completed}</td>
                <td>{r.rate}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
