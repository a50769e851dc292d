package vn.luatvui.bank.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.luatvui.bank.law.store.LawStore;
import vn.luatvui.bank.law.text.LawDocument;
import vn.luatvui.bank.law.text.LegalTextException;
import vn.luatvui.bank.law.text.LegalTextFormat;

/** The legal store's starter texts as shipped: every file reads without an error. */
class StarterLegalStoreTest {

  static List<Path> files() throws IOException, URISyntaxException {
    Path folder = Path.of(StarterLegalStoreTest.class.getClassLoader().getResource("legal-store").toURI());
    try (Stream<Path> all = Files.list(folder)) {
      return all.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
  }

  @Test
  void the_starter_texts_and_their_changes_make_one_store_without_a_problem() throws Exception {
    List<LawDocument> documents = new ArrayList<>();
    for (Path file : files()) {
      documents.add(LegalTextFormat.parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
    }

    LawStore store = new LawStore(documents);

    assertThat(store.problems()).isEmpty();
  }

  @Test
  void every_starter_text_follows_the_format() throws Exception {
    List<String> problems = new ArrayList<>();
    List<Path> files = files();
    for (Path file : files) {
      try {
        LegalTextFormat.parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
      } catch (LegalTextException e) {
        e.errors().stream().limit(5).forEach(err -> problems.add(file.getFileName() + " " + err));
      }
    }
    assertThat(files).hasSizeGreaterThan(20);
    assertThat(problems).isEmpty();
  }
}
