package vn.luatvui.server.org.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrgKindTest {
  @Test
  void kinds_are_read_from_labels_names_and_common_words_with_or_without_diacritics() {
    assertThat(OrgKind.parse("Phường")).isEqualTo(OrgKind.WARD);
    assertThat(OrgKind.parse("xa")).isEqualTo(OrgKind.COMMUNE);
    assertThat(OrgKind.parse("youth-union")).isEqualTo(OrgKind.YOUTH_UNION);
    assertThat(OrgKind.parse("Sở")).isEqualTo(OrgKind.DEPARTMENT);
    assertThat(OrgKind.parse("MTTQ")).isEqualTo(OrgKind.FATHERLAND_FRONT);
    assertThat(OrgKind.parse("cửa hàng")).isNull();
    assertThat(Settlement.parse("Nông thôn")).isEqualTo(Settlement.RURAL);
    assertThat(Settlement.parse("do thi")).isEqualTo(Settlement.URBAN);
  }

  @Test
  void only_administrative_units_have_urban_rural_and_population() {
    assertThat(OrgKind.WARD.administrative()).isTrue();
    assertThat(OrgKind.COMMUNE.administrative()).isTrue();
    assertThat(OrgKind.SCHOOL.administrative()).isFalse();
    assertThat(OrgKind.BUSINESS.administrative()).isFalse();
  }
}
