// Server frames for the unit tests, shaped as docs/protocol.md describes them; frames.test.ts checks
// them against the server's own (server-frames.json).
import type {
  AnswerCount,
  FinalResult,
  OpenQuestion,
  PlayerResult,
  Podium,
  QuestionIntro,
  QuestionOpened,
  Reveal,
  Scoreboard,
  Welcome,
} from '../game/protocol';

export const welcome = (over: Partial<Welcome> = {}): Welcome => ({
  type: 'Welcome',
  playerId: 7,
  nickname: 'Lan Anh',
  reconnected: false,
  phase: 'LOBBY',
  questionCount: 3,
  score: 0,
  streak: 0,
  rank: 0,
  token: 'tok-7',
  ...over,
});

export const question = (index: number, over: Partial<OpenQuestion> = {}): OpenQuestion => ({
  index,
  number: index + 1,
  total: 3,
  type: 'SINGLE_CHOICE',
  text: `Câu hỏi số ${index + 1}?`,
  imageUrl: null,
  choices: ['Dưới 16 tuổi', 'Dưới 18 tuổi', 'Dưới 14 tuổi', 'Dưới 15 tuổi'],
  timeLimitSeconds: 20,
  points: 1000,
  ...over,
});

export const intro = (index: number, remainingMillis = 3000): QuestionIntro => ({
  type: 'QuestionIntro',
  index,
  questionType: 'SINGLE_CHOICE',
  number: index + 1,
  total: 3,
  text: `Câu hỏi số ${index + 1}?`,
  imageUrl: null,
  timeLimitSeconds: 20,
  points: 1000,
  opensAt: 1_700_000_003_000,
  remainingMillis,
});

export const opened = (index: number, remainingMillis = 20_000, over: Partial<OpenQuestion> = {}): QuestionOpened => ({
  type: 'QuestionOpened',
  question: question(index, over),
  closesAt: 1_700_000_020_000,
  remainingMillis,
});

export const reveal = (index: number, over: Partial<Reveal> = {}): Reveal => ({
  type: 'Reveal',
  questionIndex: index,
  questionType: 'SINGLE_CHOICE',
  closedBy: 'HOST',
  text: `Câu hỏi số ${index + 1}?`,
  choices: ['Dưới 16 tuổi', 'Dưới 18 tuổi', 'Dưới 14 tuổi', 'Dưới 15 tuổi'],
  correctChoices: [0],
  acceptedAnswers: [],
  choiceCounts: [2, 1, 0, 0],
  topAnswers: [],
  answered: 3,
  correctCount: 2,
  playerCount: 3,
  percentCorrect: 67,
  explanation: 'Theo Điều 1 Luật Trẻ em, trẻ em là người dưới 16 tuổi.',
  citations: [{ document: '102/2016/QH13', article: 1, clause: null, point: null, quote: 'Trẻ em là người dưới 16 tuổi.' }],
  documentNames: { '102/2016/QH13': 'Luật Trẻ em' },
  ...over,
});

export const result = (index: number, over: Partial<PlayerResult> = {}): PlayerResult => ({
  type: 'PlayerResult',
  questionIndex: index,
  answered: true,
  correct: true,
  points: 950,
  streakBonus: 0,
  streak: 1,
  score: 950,
  rank: 1,
  playerCount: 3,
  ...over,
});

export const count = (index: number, answered: number, playerCount = 3): AnswerCount => ({
  type: 'AnswerCount',
  questionIndex: index,
  answered,
  playerCount,
});

export const standings = [
  { rank: 1, playerId: 7, nickname: 'Lan Anh', score: 1900 },
  { rank: 2, playerId: 8, nickname: 'Bảo', score: 950 },
  { rank: 3, playerId: 9, nickname: 'Chi', score: 0 },
];

export const scoreboard = (index: number): Scoreboard => ({ type: 'Scoreboard', questionIndex: index, top: standings, playerCount: 3 });
export const podium: Podium = { type: 'Podium', top: standings, playerCount: 3 };
export const finalResult: FinalResult = { type: 'FinalResult', rank: 1, score: 1900, correctCount: 2, playerCount: 3 };
