package vn.luatvui.server.contest.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order of a round's results (xếp hạng đợt thi), best first:
 * <ol>
 *   <li>higher score;</li>
 *   <li>prediction closer to the actual figure (dự đoán gần đúng hơn), any prediction before none;
 *       skipped while the figure is not known;</li>
 *   <li>shorter duration (thời gian làm bài);</li>
 *   <li>earlier submission (nộp bài sớm hơn);</li>
 *   <li>lower contestant id, so every contestant has a place of their own.</li>
 * </ol>
 */
public final class RoundRanking {
  private static final Comparator<RoundEntry> ATTEMPT = Comparator.comparingInt(RoundEntry::score).reversed()
      .thenComparingLong(RoundEntry::durationMs)
      .thenComparing(RoundEntry::submittedAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()));

  private RoundRanking() {
  }

  /** @param actualFigure what the predictions are measured against, or null when not known */
  public static Comparator<RoundEntry> order(Long actualFigure) {
    Comparator<RoundEntry> order = Comparator.comparingInt(RoundEntry::score).reversed();
    if (actualFigure != null) {
      order = order.thenComparing(s -> distance(s.prediction(), actualFigure),
          Comparator.nullsLast(Comparator.<Long>naturalOrder()));
    }
    return order.thenComparingLong(RoundEntry::durationMs)
        .thenComparing(RoundEntry::submittedAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
        .thenComparingLong(RoundEntry::contestantId);
  }

  /** The standings in {@link #order} with their 1-based ranks and prediction distances. */
  public static List<Ranked> rank(List<RoundEntry> standings, Long actualFigure) {
    List<RoundEntry> sorted = new ArrayList<>(standings);
    sorted.sort(order(actualFigure));
    List<Ranked> ranked = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      RoundEntry s = sorted.get(i);
      ranked.add(new Ranked(s, i + 1, distance(s.prediction(), actualFigure)));
    }
    return List.copyOf(ranked);
  }

  /**
   * Whether attempt {@code a} counts rather than attempt {@code b} of the same contestant (lượt thi
   * được tính): higher score, then shorter duration, then earlier submission. Equal attempts: false.
   */
  public static boolean better(RoundEntry a, RoundEntry b) {
    return ATTEMPT.compare(a, b) < 0;
  }

  /** |prediction − actual|, or null when either is missing; saturates instead of overflowing. */
  static Long distance(Long prediction, Long actualFigure) {
    if (prediction == null || actualFigure == null) {
      return null;
    }
    try {
      long d = Math.subtractExact(prediction, actualFigure);
      return d == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(d);
    } catch (ArithmeticException overflow) {
      return Long.MAX_VALUE;
    }
  }
}
