package vn.luatvui.server.game.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class NicknamesTest {

  @Test
  void a_nickname_is_kept_in_nfc_trimmed_with_single_spaces_and_no_invisible_characters() {
    String decomposed = Normalizer.normalize("  Nguyễn   Đức\u200B  ", Normalizer.Form.NFD);

    assertThat(Nicknames.normalize(decomposed)).isEqualTo("Nguyễn Đức");
    assertThat(Nicknames.normalize("An\tBình\n")).isEqualTo("An Bình");
    assertThat(Nicknames.normalize(null)).isEmpty();
  }

  @Test
  void a_nickname_has_one_to_twenty_characters_counted_after_trimming() {
    assertThat(Nicknames.check("")).contains(Rejection.NICKNAME_EMPTY);
    assertThat(Nicknames.check("A")).isEmpty();
    assertThat(Nicknames.check("Nguyễn Thị Hồng Nhung")).contains(Rejection.NICKNAME_TOO_LONG);
    assertThat(Nicknames.check("Nguyễn Thị Hồng Nhu")).isEmpty();
    assertThat(Nicknames.check("Trần Hưng Đạo 12345!")).isEmpty();
  }

  @Test
  void a_nickname_needs_a_letter_or_a_digit() {
    assertThat(Nicknames.check("...")).contains(Rejection.NICKNAME_INVALID);
    assertThat(Nicknames.check("7")).isEmpty();
  }

  @Test
  void nicknames_that_differ_only_in_diacritics_case_or_d_are_the_same() {
    assertThat(Nicknames.key("Đức")).isEqualTo(Nicknames.key("duc"));
    assertThat(Nicknames.key("Lê Văn Tám")).isEqualTo(Nicknames.key("le van tam"));
    assertThat(Nicknames.key("Lê")).isNotEqualTo(Nicknames.key("Lý"));
  }

  @Test
  void english_profanity_is_blocked_even_spelled_out_or_with_look_alike_characters() {
    assertThat(Nicknames.check("fuck")).contains(Rejection.NICKNAME_BLOCKED);
    assertThat(Nicknames.check("F.U.C.K you")).contains(Rejection.NICKNAME_BLOCKED);
    assertThat(Nicknames.check("sh1t head")).contains(Rejection.NICKNAME_BLOCKED);
    assertThat(Nicknames.check("Big Ass")).contains(Rejection.NICKNAME_BLOCKED);
  }

  @Test
  void vietnamese_profanity_is_blocked_with_or_without_diacritics_where_that_is_unambiguous() {
    assertThat(Nicknames.check("Địt mẹ")).contains(Rejection.NICKNAME_BLOCKED);
    assertThat(Nicknames.check("dit me")).contains(Rejection.NICKNAME_BLOCKED);
    assertThat(Nicknames.check("ĐM")).contains(Rejection.NICKNAME_BLOCKED);
    assertThat(Nicknames.check("vcl")).contains(Rejection.NICKNAME_BLOCKED);
    assertThat(Nicknames.check("Đồ ngu")).contains(Rejection.NICKNAME_BLOCKED);
    assertThat(Nicknames.check("thằng lồn")).contains(Rejection.NICKNAME_BLOCKED);
    assertThat(Nicknames.check("Con CẶC")).contains(Rejection.NICKNAME_BLOCKED);
  }

  @Test
  void ordinary_names_that_fold_like_a_bad_word_or_contain_one_are_allowed() {
    assertThat(Nicknames.check("Bé Lớn")).isEmpty();
    assertThat(Nicknames.check("Các bạn lớp 9")).isEmpty();
    assertThat(Nicknames.check("Cún Tí")).isEmpty();
    assertThat(Nicknames.check("Du lịch")).isEmpty();
    assertThat(Nicknames.check("Buổi sáng")).isEmpty();
    assertThat(Nicknames.check("Class 9A")).isEmpty();
    assertThat(Nicknames.check("Bass")).isEmpty();
    assertThat(Nicknames.check("Điểm 10")).isEmpty();
    assertThat(Nicknames.check("Đi học")).isEmpty();
  }
}
