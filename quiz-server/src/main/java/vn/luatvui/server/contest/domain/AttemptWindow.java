package vn.luatvui.server.contest.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When an attempt (lượt thi) may be answered: from its start to its deadline, which is the time limit
 * or the round's close, whichever comes first.
 */
public record AttemptWindow(Instant startedAt, Instant deadline) {
  /** Network slack for the last answer. */
  public static final Duration GRACE = Duration.ofSeconds(3);

  public AttemptWindow {
    if (startedAt == null || deadline == null) {
      throw new IllegalArgumentException("An attempt window needs a start and a deadline");
    }
  }

  /** @param roundClosesAt when the round closes (kết thúc đợt thi), or null (practice) */
  public static AttemptWindow open(Instant startedAt, Duration limit, Instant roundClosesAt) {
    Instant end = startedAt.plus(limit);
    if (roundClosesAt != null && roundClosesAt.isBefore(end)) {
      end = roundClosesAt;
    }
    if (end.isBefore(startedAt)) {
      end = startedAt;
    }
    return new AttemptWindow(startedAt, end);
  }

  public boolean acceptsAnswerAt(Instant now) {
    return !now.isAfter(deadline.plus(GRACE));
  }

  /** Past the deadline and the grace: the attempt is then submitted automatically. */
  public boolean expiredAt(Instant now) {
    return now.isAfter(deadline.plus(GRACE));
  }

  /** How long the attempt took (thời gian làm bài), counted up to the deadline at most; never negative. */
  public long durationMs(Instant submittedAt) {
    Instant end = submittedAt.isAfter(deadline) ? deadline : submittedAt;
    return Math.max(0, Duration.between(startedAt, end).toMillis());
  }

  public long remainingMs(Instant now) {
    return Math.max(0, Duration.between(now, deadline).toMillis());
  }
}
