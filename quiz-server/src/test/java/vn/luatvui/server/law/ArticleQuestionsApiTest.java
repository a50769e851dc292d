package vn.luatvui.server.law;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.RunningServer;

/**
 * "Luyện tập điều này" on the reader's article page: the starter bank's approved questions citing an
 * article, under the public lookup's own rules, against the real PostgreSQL and Redis.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArticleQuestionsApiTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();
  private static Http admin;
  /** Two approved single-choice questions whose first citation is the same Điều. */
  private static JsonObject pooled;
  private static JsonObject other;

  @BeforeAll
  static void twoQuestionsOnOneArticle() {
    admin = running.admin();
    Map<String, List<JsonObject>> byArticle = admin.json("/api/questions?status=APPROVED&needsReview=false"
            + "&type=SINGLE_CHOICE&size=100").getJsonArray("items").stream().map(JsonObject.class::cast)
        .collect(Collectors.groupingBy(q -> key(citation(q)), LinkedHashMap::new, Collectors.toList()));
    List<JsonObject> pair = byArticle.values().stream().filter(l -> l.size() >= 2).findFirst().orElseThrow();
    pooled = pair.get(0);
    other = pair.get(1);
  }

  @Test
  @Order(1)
  void the_questions_citing_an_article_come_with_their_answers_without_signing_in() {
    JsonObject listing = running.http().json(practice(citation(pooled)));
    assertThat(listing.getString("document")).isEqualTo(citation(pooled).getString("document"));
    assertThat(ids(listing)).contains(pooled.getLong("id"), other.getLong("id"));
    JsonObject item = listing.getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(q -> q.getLong("id").equals(other.getLong("id"))).findFirst().orElseThrow();
    assertThat(item.getJsonArray("choices").stream().map(JsonObject.class::cast).anyMatch(c -> c.getBoolean("correct")))
        .isTrue();
    assertThat(item.getJsonArray("citations").getJsonObject(0).getString("documentName")).isNotBlank();
  }

  @Test
  @Order(2)
  void a_question_of_an_open_contests_pool_is_left_out_like_in_the_lookup_until_the_round_closes() {
    long contest = publishedContestWith(pooled);
    JsonObject cited = citation(pooled);
    assertThat(ids(running.http().json(practice(cited)))).as("withheld while the round runs")
        .doesNotContain(pooled.getLong("id")).contains(other.getLong("id"));
    assertThat(ids(running.http().json(lookup(cited)))).as("as the public lookup does")
        .doesNotContain(pooled.getLong("id"));

    assertThat(admin.post("/api/contests/" + contest + "/rounds/1/close", new JsonObject()).statusCode()).isEqualTo(200);
    assertThat(ids(running.http().json(practice(cited)))).as("public again once the last round closed")
        .contains(pooled.getLong("id"));
  }

  @Test
  @Order(3)
  void a_poll_has_nothing_to_practise_and_is_left_out_as_the_lookup_leaves_it_out() {
    JsonObject poll = admin.json("/api/questions?status=APPROVED&needsReview=false&type=POLL&size=1")
        .getJsonArray("items").getJsonObject(0);
    JsonObject cited = citation(poll);
    assertThat(ids(running.http().json(lookup(cited)))).as("the lookup leaves it out").doesNotContain(poll.getLong("id"));
    JsonObject listing = running.http().json(practice(cited));
    assertThat(ids(listing)).doesNotContain(poll.getLong("id"));
    assertThat(listing.getJsonArray("items").stream().map(q -> ((JsonObject) q).getString("type"))).doesNotContain("POLL");
  }

  @Test
  @Order(4)
  void an_unknown_document_is_not_found_and_an_inserted_article_has_no_questions() {
    assertThat(running.http().get("/api/laws/documents/1-1999-QH10/articles/2/questions").statusCode()).isEqualTo(404);
    assertThat(running.http().json("/api/laws/documents/100-2015-QH13/articles/217a/questions").getJsonArray("items"))
        .isEmpty();
  }

  private static long publishedContestWith(JsonObject question) {
    HttpResponse<String> set = admin.post("/api/question-sets", new JsonObject().put("title", "Bộ đề điều luật")
        .put("shared", false).put("items", new JsonArray().add(new JsonObject().put("questionId", question.getLong("id"))
            .put("timeLimitSeconds", 20).put("points", 1000))));
    assertThat(set.statusCode()).as(set.body()).isEqualTo(201);
    Instant now = Instant.now();
    JsonObject settings = new JsonObject().put("questionsPerAttempt", 1).put("timeLimitSeconds", 600)
        .put("attemptsPerRound", 1).put("reveal", "AFTER_SUBMIT")
        .put("pool", new JsonObject().put("setIds", new JsonArray().add(Http.json(set).getJsonObject("set").getLong("id"))));
    HttpResponse<String> created = admin.post("/api/contests", new JsonObject().put("title", "Tìm hiểu một điều luật")
        .put("organiser", "Thành đoàn").put("settings", settings)
        .put("rounds", new JsonArray().add(new JsonObject().put("number", 1).put("title", "Tuần 1")
            .put("opensAt", now.minus(1, ChronoUnit.HOURS).toString())
            .put("closesAt", now.plus(2, ChronoUnit.HOURS).toString()))));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = Http.json(created).getLong("id");
    assertThat(admin.put("/api/contests/" + id + "/units", new JsonObject().put("csv", "ma,ten\nA,Trường A\n"))
        .statusCode()).isEqualTo(200);
    HttpResponse<String> published = admin.post("/api/contests/" + id + "/publish",
        new JsonObject().put("publicQuestions", "KEEP"));
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    return id;
  }

  private static JsonObject citation(JsonObject question) {
    return question.getJsonObject("content").getJsonArray("citations").getJsonObject(0);
  }

  private static String key(JsonObject citation) {
    return citation.getString("document") + "|" + citation.getInteger("article");
  }

  private static String practice(JsonObject citation) {
    return "/api/laws/documents/" + LawQueries.slug(citation.getString("document")) + "/articles/"
        + citation.getInteger("article") + "/questions";
  }

  private static String lookup(JsonObject citation) {
    return "/api/public/questions?size=100&document=" + URLEncoder.encode(citation.getString("document"),
        StandardCharsets.UTF_8) + "&article=" + citation.getInteger("article");
  }

  private static List<Long> ids(JsonObject page) {
    return page.getJsonArray("items").stream().map(q -> ((JsonObject) q).getLong("id")).toList();
  }
}
