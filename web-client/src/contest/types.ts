// Online contests (cuộc thi trực tuyến) as the REST API describes them (quiz-server api/openapi.yaml,
// paths /contests… and /attempts…). The server leaves empty fields out of its answers, so every
// nullable field may also be missing: test them with `== null`, never `=== null`.
import type { QuestionType } from '../bank/types';

export type ContestStatus = 'DRAFT' | 'PUBLISHED';
export type RoundState = 'UPCOMING' | 'OPEN' | 'CLOSED';
export type RevealPolicy = 'AFTER_SUBMIT' | 'AFTER_ROUND_CLOSE';
export const REVEAL_POLICIES: readonly RevealPolicy[] = ['AFTER_SUBMIT', 'AFTER_ROUND_CLOSE'];
export type PredictionTarget = 'PERFECT_SCORES' | 'PARTICIPANTS';
export const PREDICTION_TARGETS: readonly PredictionTarget[] = ['PERFECT_SCORES', 'PARTICIPANTS'];
export type RankingMetric = 'PARTICIPANTS' | 'RATE' | 'AVERAGE_SCORE' | 'WINNERS';
export const RANKING_METRICS: readonly RankingMetric[] = ['PARTICIPANTS', 'RATE', 'AVERAGE_SCORE', 'WINNERS'];

/** A share of the drawn questions: `count` questions with this tag and/or difficulty. */
export interface PoolQuota {
  tag?: string | null;
  difficulty?: number | null;
  count: number;
}

/** Where an attempt's questions are drawn from: sets, tags, and quotas by tag or difficulty. */
export interface Pool {
  setIds?: number[];
  tags?: string[];
  quotas?: PoolQuota[];
  /** Only questions that are not public in the lookup. */
  excludePublic?: boolean;
  /** Only questions citing one of these articles. */
  articles?: { document: string; article: number }[];
}

export interface ContestSettings {
  questionsPerAttempt?: number;
  timeLimitSeconds?: number;
  attemptsPerRound?: number;
  practiceEnabled?: boolean;
  reveal?: RevealPolicy;
  pointsPerQuestion?: number;
  predictionQuestion?: string | null;
  predictionTarget?: PredictionTarget | null;
  askIdNumber?: boolean;
  winnersPerRound?: number;
  pool?: Pool;
  /** Practice's own pool (bộ đề thi thử); none: practice draws from the ranked pool and reveals after the last round. */
  practicePool?: Pool;
  /** Days after the last round that contestants' personal data is kept. */
  retentionDays?: number;
}

/** How practice is kept from revealing the ranked pool. */
export type PracticeRule = 'SEPARATE_POOL' | 'REVEAL_AFTER_LAST_ROUND';

/** What registration collects and for how long, shown before the contestant agrees. */
export interface Privacy {
  notice: string;
  collected: ('fullName' | 'birthDate' | 'unit' | 'contact' | 'idNumber')[];
  retentionDays: number;
  guardianAge: number;
}

/** What the organiser is told about the pools before publishing (GET /contests/{id}/pool-report). */
export interface PoolReport {
  candidates: number;
  problem?: string | null;
  excludePublic: boolean;
  publicQuestions: number;
  withoutPublic: number;
  problemWithoutPublic?: string | null;
  practiceRule: PracticeRule;
  practiceQuestions?: number | null;
  practiceProblem?: string | null;
}

export interface RoundBody {
  number: number;
  title: string;
  opensAt: string;
  closesAt: string;
}

/** The body of POST /contests and PUT /contests/{id}. */
export interface ContestBody {
  title: string;
  description?: string | null;
  rules?: string | null;
  organiser: string;
  settings: ContestSettings;
  rounds: RoundBody[];
}

export interface Round {
  number: number;
  title: string;
  opensAt: string;
  closesAt: string;
  state: RoundState;
  closedAt?: string | null;
  /** The real figure the prediction question asked about, once closed. */
  actualFigure?: number | null;
  resultsPublished: boolean;
  participants: number;
}

export interface ContestSummary {
  id: number;
  title: string;
  organiser: string;
  status: ContestStatus;
  contestants: number;
  currentRound?: Round | null;
}

export interface Contest {
  id: number;
  title: string;
  description?: string | null;
  rules?: string | null;
  organiser: string;
  status: ContestStatus;
  settings: ContestSettings;
  rounds: Round[];
  contestants: number;
  /** The signed-in user organises this contest. */
  canManage: boolean;
  serverTime: string;
  practiceRule?: PracticeRule;
  privacy?: Privacy;
  /** What each level of the unit tree is called, top first (Tỉnh đoàn, Chi đoàn…); empty when not named. */
  unitLevels?: string[];
}

