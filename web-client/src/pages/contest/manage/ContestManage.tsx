import { useEffect, useState } from 'preact/hooks';
import { api, ApiError } from '../../../api';
import { Badge } from '../../../components/Badge';
import { ErrorNotice } from '../../../components/ErrorNotice';
import {
  contestBody,
  emptyForm,
  fieldDomId,
  formFromContest,
  normaliseField,
  problemsByField,
  roundRow,
  tabOfField,
  type ContestForm,
  type Problem,
} from '../../../contest/form';
import { readiness } from '../../../contest/readiness';
import type { Contest, PoolReport, Round, Unit } from '../../../contest/types';
import { setFlash, useFlash } from '../../../flash';
import { t, type MessageKey } from '../../../i18n';
import { navigate, type RouteProps } from '../../../router';
import { useApi } from '../../../useApi';
import { ResultsTab } from './ResultsTab';
import { RoundsTab } from './RoundsTab';
import { SetupTab } from './SetupTab';
import { MonitorTab } from './MonitorTab';
import { PublishChecklist } from './PublishChecklist';
import { SharePanel } from './SharePanel';
import { UnitsTab } from './UnitsTab';
import '../contest.css';

export type Tab = 'setup' | 'rounds' | 'units' | 'monitor' | 'results';
const ALL_TABS: readonly Tab[] = ['setup', 'rounds', 'units', 'monitor', 'results'];
const NEW_TABS: readonly Tab[] = ['setup', 'rounds'];
const TAB_KEYS: Record<Tab, MessageKey> = {
  setup: 'manage.tab.setup',
  rounds: 'manage.tab.rounds',
  units: 'manage.tab.units',
  monitor: 'manage.tab.monitor',
  results: 'manage.tab.results',
};

/** The organiser's page of a contest (/contests/new and /contests/:id/manage). */
export function ContestManage({ params, location }: RouteProps) {
  const isNew = params.id === undefined;
  const contest = useApi<Contest>(isNew ? null : `/api/contests/${params.id}`);
  if (isNew) return <Manager contest={null} location={location} />;
  if (contest.loading && !contest.data) return <p class="loading">{t('common.loading')}</p>;
  if (!contest.data) {
    const missing = contest.error instanceof ApiError && contest.error.status === 404;
    return (
      <section class="page narrow">
        <h1 tabIndex={-1}>{missing ? t('contest.notFound') : t('manage.title')}</h1>
        {missing ? <p>{t('contest.notFoundText')}</p> : <ErrorNotice error={contest.error} planned />}
        <p>
          <a href="/contests">{t('contest.allContests')}</a>
        </p>
      </section>
    );
  }
  if (!contest.data.canManage) {
    return (
      <section class="page narrow">
        <h1 tabIndex={-1}>{t('auth.forbiddenTitle')}</h1>
        <p>{t('manage.notYours')}</p>
        <p>
          <a href={`/contests/${contest.data.id}`}>{t('manage.toLanding')}</a>
        </p>
      </section>
    );
  }
  return <Manager key={contest.data.id} contest={contest.data} location={location} />;
}

