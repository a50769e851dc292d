package vn.luatvui.server.contest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.luatvui.bank.question.Violation;

class RegistrationFormTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);

  private static RegistrationForm form(String name, LocalDate birth, String phone, String email, String id) {
    return new RegistrationForm(name, birth, 7, phone, email, id);
  }

  private static RegistrationForm valid() {
    return form("Nguyễn Thị Minh Khai", LocalDate.of(1990, 5, 20), "0912345678", null, null);
  }

  private static List<String> fields(RegistrationForm f, boolean askId) {
    return f.check(askId, TODAY).stream().map(Violation::field).toList();
  }

  @Test
  void a_complete_form_has_no_problems() {
    assertThat(valid().check(false, TODAY)).isEmpty();
  }

  @Test
  void normalising_trims_collapses_and_turns_blanks_into_nothing() {
    RegistrationForm raw = new RegistrationForm("  Tra\u0302\u0300n   Văn\u00A0An ", null, 3, " +84 912 345 678 ",
        "  An.Tran@Example.VN ", "   ");

    RegistrationForm n = raw.normalized();

    assertThat(n.fullName()).isEqualTo("Trần Văn An");
    assertThat(n.phone()).isEqualTo("0912345678");
    assertThat(n.email()).isEqualTo("an.tran@example.vn");
    assertThat(n.idNumber()).isNull();
    assertThat(n.unitId()).isEqualTo(3);
    assertThat(n.normalized()).isEqualTo(n);
    assertThat(form(" ", null, "", " ", null).normalized()).isEqualTo(form(null, null, null, null, null));
    assertThat(form("A", null, "091.234.5678", null, null).normalized().phone()).isEqualTo("0912345678");
  }

  @Test
  void names_are_letters_of_any_script_with_spaces_dots_apostrophes_and_hyphens() {
    for (String ok : List.of("Lê Đức Thọ", "H'Hen Niê", "Nguyễn-Trần An", "Ng. Văn B", "Кузнецова Анна", "李 明", "Y Moan")) {
      assertThat(fields(form(ok, LocalDate.of(2000, 1, 1), "0912345678", null, null), false)).as(ok).isEmpty();
    }
    for (String bad : List.of("A", "Nguyễn Văn 3", "An@", "-An", "x".repeat(101))) {
      assertThat(fields(form(bad, LocalDate.of(2000, 1, 1), "0912345678", null, null), false)).as(bad)
          .containsExactly("fullName");
    }
    assertThat(fields(form(null, LocalDate.of(2000, 1, 1), "0912345678", null, null), false))
        .containsExactly("fullName");
  }

  @Test
  void contestants_are_six_to_one_hundred_years_old_on_the_day() {
    assertThat(fields(form("An Bình", TODAY.minusYears(6), "0912345678", null, null), false)).isEmpty();
    assertThat(fields(form("An Bình", TODAY.minusYears(6).plusDays(1), "0912345678", null, null), false))
        .containsExactly("birthDate");
    assertThat(fields(form("An Bình", TODAY.minusYears(101).plusDays(1), "0912345678", null, null), false)).isEmpty();
    assertThat(fields(form("An Bình", TODAY.minusYears(101), "0912345678", null, null), false))
        .containsExactly("birthDate");
    assertThat(fields(form("An Bình", TODAY.plusDays(1), "0912345678", null, null), false)).containsExactly("birthDate");
    assertThat(fields(form("An Bình", null, "0912345678", null, null), false)).containsExactly("birthDate");
  }

  @Test
  void phones_are_ten_or_eleven_digits_starting_with_zero() {
    for (String ok : List.of("0912345678", "02438251234", "+84912345678")) {
      assertThat(fields(form("An Bình", LocalDate.of(2000, 1, 1), ok, null, null), false)).as(ok).isEmpty();
    }
    for (String bad : List.of("912345678", "091234567", "091234567890", "+1 555 0100", "09123abc78")) {
      assertThat(fields(form("An Bình", LocalDate.of(2000, 1, 1), bad, null, null), false)).as(bad)
          .containsExactly("phone");
    }
  }

  @Test
  void emails_have_a_simple_shape_and_at_most_two_hundred_characters() {
    assertThat(fields(form("An Bình", LocalDate.of(2000, 1, 1), null, "an@truong.edu.vn", null), false)).isEmpty();
    assertThat(fields(form("An Bình", LocalDate.of(2000, 1, 1), null, "a".repeat(195) + "@x.vn", null), false)).isEmpty();
    for (String bad : List.of("an", "an@", "@x.vn", "an@x", "an b@x.vn", "a".repeat(196) + "@x.vn")) {
      assertThat(fields(form("An Bình", LocalDate.of(2000, 1, 1), null, bad, null), false)).as(bad)
          .containsExactly("email");
    }
  }

  @Test
  void a_phone_or_an_email_is_needed_to_reach_the_contestant() {
    List<Violation> v = form("An Bình", LocalDate.of(2000, 1, 1), " ", null, null).check(false, TODAY);

    assertThat(v).containsExactly(
        new Violation("contact", "Vui lòng nhập số điện thoại hoặc email để ban tổ chức liên hệ."));
  }

  @Test
  void the_id_number_is_twelve_digits_when_asked_and_absent_otherwise() {
    LocalDate birth = LocalDate.of(2000, 1, 1);
    assertThat(fields(form("An Bình", birth, "0912345678", null, "001090012345"), true)).isEmpty();
    assertThat(fields(form("An Bình", birth, "0912345678", null, "001 090 012 345"), true)).isEmpty();
    assertThat(fields(form("An Bình", birth, "0912345678", null, null), true)).containsExactly("idNumber");
    assertThat(fields(form("An Bình", birth, "0912345678", null, "12345678901"), true)).containsExactly("idNumber");
    assertThat(fields(form("An Bình", birth, "0912345678", null, "00109001234A"), true)).containsExactly("idNumber");
    assertThat(fields(form("An Bình", birth, "0912345678", null, "001090012345"), false)).containsExactly("idNumber");
    assertThat(fields(form("An Bình", birth, "0912345678", null, "  "), false)).isEmpty();
  }

  @Test
  void a_unit_must_be_chosen() {
    RegistrationForm noUnit = new RegistrationForm("An Bình", LocalDate.of(2000, 1, 1), 0, "0912345678", null, null);

    assertThat(fields(noUnit, false)).containsExactly("unitId");
  }

  @Test
  void the_name_key_ignores_diacritics_case_and_spacing() {
    assertThat(form("  Nguyễn  Văn ĐỨC ", null, null, null, null).nameKey()).isEqualTo("nguyen van duc");
    assertThat(form("Nguye\u0302\u0303n Va\u0306n Đức", null, null, null, null).nameKey())
        .isEqualTo(form("nguyen van duc", null, null, null, null).nameKey());
    assertThat(form(null, null, null, null, null).nameKey()).isNull();
  }
}
