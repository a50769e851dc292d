// The organiser's form of a contest (Thiết lập and Đợt thi) ⇄ the ContestBody of POST/PUT /contests.
// Field names are the API's paths ("settings.timeLimitSeconds", "rounds[0].closesAt"), so that the
// server's violations land on the same fields as the form's own checks.
import type { Violation } from '../api';
import { t } from '../i18n';
import type {
  Contest,
  ContestBody,
  ContestSettings,
  PoolQuota,
  PredictionTarget,
  RevealPolicy,
  Round,
  RoundState,
} from './types';

export interface QuotaRow {
  key: string;
  tag: string;
  /** '' for any difficulty. */
  difficulty: '' | '1' | '2' | '3';
  count: string;
}

export interface RoundRow {
  key: string;
  number: number;
  title: string;
  /** "YYYY-MM-DDTHH:mm" in the organiser's time zone (an <input type="datetime-local">). */
  opensAt: string;
  closesAt: string;
  /** As the server last said; null for a round not saved yet. */
  state: RoundState | null;
  participants: number;
}

export interface ContestForm {
  title: string;
  organiser: string;
  description: string;
  rules: string;
  questionsPerAttempt: string;
  /** The time for one attempt in minutes ("15", "7,5"); sent as seconds. */
  timeLimitMinutes: string;
  attemptsPerRound: string;
  pointsPerQuestion: string;
  winnersPerRound: string;
  retentionDays: string;
  practiceEnabled: boolean;
  askIdNumber: boolean;
  reveal: RevealPolicy;
  predictionQuestion: string;
  predictionTarget: '' | PredictionTarget;
  setIds: number[];
  /** Draw ranked attempts only from questions that are not public in the lookup. */
  excludePublic: boolean;
  /** The practice pool's sets (bộ đề thi thử); none: practice draws from the ranked pool and reveals after the last round. */
  practiceSetIds: number[];
  /** Comma-separated. */
  tags: string;
  /** Cited articles to draw by, one a line: "36/2024/QH15 Điều 9". */
  articles: string;
  quotas: QuotaRow[];
  rounds: RoundRow[];
}

/** A field to fix: its API path and what is wrong. */
export type Problem = Violation;

export const LIMITS = {
  title: 200,
  organiser: 200,
  description: 5000,
  rules: 50000,
  predictionQuestion: 500,
  tag: 40,
  tags: 50,
  quotas: 50,
  setIds: 50,
  articles: 50,
  rounds: 100,
  roundTitle: 200,
} as const;

/** Whole-number settings and their ranges (the API's). */
export const NUMBER_RANGES = {
  questionsPerAttempt: [1, 100],
  timeLimitSeconds: [60, 7200],
  attemptsPerRound: [1, 10],
  pointsPerQuestion: [1, 100],
  winnersPerRound: [0, 1000],
  retentionDays: [30, 3650],
} as const;
type NumberSetting = keyof typeof NUMBER_RANGES;
/** Whole numbers typed as they are sent; the time limit is typed in minutes (see secondsFromMinutes). */
const NUMBER_SETTINGS = (Object.keys(NUMBER_RANGES) as NumberSetting[]).filter((k) => k !== 'timeLimitSeconds');
/** The time limit's range in minutes (the API's 60–7200 seconds). */
export const MINUTE_RANGE = [1, 120] as const;

/** Seconds as the minutes an organiser reads: 900 → "15", 90 → "1,5" (decimals with the locale's comma). */
export function minutesFromSeconds(seconds: number): string {
  const minutes = Math.round((seconds / 60) * 10) / 10;
  return String(minutes).replace('.', ',');
}

/** Minutes as typed ("15", "7,5", "7.5") → whole seconds; null when not a number of minutes with at most one decimal. */
export function secondsFromMinutes(text: string): number | null {
  const v = text.trim().replace(',', '.');
  if (!/^\d{1,4}(\.\d)?$/.test(v)) return null;
  return Math.round(Number(v) * 60);
}

/** A cited article to draw by. */
export interface ArticleRef {
  document: string;
  article: number;
}

/**
 * Lines like "36/2024/QH15 Điều 9", "36/2024/QH15, điều 9" or "36/2024/QH15 9" → articles; the lines
 * that do not read are returned as they were typed.
 */
export function parseArticles(text: string): { articles: ArticleRef[]; unread: string[] } {
  const articles: ArticleRef[] = [];
  const unread: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const m = /^(\S+?)[\s,;:]+(?:(?:đ|Đ|d|D)i(?:ề|e)u\s*)?(\d{1,4})$/u.exec(line.normalize('NFC'));
    if (!m || Number(m[2]) < 1) unread.push(line);
    else if (!articles.some((a) => a.document === m[1] && a.article === Number(m[2]))) articles.push({ document: m[1], article: Number(m[2]) });
  }
  return { articles, unread };
}

