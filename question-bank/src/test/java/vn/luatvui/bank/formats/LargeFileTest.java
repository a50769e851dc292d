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
  void ten_thousand_rows_import_in_a_few_seconds(QuestionFormat format) {
    byte[] file = Fixtures.write(format, questions());

    long start = System.nanoTime();
    ImportResult result = Fixtures.read(format, file, Fixtures.withRoadLaw());
    long millis = (System.nanoTime() - start) / 1_000_000;

    System.out.printf("%s: %,d bytes, %,d questions read in %,d ms%n", format, file.length,
        result.questions().size(), millis);
    assertThat(result.errors()).isEmpty();
    assertThat(result.questions()).hasSizeGreaterThan(ROWS / 2);
    assertThat(result.duplicates()).isEmpty();
  }
}
