package vn.luatvui.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The curated starter bank is written in the JSON items' schema; every format must carry it. */
class StarterBankFormatsTest {
  private static final String FOLDER = "/starter-bank/questions/";
  private static final List<ExportedQuestion> BANK = new ArrayList<>();
  private static final List<String> FILES = new ArrayList<>();

  @BeforeAll
  static void readTheStarterBank() throws IOException {
    try (InputStream index = StarterBankFormatsTest.class.getResourceAsStream(FOLDER + "index.txt")) {
      if (index == null) {
        return;
      }
      new String(index.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(FILES::add);
    }
  }

  @Test
  void every_starter_bank_file_reads_without_errors_or_duplicates() throws IOException {
    assumeTrue(!FILES.isEmpty(), "no starter bank in this build");
    for (String file : FILES) {
      try (InputStream in = StarterBankFormatsTest.class.getResourceAsStream(FOLDER + file)) {
        assertThat(in).as(file).isNotNull();
        ImportResult result = QuestionImporter.read(QuestionFormat.JSON, in, ImportOptions.defaults());
        assertThat(result.errors()).as(file).isEmpty();
        assertThat(result.duplicates()).as(file).isEmpty();
        assertThat(result.questions()).as(file).isNotEmpty();
        result.questions().forEach(q -> BANK.add(q.toExported()));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(value = QuestionFormat.class, names = {"JSON", "XLSX_LUATVUI", "CSV_LUATVUI"})
  void the_whole_starter_bank_comes_back_unchanged_through_the_lossless_formats(QuestionFormat format)
      throws IOException {
    List<ExportedQuestion> bank = bank();
    assumeTrue(!bank.isEmpty(), "no starter bank in this build");

    ImportResult back = Fixtures.read(format, Fixtures.write(format, bank));

    assertThat(back.errors()).isEmpty();
    assertThat(back.questions()).map(ImportedQuestion::toExported).containsExactlyElementsOf(bank);
  }

  @ParameterizedTest
  @EnumSource(value = QuestionFormat.class, names = {"XLSX_KAHOOT", "CSV_KAHOOT", "AIKEN", "GIFT"})
  void what_the_other_formats_hold_of_the_starter_bank_reads_back_without_errors(QuestionFormat format)
      throws IOException {
    List<ExportedQuestion> bank = bank();
    assumeTrue(!bank.isEmpty(), "no starter bank in this build");
    List<ExportedQuestion> held = bank.stream().filter(q -> format.canHold(q.content())).toList();

    ImportResult back = Fixtures.read(format, Fixtures.write(format, bank), Fixtures.withRoadLaw());

    assertThat(back.errors()).isEmpty();
    assertThat(back.questions()).map(q -> q.content().text()).containsExactlyElementsOf(
        held.stream().map(q -> q.content().text()).toList());
    assertThat(back.questions()).map(q -> q.content().choices()).containsExactlyElementsOf(
        held.stream().map(q -> q.content().choices()).toList());
  }

  private static List<ExportedQuestion> bank() throws IOException {
    if (BANK.isEmpty() && !FILES.isEmpty()) {
      for (String file : FILES) {
        try (InputStream in = StarterBankFormatsTest.class.getResourceAsStream(FOLDER + file)) {
          QuestionImporter.read(QuestionFormat.JSON, in, ImportOptions.defaults()).questions()
              .forEach(q -> BANK.add(q.toExported()));
        }
      }
    }
    return BANK;
  }
}