/** Articles as the form's lines. */
export function articleLines(articles: readonly ArticleRef[] | undefined): string {
  return (articles ?? []).map((a) => `${a.document} Điều ${a.article}`).join('\n');
}

const DEFAULTS = {
  questionsPerAttempt: 20,
  timeLimitSeconds: 1200,
  attemptsPerRound: 1,
  pointsPerQuestion: 5,
  winnersPerRound: 10,
  retentionDays: 365,
} as const;

let keys = 0;
const nextKey = () => `k${++keys}`;

// ---------- Local date-times ----------

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as a datetime-local value in this device's time zone ("2026-12-01T08:00"); '' when unreadable. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value (this device's time zone) as an ISO instant, or null. */
export function fromLocalInput(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
  const date = new Date(year, month - 1, day, hour, minute, second);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return date.toISOString();
}

// ---------- Contest → form ----------

export function emptyForm(): ContestForm {
  return {
    title: '',
    organiser: '',
    description: '',
    rules: '',
    questionsPerAttempt: String(DEFAULTS.questionsPerAttempt),
    timeLimitMinutes: minutesFromSeconds(DEFAULTS.timeLimitSeconds),
    attemptsPerRound: String(DEFAULTS.attemptsPerRound),
    pointsPerQuestion: String(DEFAULTS.pointsPerQuestion),
    winnersPerRound: String(DEFAULTS.winnersPerRound),
    retentionDays: String(DEFAULTS.retentionDays),
    practiceEnabled: false,
    askIdNumber: false,
    reveal: 'AFTER_ROUND_CLOSE',
    predictionQuestion: '',
    predictionTarget: '',
    setIds: [],
    excludePublic: false,
    practiceSetIds: [],
    tags: '',
    articles: '',
    quotas: [],
    rounds: [],
  };
}

export function roundRow(round: Round): RoundRow {
  return {
    key: nextKey(),
    number: round.number,
    title: round.title,
    opensAt: toLocalInput(round.opensAt),
    closesAt: toLocalInput(round.closesAt),
    state: round.state,
    participants: round.participants ?? 0,
  };
}

export function formFromContest(contest: Contest): ContestForm {
  const s: ContestSettings = contest.settings ?? {};
  const num = (k: NumberSetting) => String(s[k] ?? DEFAULTS[k]);
  return {
    title: contest.title ?? '',
    organiser: contest.organiser ?? '',
    description: contest.description ?? '',
    rules: contest.rules ?? '',
    questionsPerAttempt: num('questionsPerAttempt'),
    timeLimitMinutes: minutesFromSeconds(s.timeLimitSeconds ?? DEFAULTS.timeLimitSeconds),
    attemptsPerRound: num('attemptsPerRound'),
    pointsPerQuestion: num('pointsPerQuestion'),
    winnersPerRound: num('winnersPerRound'),
    retentionDays: num('retentionDays'),
    practiceEnabled: !!s.practiceEnabled,
    askIdNumber: !!s.askIdNumber,
    reveal: s.reveal === 'AFTER_SUBMIT' ? 'AFTER_SUBMIT' : 'AFTER_ROUND_CLOSE',
    predictionQuestion: s.predictionQuestion ?? '',
    predictionTarget: s.predictionTarget ?? '',
    setIds: [...(s.pool?.setIds ?? [])],
    excludePublic: !!s.pool?.excludePublic,
    practiceSetIds: [...(s.practicePool?.setIds ?? [])],
    tags: (s.pool?.tags ?? []).join(', '),
    articles: articleLines(s.pool?.articles),
    quotas: (s.pool?.quotas ?? []).map((q) => ({
      key: nextKey(),
      tag: q.tag ?? '',
      difficulty: q.difficulty === 1 || q.difficulty === 2 || q.difficulty === 3 ? (String(q.difficulty) as '1' | '2' | '3') : '',
      count: String(q.count),
    })),
    rounds: [...(contest.rounds ?? [])].sort((a, b) => a.number - b.number).map(roundRow),
  };
}

export function newQuota(): QuotaRow {
  return { key: nextKey(), tag: '', difficulty: '', count: '1' };
}

/**
 * A new round after the others: the next number, "Đợt N", opening when the last one closes
 * (or tomorrow at 08:00) for a week.
 */
