package vn.luatvui.server.contest.domain;

/**
 * The sorted-set score of a provisional ranking (bảng xếp hạng tạm thời), ascending is better: a
 * higher score first, then a shorter duration. {@code (2^20 − 1 − score) · 2^32 + min(durationMs, 2^32 − 1)}
 * stays below 2^52, so a double holds it exactly.
 */
public final class LiveScore {
  /** The highest score that fits. */
  public static final int MAX_SCORE = (1 << 20) - 1;
  /** The longest duration kept apart (about 49 days); longer ones tie. */
  public static final long MAX_DURATION_MS = (1L << 32) - 1;

  private LiveScore() {
  }

  public static double encode(int score, long durationMs) {
    if (score < 0 || score > MAX_SCORE) {
      throw new IllegalArgumentException("Score out of range: " + score);
    }
    long duration = Math.min(Math.max(0, durationMs), MAX_DURATION_MS);
    return (double) (((long) (MAX_SCORE - score) << 32) + duration);
  }

  public static int score(double encoded) {
    return MAX_SCORE - (int) (bits(encoded) >>> 32);
  }

  public static long durationMs(double encoded) {
    return bits(encoded) & MAX_DURATION_MS;
  }

  private static long bits(double encoded) {
    long value = (long) encoded;
    if (value < 0 || value != encoded || value >= (1L << 52)) {
      throw new IllegalArgumentException("Not a live score: " + encoded);
    }
    return value;
  }
}
