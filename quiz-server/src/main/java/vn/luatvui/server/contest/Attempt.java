package vn.luatvui.server.contest;

import java.time.Instant;
import java.util.List;
import vn.luatvui.server.contest.domain.AttemptWindow;
import vn.luatvui.server.contest.domain.DrawnQuestion;

/**
 * Lượt thi as stored: the questions drawn for it (fixed at the start), its window, and once submitted
 * its result. {@code round} is null for a practice attempt.
 */
public record Attempt(long id, long contestId, Integer round, long contestantId, boolean practice,
                      List<DrawnQuestion> questions, Instant startedAt, Instant deadline, Long prediction,
                      Instant submittedAt, boolean autoSubmitted, Integer score, Integer correct, Long durationMs) {
  public AttemptWindow window() {
    return new AttemptWindow(startedAt, deadline);
  }

  public boolean submitted() {
    return submittedAt != null;
  }
}