export function newRound(rows: readonly RoundRow[], now: Date = new Date()): RoundRow {
  const number = rows.reduce((max, r) => Math.max(max, r.number), 0) + 1;
  const last = rows[rows.length - 1];
  const lastClose = last ? fromLocalInput(last.closesAt) : null;
  let opens: Date;
  if (lastClose) {
    opens = new Date(lastClose);
  } else {
    opens = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 8, 0);
  }
  const closes = new Date(opens.getFullYear(), opens.getMonth(), opens.getDate() + 7, opens.getHours(), opens.getMinutes());
  return {
    key: nextKey(),
    number,
    title: t('round.defaultTitle', { n: number }),
    opensAt: toLocalInput(opens.toISOString()),
    closesAt: toLocalInput(closes.toISOString()),
    state: null,
    participants: 0,
  };
}

/** Whether the pool names nowhere to draw questions from (the server then refuses to publish). */
export function poolIsEmpty(form: Pick<ContestForm, 'setIds' | 'tags' | 'quotas'> & { articles?: string }): boolean {
  return form.setIds.length === 0 && splitTags(form.tags).length === 0 && form.quotas.length === 0 && !(form.articles ?? '').trim();
}

/** Tags typed with commas: trimmed, NFC, without blanks and repeats. */
export function splitTags(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
    if (tag && !out.some((o) => o.toLocaleLowerCase('vi') === tag.toLocaleLowerCase('vi'))) out.push(tag);
  }
  return out;
}

// ---------- Form → body ----------

const text = (value: string) => value.normalize('NFC').trim();
const orNull = (value: string) => text(value) || null;

function wholeNumber(value: string): number | null {
  const v = value.trim();
  return /^\d{1,10}$/.test(v) ? Number(v) : null;
}

/** The body to send, and what must be fixed first (the body is null while there are problems). */
export function contestBody(form: ContestForm): { body: ContestBody | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });

  const title = text(form.title);
  if (!title) add('title', t('cform.required'));
  else if ([...title].length < 3) add('title', t('cform.tooShort', { min: 3 }));
  else if (title.length > LIMITS.title) add('title', t('cform.tooLong', { max: LIMITS.title }));
  const organiser = text(form.organiser);
  if (!organiser) add('organiser', t('cform.required'));
  else if (organiser.length > LIMITS.organiser) add('organiser', t('cform.tooLong', { max: LIMITS.organiser }));
  if (text(form.description).length > LIMITS.description) add('description', t('cform.tooLong', { max: LIMITS.description }));
  if (text(form.rules).length > LIMITS.rules) add('rules', t('cform.tooLong', { max: LIMITS.rules }));

  const numbers = {} as Record<NumberSetting, number>;
  const seconds = secondsFromMinutes(form.timeLimitMinutes);
  if (seconds === null || seconds < NUMBER_RANGES.timeLimitSeconds[0] || seconds > NUMBER_RANGES.timeLimitSeconds[1]) {
    add('settings.timeLimitSeconds', t('cform.minuteRange', { min: MINUTE_RANGE[0], max: MINUTE_RANGE[1] }));
  } else numbers.timeLimitSeconds = seconds;
  for (const key of NUMBER_SETTINGS) {
    const [min, max] = NUMBER_RANGES[key];
    const n = wholeNumber(form[key]);
    if (n === null || n < min || n > max) add(`settings.${key}`, t('cform.range', { min, max }));
    else numbers[key] = n;
  }
  const { articles, unread } = parseArticles(form.articles);
  if (unread.length > 0) add('settings.pool.articles', t('cform.articlesUnread', { lines: unread.join('; ') }));
  if (articles.length > LIMITS.articles) add('settings.pool.articles', t('cform.tooMany', { max: LIMITS.articles }));

  const predictionQuestion = text(form.predictionQuestion);
  if (predictionQuestion.length > LIMITS.predictionQuestion) {
    add('settings.predictionQuestion', t('cform.tooLong', { max: LIMITS.predictionQuestion }));
  }
  if (predictionQuestion && !form.predictionTarget) add('settings.predictionTarget', t('cform.targetRequired'));
  if (!predictionQuestion && form.predictionTarget) add('settings.predictionQuestion', t('cform.predictionRequired'));

  const tags = splitTags(form.tags);
  if (tags.length > LIMITS.tags) add('settings.pool.tags', t('cform.tooMany', { max: LIMITS.tags }));
  const longTag = tags.find((tag) => tag.length > LIMITS.tag);
  if (longTag) add('settings.pool.tags', t('cform.tagTooLong', { tag: longTag, max: LIMITS.tag }));
  if (form.setIds.length > LIMITS.setIds) add('settings.pool.setIds', t('cform.tooMany', { max: LIMITS.setIds }));
  if (form.quotas.length > LIMITS.quotas) add('settings.pool.quotas', t('cform.tooMany', { max: LIMITS.quotas }));

  const quotas: PoolQuota[] = [];
  form.quotas.forEach((row, i) => {
    const tag = text(row.tag);
    if (tag.length > LIMITS.tag) add(`settings.pool.quotas[${i}].tag`, t('cform.tooLong', { max: LIMITS.tag }));
    if (!tag && !row.difficulty) add(`settings.pool.quotas[${i}].tag`, t('cform.quotaNeedsTag'));
    const count = wholeNumber(row.count);
    if (count === null || count < 1 || count > 100) add(`settings.pool.quotas[${i}].count`, t('cform.range', { min: 1, max: 100 }));
    quotas.push({ tag: tag || null, difficulty: row.difficulty ? Number(row.difficulty) : null, count: count ?? 0 });
  });
  const quotaTotal = quotas.reduce((sum, q) => sum + q.count, 0);
  if (numbers.questionsPerAttempt !== undefined && quotaTotal > numbers.questionsPerAttempt) {
    add('settings.pool.quotas', t('cform.quotasTooMany', { total: quotaTotal, n: numbers.questionsPerAttempt }));
  }

  if (form.rounds.length > LIMITS.rounds) add('rounds', t('cform.tooMany', { max: LIMITS.rounds }));
  const rounds = form.rounds.map((row, i) => {
    const roundTitle = text(row.title);
    if (!roundTitle) add(`rounds[${i}].title`, t('cform.required'));
    else if (roundTitle.length > LIMITS.roundTitle) add(`rounds[${i}].title`, t('cform.tooLong', { max: LIMITS.roundTitle }));
    const opensAt = fromLocalInput(row.opensAt);
    const closesAt = fromLocalInput(row.closesAt);
    if (!opensAt) add(`rounds[${i}].opensAt`, t('cform.dateTime'));
    if (!closesAt) add(`rounds[${i}].closesAt`, t('cform.dateTime'));
    if (opensAt && closesAt && Date.parse(closesAt) <= Date.parse(opensAt)) add(`rounds[${i}].closesAt`, t('cform.closesAfterOpens'));
    return { number: row.number, title: roundTitle, opensAt: opensAt ?? '', closesAt: closesAt ?? '' };
  });

  if (problems.length > 0) return { body: null, problems };
  return {
    body: {
      title,
      organiser,
      description: orNull(form.description),
      rules: orNull(form.rules),
      settings: {
        ...numbers,
        practiceEnabled: form.practiceEnabled,
        reveal: form.reveal,
        predictionQuestion: predictionQuestion || null,
        predictionTarget: predictionQuestion ? form.predictionTarget || null : null,
        askIdNumber: form.askIdNumber,
        pool: { setIds: [...form.setIds], tags, quotas, excludePublic: form.excludePublic, ...(articles.length > 0 ? { articles } : {}) },
        practicePool: { setIds: [...form.practiceSetIds] },
      },
      rounds,
    },
    problems: [],
  };
}

