// What the course routes send and receive (see /api/openapi.yaml, tags courses, learners, certificates).
import type { AttemptQuestion, Attempt } from '../../contest/types';

export interface ArticleRef {
  document: string;
  article: number;
}

export interface QuizRules {
  questions: number;
  passPercent: number;
  tags: string[];
  articles: ArticleRef[];
}

export interface LessonInput {
  title: string;
  body: string;
  articles: ArticleRef[];
  videoUrl: string | null;
  quiz: QuizRules;
}

export interface FinalTestRules {
  questions: number;
  timeLimitSeconds: number;
  attempts: number;
  passPercent: number;
  tags: string[];
  articles: ArticleRef[];
}

export interface CourseInput {
  title: string;
  description: string;
  lessons: LessonInput[];
  finalTest: FinalTestRules;
}

export type CourseStatus = 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED';

export interface Course extends CourseInput {
  id: number;
  ownerId: number;
  ownerName: string;
  status: CourseStatus;
  reviewComment: string | null;
  contestId: number | null;
}

export interface CourseSummary {
  id: number;
  title: string;
  status: CourseStatus;
  ownerId: number;
  ownerName: string;
  lessons: number;
}

/** A badge of the person's contest rounds (from GET /api/my/contest-badges). */
export interface ContestBadge {
  kind: 'TOOK_PART' | 'EVERY_ROUND' | 'TOP_TENTH';
  contestId: number | null;
  contestTitle: string | null;
  round: number | null;
  roundTitle: string | null;
  rounds: number;
}

export interface MyCourseSummary {
  id: number;
  title: string;
  lessons: number;
  dueOn: string | null;
  passed: number;
  startedAt: string | null;
  completedAt: string | null;
}

export interface MyCourseView {
  id: number;
  title: string;
  description: string;
  dueOn: string | null;
  started: boolean;
  lessons: { position: number; title: string; unlocked: boolean; passed: boolean }[];
  finalTest: {
    unlocked: boolean;
    used: number;
    allowed: number;
    bestScore: number | null;
    maxScore: number;
    passPercent: number;
    questions: number;
    timeLimitSeconds: number;
    passed: boolean;
  };
  completed: boolean;
  completedAt: string | null;
  certificate: string | null;
}

export interface LessonView {
  courseId: number;
  position: number;
  title: string;
  body: string;
  articles: ArticleRef[];
  videoUrl: string | null;
  quizQuestions: number;
  passPercent: number;
  passed: boolean;
  last: boolean;
}

export interface QuizView {
  position: number;
  questions: AttemptQuestion[];
  passPercent: number;
}

export interface QuizResult {
  correct: number;
  total: number;
  percent: number;
  passPercent: number;
  passed: boolean;
  right: boolean[];
}

export interface FinalStarted {
  contestId: number;
  attempt: Attempt;
}

export interface Assignment {
  courseId: number;
  orgId: number;
  orgName: string;
  dueOn: string;
}

export interface Certificate {
  code: string;
  personName: string;
  orgName: string | null;
  courseTitle: string;
  score: number;
  maxScore: number;
  issuedAt: string;
  revokedAt: string | null;
  revokeReason: string | null;
  valid?: boolean;
}

/** "36/2024/QH15 Điều 10", one a line, as typed by the author; the lines that do not read are returned apart. */
export function parseArticles(text: string): { articles: ArticleRef[]; bad: string[] } {
  const articles: ArticleRef[] = [];
  const bad: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const m = /^(\S+)\s+(?:Điều|Dieu|điều|dieu|art\.?|article)?\s*(\d{1,5})$/iu.exec(line.normalize('NFC'));
    if (m) articles.push({ document: m[1], article: Number(m[2]) });
    else bad.push(line);
  }
  return { articles, bad };
}

export function formatArticles(articles: readonly ArticleRef[]): string {
  return articles.map((a) => `${a.document} Điều ${a.article}`).join('\n');
}

export function parseTags(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Days left before the due day (negative: overdue), counted in calendar days. */
export function daysLeft(dueOn: string, today: Date = new Date()): number {
  const due = new Date(`${dueOn}T00:00:00`);
  const start = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((due.getTime() - start.getTime()) / 86_400_000);
}
