package vn.luatvui.server.contest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.luatvui.bank.question.Violation;

class PrivacyRulesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
  private static final List<String> COLLECTED = Consent.collected(false);

  @Test
  void public_rankings_show_the_family_name_and_initials() {
    assertThat(ShortName.of("Nguyễn Văn An")).isEqualTo("Nguyễn V. A.");
    assertThat(ShortName.of("Nguyễn Thị Minh Khai")).isEqualTo("Nguyễn T. M. K.");
    assertThat(ShortName.of("  Lê   Đức Thọ ")).isEqualTo("Lê Đ. T.");
    assertThat(ShortName.of("H'Hen Niê")).isEqualTo("H'Hen N.");
    assertThat(ShortName.of("Ánh")).isEqualTo("Á.");
    assertThat(ShortName.of(null)).isEmpty();
  }

  @Test
  void registration_needs_the_contestants_consent() {
    List<Violation> refused = new Consent(false, null, false).check(LocalDate.of(2000, 1, 1), TODAY, COLLECTED);
    assertThat(refused).extracting(Violation::field).containsExactly("consent.accepted");
    assertThat(new Consent(true, null, false).check(LocalDate.of(2000, 1, 1), TODAY, COLLECTED)).isEmpty();
  }

  @Test
  void under_sixteen_a_guardian_agrees_too_when_more_than_name_and_unit_is_collected() {
    LocalDate fifteen = TODAY.minusYears(16).plusDays(1);
    LocalDate sixteen = TODAY.minusYears(16);
    assertThat(Consent.guardianNeeded(fifteen, TODAY, COLLECTED)).isTrue();
    assertThat(Consent.guardianNeeded(sixteen, TODAY, COLLECTED)).isFalse();
    assertThat(Consent.guardianNeeded(fifteen, TODAY, List.of("fullName", "unit"))).isFalse();
    assertThat(new Consent(true, null, false).check(fifteen, TODAY, COLLECTED)).extracting(Violation::field)
        .containsExactly("consent.guardianName", "consent.guardianAccepted");
    assertThat(new Consent(true, "Trần Thị Mẹ", true).check(fifteen, TODAY, COLLECTED)).isEmpty();
  }

  @Test
  void the_id_number_is_listed_only_when_the_contest_asks_for_it() {
    assertThat(Consent.collected(false)).doesNotContain("idNumber");
    assertThat(Consent.collected(true)).contains("idNumber");
  }

  @Test
  void personal_data_is_due_for_erasure_once_the_retention_period_after_the_last_round_has_passed() {
    Instant closed = Instant.parse("2026-01-01T00:00:00Z");
    assertThat(Retention.due(null, 30, Instant.parse("2030-01-01T00:00:00Z"))).as("a round still to close").isFalse();
    assertThat(Retention.due(closed, 30, Instant.parse("2026-01-30T23:59:59Z"))).isFalse();
    assertThat(Retention.due(closed, 30, Instant.parse("2026-01-31T00:00:00Z"))).isTrue();
  }

  @Test
  void retention_is_between_30_days_and_10_years() {
    ContestSettings d = ContestSettings.defaults();
    assertThat(d.retentionDays()).isEqualTo(365);
    ContestSettings tooShort = new ContestSettings(20, 900, 1, true, RevealPolicy.AFTER_ROUND_CLOSE, 10, null, null,
        null, false, 10, null, 7);
    assertThat(tooShort.check()).extracting(Violation::field).contains("retentionDays");
  }

  @Test
  void practice_has_a_pool_of_its_own_or_waits_for_the_last_round() {
    assertThat(PracticeRule.of(ContestSettings.defaults())).isEqualTo(PracticeRule.REVEAL_AFTER_LAST_ROUND);
    ContestSettings separate = new ContestSettings(20, 900, 1, true, RevealPolicy.AFTER_ROUND_CLOSE, 10, null, null,
        null, false, 10, new QuestionPool(List.of(4L), List.of(), List.of()), null);
    assertThat(PracticeRule.of(separate)).isEqualTo(PracticeRule.SEPARATE_POOL);
    assertThat(separate.allSetIds()).containsExactly(4L);
  }
}
