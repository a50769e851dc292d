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
public final class Ranking {
  private static final Comparator<Standing> ATTEMPT = Comparator.comparingInt(Standing::score).reversed()
      .thenComparingLong(Standing::durationMs)
      .thenComparing(Standing::submittedAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()));

  private Ranking() {
  }

  /** @param actualFigure what the predictions are measured against, or null when not known */
  public static Comparator<Standing> order(Long actualFigure) {
    Comparator<Standing> order = Comparator.comparingInt(Standing::score).reversed();
    if (actualFigure != null) {
      order = order.thenComparing(s -> distance(s.prediction(), actualFigure),
          Comparator.nullsLast(Comparator.<Long>naturalOrder()));
    }
    return order.thenComparingLong(Standing::durationMs)
        .thenComparing(Standing::submittedAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
        .thenComparingLong(Standing::contestantId);
  }

  /** The standings in {@link #order} with their 1-based ranks and prediction distances. */
  public static List<Ranked> rank(List<Standing> standings, Long actualFigure) {
    List<Standing> sorted = new ArrayList<>(standings);
    sorted.sort(order(actualFigure));
    List<Ranked> ranked = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      Standing s = sorted.get(i);
      ranked.add(new Ranked(s, i + 1, distance(s.prediction(), actualFigure)));
    }
    return List.copyOf(ranked);
  }

  /**
   * Whether attempt {@code a} counts rather than attempt {@code b} of the same contestant (lượt thi
   * được tính): higher score, then shorter duration, then earlier submission. Equal attempts: false.
   */
  public static boolean better(Standing a, Standing b) {
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