/** Đơn vị: a node of the tree of units taking part (parents come before children). */
export interface Unit {
  id: number;
  code: string;
  name: string;
  parentId?: number | null;
  depth: number;
  members?: number | null;
}

/** A problem of an uploaded list of units, by row and column. */
export interface UnitProblem {
  row: number;
  column?: string | null;
  message: string;
}

export interface UnitStanding {
  unitId: number;
  code: string;
  name: string;
  parentId?: number | null;
  depth: number;
  registered: number;
  participants: number;
  participationRate?: number | null;
  averageScore?: number | null;
  winners: number;
}

export interface Participation {
  round?: number | null;
  registered: number;
  participants: number;
  attemptsInProgress: number;
  units: UnitStanding[];
}

export interface LeaderboardRow {
  rank: number;
  contestantId: number;
  fullName: string;
  unit: string;
  score: number;
  durationMs: number;
  prediction?: number | null;
  distance?: number | null;
}

export interface Leaderboard {
  round?: number | null;
  /** False while the round is open: the ranking is provisional. */
  final: boolean;
  actualFigure?: number | null;
  total: number;
  top: LeaderboardRow[];
  me: { rank: number; neighbours: LeaderboardRow[] } | null;
}

export interface Contestant {
  id: number;
  fullName: string;
  birthDate: string;
  unitId: number;
  unitName: string;
}

/** The answer of a registration: the access code is shown once. */
export interface Registered {
  contestant: Contestant;
  accessCode: string;
  /** The code was also mailed to the email given (SMTP configured). */
  mailed?: boolean;
}

export interface ContestantRound {
  number: number;
  attemptsUsed: number;
  attemptsLeft: number;
  best: { attemptId: number; score: number; durationMs: number; rank: number | null } | null;
}

export type AttemptStatus = 'IN_PROGRESS' | 'SUBMITTED';

export interface ContestantAttempt {
  id: number;
  round?: number | null;
  practice: boolean;
  status: AttemptStatus;
  startedAt: string;
  submittedAt?: string | null;
  score?: number | null;
  correct?: number | null;
  total: number;
}

export interface ContestantMe {
  contestant: Contestant;
  attemptInProgress?: number | null;
  rounds: ContestantRound[];
  attempts: ContestantAttempt[];
}

/** An answer: exactly one part, by question type; indices are positions as shown. */
export type AnswerBody = { choice: number } | { choices: number[] } | { text: string } | { order: number[] };

/** The answer of PUT /attempts/{id}/answers/{position} and /prediction. */
export interface Saved {
  answered: number;
  remainingMs: number;
}

export interface AttemptQuestion {
  position: number;
  type: QuestionType;
  text: string;
  /** In the order shown to this contestant; never says which is correct. */
  choices: string[];
  imageUrl?: string | null;
  imageAlt?: string | null;
  answer?: AnswerBody | null;
}

export interface AttemptResult {
  score: number;
  maxScore: number;
  correct: number;
  total: number;
  durationMs: number;
  submittedAt: string;
  autoSubmitted: boolean;
  rank?: number | null;
}

/** The correct answer, in shown positions. */
export type CorrectAnswer = { choice: number } | { choices: number[] } | { order: number[] } | { accepted: string[] };

export interface ReviewCitation {
  reference: string;
  documentName?: string | null;
  quote?: string | null;
  /** Where it points, to open the cited article (absent from answers of older servers). */
  document?: string;
  article?: number;
  clause?: number | null;
  point?: string | null;
}

export interface ReviewItem {
  position: number;
  correct: boolean;
  points: number;
  correctAnswer: CorrectAnswer;
  explanation?: string | null;
  citations: ReviewCitation[];
}

export interface Attempt {
  id: number;
  contestId: number;
  round?: number | null;
  practice: boolean;
  status: AttemptStatus;
  startedAt: string;
  deadline: string;
  remainingMs: number;
  serverTime: string;
  questions: AttemptQuestion[];
  prediction: { question: string; value: number | null } | null;
  result?: AttemptResult | null;
  /** When the answers will be shown; null once shown, or for practice. */
  revealAt?: string | null;
  /** Only once the reveal time has come. */
  review?: ReviewItem[] | null;
}
