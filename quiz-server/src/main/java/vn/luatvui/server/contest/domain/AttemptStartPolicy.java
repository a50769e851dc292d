package vn.luatvui.server.contest.domain;

import java.util.Optional;

/**
 * Whether a contestant may start an attempt (bài thi): the contest must be published; a practice attempt
 * needs a contest with practice; a ranked attempt needs a chosen round that exists and is open, and an
 * attempt left in it. Each rule answers with its refusal, or empty when it allows the start; the caller
 * asks them in this order as it learns the facts.
 */
public final class AttemptStartPolicy {
  private AttemptStartPolicy() {
  }

  /** The contest must be published. */
  public static Optional<ContestRefused> contestOpen(boolean published) {
    return published ? Optional.empty()
        : refuse(ContestRefused.Reason.NOT_PUBLISHED, "Cuộc thi chưa mở.");
  }

  /** A practice attempt needs a contest that has a practice part. */
  public static Optional<ContestRefused> practiceAllowed(boolean practiceEnabled) {
    return practiceEnabled ? Optional.empty()
        : refuse(ContestRefused.Reason.NO_PRACTICE, "Cuộc thi này không có phần thi thử.");
  }

  /** A ranked attempt names its round. */
  public static Optional<ContestRefused> roundChosen(Integer number) {
    return number != null ? Optional.empty() : refuse(ContestRefused.Reason.INVALID, "Hãy chọn đợt thi.");
  }

  /** The round must exist ({@code state} null: it does not) and be open now. */
  public static Optional<ContestRefused> roundOpen(int number, RoundState state) {
    if (state == null) {
      return refuse(ContestRefused.Reason.NOT_FOUND, "Không có đợt thi " + number + ".");
    }
    return switch (state) {
      case OPEN -> Optional.empty();
      case UPCOMING -> refuse(ContestRefused.Reason.ROUND_NOT_OPEN, "Đợt " + number + " chưa mở.");
      case CLOSED -> refuse(ContestRefused.Reason.ROUND_NOT_OPEN, "Đợt " + number + " đã kết thúc.");
    };
  }

  /** The contestant must have used fewer ranked attempts in the round than the contest allows. */
  public static Optional<ContestRefused> attemptsLeft(int number, long used, int allowed) {
    return used < allowed ? Optional.empty() : refuse(ContestRefused.Reason.NO_ATTEMPTS_LEFT,
        "Bạn đã dùng hết " + allowed + " lượt thi của đợt " + number + ".");
  }

  private static Optional<ContestRefused> refuse(ContestRefused.Reason reason, String message) {
    return Optional.of(new ContestRefused(reason, message));
  }
}
