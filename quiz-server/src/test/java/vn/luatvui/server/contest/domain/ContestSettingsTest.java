package vn.luatvui.server.contest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.luatvui.bank.question.Violation;

class ContestSettingsTest {
  private static ContestSettings with(int questions, int seconds, int attempts, int points, String prediction,
                                     PredictionTarget target, QuestionPool pool, int winners) {
    return new ContestSettings(questions, seconds, attempts, true, RevealPolicy.AFTER_SUBMIT, points, prediction,
        target, pool, false, winners, null, null);
  }

  private static List<String> fields(ContestSettings s) {
    return s.check().stream().map(Violation::field).toList();
  }

  @Test
  void the_defaults_are_twenty_questions_in_fifteen_minutes_with_a_perfect_score_prediction() {
    ContestSettings d = ContestSettings.defaults();

    assertThat(d.questionsPerAttempt()).isEqualTo(20);
    assertThat(d.timeLimitSeconds()).isEqualTo(900);
    assertThat(d.attemptsPerRound()).isEqualTo(1);
    assertThat(d.practiceEnabled()).isTrue();
    assertThat(d.reveal()).isEqualTo(RevealPolicy.AFTER_ROUND_CLOSE);
    assertThat(d.pointsPerQuestion()).isEqualTo(10);
    assertThat(d.predictionQuestion())
        .isEqualTo("Theo bạn, có bao nhiêu người trả lời đúng tất cả các câu hỏi của đợt thi này?");
    assertThat(d.predictionTarget()).isEqualTo(PredictionTarget.PERFECT_SCORES);
    assertThat(d.pool()).isEqualTo(QuestionPool.empty());
    assertThat(d.askIdNumber()).isFalse();
    assertThat(d.winnersPerRound()).isEqualTo(10);
    assertThat(d.maxScore()).isEqualTo(200);
    assertThat(d.check()).isEmpty();
  }

  @Test
  void each_number_must_lie_within_its_bounds() {
    ContestSettings low = with(0, 59, 0, 0, null, null, null, -1);
    ContestSettings high = with(101, 7201, 11, 101, null, null, null, 1001);
    ContestSettings edges = with(100, 7200, 10, 100, null, null, null, 1000);
    ContestSettings lowEdges = with(1, 60, 1, 1, null, null, null, 0);

    assertThat(fields(low)).containsExactlyInAnyOrder("questionsPerAttempt", "timeLimitSeconds", "attemptsPerRound",
        "pointsPerQuestion", "winnersPerRound");
    assertThat(fields(high)).containsExactlyInAnyOrder("questionsPerAttempt", "timeLimitSeconds", "attemptsPerRound",
        "pointsPerQuestion", "winnersPerRound");
    assertThat(edges.check()).isEmpty();
    assertThat(lowEdges.check()).isEmpty();
  }

  @Test
  void messages_are_in_vietnamese() {
    assertThat(with(0, 900, 1, 10, null, null, null, 10).check())
        .containsExactly(new Violation("questionsPerAttempt", "Số câu hỏi mỗi lượt thi phải từ 1 đến 100."));
  }

  @Test
  void a_prediction_question_needs_a_target_and_a_target_needs_a_question() {
    assertThat(fields(with(20, 900, 1, 10, "Có bao nhiêu người dự thi?", null, null, 10)))
        .containsExactly("predictionTarget");
    assertThat(fields(with(20, 900, 1, 10, "  ", PredictionTarget.PARTICIPANTS, null, 10)))
        .containsExactly("predictionQuestion");
    assertThat(with(20, 900, 1, 10, null, null, null, 10).check()).isEmpty();
  }

  @Test
  void the_prediction_question_is_at_most_five_hundred_characters() {
    String ok = "ậ".repeat(500);
    assertThat(with(20, 900, 1, 10, ok, PredictionTarget.PARTICIPANTS, null, 10).check()).isEmpty();
    assertThat(fields(with(20, 900, 1, 10, ok + "?", PredictionTarget.PARTICIPANTS, null, 10)))
        .containsExactly("predictionQuestion");
  }

  @Test
  void quotas_need_a_count_a_valid_difficulty_and_a_tag_or_a_difficulty() {
    QuestionPool pool = new QuestionPool(List.of(), List.of(), List.of(
        new Quota("giao-thong", 2, 3), new Quota("dan-su", null, 0), new Quota(null, 4, 1), new Quota(" ", null, 1)));

    assertThat(fields(with(20, 900, 1, 10, null, null, pool, 10))).containsExactly(
        "pool.quotas[1].count", "pool.quotas[2].difficulty", "pool.quotas[3]");
  }

  @Test
  void quotas_together_may_not_ask_for_more_questions_than_an_attempt_has() {
    QuestionPool pool = new QuestionPool(List.of(), List.of(), List.of(new Quota("a", null, 6), new Quota(null, 1, 5)));

    assertThat(with(11, 900, 1, 10, null, null, pool, 10).check()).isEmpty();
    assertThat(with(10, 900, 1, 10, null, null, pool, 10).check()).extracting(Violation::field)
        .containsExactly("pool.quotas");
  }

  @Test
  void the_pool_cleans_its_tags_and_treats_missing_lists_as_empty() {
    QuestionPool pool = new QuestionPool(null, List.of("  Giao-Thông ", "giao-thông", " "), null);

    assertThat(pool.setIds()).isEmpty();
    assertThat(pool.quotas()).isEmpty();
    assertThat(pool.tags()).containsExactly("giao-thông");
    assertThat(new Quota(" HIẾN-PHÁP ", null, 1).tag()).isEqualTo("hiến-pháp");
  }

  @Test
  void the_maximum_score_is_questions_times_points() {
    assertThat(with(15, 900, 1, 20, null, null, null, 10).maxScore()).isEqualTo(300);
  }
}