// ---------- Problems on the page ----------

const SETTING_NAMES = new Set([
  'questionsPerAttempt',
  'timeLimitSeconds',
  'attemptsPerRound',
  'practiceEnabled',
  'reveal',
  'pointsPerQuestion',
  'predictionQuestion',
  'predictionTarget',
  'askIdNumber',
  'winnersPerRound',
  'pool',
  'practicePool',
  'retentionDays',
]);

/**
 * A server's field path in the form's spelling: "pool.tags" → "settings.pool.tags",
 * "rounds.0.title" → "rounds[0].title". The server names a round by its number ("rounds[2].opensAt"
 * is round 2); given the form's rounds, that becomes the round's row ("rounds[1].opensAt").
 */
export function normaliseField(path: string, roundNumbers?: readonly number[]): string {
  let p = path.trim().replace(/^\$\.?/, '').replace(/\.(\d+)(?=\.|$)/g, '[$1]');
  const first = p.split(/[.[]/)[0];
  if (SETTING_NAMES.has(first)) p = `settings.${p}`;
  const round = /^rounds\[(\d+)\](.*)$/.exec(p);
  if (round && roundNumbers) {
    const row = roundNumbers.indexOf(Number(round[1]));
    if (row >= 0) p = `rounds[${row}]${round[2]}`;
  }
  return p;
}

/** The id of the control of a field ("settings.pool.quotas[1].count" → "cf-settings-pool-quotas-1-count"). */
export function fieldDomId(path: string): string {
  return `cf-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-+$/, '')}`;
}

export type FormTab = 'setup' | 'rounds';

/** The tab where a field is. */
export function tabOfField(path: string): FormTab {
  return path.startsWith('rounds') ? 'rounds' : 'setup';
}

/** Problems by field, for the controls: { "title": ["…"] }. */
export function problemsByField(problems: readonly Problem[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const p of problems) (out[p.field] ??= []).push(p.message);
  return out;
}
