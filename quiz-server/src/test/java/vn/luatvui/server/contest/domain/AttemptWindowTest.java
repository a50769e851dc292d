package vn.luatvui.server.contest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luatvui.server.contest.domain.Contests.T0;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AttemptWindowTest {
  private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

  @Test
  void the_deadline_is_the_time_limit_when_the_round_closes_later() {
    AttemptWindow w = AttemptWindow.open(T0, FIFTEEN_MINUTES, T0.plus(Duration.ofDays(3)));

    assertThat(w.startedAt()).isEqualTo(T0);
    assertThat(w.deadline()).isEqualTo(T0.plus(FIFTEEN_MINUTES));
  }

  @Test
  void the_deadline_is_the_round_close_when_that_comes_first() {
    Instant closes = T0.plus(Duration.ofMinutes(5));

    assertThat(AttemptWindow.open(T0, FIFTEEN_MINUTES, closes).deadline()).isEqualTo(closes);
  }

  @Test
  void a_practice_attempt_has_no_round_close() {
    assertThat(AttemptWindow.open(T0, FIFTEEN_MINUTES, null).deadline()).isEqualTo(T0.plus(FIFTEEN_MINUTES));
  }

  @Test
  void answers_are_accepted_until_three_seconds_after_the_deadline() {
    AttemptWindow w = AttemptWindow.open(T0, FIFTEEN_MINUTES, null);
    Instant deadline = w.deadline();

    assertThat(w.acceptsAnswerAt(T0)).isTrue();
    assertThat(w.acceptsAnswerAt(deadline)).isTrue();
    assertThat(w.acceptsAnswerAt(deadline.plusSeconds(3))).isTrue();
    assertThat(w.acceptsAnswerAt(deadline.plusSeconds(3).plusMillis(1))).isFalse();
    assertThat(w.expiredAt(deadline.plusSeconds(3))).isFalse();
    assertThat(w.expiredAt(deadline.plusSeconds(3).plusMillis(1))).isTrue();
    assertThat(AttemptWindow.GRACE).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void the_duration_counts_up_to_the_deadline_at_most_and_is_never_negative() {
    AttemptWindow w = AttemptWindow.open(T0, FIFTEEN_MINUTES, null);

    assertThat(w.durationMs(T0.plusMillis(61_500))).isEqualTo(61_500);
    assertThat(w.durationMs(w.deadline().plusSeconds(2))).isEqualTo(FIFTEEN_MINUTES.toMillis());
    assertThat(w.durationMs(T0.minusSeconds(1))).isZero();
  }

  @Test
  void the_remaining_time_runs_down_to_zero() {
    AttemptWindow w = AttemptWindow.open(T0, FIFTEEN_MINUTES, null);

    assertThat(w.remainingMs(T0)).isEqualTo(900_000);
    assertThat(w.remainingMs(T0.plusSeconds(899))).isEqualTo(1_000);
    assertThat(w.remainingMs(w.deadline().plusSeconds(10))).isZero();
  }

  @Test
  void an_attempt_started_after_the_round_closed_has_no_time_left() {
    AttemptWindow w = AttemptWindow.open(T0, FIFTEEN_MINUTES, T0.minusSeconds(10));

    assertThat(w.deadline()).isEqualTo(T0);
    assertThat(w.remainingMs(T0)).isZero();
  }
}
