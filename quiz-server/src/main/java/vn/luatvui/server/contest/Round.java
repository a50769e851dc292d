package vn.luatvui.server.contest;

import java.time.Instant;
import vn.luatvui.server.contest.domain.RoundState;

/**
 * Đợt thi: open from {@code opensAt} until {@code closesAt}; {@code closedAt} is set once it has been
 * closed and its final ranking fixed, with the real figure the prediction question asked about.
 */
public record Round(long contestId, int number, String title, Instant opensAt, Instant closesAt, Instant closedAt,
                    Long actualFigure, boolean resultsPublished) {
  public RoundState stateAt(Instant now) {
    if (closedAt != null || !now.isBefore(closesAt)) {
      return RoundState.CLOSED;
    }
    return now.isBefore(opensAt) ? RoundState.UPCOMING : RoundState.OPEN;
  }

  public boolean closed() {
    return closedAt != null;
  }
}
