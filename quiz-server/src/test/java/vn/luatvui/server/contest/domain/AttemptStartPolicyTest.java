package vn.luatvui.server.contest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttemptStartPolicyTest {
  @Test
  void an_unpublished_contest_cannot_be_started() {
    assertRefused(AttemptStartPolicy.contestOpen(false), ContestRefused.Reason.NOT_PUBLISHED, "Cuộc thi chưa mở.");
    assertTrue(AttemptStartPolicy.contestOpen(true).isEmpty());
  }

  @Test
  void practice_needs_a_contest_with_practice() {
    assertRefused(AttemptStartPolicy.practiceAllowed(false), ContestRefused.Reason.NO_PRACTICE,
        "Cuộc thi này không có phần thi thử.");
    assertTrue(AttemptStartPolicy.practiceAllowed(true).isEmpty());
  }

  @Test
  void a_ranked_attempt_names_its_round() {
    assertRefused(AttemptStartPolicy.roundChosen(null), ContestRefused.Reason.INVALID, "Hãy chọn đợt thi.");
    assertTrue(AttemptStartPolicy.roundChosen(2).isEmpty());
  }

  @Test
  void only_an_existing_open_round_can_be_started() {
    assertRefused(AttemptStartPolicy.roundOpen(3, null), ContestRefused.Reason.NOT_FOUND, "Không có đợt thi 3.");
    assertRefused(AttemptStartPolicy.roundOpen(2, RoundState.UPCOMING), ContestRefused.Reason.ROUND_NOT_OPEN,
        "Đợt 2 chưa mở.");
    assertRefused(AttemptStartPolicy.roundOpen(1, RoundState.CLOSED), ContestRefused.Reason.ROUND_NOT_OPEN,
        "Đợt 1 đã kết thúc.");
    assertTrue(AttemptStartPolicy.roundOpen(1, RoundState.OPEN).isEmpty());
  }

  @Test
  void the_last_allowed_attempt_may_start_and_the_next_may_not() {
    assertTrue(AttemptStartPolicy.attemptsLeft(1, 0, 2).isEmpty());
    assertTrue(AttemptStartPolicy.attemptsLeft(1, 1, 2).isEmpty());
    assertRefused(AttemptStartPolicy.attemptsLeft(1, 2, 2), ContestRefused.Reason.NO_ATTEMPTS_LEFT,
        "Bạn đã dùng hết 2 lượt thi của đợt 1.");
    assertRefused(AttemptStartPolicy.attemptsLeft(4, 5, 2), ContestRefused.Reason.NO_ATTEMPTS_LEFT,
        "Bạn đã dùng hết 2 lượt thi của đợt 4.");
  }

  private static void assertRefused(Optional<ContestRefused> refusal, ContestRefused.Reason reason, String message) {
    assertTrue(refusal.isPresent(), "expected a refusal for " + reason);
    assertEquals(reason, refusal.get().reason());
    assertEquals(message, refusal.get().getMessage());
  }
}
