package vn.luatvui.server.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the lookup reads what a citizen types. */
class LookupQueryTest {
  private static final Map<String, String> DOCUMENTS = Map.of("102/2016/QH13", "Luật Trẻ em",
      "100/2015/QH13", "Bộ luật Hình sự", "12/2016/QH14", "Luật Thử");

  @Test
  void an_article_and_a_law_named_in_words_become_a_citation() {
    assertThat(LookupQuery.parse("Điều 9 Luật Trẻ em", DOCUMENTS))
        .isEqualTo(new LookupQuery("102/2016/QH13", 9, java.util.List.of()));
    assertThat(LookupQuery.parse("khoan 2 dieu 12 bo luat hinh su tuoi", DOCUMENTS))
        .isEqualTo(new LookupQuery("100/2015/QH13", 12, java.util.List.of("tuoi")));
  }

  @Test
  void a_document_number_is_matched_whole() {
    assertThat(LookupQuery.parse("dieu 9 102/2016/qh13", DOCUMENTS).document()).isEqualTo("102/2016/QH13");
    assertThat(LookupQuery.parse("2/2016/QH13", DOCUMENTS).document()).isNull();
  }

  @Test
  void question_words_are_dropped_but_words_sharing_their_syllables_are_kept() {
    assertThat(LookupQuery.parse("xe đạp điện bao nhiêu tuổi được đi", DOCUMENTS).words())
        .containsExactly("xe", "dap", "dien", "tuoi");
    assertThat(LookupQuery.parse("có phải đội mũ bảo hiểm không", DOCUMENTS).words())
        .containsExactly("doi", "mu", "bao", "hiem");
    assertThat(LookupQuery.parse("tại sao trẻ em bị xâm hại", DOCUMENTS).words())
        .containsExactly("tre", "em", "xam", "hai");
  }
}
