package vn.luatvui.server.game.room;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.luatvui.bank.question.Choice;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.question.QuestionType;
import vn.luatvui.bank.text.VietnameseText;
import vn.luatvui.server.game.room.QuestionOutcome.Status;
import vn.luatvui.server.judging.AnswerPayload;

/**
 * The report after a game (báo cáo): per player (rank, score, correct answers, average time, every
 * answer) and per question (outcome, answers, % correct, distribution, average time). Built from a
 * {@link RoomState}, usually the final one. Kicked players, players who left the lobby, and answers to
 * questions that were skipped are not in it. Choices are listed in bank order here.
 */
public record GameReport(String gameId, ScoringMode scoring, boolean finished, List<PlayerLine> players,
                         List<QuestionLine> questions) {

  /** One player; {@code rank} 0 if never ranked. */
  public record PlayerLine(int rank, int playerId, String nickname, int score, int correctCount, int answered,
                           long averageTimeMs, List<AnswerLine> answers) {
  }

  /** One answer; {@code answer} says what was chosen or typed, in words ("16 tuổi; 18 tuổi", "B → A → C"). */
  public record AnswerLine(int questionIndex, String answer, boolean correct, int points, long timeMs) {
  }

  /** One question; {@code percentCorrect} is per 100 players in the game at the time, null for a poll. */
  public record QuestionLine(int index, long questionId, int version, QuestionType type, String text, Status status,
                             int answered, int correctCount, int playerCount, Integer percentCorrect,
                             long averageTimeMs, List<ChoiceLine> distribution) {
  }

  /**
   * A choice and how many chose it; for ORDERING how many put it in its place; for TYPE_ANSWER one line
   * per different answer (by fold), most frequent first.
   */
  public record ChoiceLine(String text, boolean correct, int count) {
  }

  /** The scored, non-poll questions with the lowest % correct first. */
  public List<QuestionLine> hardest(int n) {
    return questions.stream()
        .filter(q -> q.status() == Status.SCORED && q.percentCorrect() != null)
        .sorted(Comparator.comparingInt(QuestionLine::percentCorrect).thenComparingInt(QuestionLine::index))
        .limit(n).toList();
  }

  public static GameReport from(RoomState s) {
    List<List<PlayerAnswer>> byQuestion = new ArrayList<>();
    List<List<AnswerLine>> byPlayer = new ArrayList<>();
    s.setup().questions().forEach(q -> byQuestion.add(new ArrayList<>()));
    s.players().forEach(p -> byPlayer.add(new ArrayList<>()));
    for (PlayerAnswer a : s.answers()) {
      if (s.outcomes().get(a.questionIndex()).status() == Status.SCORED && s.players().get(a.playerId() - 1).active()) {
        byQuestion.get(a.questionIndex()).add(a);
        QuestionContent c = s.setup().questions().get(a.questionIndex()).content();
        byPlayer.get(a.playerId() - 1).add(new AnswerLine(a.questionIndex(), describe(c, a.answer()), a.correct(),
            a.points(), a.timeMs()));
      }
    }
    List<PlayerLine> players = new ArrayList<>();
    for (Player p : s.players()) {
      if (p.active()) {
        List<AnswerLine> answers = byPlayer.get(p.index());
        long time = answers.stream().mapToLong(AnswerLine::timeMs).sum();
        players.add(new PlayerLine(p.rank(), p.id(), p.nickname(), p.score(), p.correctCount(), answers.size(),
            answers.isEmpty() ? 0 : time / answers.size(), List.copyOf(answers)));
      }
    }
    players.sort(Comparator.comparingInt((PlayerLine p) -> p.rank() == 0 ? Integer.MAX_VALUE : p.rank())
        .thenComparingInt(PlayerLine::playerId));
    List<QuestionLine> questions = new ArrayList<>();
    for (int i = 0; i < s.setup().questionCount(); i++) {
      questions.add(question(s, i, byQuestion.get(i)));
    }
    return new GameReport(s.setup().gameId(), s.setup().options().scoring(), s.phase() == Phase.FINISHED,
        List.copyOf(players), List.copyOf(questions));
  }

  private static QuestionLine question(RoomState s, int index, List<PlayerAnswer> answers) {
    GameQuestion q = s.setup().questions().get(index);
    QuestionOutcome outcome = s.outcomes().get(index);
    int correct = (int) answers.stream().filter(PlayerAnswer::correct).count();
    long time = answers.stream().mapToLong(PlayerAnswer::timeMs).sum();
    int players = outcome.playerCount();
    Integer percent = q.type() == QuestionType.POLL || outcome.status() != Status.SCORED ? null
        : players == 0 ? 0 : (200 * correct + players) / (2 * players);
    return new QuestionLine(index, q.questionId(), q.version(), q.type(), q.content().text(), outcome.status(),
        answers.size(), correct, players, percent, answers.isEmpty() ? 0 : time / answers.size(),
        distribution(q.content(), answers));
  }

  private static List<ChoiceLine> distribution(QuestionContent c, List<PlayerAnswer> answers) {
    if (c.type() == QuestionType.TYPE_ANSWER) {
      Map<String, ChoiceLine> typed = new LinkedHashMap<>();
      for (PlayerAnswer a : answers) {
        typed.merge(VietnameseText.fold(a.answer().text()), new ChoiceLine(a.answer().text(), a.correct(), 1),
            (was, one) -> new ChoiceLine(was.text(), was.correct(), was.count() + 1));
      }
      return typed.values().stream().sorted(Comparator.comparingInt(ChoiceLine::count).reversed()).toList();
    }
    int[] counts = new int[c.choices().size()];
    for (PlayerAnswer a : answers) {
      AnswerPayload x = a.answer();
      if (x.choice() != null) {
        counts[x.choice()]++;
      } else if (x.choices() != null) {
        x.choices().forEach(b -> counts[b]++);
      } else if (x.order() != null) {
        for (int i = 0; i < x.order().size(); i++) {
          counts[i] += x.order().get(i) == i ? 1 : 0;
        }
      }
    }
    List<ChoiceLine> lines = new ArrayList<>();
    for (int b = 0; b < counts.length; b++) {
      Choice choice = c.choices().get(b);
      lines.add(new ChoiceLine(choice.text(), c.type() == QuestionType.ORDERING || choice.correct(), counts[b]));
    }
    return lines;
  }

  /** An answer in words, from bank indices. */
  static String describe(QuestionContent c, AnswerPayload a) {
    if (a.text() != null) {
      return a.text();
    } else if (a.choice() != null) {
      return c.choices().get(a.choice()).text();
    }
    List<Integer> picks = a.choices() != null ? a.choices() : a.order();
    List<String> texts = new ArrayList<>(picks.size());
    picks.forEach(b -> texts.add(c.choices().get(b).text()));
    return String.join(a.choices() != null ? "; " : " → ", texts);
  }
}
