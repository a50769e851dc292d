package vn.luatvui.server.contest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.luatvui.server.contest.domain.Contests.of;
import static vn.luatvui.server.contest.domain.Contests.pool;
import static vn.luatvui.server.contest.domain.Contests.single;
import static vn.luatvui.server.contest.domain.Contests.singles;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.luatvui.bank.question.QuestionType;

class DrawTest {
  /** 5 traffic-law questions of difficulty 2, 10 easy ones, 20 hard ones. */
  private static List<Candidate> bank() {
    List<Candidate> all = new ArrayList<>(singles(100, 5, 2, "giao-thong"));
    all.addAll(singles(200, 10, 1, "dan-su"));
    all.addAll(singles(300, 20, 3, "hinh-su"));
    return all;
  }

  private static final QuestionPool QUOTAS = pool(new Quota("giao-thong", 2, 2), new Quota(null, 1, 3));

  private static Set<Long> ids(List<DrawnQuestion> drawn) {
    return drawn.stream().map(DrawnQuestion::questionId).collect(Collectors.toSet());
  }

  private static long inRange(List<DrawnQuestion> drawn, long from, long to) {
    return drawn.stream().filter(d -> d.questionId() >= from && d.questionId() < to).count();
  }

  @Test
  void an_attempt_gets_the_asked_number_of_distinct_questions() {
    List<DrawnQuestion> drawn = Draw.draw(bank(), QUOTAS, 12, 42);

    assertThat(drawn).hasSize(12);
    assertThat(ids(drawn)).hasSize(12);
  }

  @Test
  void quotas_are_met_for_every_seed_and_exactly_when_they_fill_the_attempt() {
    for (long seed = 0; seed < 500; seed++) {
      List<DrawnQuestion> some = Draw.draw(bank(), QUOTAS, 12, seed);
      List<DrawnQuestion> only = Draw.draw(bank(), QUOTAS, 5, seed);

      assertThat(inRange(some, 100, 200)).isGreaterThanOrEqualTo(2);
      assertThat(inRange(some, 200, 300)).isGreaterThanOrEqualTo(3);
      assertThat(inRange(only, 100, 200)).isEqualTo(2);
      assertThat(inRange(only, 200, 300)).isEqualTo(3);
    }
  }

  @Test
  void over_many_seeds_every_candidate_is_drawn_about_equally_often() {
    Map<Long, Integer> times = new HashMap<>();
    int seeds = 4000;
    for (long seed = 0; seed < seeds; seed++) {
      Draw.draw(bank(), QUOTAS, 12, seed).forEach(d -> times.merge(d.questionId(), 1, Integer::sum));
    }

    assertThat(times).hasSize(35);
    // Quotas take 2 of the 5 traffic questions and 3 of the 10 easy ones; the other 7 come from the 30 left.
    double rest = 7.0 / 30;
    assertShare(times, 100, 200, seeds, 2.0 / 5 + 3.0 / 5 * rest);
    assertShare(times, 200, 300, seeds, 3.0 / 10 + 7.0 / 10 * rest);
    assertShare(times, 300, 400, seeds, rest);
  }

  private static void assertShare(Map<Long, Integer> times, long from, long to, int seeds, double expected) {
    times.forEach((id, n) -> {
      if (id >= from && id < to) {
        assertThat(n / (double) seeds).as("share of question %d", id).isBetween(expected * 0.9, expected * 1.1);
      }
    });
  }

  @Test
  void quota_questions_do_not_always_come_first() {
    Set<Long> firstIds = new HashSet<>();
    int quotaFirst = 0;
    for (long seed = 0; seed < 200; seed++) {
      long first = Draw.draw(bank(), QUOTAS, 12, seed).get(0).questionId();
      firstIds.add(first);
      quotaFirst += first < 300 ? 1 : 0;
    }

    assertThat(firstIds.size()).isGreaterThan(20);
    assertThat(quotaFirst).isLessThan(150);
  }

  @Test
  void the_same_seed_gives_the_same_draw_whatever_order_the_candidates_come_in() {
    List<Candidate> shuffled = new ArrayList<>(bank());
    Collections.reverse(shuffled);
    Collections.swap(shuffled, 3, 17);

    assertThat(Draw.draw(shuffled, QUOTAS, 12, 7)).isEqualTo(Draw.draw(bank(), QUOTAS, 12, 7));
  }

  @Test
  void different_seeds_give_different_draws() {
    Set<List<Long>> draws = new HashSet<>();
    for (long seed = 0; seed < 50; seed++) {
      draws.add(Draw.draw(bank(), QUOTAS, 12, seed).stream().map(DrawnQuestion::questionId).toList());
    }

    assertThat(draws).hasSize(50);
  }

  @Test
  void polls_are_never_drawn() {
    List<Candidate> withPolls = new ArrayList<>(singles(1, 3, 1));
    withPolls.add(of(90, QuestionType.POLL, 3));
    withPolls.add(of(91, QuestionType.POLL, 3));

    for (long seed = 0; seed < 100; seed++) {
      assertThat(ids(Draw.draw(withPolls, pool(), 3, seed))).containsExactlyInAnyOrder(1L, 2L, 3L);
    }
    assertThatThrownBy(() -> Draw.draw(withPolls, pool(), 4, 1)).isInstanceOf(PoolTooSmall.class)
        .hasMessage("Mỗi lượt thi cần 4 câu hỏi nhưng kho chỉ có 3 câu phù hợp (không tính câu hỏi thăm dò ý kiến).");
  }

