package vn.luatvui.server.game.room;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.luatvui.bank.question.Audience;
import vn.luatvui.bank.question.Choice;
import vn.luatvui.bank.question.Citation;
import vn.luatvui.bank.question.MultiSelectScoring;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.question.QuestionType;
import vn.luatvui.bank.question.Visibility;
import vn.luatvui.server.judging.Shuffle;

/** Game questions of every type, 1000 points and 20 seconds unless a test says otherwise. */
final class Fixtures {
  static final Citation CHILD_AGE = new Citation("102/2016/QH13", 1, null, null, "Trẻ em là người dưới 16 tuổi.");
  static final Citation HELMET = new Citation("36/2024/QH15", 33, 2, "a", null);
  static final String EXPLANATION = "Điều 1 Luật Trẻ em quy định trẻ em là người dưới 16 tuổi.";

  private Fixtures() {
  }

  static QuestionContent content(QuestionType type, String text, List<Choice> choices, List<String> accepted,
                                 MultiSelectScoring scoring) {
    return new QuestionContent(type, text, choices, accepted, EXPLANATION, List.of(CHILD_AGE), List.of("trẻ em"), 1,
        Audience.THCS, Visibility.PUBLIC, scoring, null);
  }

  static GameQuestion question(long id, QuestionContent content) {
    return new GameQuestion(id, 1, content, 20, 1000);
  }

  /** Correct: "16 tuổi", bank index 0 (as most of the starter bank has it). */
  static GameQuestion single() {
    return question(1, content(QuestionType.SINGLE_CHOICE, "Theo Luật Trẻ em 2016, trẻ em là người dưới bao nhiêu tuổi?",
        List.of(new Choice("16 tuổi", true), new Choice("18 tuổi", false), new Choice("15 tuổi", false),
            new Choice("14 tuổi", false)), List.of(), null));
  }

  /** Correct: "Đúng", bank index 0. */
  static GameQuestion trueFalse() {
    return question(2, content(QuestionType.TRUE_FALSE, "Phòng vệ chính đáng không phải là tội phạm.",
        List.of(new Choice("Đúng", true), new Choice("Sai", false)), List.of(), null));
  }

  /** Correct: bank 0 and 1; wrong: 2 and 3. */
  static GameQuestion multiple(MultiSelectScoring scoring) {
    return question(3, content(QuestionType.MULTIPLE_SELECT, "Người đi xe máy phải làm gì?",
        List.of(new Choice("Đội mũ bảo hiểm", true), new Choice("Bật đèn khi trời tối", true),
            new Choice("Buông cả hai tay", false), new Choice("Chở ba người lớn", false)), List.of(), scoring));
  }

  static GameQuestion typed() {
    return question(4, content(QuestionType.TYPE_ANSWER, "Trẻ em là người dưới bao nhiêu tuổi? (viết bằng chữ)",
        List.of(), List.of("mười sáu", "muoi sau"), null));
  }

  /** Bank order is the correct order. */
  static GameQuestion ordering() {
    return question(5, content(QuestionType.ORDERING, "Sắp xếp các văn bản theo hiệu lực pháp lý từ cao xuống thấp",
        List.of(new Choice("Hiến pháp", false), new Choice("Luật", false), new Choice("Nghị định", false),
            new Choice("Thông tư", false)), List.of(), null));
  }

  static GameQuestion poll() {
    return question(6, content(QuestionType.POLL, "Bạn đã từng đọc Luật Trẻ em chưa?",
        List.of(new Choice("Rồi", false), new Choice("Chưa", false), new Choice("Đang đọc", false)), List.of(), null));
  }

  static GameQuestion worth(GameQuestion q, int points) {
    return new GameQuestion(q.questionId(), q.version(), q.content(), q.timeLimitSeconds(), points);
  }

  static GameQuestion timed(GameQuestion q, int seconds) {
    return new GameQuestion(q.questionId(), q.version(), q.content(), seconds, q.points());
  }

  /**
   * Every question in bank order, so tests can name choices by bank index; except ORDERING, which is
   * never shown in order: reversed (Thông tư, Nghị định, Luật, Hiến pháp).
   */
  static GameSetup inBankOrder(GameOptions options, GameQuestion... questions) {
    List<GameQuestion> list = List.of(questions);
    return new GameSetup("G-1", list, options, list.stream().map(Fixtures::bankOrder).toList());
  }

  private static Shuffle bankOrder(GameQuestion q) {
    if (q.type() != QuestionType.ORDERING) {
      return Shuffle.identity(q.choiceCount());
    }
    List<Integer> reversed = new ArrayList<>(Shuffle.identity(q.choiceCount()).order());
    Collections.reverse(reversed);
    return new Shuffle(reversed);
  }

  static GameSetup shuffled(GameOptions options, long seed, GameQuestion... questions) {
    return GameSetup.of("G-1", List.of(questions), options, seed);
  }

  static GameOptions noLeadIn() {
    return GameOptions.defaults().withLeadIn(0);
  }
}
