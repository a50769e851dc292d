package vn.luatvui.bank.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.luatvui.bank.formats.ImportOptions;
import vn.luatvui.bank.formats.ImportResult;
import vn.luatvui.bank.formats.ImportedQuestion;
import vn.luatvui.bank.formats.QuestionFormat;
import vn.luatvui.bank.formats.QuestionImporter;
import vn.luatvui.bank.law.store.LawStore;
import vn.luatvui.bank.law.store.ProvisionAt;
import vn.luatvui.bank.law.store.ProvisionStatus;
import vn.luatvui.bank.law.text.ProvisionPath;
import vn.luatvui.bank.question.Citation;
import vn.luatvui.bank.text.VietnameseText;

/**
 * The starter questions on drugs cite the 2025 drug law, in force since 01/7/2026: every cited Điều,
 * khoản and điểm is in the shipped text as in force on the day of the check, and every quote occurs in
 * the cited unit after NFC and white-space normalisation (as the server's citation check reads them).
 */
class StarterDrugCitationsTest {
  private static final String FILE = "/starter-bank/questions/luat-phong-chong-ma-tuy.json";
  private static final String LAW = "120/2025/QH15";
  private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  @Test
  void every_drug_question_cites_the_2025_law_and_quotes_the_cited_unit_word_for_word() throws Exception {
    List<ImportedQuestion> questions;
    try (InputStream in = StarterDrugCitationsTest.class.getResourceAsStream(FILE)) {
      assertThat(in).as(FILE).isNotNull();
      ImportResult result = QuestionImporter.read(QuestionFormat.JSON, in, ImportOptions.defaults());
      assertThat(result.errors()).isEmpty();
      questions = result.questions();
    }
    LawStore store = StarterLegalStoreTest.shippedStore();
    List<String> problems = new ArrayList<>();
    int quoted = 0;
    for (ImportedQuestion q : questions) {
      List<Citation> citations = q.content().citations();
      if (citations.isEmpty()) {
        problems.add(q.key() + ": no citation");
      }
      for (Citation c : citations) {
        String where = q.key() + " " + c.document() + " Điều " + c.article() + " khoản " + c.clause() + " điểm "
            + c.point();
        if (!LAW.equals(c.document())) {
          problems.add(where + ": not the law in force");
          continue;
        }
        if (c.clause() == null) {
          problems.add(where + ": cites the Điều without the deciding khoản");
        }
        ProvisionPath path = new ProvisionPath(String.valueOf(c.article()),
            c.clause() == null ? null : String.valueOf(c.clause()), c.point());
        ProvisionAt at = store.provision(LAW, path, DAY);
        if (at.status() != ProvisionStatus.IN_FORCE) {
          problems.add(where + ": " + at.status());
          continue;
        }
        if (c.quote() == null) {
          problems.add(where + ": no quote");
          continue;
        }
        quoted++;
        if (!normalised(at.unit().plainText()).contains(normalised(c.quote()))) {
          problems.add(where + ": the quote is not in the unit: " + c.quote());
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(questions).hasSizeGreaterThanOrEqualTo(20);
    assertThat(quoted).isPositive();
  }

  private static String normalised(String text) {
    return SPACE.matcher(VietnameseText.nfc(text)).replaceAll(" ").strip();
  }
}
