package vn.luatvui.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.luatvui.bank.law.text.LawDocument;
import vn.luatvui.bank.law.text.LawFixtures;

class LegalStoreJsonTest {
  @Test
  void every_document_written_as_json_reads_back_equal() {
    List<LawDocument> documents = LawFixtures.all();
    String json = LegalStoreJson.write(documents);
    assertThat(LegalStoreJson.read(json)).isEqualTo(documents);
    assertThat(json).contains("\"type\":\"division\"", "\"type\":\"clause\"", "\"effectiveFrom\":\"2021-01-01\"",
        "\"action\":\"REPLACE_PHRASE\"");
  }

  @Test
  void json_of_another_format_is_refused() {
    assertThatThrownBy(() -> LegalStoreJson.read("{\"format\":\"x\",\"version\":1,\"documents\":[]}"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
