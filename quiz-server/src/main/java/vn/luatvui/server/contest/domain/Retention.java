package vn.luatvui.server.contest.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How long contestants' personal data is kept (thời hạn lưu trữ): counted from the closing of the
 * contest's last round; after it the names, dates of birth, contacts and ID numbers are erased and
 * the results stay, anonymised.
 */
public final class Retention {
  public static final int MIN_DAYS = 30;
  public static final int MAX_DAYS = 3650;
  public static final int DEFAULT_DAYS = 365;

  private Retention() {
  }

  /** When personal data is erased; null while a round is still to close. */
  public static Instant eraseAt(Instant lastRoundClosedAt, int retentionDays) {
    return lastRoundClosedAt == null ? null : lastRoundClosedAt.plus(Duration.ofDays(retentionDays));
  }

  /** Whether the personal data of a contest whose last round closed then is due for erasure now. */
  public static boolean due(Instant lastRoundClosedAt, int retentionDays, Instant now) {
    Instant at = eraseAt(lastRoundClosedAt, retentionDays);
    return at != null && !now.isBefore(at);
  }
}
