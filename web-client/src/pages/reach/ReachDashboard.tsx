import { useEffect, useState } from 'preact/hooks';
import { api } from '../../api';
import { currentUser, hasRole, useSession } from '../../auth';
import { ErrorNotice } from '../../components/ErrorNotice';
import { t, useLang } from '../../i18n';
import { useApi } from '../../useApi';
import { type OrgNode, ordered } from '../org/OrgTree';
import { barWidth, linePoints, percent, targetY, type TrendPoint } from './chart';

/** A node's figures over its whole subtree. */
interface Figures {
  id: number;
  code: string;
  name: string;
  kind: string;
  members: number;
  staff: number;
  people: number;
  contestants: number;
  active30: number;
  active90: number;
  attempts: number;
  games: number;
  gamePlayers: number;
  averageCorrect: number | null;
}

interface Side {
  population: number;
  reached: number;
  share: number | null;
  /** `people` is absent (or null) when the population is not known. */
  gaps: { year: number; target: number; people?: number | null }[];
}

interface Dashboard {
  node: Figures;
  children: Figures[];
  reach: {
    urban: Side;
    rural: Side;
    targets: { year: number; urban: number; rural: number }[];
    districts: { id: number | null; name: string | null; urban: Side; rural: Side }[];
  };
  trend: TrendPoint[];
  visits: { month: string; visits: number }[];
  updatedAt: string | null;
  /** Course completion and officials trained; null when no course is assigned in the subtree. */
  training: Training | null;
}

/** Each course assigned in the subtree, and the officials who completed all theirs (the plan: 100%). */
interface Training {
  courses: { courseId: number; title: string; assigned: number; completed: number; onTime: number; dueOn: string }[];
  officials: { assigned: number; trained: number; target: number };
}

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

const WIDTH = 480;
const HEIGHT = 160;

