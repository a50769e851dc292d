package vn.luatvui.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.luatvui.bank.question.Choice;
import vn.luatvui.bank.question.QuestionContent;

class LargeFileTest {
  private static final int ROWS = 10_000;

  private static List<ExportedQuestion> questions() {
    List<ExportedQuestion> out = new ArrayList<>();
    List<QuestionContent> kinds = Fixtures.everyType();
    for (int i = 0; i < ROWS; i++) {
      QuestionContent k = kinds.get(i % kinds.size());
      String n = " (" + (i + 1) + ")";
      QuestionContent c = new QuestionContent(k.type(), "Câu hỏi số " + (i + 1) + ": " + k.text(),
          k.choices().stream().map(ch -> new Choice(ch.text() + n, ch.correct())).toList(),
          k.accepted(), k.explanation(), k.citations(), k.tags(), k.difficulty(), k.audience(), k.visibility(),
          k.scoring(), k.imageUrl());
      out.add(new ExportedQuestion(c, 20, 1000, "q-" + i));
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(value = QuestionFormat.class, names = {"XLSX_LUATVUI", "CSV_LUATVUI", "XLSX_KAHOOT", "JSON"})
  void every_row_of_ten_thousand_imports(QuestionFormat format) {
    List<ExportedQuestion> bank = questions();
    List<ExportedQuestion> held = bank.stream().filter(q -> format.canHold(q.content())).toList();
    byte[] file = Fixtures.write(format, bank);

    ImportResult result = Fixtures.read(format, file, Fixtures.withRoadLaw());

    assertThat(result.errors()).isEmpty();
    assertThat(result.duplicates()).isEmpty();
    assertThat(result.questions()).hasSize(held.size());
    assertThat(result.questions()).extracting(q -> q.content().text())
        .containsExactlyElementsOf(held.stream().map(q -> q.content().text()).toList());
  }
}
