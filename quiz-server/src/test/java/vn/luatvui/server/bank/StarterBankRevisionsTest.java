package vn.luatvui.server.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.bank.account.Role;
import vn.luatvui.bank.formats.ImportedQuestion;
import vn.luatvui.bank.question.Citation;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.review.QuestionStatus;
import vn.luatvui.bank.review.ReviewAction;
import vn.luatvui.bank.review.ReviewState;
import vn.luatvui.server.auth.CurrentUser;
import vn.luatvui.server.auth.UserStore;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.RunningServer;
import vn.luatvui.server.support.TestServer;

/**
 * An installation that loaded an earlier release of the starter bank: a question rewritten under its key
 * reaches it as a new approved version while the starter bank still owns the question, and never over a
 * person's edit or retirement. Each test puts back, under a shipped key, the question as the earlier
 * release stored it (written and approved by the starter-bank owner), then loads the bank again.
 */
class StarterBankRevisionsTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();

  @Test
  void an_older_starter_version_takes_the_shipped_wording_as_a_new_approved_version_and_leaves_the_flag()
      throws Exception {
    QuestionContent shipped = shipped("ma-tuy-001");
    QuestionContent older = on2021Law(shipped);
    long id = storeAsEarlierRelease("ma-tuy-001", older);
    new LegalRegistry(documents(), questions()).flagEnded().await();
    assertThat(flagReason(id)).contains("73/2021/QH14");
    long publicBefore = publicTotal("120/2025/QH15");

    StarterBank.Loaded loaded = load();

    assertThat(loaded.added()).isZero();
    assertThat(loaded.revised()).isEqualTo(1);
    StoredQuestion now = questions().find(pool(), id).await();
    assertThat(now.state()).isEqualTo(new ReviewState(QuestionStatus.APPROVED, owner(), 2, false));
    assertThat(now.needsReviewReason()).isNull();
    assertThat(now.content()).isEqualTo(shipped);
    assertThat(questions().version(id, 1).await()).isEqualTo(older);
    assertThat(strings("SELECT created_by::text FROM question_version WHERE question_id = ? ORDER BY version", id))
        .containsExactly(String.valueOf(owner()), String.valueOf(owner()));
    assertThat(strings("SELECT document_number FROM question_citation WHERE question_id = ?", id))
        .containsOnly("120/2025/QH15");
    List<QuestionStore.HistoryEntry> history = questions().history(id).await();
    QuestionStore.HistoryEntry edited = history.get(history.size() - 2);
    QuestionStore.HistoryEntry approved = history.get(history.size() - 1);
    assertThat(List.of(edited.action(), edited.version(), edited.actorId()))
        .containsExactly(ReviewAction.EDITED.name(), 2, owner());
    assertThat(List.of(approved.action(), approved.version(), approved.actorId(), approved.comment()))
        .containsExactly(ReviewAction.APPROVED.name(), 2, owner(), StarterRevisions.NOTE);
    assertThat(publicTotal("120/2025/QH15")).isEqualTo(publicBefore + 1);
  }

  @Test
  void a_revision_still_citing_a_law_no_longer_in_force_stays_flagged() throws Exception {
    QuestionContent shipped = shipped("gtdb2008-001");
    QuestionContent older = withWording(shipped, shipped.text(), "Theo điểm a khoản 1 Điều 60 Luật Giao thông "
        + "đường bộ năm 2008, người đủ 16 tuổi trở lên được lái xe gắn máy có dung tích xi-lanh dưới 50 cm3.",
        shipped.citations());
    long id = storeAsEarlierRelease("gtdb2008-001", older);
    new LegalRegistry(documents(), questions()).flagEnded().await();

    assertThat(load().revised()).isEqualTo(1);

    StoredQuestion now = questions().find(pool(), id).await();
    assertThat(now.state()).isEqualTo(new ReviewState(QuestionStatus.APPROVED, owner(), 2, true));
    assertThat(now.needsReviewReason()).contains("23/2008/QH12");
    assertThat(now.content()).isEqualTo(shipped);
    List<QuestionStore.HistoryEntry> history = questions().history(id).await();
    QuestionStore.HistoryEntry last = history.get(history.size() - 1);
    assertThat(List.of(last.action(), last.version())).containsExactly(ReviewAction.FLAGGED.name(), 2);
  }

  @Test
  void a_question_edited_or_retired_here_is_left_as_it_is() throws Exception {
    long edited = storeAsEarlierRelease("ma-tuy-002", on2021Law(shipped("ma-tuy-002")));
    long retired = storeAsEarlierRelease("ma-tuy-003", on2021Law(shipped("ma-tuy-003")));
    new LegalRegistry(documents(), questions()).flagEnded().await();
    QuestionService service = new QuestionService(questions(), documents());
    QuestionContent shipped2 = shipped("ma-tuy-002");
    QuestionContent local = withWording(shipped2, "Theo luật hiện hành, hành vi nào sau đây bị nghiêm cấm?",
        shipped2.explanation(), shipped2.citations());
    service.edit(admin(), edited, 1, local).await();
    service.act(admin(), retired, "retire", "Đơn vị không dùng câu này nữa.").await();
    int editedEvents = events(edited);
    int retiredEvents = events(retired);

    StarterBank.Loaded loaded = load();

    assertThat(loaded.revised()).isZero();
    assertThat(loaded.changedHere()).isGreaterThanOrEqualTo(2);
    StoredQuestion e = questions().find(pool(), edited).await();
    assertThat(List.of(e.state().status(), e.state().version())).containsExactly(QuestionStatus.DRAFT, 2);
    assertThat(e.content()).isEqualTo(local);
    StoredQuestion r = questions().find(pool(), retired).await();
    assertThat(List.of(r.state().status(), r.state().version())).containsExactly(QuestionStatus.RETIRED, 1);
    assertThat(count("SELECT count(*) FROM question_version WHERE question_id = ?", edited)).isEqualTo(2);
    assertThat(count("SELECT count(*) FROM question_version WHERE question_id = ?", retired)).isEqualTo(1);
    assertThat(events(edited)).isEqualTo(editedEvents);
    assertThat(events(retired)).isEqualTo(retiredEvents);
  }

  @Test
  void loading_again_adds_no_version() throws Exception {
    long id = storeAsEarlierRelease("ma-tuy-004", on2021Law(shipped("ma-tuy-004")));
    assertThat(load().revised()).isEqualTo(1);
    int versions = count("SELECT count(*) FROM question_version", null);
    int events = count("SELECT count(*) FROM question_event", null);

    StarterBank.Loaded again = load();

    assertThat(List.of(again.added(), again.revised())).containsExactly(0, 0);
    assertThat(count("SELECT count(*) FROM question_version", null)).isEqualTo(versions);
    assertThat(count("SELECT count(*) FROM question_event", null)).isEqualTo(events);
    assertThat(questions().find(pool(), id).await().state().version()).isEqualTo(2);
  }

  @Test
  void a_stored_copy_differing_only_in_spacing_case_of_tags_or_unicode_form_takes_no_new_version() throws Exception {
    QuestionContent shipped = shipped("ma-tuy-005");
    QuestionContent decomposed = new QuestionContent(shipped.type(), "  " + nfd(shipped.text()) + "\n",
        shipped.choices(), shipped.accepted(), nfd(shipped.explanation()) + " ", shipped.citations(),
        shipped.tags().stream().map(t -> " " + t.toUpperCase(java.util.Locale.ROOT)).toList(), shipped.difficulty(),
        shipped.audience(), shipped.visibility(), shipped.scoring(), shipped.imageUrl(), shipped.imageAlt());
    long id = storeAsEarlierRelease("ma-tuy-005", decomposed);
    assertThat(questions().version(id, 1).await().text()).isNotEqualTo(shipped.text());

    StarterBank.Loaded loaded = load();

    assertThat(loaded.revised()).isZero();
    assertThat(count("SELECT count(*) FROM question_version WHERE question_id = ?", id)).isEqualTo(1);
  }

  /** The drug question as the earlier release worded it: on the 2021 law, which the 2025 law replaced. */
  private static QuestionContent on2021Law(QuestionContent c) {
    List<Citation> citations = c.citations().stream()
        .map(x -> new Citation("73/2021/QH14", x.article(), x.clause(), x.point(), x.quote())).toList();
    return withWording(c, c.text().replace("năm 2025", "năm 2021"),
        c.explanation().replace(" (Luật số 120/2025/QH15)", "").replace("năm 2025", "năm 2021"), citations);
  }

  private static QuestionContent withWording(QuestionContent c, String text, String explanation,
                                             List<Citation> citations) {
    return new QuestionContent(c.type(), text, c.choices(), c.accepted(), explanation, citations, c.tags(),
        c.difficulty(), c.audience(), c.visibility(), c.scoring(), c.imageUrl(), c.imageAlt());
  }

  private static String nfd(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD);
  }

  private static QuestionContent shipped(String key) {
    return StarterBank.readQuestions().stream().filter(q -> q.key().equals(key)).findFirst()
        .map(ImportedQuestion::content).orElseThrow();
  }

  /**
   * Replaces the stored question of the key with one holding {@code content}, written and approved by the
   * starter-bank owner as the earlier release's loader did; returns its id.
   */
  private static long storeAsEarlierRelease(String key, QuestionContent content) throws Exception {
    try (Connection c = running.database().connect();
         // The ready sets of this release may hold it (the earlier release had no drug set).
         PreparedStatement items = c.prepareStatement(
             "DELETE FROM question_set_item WHERE question_id = (SELECT id FROM question WHERE external_key = ?)");
         PreparedStatement s = c.prepareStatement("DELETE FROM question WHERE external_key = ?")) {
      items.setString(1, key);
      items.executeUpdate();
      s.setString(1, key);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
    long owner = owner();
    QuestionService service = new QuestionService(questions(), documents());
    return pool().withTransaction(tx -> service.check(tx, List.of(content)).compose(checked -> {
      assertThat(checked.get(0).violations()).isEmpty();
      return questions().insertAll(tx, List.of(new QuestionStore.NewQuestion(key,
          new ReviewState(QuestionStatus.APPROVED, owner, 1, false), content, checked.get(0).indexed(), owner,
          List.of(new QuestionStore.Note(ReviewAction.CREATED, null),
              new QuestionStore.Note(ReviewAction.APPROVED, "Bộ câu hỏi khởi đầu do LuậtVui biên soạn và đối chiếu văn bản.")))));
    })).await().get(0);
  }

  private static StarterBank.Loaded load() {
    return new StarterBank(documents(), questions(), new UserStore(pool())).load(running.server().vertx()).await();
  }

  private static CurrentUser admin() throws Exception {
    List<String> id = strings("SELECT id::text FROM app_user WHERE email = ?", TestServer.ADMIN_EMAIL);
    return new CurrentUser(Long.parseLong(id.get(0)), TestServer.ADMIN_EMAIL, "Quản trị", Set.of(Role.ADMIN));
  }

  private static long owner() {
    return new UserStore(pool()).starterBankOwner().await();
  }

  private static long publicTotal(String document) {
    return Http.json(running.http().get("/api/public/questions?document=" + document)).getLong("total");
  }

  private static String flagReason(long id) {
    StoredQuestion q = questions().find(pool(), id).await();
    assertThat(q.state().needsReview()).isTrue();
    return q.needsReviewReason();
  }

  private static int events(long id) throws Exception {
    return count("SELECT count(*) FROM question_event WHERE question_id = ?", id);
  }

  private static int count(String sql, Long id) throws Exception {
    List<String> rows = strings(sql.replace("count(*)", "count(*)::text"), id);
    return Integer.parseInt(rows.get(0));
  }

  private static List<String> strings(String sql, Object parameter) throws Exception {
    try (Connection c = running.database().connect(); PreparedStatement s = c.prepareStatement(sql)) {
      if (parameter != null) {
        s.setObject(1, parameter);
      }
      List<String> rows = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rows.add(rs.getString(1));
        }
      }
      return rows;
    }
  }

  private static io.vertx.sqlclient.Pool pool() {
    return running.server().pool();
  }

  private static QuestionStore questions() {
    return new QuestionStore(pool());
  }

  private static LegalDocumentStore documents() {
    return new LegalDocumentStore(pool());
  }
}
