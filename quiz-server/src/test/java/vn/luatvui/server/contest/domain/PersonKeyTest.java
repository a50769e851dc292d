package vn.luatvui.server.contest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonKeyTest {
  private static final String KEY = PersonKey.name("Nguyễn Văn An");

  @Test
  void punctuation_case_spacing_and_diacritics_do_not_make_a_new_person() {
    for (String same : List.of("NGUYEN VAN AN", "nguyễn  văn  an", "Nguyễn.Văn-An", "Nguyễn Văn An.", "Nguyen'Van An",
        "Nguye\u0302\u0303n Va\u0306n An")) {
      assertThat(PersonKey.name(same)).as(same).isEqualTo(KEY);
    }
  }

  @Test
  void full_width_and_cyrillic_look_alikes_fold_to_the_same_skeleton() {
    assertThat(PersonKey.name("Ｎｇｕｙｅｎ Ｖａｎ Ａｎ")).isEqualTo(KEY);
    assertThat(PersonKey.name("Nguy\u0435n V\u0430n \u0410n")).as("Cyrillic е, а, А").isEqualTo(KEY);
    assertThat(PersonKey.name("Nguyễn V\u0430n \u0410n")).as("Cyrillic а in a name with Vietnamese marks").isEqualTo(KEY);
  }

  @Test
  void different_people_keep_different_keys() {
    assertThat(PersonKey.name("Nguyễn Văn Anh")).isNotEqualTo(KEY);
    assertThat(PersonKey.name("Nguyễn Văn Ân")).as("marks fold as the lookup folds them").isEqualTo(KEY);
    assertThat(PersonKey.name("Trần Văn An")).isNotEqualTo(KEY);
    assertThat(PersonKey.name(" .- ")).isNull();
  }

  @Test
  void phones_compare_by_their_digits_with_plus_84_as_0() {
    for (String same : List.of("0912345678", "+84 912 345 678", "+84912345678", "0084 912 345 678", "0912.345.678",
        "(091) 234-5678", "０９１２３４５６７８")) {
      assertThat(PersonKey.phone(same)).as(same).isEqualTo("0912345678");
    }
    assertThat(PersonKey.phone("09123abc678")).as("letters stay, for the check to refuse").contains("abc");
  }

  @Test
  void emails_and_id_numbers_are_compared_in_nfkc_without_case_or_separators() {
    assertThat(PersonKey.email(" An.Tran@Example.VN ")).isEqualTo("an.tran@example.vn");
    assertThat(PersonKey.email("ａｎ@ｅｘａｍｐｌｅ.ｖｎ")).isEqualTo("an@example.vn");
    assertThat(PersonKey.idNumber("０３４ ０９５-０００ １２３")).isEqualTo("034095000123");
  }

  @Test
  void a_registration_form_uses_the_skeleton_and_the_normalised_contacts() {
    RegistrationForm a = new RegistrationForm("Nguyễn Văn An", LocalDate.of(2009, 1, 2), 1, "+84 912 345 678", null, null)
        .normalized();
    RegistrationForm b = new RegistrationForm("Ｎｇｕｙｅｎ V\u0430n-An", LocalDate.of(2009, 1, 2), 1, "０９１２３４５６７８",
        null, null).normalized();
    assertThat(b.nameSkeleton()).isEqualTo(a.nameSkeleton());
    assertThat(b.phone()).isEqualTo(a.phone()).isEqualTo("0912345678");
  }
}
