package vn.luatvui.bank.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegalDocumentTest {
  private final LegalDocument roadTraffic2008 = new LegalDocument("23/2008/QH12", "Luật Giao thông đường bộ",
      DocumentKind.LUAT, LocalDate.of(2008, 11, 13), LocalDate.of(2009, 7, 1), LocalDate.of(2024, 12, 31),
      List.of("36/2024/QH15", "35/2024/QH15"));

  @Test
  void a_law_is_in_force_from_its_first_day_to_its_last() {
    assertThat(roadTraffic2008.inForceOn(LocalDate.of(2009, 6, 30))).isFalse();
    assertThat(roadTraffic2008.inForceOn(LocalDate.of(2009, 7, 1))).isTrue();
    assertThat(roadTraffic2008.inForceOn(LocalDate.of(2024, 12, 31))).isTrue();
    assertThat(roadTraffic2008.inForceOn(LocalDate.of(2025, 1, 1))).isFalse();
  }

  @Test
  void a_law_not_yet_in_force_has_not_ended() {
    LegalDocument future = new LegalDocument("1/2030/QH16", "Luật tương lai", DocumentKind.LUAT, null,
        LocalDate.of(2030, 1, 1), null, List.of());

    assertThat(future.inForceOn(LocalDate.of(2026, 1, 1))).isFalse();
    assertThat(future.endedBy(LocalDate.of(2026, 1, 1))).isFalse();
    assertThat(roadTraffic2008.endedBy(LocalDate.of(2025, 1, 1))).isTrue();
  }
}
