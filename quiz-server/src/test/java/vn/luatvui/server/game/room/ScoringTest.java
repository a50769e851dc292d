package vn.luatvui.server.game.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.luatvui.server.game.room.Scoring.Score;
import vn.luatvui.server.judging.AnswerJudge.Judgement;
import vn.luatvui.server.judging.AnswerJudge;
import vn.luatvui.server.judging.AnswerPayload;

class ScoringTest {
  private final GameQuestion question = Fixtures.single();
  private final Judgement right = new Judgement(AnswerPayload.ofChoice(0), true, 1, 1);
  private final Judgement wrong = new Judgement(AnswerPayload.ofChoice(1), false, 0, 1);

  @Test
  void a_correct_answer_halfway_through_twenty_seconds_earns_750_of_1000() {
    assertThat(Scoring.speedPoints(1000, 10_000, 20_000)).isEqualTo(750);
  }

  @Test
  void an_answer_under_half_a_second_earns_the_full_points() {
    assertThat(Scoring.speedPoints(1000, 300, 20_000)).isEqualTo(1000);
    assertThat(Scoring.speedPoints(1000, 499, 20_000)).isEqualTo(1000);
    assertThat(Scoring.speedPoints(1000, 500, 20_000)).isEqualTo(988);
  }

  @Test
  void points_fall_towards_half_at_the_deadline_rounded_to_the_nearest_point() {
    assertThat(Scoring.speedPoints(1000, 19_999, 20_000)).isEqualTo(500);
    assertThat(Scoring.speedPoints(1000, 5_000, 20_000)).isEqualTo(875);
    assertThat(Scoring.speedPoints(1000, 1_234, 30_000)).isEqualTo(979);
  }

  @Test
  void double_points_double_and_zero_points_give_nothing() {
    assertThat(Scoring.speedPoints(2000, 10_000, 20_000)).isEqualTo(1500);
    assertThat(Scoring.speedPoints(0, 100, 20_000)).isZero();
  }

  @Test
  void the_streak_bonus_grows_by_100_from_the_second_correct_answer_and_stops_at_500() {
    List<Integer> bonuses = new ArrayList<>();
    List<Integer> points = new ArrayList<>();
    int streak = 0;
    for (int i = 0; i < 8; i++) {
      Score s = Scoring.score(ScoringMode.KAHOOT, question, right, 100, streak);
      bonuses.add(s.streakBonus());
      points.add(s.points());
      streak = s.streak();
    }

    assertThat(bonuses).containsExactly(0, 100, 200, 300, 400, 500, 500, 500);
    assertThat(points).containsExactly(1000, 1100, 1200, 1300, 1400, 1500, 1500, 1500);
    assertThat(streak).isEqualTo(8);
  }

  @Test
  void a_wrong_answer_earns_nothing_and_resets_the_streak() {
    Score wrongAfterFour = Scoring.score(ScoringMode.KAHOOT, question, wrong, 100, 4);
    Score nextRight = Scoring.score(ScoringMode.KAHOOT, question, right, 10_000, wrongAfterFour.streak());

    assertThat(wrongAfterFour).isEqualTo(new Score(0, 0, 0, false));
    assertThat(nextRight).isEqualTo(new Score(750, 0, 1, true));
  }

  @Test
  void no_answer_resets_the_streak_but_a_poll_leaves_it_alone() {
    assertThat(Scoring.streakAfterMissing(question, 3)).isZero();
    assertThat(Scoring.streakAfterMissing(Fixtures.poll(), 3)).isEqualTo(3);
    Judgement pollAnswer = new Judgement(AnswerPayload.ofChoice(1), false, 0, 1);
    assertThat(Scoring.score(ScoringMode.KAHOOT, Fixtures.poll(), pollAnswer, 100, 3))
        .isEqualTo(new Score(0, 0, 3, false));
  }

  @Test
  void a_zero_point_question_earns_nothing_not_even_a_bonus_but_continues_the_streak() {
    GameQuestion practice = Fixtures.worth(question, 0);

    assertThat(Scoring.score(ScoringMode.KAHOOT, practice, right, 100, 3)).isEqualTo(new Score(0, 0, 4, true));
    assertThat(Scoring.score(ScoringMode.KAHOOT, question, right, 100, 4)).isEqualTo(new Score(1400, 400, 5, true));
  }

  @Test
  void accuracy_first_gives_the_fixed_points_whatever_the_time_and_no_streak_bonus() {
    Score slow = Scoring.score(ScoringMode.ACCURACY_FIRST, question, right, 19_000, 5);

    assertThat(slow).isEqualTo(new Score(1000, 0, 6, true));
    assertThat(Scoring.score(ScoringMode.ACCURACY_FIRST, Fixtures.worth(question, 2000), right, 100, 0).points())
        .isEqualTo(2000);
  }

  @Test
  void partial_credit_is_a_share_of_the_speed_weighted_points() {
    assertThat(Scoring.basePoints(ScoringMode.KAHOOT, 1000, 1, 2, 10_000, 20_000)).isEqualTo(375);
    assertThat(Scoring.basePoints(ScoringMode.KAHOOT, 1000, 1, 2, 200, 20_000)).isEqualTo(500);
    assertThat(Scoring.basePoints(ScoringMode.KAHOOT, 1000, 2, 3, 10_000, 20_000)).isEqualTo(500);
    assertThat(Scoring.basePoints(ScoringMode.KAHOOT, 1000, 1, 3, 200, 20_000)).isEqualTo(333);
    assertThat(Scoring.basePoints(ScoringMode.ACCURACY_FIRST, 1000, 1, 2, 10_000, 20_000)).isEqualTo(500);
    assertThat(Scoring.basePoints(ScoringMode.KAHOOT, 1000, 0, 2, 200, 20_000)).isZero();
  }

  @Test
  void a_partly_right_answer_earns_its_share_but_breaks_the_streak() {
    Judgement half = new Judgement(AnswerPayload.ofChoices(0), false, 1, 2);

    assertThat(Scoring.score(ScoringMode.KAHOOT, Fixtures.multiple(null), half, 10_000, 3))
        .isEqualTo(new Score(375, 0, 0, false));
  }
}
