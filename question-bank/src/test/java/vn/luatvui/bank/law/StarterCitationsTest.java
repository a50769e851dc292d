package vn.luatvui.bank.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
 * The build's check of the whole starter bank against the shipped legal store, by the server's rule:
 * every cited Điều, khoản and điểm is in the text in force on the day the bank was last checked (for a
 * document already out of force, on its last day in force), and every quote occurs in the cited unit
 * after NFC and white-space normalisation, and a citation of an Điều that has khoản names the deciding
 * one (unless it quotes the Điều's own opening words). Only a document with no text in the store, or a partial text
 * without the cited Điều, cannot be checked. A citation that does not resolve fails the build, naming the
 * question, the provision and why.
 */
class StarterCitationsTest {
  private static final String FOLDER = "/starter-bank/questions/";
  /** The day the starter bank was last checked against the store. */
  private static final LocalDate CHECKED_ON = LocalDate.of(2026, 12, 7);
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  @Test
  void every_starter_citation_resolves_into_the_shipped_store_and_every_quote_is_in_its_provision() throws Exception {
    LawStore store = StarterLegalStoreTest.shippedStore();
    List<String> problems = new ArrayList<>();
    int checked = 0;
    int questions = 0;
    for (String file : files()) {
      for (ImportedQuestion q : read(file)) {
        questions++;
        for (Citation c : q.content().citations()) {
          String where = q.key() + " (" + file + "): " + c.document() + " Điều " + c.article()
              + (c.clause() == null ? "" : " khoản " + c.clause()) + (c.point() == null ? "" : " điểm " + c.point());
          LocalDate end = store.end(c.document());
          LocalDate day = end != null && end.isBefore(CHECKED_ON) ? end : CHECKED_ON;
          ProvisionPath path = new ProvisionPath(String.valueOf(c.article()),
              c.clause() == null ? null : String.valueOf(c.clause()), c.point());
          ProvisionAt at = store.provision(c.document(), path, day);
          if (at.status() == ProvisionStatus.NO_TEXT) {
            continue;
          }
          checked++;
          if (at.status() != ProvisionStatus.IN_FORCE) {
            problems.add(where + ": " + at.status() + " on " + day);
          } else if (c.quote() != null && !normalised(at.unit().plainText()).contains(normalised(c.quote()))) {
            problems.add(where + ": the quote is not in the provision: " + c.quote());
          } else if (c.clause() == null && decidedByAKhoan(store, c, day)) {
            problems.add(where + ": cites the Điều without the deciding khoản");
          }
        }
      }
    }
    assertThat(problems).as("starter citations that do not resolve").isEmpty();
    assertThat(questions).as("starter questions").isGreaterThanOrEqualTo(300);
    assertThat(checked).as("citations checked against a stored text").isGreaterThanOrEqualTo(300);
  }

  /**
   * Whether a citation of a whole Điều should have named a khoản: the Điều has khoản, and the quote (if
   * any) is in one of them rather than in the Điều's own opening words.
   */
  private static boolean decidedByAKhoan(LawStore store, Citation c, LocalDate day) {
    List<String> clauses = new ArrayList<>();
    for (int k = 1; ; k++) {
      ProvisionAt clause = store.provision(c.document(), new ProvisionPath(String.valueOf(c.article()),
          String.valueOf(k), null), day);
      if (clause.status() != ProvisionStatus.IN_FORCE) {
        break;
      }
      clauses.add(normalised(clause.unit().plainText()));
    }
    return !clauses.isEmpty() && (c.quote() == null || clauses.stream().anyMatch(t -> t.contains(normalised(c.quote()))));
  }

  private static List<String> files() throws IOException {
    try (InputStream in = StarterCitationsTest.class.getResourceAsStream(FOLDER + "index.txt")) {
      assertThat(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
  }

  private static List<ImportedQuestion> read(String file) throws IOException {
    try (InputStream in = StarterCitationsTest.class.getResourceAsStream(FOLDER + file)) {
      assertThat(in).as(file).isNotNull();
      ImportResult result = QuestionImporter.read(QuestionFormat.JSON, in, ImportOptions.defaults());
      assertThat(result.errors()).as(file).isEmpty();
      return result.questions();
    }
  }

  private static String normalised(String text) {
    return SPACE.matcher(VietnameseText.nfc(text)).replaceAll(" ").strip();
  }
}
