package vn.luatvui.server.law;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.bank.QuestionStore;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.RunningServer;

/** Citations resolve into the store's texts; questions on changed provisions are flagged, others not. */
class CitationTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();

  @BeforeAll
  static void load() {
    new LawLoader(running.server().vertx(), running.server().pool())
        .load(LawLoaderTest.fixtures(), LawLoader.Mode.NEW_ONLY).await();
  }

  private static JsonObject question(String document, int article, Integer clause, String point, String quote) {
    JsonObject citation = new JsonObject().put("document", document).put("article", article);
    if (clause != null) {
      citation.put("clause", clause);
    }
    if (point != null) {
      citation.put("point", point);
    }
    if (quote != null) {
      citation.put("quote", quote);
    }
    return new JsonObject().put("type", "SINGLE_CHOICE").put("text", "Câu hỏi về Bộ luật Mẫu số " + article + "?")
        .put("choices", new JsonArray().add(new JsonObject().put("text", "Có").put("correct", true))
            .add(new JsonObject().put("text", "Không").put("correct", false)))
        .put("explanation", "Giải thích ngắn.").put("citations", new JsonArray().add(citation))
        .put("tags", new JsonArray().add("Thử")).put("difficulty", 1);
  }

  private static HttpResponse<String> create(JsonObject question) {
    return running.admin().post("/api/questions", question);
  }

  @Test
  void a_citation_is_accepted_when_its_provision_is_in_force_and_its_quote_is_in_the_text() {
    HttpResponse<String> ok = create(question("901/2020/QH14", 2, 3, "a", "Trục lợi,   kể cả trên\nkhông gian mạng"));
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
    assertThat(create(question("903/2026/QH15", 1, null, null, "không kiểm được")).statusCode())
        .as("a document without text cannot be checked, so it is not refused").isEqualTo(201);
  }

  @Test
  void a_citation_that_does_not_resolve_is_refused_with_a_message_naming_it() {
    HttpResponse<String> wrongQuote = create(question("901/2020/QH14", 2, 3, "a", "Trục lợi;x"));
    assertThat(wrongQuote.statusCode()).isEqualTo(422);
    assertThat(Http.json(wrongQuote).getJsonObject("error").getString("message"))
        .contains("điểm a khoản 3 Điều 2 của văn bản 901/2020/QH14", "câu trích không có");
    HttpResponse<String> repealed = create(question("901/2020/QH14", 4, null, null, null));
    assertThat(repealed.statusCode()).isEqualTo(422);
    assertThat(Http.json(repealed).getJsonObject("error").getString("message")).contains("Điều 4", "không có điều khoản này");
  }

  @Test
  void an_approved_question_flagged_on_an_amended_provision_is_approved_again_as_it_stands_by_a_reviewer() {
    running.admin().post("/api/users", new JsonObject().put("email", "duyet.lai@luatvui.test").put("displayName", "Duyệt")
        .put("password", "mat-khau-du-dai").put("roles", new JsonArray().add("REVIEWER")));
    Http reviewer = new Http(running.server().config().httpPort()).login("duyet.lai@luatvui.test", "mat-khau-du-dai");
    long id = Http.json(create(question("901/2020/QH14", 2, 3, "a", null).put("text", "Câu hỏi được duyệt lại?")))
        .getLong("id");
    running.admin().post("/api/questions/" + id + "/actions/submit", "{}");
    assertThat(reviewer.post("/api/questions/" + id + "/actions/approve", "{}").statusCode()).isEqualTo(200);
    new ChangeFlags(new QuestionStore(running.server().pool())).flagChanged().await();
    assertThat(reviewer.json("/api/questions/" + id).getBoolean("needsReview")).isTrue();

    assertThat(running.admin().post("/api/questions/" + id + "/actions/approve", "{}").statusCode())
        .as("its author may not").isEqualTo(403);
    HttpResponse<String> again = reviewer.post("/api/questions/" + id + "/actions/approve",
        new JsonObject().put("comment", "Lời văn mới không đổi đáp án."));

    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    JsonObject q = Http.json(again);
    assertThat(q.getString("status")).isEqualTo("APPROVED");
    assertThat(q.getBoolean("needsReview")).isFalse();
    assertThat(q.getInteger("version")).isEqualTo(1);
  }

  @Test
  void only_questions_citing_a_changed_provision_are_flagged_with_the_old_and_new_wording() throws Exception {
    long changed = Http.json(create(question("901/2020/QH14", 2, 3, "a", null))).getLong("id");
    long untouched = Http.json(create(question("901/2020/QH14", 3, 1, null, null))).getLong("id");

    int flagged = new ChangeFlags(new QuestionStore(running.server().pool())).flagChanged().await();
    assertThat(flagged).isPositive();
    JsonObject q = running.admin().json("/api/questions/" + changed);
    assertThat(q.getBoolean("needsReview")).isTrue();
    assertThat(q.getString("needsReviewReason")).contains("điểm a khoản 3 Điều 2 của văn bản 901/2020/QH14",
        "được sửa đổi bởi 902/2024/QH15 từ ngày 01/07/2025", "Lời văn cũ: «a) Trục lợi;»",
        "Lời văn mới: «a) Trục lợi, kể cả trên không gian mạng;»");
    assertThat(running.admin().json("/api/questions/" + untouched).getBoolean("needsReview")).isFalse();

    try (Connection c = running.database().connect(); Statement s = c.createStatement()) {
      s.execute("UPDATE question SET needs_review = false WHERE id = " + changed);
    }
    assertThat(new ChangeFlags(new QuestionStore(running.server().pool())).flagChanged().await())
        .as("a change flags a question once").isZero();
  }

  @Test
  void the_whole_bank_check_lists_questions_whose_citations_no_longer_resolve() throws Exception {
    long id = Http.json(create(question("901/2020/QH14", 3, 2, null, "chăm sóc sức khỏe"))).getLong("id");
    try (Connection c = running.database().connect(); Statement s = c.createStatement()) {
      s.execute("UPDATE question_version SET content = jsonb_set(content, '{citations,0,quote}', '\"một câu không có\"') "
          + "WHERE question_id = " + id);
    }
    HttpResponse<String> check = running.admin().post("/api/laws/citations/check", "{}");
    assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
    assertThat(Http.json(check).getInteger("unresolved")).isPositive();
    JsonArray issues = new JsonArray(running.admin().get("/api/laws/citations/unresolved").body());
    JsonObject issue = issues.stream().map(o -> (JsonObject) o).filter(o -> o.getLong("questionId") == id)
        .findFirst().orElseThrow();
    assertThat(issue.getString("reference")).isEqualTo("khoản 2 Điều 3");
    assertThat(issue.getString("problem")).contains("câu trích không có");
    assertThat(running.http().get("/api/laws/citations/unresolved").statusCode()).isEqualTo(401);
  }
}