function Manager(props: { contest: Contest | null; location: RouteProps['location'] }) {
  const [contest, setContest] = useState<Contest | null>(props.contest);
  const [form, setFormState] = useState<ContestForm>(() => (props.contest ? formFromContest(props.contest) : emptyForm()));
  const [dirty, setDirty] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [poolReport, setPoolReport] = useState<PoolReport | null>(null);
  // What the checklist knows of a draft: its pool (asked again after each save) and its number of units.
  const [report, setReport] = useState<PoolReport | null>(null);
  const [unitCount, setUnitCount] = useState<number | null>(null);
  const [justPublished, setJustPublished] = useState(false);
  const draftId = contest?.status === 'DRAFT' ? contest.id : null;
  useEffect(() => {
    if (draftId === null) return;
    let live = true;
    api<PoolReport>(`/api/contests/${draftId}/pool-report`).then((r) => live && setReport(r), () => live && setReport(null));
    return () => {
      live = false;
    };
  }, [draftId, contest?.settings]);
  useEffect(() => {
    if (draftId === null) return;
    let live = true;
    api<Unit[]>(`/api/contests/${draftId}/units`).then((u) => live && setUnitCount(u.length), () => live && setUnitCount(null));
    return () => {
      live = false;
    };
  }, [draftId]);
  const flash = useFlash();
  const [message, setMessage] = useState(flash ?? '');
  const tabs = contest ? ALL_TABS : NEW_TABS;
  const asked = props.location.query.get('tab') as Tab | null;
  const tab: Tab = asked && tabs.includes(asked) ? asked : 'setup';

  const setForm = (change: (f: ContestForm) => ContestForm) => {
    setFormState(change);
    setDirty(true);
    setMessage('');
  };
  const openTab = (next: Tab, focusTab = false) => {
    // A message belongs to the tab it was said on: nothing lingers on the next one.
    if (next !== tab) {
      setMessage('');
      setError(null);
    }
    navigate(`${props.location.path}?tab=${next}`, { replace: true, keepFocus: true });
    if (focusTab) requestAnimationFrame(() => document.getElementById(`tab-${next}`)?.focus());
  };

  const showProblems = (found: Problem[]) => {
    setProblems(found);
    if (found.length === 0) return;
    const first = found[0].field;
    const target = tabOfField(first);
    if (target !== tab) openTab(target);
    requestAnimationFrame(() => document.getElementById('cform-problems')?.focus());
  };

  /** "Tạo từ mẫu": the server makes a ready sample contest; its manage screen opens. */
  const fromTemplate = async () => {
    setError(null);
    setBusy(true);
    try {
      const made = await api<Contest>('/api/contests/from-template', { body: {} });
      setFlash(t('manage.created'));
      navigate(`/contests/${made.id}/manage`);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  const save = async () => {
    setMessage('');
    setError(null);
    const { body, problems: found } = contestBody(form);
    if (!body) {
      showProblems(found);
      return;
    }
    setProblems([]);
    setBusy(true);
    try {
      const saved = contest
        ? await api<Contest>(`/api/contests/${contest.id}`, { method: 'PUT', body })
        : await api<Contest>('/api/contests', { body });
      if (!contest) {
        setFlash(t('manage.created'));
        navigate(`/contests/${saved.id}/manage?tab=${tab}`);
        return;
      }
      setContest(saved);
      setFormState(formFromContest(saved));
      setDirty(false);
      setMessage(t('manage.saved'));
    } catch (e) {
      if (e instanceof ApiError && e.violations.length > 0) {
        const numbers = form.rounds.map((r) => r.number);
        showProblems(e.violations.map((v) => ({ field: normaliseField(v.field, numbers), message: v.message })));
      }
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  /**
   * Publishing: the pool is checked first; when it holds questions public in the lookup the organiser is
   * told how many and chooses to leave them out or keep them (the server refuses to publish otherwise).
   */
  const publish = async (publicQuestions?: 'KEEP' | 'EXCLUDE') => {
    if (!contest) return;
    setMessage('');
    setError(null);
    setBusy(true);
    try {
      if (!publicQuestions) {
        const report = await api<PoolReport>(`/api/contests/${contest.id}/pool-report`);
        if (report.publicQuestions > 0 && !report.excludePublic) {
          setPoolReport(report);
          return;
        }
      }
      const published = await api<Contest>(`/api/contests/${contest.id}/publish`, { body: publicQuestions ? { publicQuestions } : {} });
      setPoolReport(null);
      setContest(published);
      setFormState(formFromContest(published));
      setJustPublished(true);
      setMessage(t('manage.published'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const roundChanged = (round: Round) => {
    if (!contest) return;
    setContest({ ...contest, rounds: contest.rounds.map((r) => (r.number === round.number ? round : r)) });
    setFormState((f) => ({
      ...f,
      rounds: f.rounds.map((row) => (row.number === round.number ? { ...roundRow(round), key: row.key, title: row.title, opensAt: row.opensAt, closesAt: row.closesAt } : row)),
    }));
  };

  const byField = problemsByField(problems);
  const fieldErrors = (path: string) => byField[path];
  const onTabKey = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      openTab(tabs[event.key === 'Home' ? 0 : tabs.length - 1], true);
    } else if (step) {
      event.preventDefault();
      openTab(tabs[(index + step + tabs.length) % tabs.length], true);
    }
  };

  return (
    <section class="page contest-manage">
      <div class="page-head">
        <h1 tabIndex={-1}>{contest ? t('manage.heading', { title: contest.title }) : t('manage.newTitle')}</h1>
        {contest ? (
          <p class="badges">
            <Badge tone={contest.status === 'DRAFT' ? 'warn' : 'ok'}>{t(contest.status === 'DRAFT' ? 'contest.status.DRAFT' : 'contest.status.PUBLISHED')}</Badge>
            <a href={`/contests/${contest.id}`}>{t('manage.toLanding')}</a>
          </p>
        ) : null}
      </div>
      {!contest ? (
        <div class="notice notice-info from-template">
          <p>{t('manage.fromTemplateHint')}</p>
          <button type="button" class="button primary" disabled={busy} onClick={() => void fromTemplate()}>
            {busy ? t('manage.fromTemplateBusy') : t('manage.fromTemplate')}
          </button>
        </div>
      ) : null}
      {contest?.status === 'DRAFT' ? (
        <div class="publish-box">
          <PublishChecklist
            checks={readiness(contest, unitCount, report, dirty, Date.now())}
            busy={busy}
            onOpen={(next) => {
              openTab(next, true);
            }}
            onPublish={() => publish()}
          />
          {poolReport ? (
            <div class="notice notice-warn public-questions" role="alert">
              <p>{t('manage.publicQuestions', { count: poolReport.publicQuestions, total: poolReport.candidates })}</p>
              <p>
                {poolReport.problemWithoutPublic
                  ? t('manage.withoutPublicTooFew', { count: poolReport.withoutPublic, problem: poolReport.problemWithoutPublic })
                  : t('manage.withoutPublicEnough', { count: poolReport.withoutPublic })}
              </p>
              <div class="actions">
                <button type="button" class="button primary" disabled={busy || !!poolReport.problemWithoutPublic} onClick={() => publish('EXCLUDE')}>
                  {t('manage.excludePublic', { count: poolReport.withoutPublic })}
                </button>
                <button type="button" class="button" disabled={busy} onClick={() => publish('KEEP')}>
                  {t('manage.keepPublic')}
                </button>
              </div>
              <p class="hint">{t('manage.keepPublicHint')}</p>
            </div>
          ) : null}
        </div>
      ) : null}
      {contest?.status === 'PUBLISHED' ? <SharePanel contest={contest} open={justPublished} /> : null}
      <p class="notice notice-ok" role="status" hidden={!message}>
        {message}
      </p>
      <ErrorNotice error={problems.length > 0 ? null : error} />

      <div class="tabs" role="tablist" aria-label={t('manage.tabs')}>
        {tabs.map((name, i) => (
          <button
            key={name}
            id={`tab-${name}`}
            type="button"
            role="tab"
            class="tab"
            aria-selected={tab === name ? 'true' : 'false'}
            aria-controls={`panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => openTab(name)}
            onKeyDown={(e) => onTabKey(e, i)}
          >
            {t(TAB_KEYS[name])}
          </button>
        ))}
      </div>

      <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} class="tab-panel">
        {(tab === 'setup' || tab === 'rounds') && problems.length > 0 ? <ProblemSummary problems={problems} onOpen={(path) => openTab(tabOfField(path))} /> : null}
        {tab === 'setup' ? <SetupTab form={form} setForm={setForm} errors={fieldErrors} contestId={contest?.id} /> : null}
        {tab === 'rounds' ? (
          <RoundsTab form={form} setForm={setForm} errors={fieldErrors} contest={contest} onRoundChanged={roundChanged} />
        ) : null}
        {tab === 'setup' || tab === 'rounds' ? (
          <div class="actions sticky-actions">
            <button type="button" class="button primary" disabled={busy} onClick={save}>
              {busy ? t('manage.saving') : contest ? t('manage.save') : t('manage.create')}
            </button>
            {dirty ? <span class="hint">{t('manage.unsaved')}</span> : null}
          </div>
        ) : null}
        {tab === 'units' && contest ? (
          <UnitsTab
            contestId={contest.id}
            levels={contest.unitLevels ?? []}
            onLevels={(unitLevels) => setContest({ ...contest, unitLevels })}
            onUnits={setUnitCount}
          />
        ) : null}
        {tab === 'monitor' && contest ? <MonitorTab contest={contest} /> : null}
        {tab === 'results' && contest ? <ResultsTab contest={contest} /> : null}
      </div>
    </section>
  );
}

const FIELD_LABELS: Record<string, MessageKey> = {
  title: 'cform.title',
  organiser: 'cform.organiser',
  description: 'cform.description',
  rules: 'cform.rules',
  questionsPerAttempt: 'cform.questionsPerAttempt',
  timeLimitSeconds: 'cform.timeLimitMinutes',
  articles: 'cform.articles',
  attemptsPerRound: 'cform.attemptsPerRound',
  pointsPerQuestion: 'cform.pointsPerQuestion',
  winnersPerRound: 'cform.winnersPerRound',
  predictionQuestion: 'cform.predictionQuestion',
  predictionTarget: 'cform.predictionTarget',
  reveal: 'cform.reveal',
  practiceEnabled: 'cform.practiceEnabled',
  askIdNumber: 'cform.askIdNumber',
  pool: 'cform.pool',
  setIds: 'cform.sets',
  tags: 'cform.tags',
  quotas: 'cform.quotas',
  rounds: 'manage.tab.rounds',
};
const ROUND_FIELD_LABELS: Record<string, MessageKey> = {
  title: 'cform.roundTitle',
  opensAt: 'cform.opensAt',
  closesAt: 'cform.closesAt',
};

/** What to fix before saving, each a link to its field (on whichever tab it is). */
function ProblemSummary(props: { problems: Problem[]; onOpen: (path: string) => void }) {
  const label = (path: string) => {
    const round = /^rounds\[(\d+)\]\.(\w+)/.exec(path);
    if (round) {
      const field = ROUND_FIELD_LABELS[round[2]];
      return t('cform.roundField', { n: Number(round[1]) + 1, field: field ? t(field) : round[2] });
    }
    const name = path.replace(/^settings\.(pool\.)?/, '').replace(/\[\d+\].*$/, '');
    const key = FIELD_LABELS[name];
    return key ? t(key) : path;
  };
  return (
    <div class="error-summary" id="cform-problems" tabIndex={-1} role="alert">
      <h2>{t('cform.problems', { count: props.problems.length })}</h2>
      <ul>
        {props.problems.map((p, i) => (
          <li key={i}>
            <a
              href={`#${fieldDomId(p.field)}`}
              onClick={(e) => {
                e.preventDefault();
                props.onOpen(p.field);
                requestAnimationFrame(() => document.getElementById(fieldDomId(p.field))?.focus());
              }}
            >
              {label(p.field)}: {p.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