  @Test
  void choices_are_ordered_like_the_live_game_orders_them() {
    List<Candidate> kinds = List.of(single(1, 1), of(2, QuestionType.ORDERING, 4), of(3, QuestionType.TRUE_FALSE, 2),
        of(4, QuestionType.TYPE_ANSWER, 0), of(5, QuestionType.MULTIPLE_SELECT, 5));
    Set<Integer> singleFirst = new HashSet<>();
    for (long seed = 0; seed < 100; seed++) {
      Map<Long, List<Integer>> orders = Draw.draw(kinds, pool(), 5, seed).stream()
          .collect(Collectors.toMap(DrawnQuestion::questionId, DrawnQuestion::choiceOrder));
      singleFirst.add(orders.get(1L).get(0));
      assertThat(orders.get(2L)).hasSize(4).isNotEqualTo(List.of(0, 1, 2, 3));
      assertThat(orders.get(3L)).containsExactly(0, 1);
      assertThat(orders.get(4L)).isEmpty();
      assertThat(orders.get(5L)).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
    }

    assertThat(singleFirst).containsExactlyInAnyOrder(0, 1, 2, 3);
  }

  @Test
  void an_id_listed_twice_is_drawn_once_in_its_latest_version() {
    List<Candidate> twice = List.of(new Candidate(1, 1, QuestionType.TRUE_FALSE, 2, List.of(), 1),
        new Candidate(1, 3, QuestionType.TRUE_FALSE, 2, List.of(), 1), single(2, 1));

    assertThat(Draw.draw(twice, pool(), 2, 5)).extracting(DrawnQuestion::version).containsExactlyInAnyOrder(3, 1);
    assertThat(Draw.problem(twice, pool(), 3)).isPresent();
  }

  @Test
  void an_earlier_quota_gives_way_when_a_later_one_needs_its_question() {
    // X is traffic law AND difficulty 2; Y is traffic law only. The first quota must take Y so the second gets X.
    Candidate x = single(1, 2, "giao-thong");
    Candidate y = single(2, 1, "giao-thong");
    QuestionPool pool = pool(new Quota("giao-thong", null, 1), new Quota(null, 2, 1));

    for (long seed = 0; seed < 100; seed++) {
      assertThat(ids(Draw.draw(List.of(x, y, single(3, 3)), pool, 2, seed))).containsExactlyInAnyOrder(1L, 2L);
    }
  }

  @Test
  void a_quota_the_bank_cannot_meet_is_named_in_the_message() {
    List<Candidate> few = new ArrayList<>(singles(1, 3, 2, "giao-thong"));
    few.addAll(singles(10, 30, 1));

    assertThatThrownBy(() -> Draw.draw(few, pool(new Quota("giao-thong", 2, 5)), 10, 1))
        .isInstanceOf(PoolTooSmall.class)
        .hasMessage("Hạn mức «giao-thong», mức độ 2 cần 5 câu nhưng kho chỉ có 3 câu phù hợp.");
    assertThat(Draw.problem(few, pool(new Quota(null, 3, 1)), 10))
        .contains("Hạn mức câu hỏi mức độ 3 cần 1 câu nhưng kho chỉ có 0 câu phù hợp.");
  }

  @Test
  void overlapping_quotas_that_cannot_both_be_met_are_reported_with_what_is_left() {
    List<Candidate> one = List.of(single(1, 2, "giao-thong"), single(2, 1), single(3, 1));
    QuestionPool pool = pool(new Quota("giao-thong", null, 1), new Quota(null, 2, 1));

    assertThat(Draw.problem(one, pool, 3)).contains(
        "Hạn mức câu hỏi mức độ 2 cần 1 câu nhưng sau khi đáp ứng các hạn mức trước, kho chỉ còn 0 câu phù hợp.");
  }

  @Test
  void quotas_asking_for_more_than_the_attempt_are_a_problem() {
    assertThat(Draw.problem(bank(), pool(new Quota(null, 3, 6)), 5))
        .contains("Tổng số câu của các hạn mức (6) vượt quá số câu hỏi mỗi lượt thi (5).");
  }

  @Test
  void a_pool_that_suffices_has_no_problem() {
    assertThat(Draw.problem(bank(), QUOTAS, 35)).isEmpty();
    assertThat(Draw.problem(bank(), QUOTAS, 36)).isPresent();
    assertThat(Draw.problem(bank(), QUOTAS, 0)).contains("Mỗi lượt thi cần ít nhất 1 câu hỏi.");
  }

  @Test
  void quota_tags_match_whatever_case_the_bank_wrote_them_in() {
    List<Candidate> upper = List.of(single(1, 1, "Giao-Thông"), single(2, 1));

    for (long seed = 0; seed < 20; seed++) {
      assertThat(ids(Draw.draw(upper, pool(new Quota("giao-thông", null, 1)), 1, seed))).containsExactly(1L);
    }
  }
}
