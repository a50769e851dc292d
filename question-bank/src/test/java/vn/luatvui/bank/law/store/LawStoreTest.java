package vn.luatvui.bank.law.store;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luatvui.bank.law.text.LawFixtures.AMENDING;
import static vn.luatvui.bank.law.text.LawFixtures.CODE;
import static vn.luatvui.bank.law.text.LawFixtures.REPLACING;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.luatvui.bank.law.text.Article;
import vn.luatvui.bank.law.text.LawFixtures;
import vn.luatvui.bank.law.text.LegalTextFormat;
import vn.luatvui.bank.law.text.ProvisionPath;

class LawStoreTest {
  private static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
  private static final LocalDate AFTER = LocalDate.of(2025, 7, 1);
  private final LawStore store = new LawStore(LawFixtures.all());

  private ProvisionAt at(String path, LocalDate day) {
    return store.provision(CODE, ProvisionPath.parse(path), day);
  }

  @Test
  void an_amended_clause_reads_as_it_was_before_the_amendment_and_as_amended_from_its_day() {
    assertThat(at("Điều 2 khoản 3 điểm a", BEFORE).unit().plainText()).isEqualTo("a) Trục lợi;");
    assertThat(at("Điều 2 khoản 3 điểm a", AFTER).unit().plainText())
        .isEqualTo("a) Trục lợi, kể cả trên không gian mạng;");
    assertThat(at("Điều 2 khoản 3", AFTER).status()).isEqualTo(ProvisionStatus.IN_FORCE);
  }

  @Test
  void inserted_units_exist_from_their_day_in_their_place() {
    assertThat(at("Điều 2a", BEFORE).status()).isEqualTo(ProvisionStatus.NOT_IN_TEXT);
    assertThat(at("Điều 2a khoản 1", AFTER).unit().plainText())
        .isEqualTo("1. Nhà trường có trách nhiệm phòng ngừa xâm hại trẻ em.");
    assertThat(store.textOn(CODE, AFTER).orElseThrow().articles()).extracting(Article::number)
        .containsExactly("1", "2", "2a", "3", "5");
    assertThat(store.textOn(CODE, AFTER).orElseThrow().article("2").orElseThrow().clauses())
        .extracting(c -> c.number()).containsExactly("1", "2", "3", "3a", "4");
    assertThat(store.textOn(CODE, AFTER).orElseThrow().article("5").orElseThrow().points())
        .extracting(p -> p.number()).containsExactly("a", "a1", "b");
  }

  @Test
  void a_repealed_article_is_in_force_until_the_day_before_and_repealed_after() {
    assertThat(at("Điều 4", BEFORE).status()).isEqualTo(ProvisionStatus.IN_FORCE);
    assertThat(at("Điều 4", AFTER).status()).isEqualTo(ProvisionStatus.REPEALED);
    assertThat(at("Điều 4", AFTER).unit()).isNull();
  }

  @Test
  void a_replaced_phrase_changes_only_its_clause() {
    assertThat(at("Điều 1 khoản 1", AFTER).unit().plainText())
        .isEqualTo("1. Bộ luật này quy định về quyền của trẻ em tại xã, phường, đặc khu.");
    assertThat(at("Điều 1 khoản 1", BEFORE).unit().plainText()).contains("xã, phường, thị trấn");
  }

  @Test
  void a_document_and_a_provision_with_its_own_date_are_not_in_force_before_their_days() {
    assertThat(at("Điều 1", LocalDate.of(2020, 12, 31)).status()).isEqualTo(ProvisionStatus.NOT_YET_IN_FORCE);
    assertThat(at("Điều 3 khoản 2", LocalDate.of(2021, 6, 1)).status()).isEqualTo(ProvisionStatus.NOT_YET_IN_FORCE);
    assertThat(at("Điều 3 khoản 1", LocalDate.of(2021, 6, 1)).status()).isEqualTo(ProvisionStatus.IN_FORCE);
    assertThat(at("Điều 3 khoản 2", LocalDate.of(2022, 1, 1)).status()).isEqualTo(ProvisionStatus.IN_FORCE);
  }