/** /to-chuc/theo-doi: reach of the plan's targets and activity, for admins and unit managers. */
export function ReachDashboard() {
  const lang = useLang();
  const me = currentUser(useSession());
  const nodes = useApi<OrgNode[]>('/api/orgs');
  const [nodeId, setNodeId] = useState<number | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const tree = nodes.data ? ordered(nodes.data) : [];
  useEffect(() => {
    // The first unit by default, unless one was chosen meanwhile (this effect runs after the render
    // that showed the list, when the user may already have picked from it).
    if (tree.length > 0) setNodeId((chosen) => chosen ?? tree[0].node.id);
  }, [nodes.data]);
  const view = useApi<Dashboard>(nodeId === null ? null : `/api/reach/orgs/${nodeId}`);
  const d = view.data;

  async function refresh() {
    setRefreshing(true);
    setError(null);
    try {
      await api('/api/reach/refresh', { method: 'POST', body: {} });
      view.reload();
    } catch (e) {
      setError(e);
    } finally {
      setRefreshing(false);
    }
  }

  return (
    <main class="page reach">
      <h1>{t('reach.title')}</h1>
      <ErrorNotice error={nodes.error ?? view.error ?? error} />
      <div class="reach-toolbar">
        <label>
          {t('reach.node')}{' '}
          <select class="input" value={nodeId ?? ''} onChange={(e) => setNodeId(Number(e.currentTarget.value))}>
            {tree.map(({ node, depth }) => (
              <option key={node.id} value={node.id}>
                {'\u2003'.repeat(depth)}
                {node.name}
              </option>
            ))}
          </select>
        </label>
        {nodeId !== null ? (
          <a class="button small" href={`/api/reach/orgs/${nodeId}/export.xlsx`} download>
            {t('reach.export')}
          </a>
        ) : null}
        {hasRole(me, 'ADMIN') ? (
          <button type="button" class="button small" disabled={refreshing} onClick={() => void refresh()}>
            {refreshing ? t('reach.refreshing') : t('reach.refresh')}
          </button>
        ) : null}
      </div>
      {d ? (
        <>
          <p class="hint">
            {d.updatedAt ? t('reach.updatedAt', { time: new Date(d.updatedAt).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB') }) : t('reach.notYet')}
          </p>
          <section class="reach-targets" aria-labelledby="reach-targets">
            <h2 id="reach-targets">{t('reach.targetsTitle')}</h2>
            {(['urban', 'rural'] as const).map((side) => (
              <TargetBar key={side} side={side} figures={d.reach[side]} targets={d.reach.targets} lang={lang} />
            ))}
          </section>
          <section aria-labelledby="reach-trend">
            <h2 id="reach-trend">{t('reach.trendTitle')}</h2>
            <TrendChart trend={d.trend} targets={d.reach.targets} />
          </section>
          <section aria-labelledby="reach-districts">
            <h2 id="reach-districts">{t('reach.districtsTitle')}</h2>
            <div class="table-scroll">
              <table class="table" data-testid="reach-districts">
                <thead>
                  <tr>
                    <th>{t('reach.district')}</th>
                    <th>{t('reach.urban')}</th>
                    <th>{t('reach.rural')}</th>
                    <th>{t('reach.gap2027')}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.reach.districts.map((row) => (
                    <tr key={row.id ?? 0}>
                      <th scope="row">{row.name ?? t('reach.noDistrict')}</th>
                      <td>{cell(row.urban, lang)}</td>
                      <td>{cell(row.rural, lang)}</td>
                      <td>{(row.urban.gaps[0]?.people ?? 0) + (row.rural.gaps[0]?.people ?? 0)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section aria-labelledby="reach-units">
            <h2 id="reach-units">{t('reach.unitsTitle')}</h2>
            <div class="table-scroll">
              <table class="table" data-testid="reach-units">
                <thead>
                  <tr>
                    <th>{t('reach.unit')}</th>
                    <th>{t('reach.members')}</th>
                    <th>{t('reach.people')}</th>
                    <th>{t('reach.active30')}</th>
                    <th>{t('reach.active90')}</th>
                    <th>{t('reach.contestants')}</th>
                    <th>{t('reach.attempts')}</th>
                    <th>{t('reach.games')}</th>
                    <th>{t('reach.averageCorrect')}</th>
                  </tr>
                </thead>
                <tbody>
                  {[d.node, ...d.children].map((n, i) => (
                    <tr key={n.id} class={i === 0 ? 'reach-total' : undefined}>
                      <th scope="row">{n.name}</th>
                      <td>{n.members + n.staff}</td>
                      <td>{n.people}</td>
                      <td>{n.active30}</td>
                      <td>{n.active90}</td>
                      <td>{n.contestants}</td>
                      <td>{n.attempts}</td>
                      <td>{t('reach.gamesCell', { games: n.games, players: n.gamePlayers })}</td>
                      <td>{percent(n.averageCorrect, lang)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section aria-labelledby="reach-training">
            <h2 id="reach-training">{t('reach.trainingTitle')}</h2>
            {d.training ? (
              <>
                <p>
                  {t('reach.trainingOfficials', {
                    trained: d.training.officials.trained,
                    assigned: d.training.officials.assigned,
                    share: percent(share(d.training.officials.trained, d.training.officials.assigned), lang),
                  })}
                </p>
                <div class="table-scroll">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{t('reach.trainingCourse')}</th>
                        <th scope="col">{t('reach.trainingAssigned')}</th>
                        <th scope="col">{t('reach.trainingCompleted')}</th>
                        <th scope="col">{t('reach.trainingOnTime')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {d.training.courses.map((c) => (
                        <tr key={c.courseId}>
                          <th scope="row">{c.title}</th>
                          <td>{c.assigned}</td>
                          <td>
                            {c.completed} ({percent(share(c.completed, c.assigned), lang)})
                          </td>
                          <td>{c.onTime}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            ) : (
              <p class="hint">{t('reach.trainingNone')}</p>
            )}
          </section>
          <section class="reach-counted" aria-labelledby="reach-counted">
            <h2 id="reach-counted">{t('reach.countedTitle')}</h2>
            <ul>
              <li>{t('reach.counted.people')}</li>
              <li>{t('reach.counted.once')}</li>
              <li>{t('reach.counted.base')}</li>
              <li>{t('reach.counted.games')}</li>
              <li>{t('reach.counted.not')}</li>
            </ul>
            <p>
              {t('reach.visits', { count: d.visits.reduce((sum, v) => sum + v.visits, 0) })}
            </p>
          </section>
        </>
      ) : null}
    </main>
  );
}

function cell(side: { population: number; reached: number; share: number | null }, lang: 'vi' | 'en') {
  if (side.population === 0) return '—';
  return `${side.reached.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB')} / ${side.population.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB')} (${percent(side.share, lang)})`;
}

function TargetBar(props: { side: 'urban' | 'rural'; figures: Side; targets: Dashboard['reach']['targets']; lang: 'vi' | 'en' }) {
  const { side, figures } = props;
  const label = side === 'urban' ? t('reach.urban') : t('reach.rural');
  return (
    <div class="reach-bar" data-testid={`reach-${side}`}>
      <div class="reach-bar-label">
        <strong>{label}</strong> {percent(figures.share, props.lang)}{' '}
        <span class="hint">{t('reach.reachedOf', { reached: figures.reached, population: figures.population })}</span>
      </div>
      <div class="reach-bar-track" role="img" aria-label={`${label}: ${percent(figures.share, props.lang)}`}>
        <div class={`reach-bar-fill ${side}`} style={{ width: `${barWidth(figures.share)}%` }} />
        {props.targets.map((target) => (
          <span key={target.year} class="reach-bar-target" style={{ left: `${(side === 'urban' ? target.urban : target.rural) * 100}%` }}>
            {target.year}
          </span>
        ))}
      </div>
      <ul class="reach-gaps">
        {figures.gaps.map((g) => (
          <li key={g.year}>
            {g.people == null
              ? t('reach.noPopulation')
              : g.people === 0
                ? t('reach.targetMet', { year: g.year, target: percent(g.target, props.lang) })
                : t('reach.gap', { year: g.year, target: percent(g.target, props.lang), people: g.people })}
          </li>
        ))}
      </ul>
    </div>
  );
}

function TrendChart(props: { trend: TrendPoint[]; targets: Dashboard['reach']['targets'] }) {
  if (props.trend.length === 0) return <p class="hint">{t('reach.noTrend')}</p>;
  const urban = linePoints(props.trend.map((p) => p.urbanShare), WIDTH, HEIGHT);
  const rural = linePoints(props.trend.map((p) => p.ruralShare), WIDTH, HEIGHT);
  return (
    <figure class="reach-trend">
      <svg viewBox={`-4 -4 ${WIDTH + 8} ${HEIGHT + 8}`} role="img" aria-label={t('reach.trendTitle')}>
        <rect x="0" y="0" width={WIDTH} height={HEIGHT} class="reach-trend-frame" />
        {props.targets.map((target) => (
          <g key={target.year}>
            <line x1="0" x2={WIDTH} y1={targetY(target.urban, HEIGHT)} y2={targetY(target.urban, HEIGHT)} class="reach-target-line urban" />
            <line x1="0" x2={WIDTH} y1={targetY(target.rural, HEIGHT)} y2={targetY(target.rural, HEIGHT)} class="reach-target-line rural" />
          </g>
        ))}
        <polyline points={urban} class="reach-line urban" />
        <polyline points={rural} class="reach-line rural" />
      </svg>
      <figcaption>
        <span class="reach-key urban">{t('reach.urban')}</span> <span class="reach-key rural">{t('reach.rural')}</span>{' '}
        {t('reach.trendCaption', { from: props.trend[0].month, to: props.trend[props.trend.length - 1].month })}
      </figcaption>
    </figure>
  );
}
