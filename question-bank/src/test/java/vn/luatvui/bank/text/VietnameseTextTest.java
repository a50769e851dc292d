package vn.luatvui.bank.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

  @Test
  void folding_drops_tone_and_vowel_marks_so_unaccented_queries_match() {
    assertThat(VietnameseText.fold("giao thông")).isEqualTo("giao thong");
    assertThat(VietnameseText.fold("Luật Trẻ em")).isEqualTo("luat tre em");
    assertThat(VietnameseText.fold("người chưa thành niên")).isEqualTo("nguoi chua thanh nien");
  }

  @Test
  void folding_maps_d_with_stroke_which_is_not_a_combining_mark() {
    assertThat(VietnameseText.fold("Điều 9")).isEqualTo("dieu 9");
    assertThat(VietnameseText.fold("đường bộ")).isEqualTo("duong bo");
  }

  @Test
  void folding_collapses_white_space_and_case() {
    assertThat(VietnameseText.fold("  Bộ   luật\tHÌNH\u00A0sự \n")).isEqualTo("bo luat hinh su");
  }

  @Test
  void decomposed_and_composed_input_fold_alike_and_normalise_to_the_same_nfc() {
    String composed = "Hiến pháp";
    String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo(composed);
    assertThat(VietnameseText.nfc(decomposed)).isEqualTo(composed);
    assertThat(VietnameseText.fold(decomposed)).isEqualTo(VietnameseText.fold(composed));
  }

  @Test
  void null_stays_null() {
    assertThat(VietnameseText.nfc(null)).isNull();
    assertThat(VietnameseText.fold(null)).isNull();
  }
}