  @Test
  void a_replaced_document_ends_the_day_before_its_replacement_starts() {
    assertThat(store.end(CODE)).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(store.replacedBy(CODE)).containsExactly(REPLACING);
    ProvisionAt ended = at("Điều 3 khoản 1", LocalDate.of(2027, 1, 1));
    assertThat(ended.status()).isEqualTo(ProvisionStatus.DOCUMENT_ENDED);
    assertThat(ended.unit().plainText()).as("its last wording").startsWith("1. Trẻ em có quyền");
    assertThat(store.status(CODE, BEFORE)).isEqualTo(DocumentStatus.IN_FORCE);
    assertThat(store.status(CODE, AFTER)).isEqualTo(DocumentStatus.AMENDED);
    assertThat(store.status(CODE, LocalDate.of(2027, 1, 1))).isEqualTo(DocumentStatus.OUT_OF_FORCE);
    assertThat(store.status(REPLACING, AFTER)).isEqualTo(DocumentStatus.NOT_YET_IN_FORCE);
  }

  @Test
  void what_changed_in_a_provision_names_the_day_the_document_and_both_wordings() {
    List<ProvisionChange> changes = store.changes(CODE, ProvisionPath.parse("Điều 2 khoản 3 điểm a"));
    assertThat(changes).hasSize(2);
    ProvisionChange amended = changes.get(0);
    assertThat(amended.kind()).isEqualTo(ChangeKind.AMENDED);
    assertThat(amended.from()).isEqualTo(AFTER);
    assertThat(amended.byDocument()).isEqualTo(AMENDING);
    assertThat(amended.byProvision()).isEqualTo(ProvisionPath.parse("Điều 1 khoản 1"));
    assertThat(amended.before()).isEqualTo("a) Trục lợi;");
    assertThat(amended.after()).isEqualTo("a) Trục lợi, kể cả trên không gian mạng;");
    assertThat(changes.get(1).kind()).isEqualTo(ChangeKind.DOCUMENT_ENDED);
    assertThat(changes.get(1).byDocument()).isEqualTo(REPLACING);
    assertThat(changes.get(1).from()).isEqualTo(LocalDate.of(2027, 1, 1));
  }

  @Test
  void a_point_left_untouched_by_an_amendment_of_its_clause_has_no_change_of_its_own() {
    assertThat(store.changes(CODE, ProvisionPath.parse("Điều 2 khoản 3 điểm b")))
        .extracting(ProvisionChange::kind).containsExactly(ChangeKind.DOCUMENT_ENDED);
    assertThat(store.changes(CODE, ProvisionPath.parse("Điều 3 khoản 1")))
        .extracting(ProvisionChange::kind).containsExactly(ChangeKind.DOCUMENT_ENDED);
  }

  @Test
  void changes_to_an_article_include_those_to_its_clauses() {
    assertThat(store.changes(CODE, ProvisionPath.article("2"))).extracting(ProvisionChange::kind)
        .containsExactly(ChangeKind.AMENDED, ChangeKind.INSERTED, ChangeKind.DOCUMENT_ENDED);
    assertThat(store.changes(CODE, ProvisionPath.article("4"))).extracting(ProvisionChange::kind)
        .containsExactly(ChangeKind.REPEALED, ChangeKind.DOCUMENT_ENDED);
  }

