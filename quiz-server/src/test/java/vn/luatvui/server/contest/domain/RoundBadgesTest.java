package vn.luatvui.server.contest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.luatvui.server.contest.domain.RoundBadges.Badge;
import vn.luatvui.server.contest.domain.RoundBadges.Kind;
import vn.luatvui.server.contest.domain.RoundBadges.RoundResult;

class RoundBadgesTest {
  private static RoundResult result(long contest, int round, Integer rank, long entrants, boolean published, int rounds) {
    return new RoundResult(contest, "Cuộc thi " + contest, round, "Đợt " + round, rank, entrants, published, rounds);
  }

  @Test
  void no_round_taken_earns_nothing() {
    assertThat(RoundBadges.earned(List.of())).isEmpty();
  }

  @Test
  void the_top_tenth_is_at_least_the_first_and_rounds_up() {
    assertThat(RoundBadges.topTenthRank(3)).isEqualTo(1);
    assertThat(RoundBadges.topTenthRank(10)).isEqualTo(1);
    assertThat(RoundBadges.topTenthRank(11)).isEqualTo(2);
    assertThat(RoundBadges.topTenthRank(1000)).isEqualTo(100);
  }

  @Test
  void every_round_is_per_contest_and_the_top_tenth_needs_published_results() {
    List<Badge> badges = RoundBadges.earned(List.of(
        result(1, 1, 5, 100, true, 2), result(1, 2, 11, 100, true, 2),
        result(2, 1, 1, 40, false, 3)));
    assertThat(badges).extracting(Badge::kind).containsExactly(Kind.TOOK_PART, Kind.EVERY_ROUND, Kind.TOP_TENTH);
    assertThat(badges.get(0).rounds()).isEqualTo(3);
    assertThat(badges.get(1).contestId()).isEqualTo(1L);
    assertThat(badges.get(2).round()).as("rank 5 of 100; rank 11 is not, nor an unpublished first").isEqualTo(1);
    assertThat(badges.get(2).contestId()).isEqualTo(1L);
  }
}
