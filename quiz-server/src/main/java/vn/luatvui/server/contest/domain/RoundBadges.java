package vn.luatvui.server.contest.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Huy hiệu đợt thi: the badges a person earns from the contest rounds they took (their counted result in each
 * round). Three kinds, as a learner would expect them beside the course badges:
 * <ul>
 *   <li>{@link Kind#TOOK_PART}: took part in a round (one badge, with how many rounds);</li>
 *   <li>{@link Kind#EVERY_ROUND}: took every round of a contest (one per contest);</li>
 *   <li>{@link Kind#TOP_TENTH}: ranked in the top 10% of a round (one per round), once the round's results are
 *       published, so a badge never tells a rank before the organisers do.</li>
 * </ul>
 */
public final class RoundBadges {
  /** What a badge is for. */
  public enum Kind { TOOK_PART, EVERY_ROUND, TOP_TENTH }

  /**
   * The person's counted result in one round: {@code finalRank} once the round is closed, {@code entrants} the
   * results counted in that round, {@code contestRounds} how many rounds the contest has.
   */
  public record RoundResult(long contestId, String contestTitle, int round, String roundTitle, Integer finalRank,
                            long entrants, boolean published, int contestRounds) {
  }

  /** A badge earned; {@code contestId} and {@code round} say where (null when it is not about one). */
  public record Badge(Kind kind, Long contestId, String contestTitle, Integer round, String roundTitle, int rounds) {
  }

  private RoundBadges() {
  }

  /** The last rank in the top tenth of a round with {@code entrants} results: at least the first. */
  public static long topTenthRank(long entrants) {
    return Math.max(1, (entrants + 9) / 10);
  }

  /** The badges these results earn, in the order: took part, every round (by contest), top tenth (by round). */
  public static List<Badge> earned(List<RoundResult> results) {
    List<Badge> badges = new ArrayList<>();
    if (results.isEmpty()) {
      return badges;
    }
    badges.add(new Badge(Kind.TOOK_PART, null, null, null, null, results.size()));
    Map<Long, List<RoundResult>> byContest = new LinkedHashMap<>();
    for (RoundResult r : results) {
      byContest.computeIfAbsent(r.contestId(), k -> new ArrayList<>()).add(r);
    }
    for (List<RoundResult> taken : byContest.values()) {
      RoundResult first = taken.get(0);
      long distinct = taken.stream().mapToInt(RoundResult::round).distinct().count();
      if (first.contestRounds() > 0 && distinct >= first.contestRounds()) {
        badges.add(new Badge(Kind.EVERY_ROUND, first.contestId(), first.contestTitle(), null, null, (int) distinct));
      }
    }
    for (RoundResult r : results) {
      if (r.published() && r.finalRank() != null && r.finalRank() <= topTenthRank(r.entrants())) {
        badges.add(new Badge(Kind.TOP_TENTH, r.contestId(), r.contestTitle(), r.round(), r.roundTitle(), 1));
      }
    }
    return badges;
  }
}
