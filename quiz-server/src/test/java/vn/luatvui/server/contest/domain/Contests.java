package vn.luatvui.server.contest.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.luatvui.bank.question.Choice;
import vn.luatvui.bank.question.MultiSelectScoring;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.question.QuestionType;

/** Fixtures: domain objects the tests build on. */
final class Contests {
  static final Instant T0 = Instant.parse("2025-03-01T01:00:00Z");

  private Contests() {
  }

  static Candidate single(long id, int difficulty, String... tags) {
    return new Candidate(id, 1, QuestionType.SINGLE_CHOICE, 4, List.of(tags), difficulty);
  }

  static Candidate of(long id, QuestionType type, int choices) {
    return new Candidate(id, 1, type, choices, List.of(), 1);
  }

  /** {@code n} single-choice candidates with ids from {@code firstId}, all of this tag and difficulty. */
  static List<Candidate> singles(long firstId, int n, int difficulty, String... tags) {
    List<Candidate> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(single(firstId + i, difficulty, tags));
    }
    return list;
  }

  static QuestionPool pool(Quota... quotas) {
    return new QuestionPool(List.of(1L), List.of(), List.of(quotas));
  }

  static QuestionContent singleChoice(int correctIndex, int n) {
    List<Choice> choices = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      choices.add(new Choice("Phương án " + (char) ('A' + i), i == correctIndex));
    }
    return content(QuestionType.SINGLE_CHOICE, choices, List.of(), null);
  }

  static QuestionContent trueFalse(boolean answerIsTrue) {
    return content(QuestionType.TRUE_FALSE, List.of(new Choice("Đúng", answerIsTrue), new Choice("Sai", !answerIsTrue)),
        List.of(), null);
  }

  /** Four choices, the first two correct. */
  static QuestionContent multiple(MultiSelectScoring scoring) {
    return content(QuestionType.MULTIPLE_SELECT, List.of(new Choice("Quốc hội", true), new Choice("Chính phủ", true),
        new Choice("Tòa án", false), new Choice("Viện kiểm sát", false)), List.of(), scoring);
  }

  static QuestionContent typed(String... accepted) {
    return content(QuestionType.TYPE_ANSWER, List.of(), List.of(accepted), null);
  }

  static QuestionContent ordering(int n) {
    List<Choice> choices = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      choices.add(new Choice("Bước " + (i + 1), false));
    }
    return content(QuestionType.ORDERING, choices, List.of(), null);
  }

  static QuestionContent content(QuestionType type, List<Choice> choices, List<String> accepted,
                                 MultiSelectScoring scoring) {
    return new QuestionContent(type, "Câu hỏi về pháp luật?", choices, accepted, "Giải thích.", List.of(),
        List.of("hien-phap"), 1, null, null, scoring, null);
  }

  static DrawnQuestion drawn(long id, Integer... order) {
    return new DrawnQuestion(id, 1, List.of(order));
  }

  static RoundEntry standing(long contestantId, int score, Long prediction, long durationMs, Instant submittedAt) {
    return new RoundEntry(contestantId, score, prediction, durationMs, submittedAt);
  }
}
