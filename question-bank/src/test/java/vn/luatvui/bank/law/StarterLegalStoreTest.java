package vn.luatvui.bank.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.luatvui.bank.law.store.LawStore;
import vn.luatvui.bank.law.store.ProvisionChange;
import vn.luatvui.bank.law.text.ProvisionPath;
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

  static LawStore shippedStore() throws Exception {
    List<LawDocument> documents = new ArrayList<>();
    for (Path file : files()) {
      documents.add(LegalTextFormat.parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
    }
    return new LawStore(documents);
  }

  @Test
  void the_labour_code_is_read_to_its_last_article_and_the_criminal_code_as_amended_in_2025() throws Exception {
    LawStore store = shippedStore();
    LocalDate today = LocalDate.of(2026, 12, 7);

    assertThat(store.provision("45/2019/QH14", ProvisionPath.parse("Điều 220 khoản 1"), today).unit().plainText())
        .contains("Bộ luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2021");
    assertThat(store.provision("45/2019/QH14", ProvisionPath.parse("Điều 198"), today).unit().plainText())
        .contains("Đình công là sự ngừng việc tạm thời, tự nguyện và có tổ chức của người lao động");

    // Luật 86/2025 rewords Điều 251 khoản 1 of the Criminal Code from 01/7/2025, but not khoản 2 of Điều 192 nor Điều 247.
    ProvisionPath amended = ProvisionPath.parse("Điều 251 khoản 1");
    assertThat(store.provision("100/2015/QH13", amended, LocalDate.of(2025, 6, 30)).unit().plainText())
        .contains("thì bị phạt tù từ 02 năm đến 07 năm");
    assertThat(store.provision("100/2015/QH13", amended, LocalDate.of(2025, 7, 1)).unit().plainText())
        .contains("thì bị phạt tù từ 03 năm đến 07 năm");
    assertThat(store.changes("100/2015/QH13", amended)).extracting(ProvisionChange::byDocument, ProvisionChange::from)
        .contains(org.assertj.core.groups.Tuple.tuple("86/2025/QH15", LocalDate.of(2025, 7, 1)));
    assertThat(store.affected("100/2015/QH13")).extracting(LawStore.Affected::path)
        .contains(ProvisionPath.parse("Điều 192 khoản 1"), ProvisionPath.parse("Điều 317 khoản 5"),
            ProvisionPath.article("235"))
        .doesNotContain(ProvisionPath.parse("Điều 192 khoản 2"), ProvisionPath.parse("Điều 247 khoản 1"));
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