  @Test
  void each_wording_of_a_provision_has_its_period_in_force() {
    List<ProvisionPeriod> periods = store.periods(CODE).stream()
        .filter(p -> p.path().equals(ProvisionPath.parse("Điều 2 khoản 3 điểm a"))).toList();
    assertThat(periods).extracting(ProvisionPeriod::from, ProvisionPeriod::to, ProvisionPeriod::changedBy)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2021, 1, 1), BEFORE, null),
            org.assertj.core.groups.Tuple.tuple(AFTER, LocalDate.of(2026, 12, 31), AMENDING));
    List<ProvisionPeriod> untouched = store.periods(CODE).stream()
        .filter(p -> p.path().equals(ProvisionPath.parse("Điều 3 khoản 2"))).toList();
    assertThat(untouched).extracting(ProvisionPeriod::from, ProvisionPeriod::to)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31)));
    assertThat(store.periods(CODE).stream().filter(p -> p.path().equals(ProvisionPath.article("4"))))
        .extracting(ProvisionPeriod::to).containsExactly(BEFORE);
  }

  @Test
  void a_document_without_text_cannot_answer_for_its_provisions() {
    assertThat(store.provision(REPLACING, ProvisionPath.article("1"), LocalDate.of(2027, 6, 1)).status())
        .isEqualTo(ProvisionStatus.NO_TEXT);
    assertThat(store.provision("1/1999/QH10", ProvisionPath.article("1"), AFTER).status())
        .isEqualTo(ProvisionStatus.UNKNOWN_DOCUMENT);
    assertThat(store.problems()).isEmpty();
  }

  @Test
  void a_change_that_does_not_fit_its_target_is_a_problem_named_by_the_amending_document() {
    String amending = LawFixtures.withHeader("một phần", "Điều 1. Sửa đổi", "1. Sửa.", "=== THAY ĐỔI ===",
        "@ thay cụm từ | 901/2020/QH14 | Điều 3 khoản 1 | 2026-01-01 | Điều 1 khoản 1",
        "Cũ: cụm từ không có", "Mới: gì đó",
        "@ bãi bỏ | 901/2020/QH14 | Điều 99 | 2026-01-01 | Điều 1 khoản 1",
        "@ bổ sung | 901/2020/QH14 | Điều 3 khoản 2 | 2026-01-01 | Điều 1 khoản 1",
        "2. Đã có.");
    LawStore withBadChanges = new LawStore(List.of(LawFixtures.document(CODE),
        LegalTextFormat.parse("bad.txt", amending)));
    assertThat(withBadChanges.problems()).extracting(StoreProblem::toString).containsExactly(
        "1/2030/QH16: cụm từ “cụm từ không có” không có trong khoản 1 Điều 3 (901/2020/QH14)",
        "1/2030/QH16: bãi bỏ Điều 99 nhưng văn bản không có (901/2020/QH14)",
        "1/2030/QH16: bổ sung khoản 2 Điều 3 nhưng văn bản đã có (901/2020/QH14)");
  }

  @Test
  void the_provisions_a_change_altered_are_the_unit_and_those_above_it_not_its_untouched_neighbours() {
    List<String> amended = store.affected(CODE).stream()
        .filter(a -> a.change().byProvision().equals(ProvisionPath.parse("Điều 1 khoản 1")))
        .map(a -> a.path().toString()).toList();
    assertThat(amended).as("điểm đ lost its trailing paragraph in the new wording")
        .containsExactly("Điều 2", "Điều 2 khoản 3", "Điều 2 khoản 3 điểm a", "Điều 2 khoản 3 điểm đ");
    assertThat(store.affected(CODE)).extracting(a -> a.path().toString())
        .doesNotContain("Điều 2 khoản 1", "Điều 3", "Điều 3 khoản 1", "Điều 2 khoản 3 điểm b");
  }

  @Test
  void a_new_version_of_a_file_shows_which_provisions_it_adds_removes_and_rewords() {
    String old = LawFixtures.withHeader("đầy đủ", "Điều 1. Một", "1. Cũ.", "2. Giữ.", "Điều 2. Hai", "Nội dung.");
    String now = LawFixtures.withHeader("đầy đủ", "Điều 1. Một", "1. Mới.", "2. Giữ.", "Điều 3. Ba", "Nội dung.")
        .replace("Ngày đọc: 2030-01-02", "Ngày đọc: 2030-02-01");
    assertThat(LawDiff.of(LegalTextFormat.parse("a", old), LegalTextFormat.parse("b", now))).containsExactly(
        "~ Ngày đọc: 2030-01-02 → 2030-02-01", "~ Điều 1", "~ Điều 1 khoản 1", "- Điều 2", "+ Điều 3");
    assertThat(LawDiff.of(LegalTextFormat.parse("a", old), LegalTextFormat.parse("a", old))).isEmpty();
  }
}
