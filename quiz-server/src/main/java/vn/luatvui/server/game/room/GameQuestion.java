package vn.luatvui.server.game.room;

import vn.luatvui.bank.question.Choice;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.question.QuestionType;

/**
 * One question of a game, as the question set put it: which bank question (and the version the game
 * uses), its content, how long to answer and how many points it is worth.
 *
 * @param points 0, 1000 (standard) or 2000 (double points)
 */
public record GameQuestion(long questionId, int version, QuestionContent content, int timeLimitSeconds, int points) {
  public static final int MIN_TIME_LIMIT = 5;
  public static final int MAX_TIME_LIMIT = 240;

  public GameQuestion {
    if (content == null || content.type() == null) {
      throw new InvalidGameSetup("Câu hỏi " + questionId + " không có nội dung.");
    }
    if (timeLimitSeconds < MIN_TIME_LIMIT || timeLimitSeconds > MAX_TIME_LIMIT) {
      throw new InvalidGameSetup("Câu hỏi " + questionId + ": thời gian trả lời phải từ " + MIN_TIME_LIMIT + " đến "
          + MAX_TIME_LIMIT + " giây.");
    }
    if (points != 0 && points != 1000 && points != 2000) {
      throw new InvalidGameSetup("Câu hỏi " + questionId + ": điểm phải là 0, 1000 hoặc 2000.");
    }
    String problem = problem(content);
    if (problem != null) {
      throw new InvalidGameSetup("Câu hỏi " + questionId + ": " + problem);
    }
  }

  public QuestionType type() {
    return content.type();
  }

  public long timeLimitMillis() {
    return timeLimitSeconds * 1000L;
  }

  public int choiceCount() {
    return content.choices().size();
  }

  /** What the room needs of a question to run it; the bank's own rules are stricter. */
  private static String problem(QuestionContent c) {
    int n = c.choices().size();
    long correct = c.choices().stream().filter(Choice::correct).count();
    return switch (c.type()) {
      case SINGLE_CHOICE, TRUE_FALSE -> n < 2 ? "cần ít nhất hai phương án."
          : correct != 1 ? "cần đúng một đáp án đúng." : null;
      case MULTIPLE_SELECT -> n < 2 ? "cần ít nhất hai phương án." : correct < 1 ? "chưa có đáp án đúng." : null;
      case ORDERING -> n < 2 ? "cần ít nhất hai mục để sắp xếp." : null;
      case POLL -> n < 2 ? "cần ít nhất hai phương án." : null;
      case TYPE_ANSWER -> c.accepted().isEmpty() ? "cần ít nhất một đáp án được chấp nhận." : null;
    };
  }
}
