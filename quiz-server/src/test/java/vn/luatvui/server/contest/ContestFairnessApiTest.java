package vn.luatvui.server.contest;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.LiveGames;
import vn.luatvui.server.support.RunningServer;

/**
 * A contest's answers cannot be read before the reveal: not through practice, not through the public
 * lookup, not through a live game; public questions in a pool are counted and can be left out; an
 * organiser draws only from their own or shared sets. Against the real PostgreSQL and Redis.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContestFairnessApiTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();
  private static Http organiser;
  private static Http otherOrganiser;
  private static List<JsonObject> bank;
  /** Three public questions the organiser's own private set "kept" holds. */
  private static long keptSet;
  /** Three contest-only questions and three public ones. */
  private static long mixedSet;
  /** Practice questions: three of the mixed set's contest-only ones and four others. */
  private static long practiceSet;
  private static long sharedSet;
  private static long keptContest;

  @BeforeAll
  static void organisersSetsAndQuestions() throws Exception {
    Http admin = running.admin();
    for (String who : List.of("btc1", "btc2")) {
      admin.post("/api/users", new JsonObject().put("email", who + "@doan.vn").put("displayName", who)
          .put("password", "mat-khau-du-dai").put("roles", new JsonArray().add("ORGANISER")));
    }
    organiser = running.http().login("btc1@doan.vn", "mat-khau-du-dai");
    otherOrganiser = running.http().login("btc2@doan.vn", "mat-khau-du-dai");
    bank = organiser.json("/api/questions?status=APPROVED&needsReview=false&type=SINGLE_CHOICE&size=20")
        .getJsonArray("items").stream().map(JsonObject.class::cast).toList();
    try (Connection c = running.database().connect(); Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE question SET visibility = 'CONTEST_ONLY' WHERE id IN (" + ids(3, 6) + ")");
    }
    keptSet = set(organiser, "Bộ đề giữ câu công khai", false, 0, 3);
    mixedSet = set(organiser, "Bộ đề trộn", false, 3, 9);
    practiceSet = set(organiser, "Bộ đề thi thử", false, 3, 6, 9, 13);
    sharedSet = set(running.admin(), "Bộ đề chung", true, 13, 16);
  }

  @Test
  @Order(1)
  void an_organiser_cannot_build_a_pool_from_another_organisers_private_set() {
    HttpResponse<String> refused = otherOrganiser.post("/api/contests", contest(keptSet, null));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(Http.json(refused).getJsonObject("error").getString("code")).isEqualTo("set_not_available");
    assertThat(Http.json(refused).getJsonObject("error").getString("message")).contains("#" + keptSet);
    HttpResponse<String> practiceToo = otherOrganiser.post("/api/contests", contest(sharedSet, keptSet));
    assertThat(practiceToo.statusCode()).as("a practice pool from it as well").isEqualTo(403);
    HttpResponse<String> shared = otherOrganiser.post("/api/contests", contest(sharedSet, null));
    assertThat(shared.statusCode()).as(shared.body()).isEqualTo(201);
    long id = Http.json(shared).getLong("id");
    HttpResponse<String> sneaked = otherOrganiser.put("/api/contests/" + id, contest(keptSet, null));
    assertThat(sneaked.statusCode()).as("nor by changing a contest afterwards").isEqualTo(403);
  }

  @Test
  @Order(2)
  void publishing_a_pool_with_public_questions_says_how_many_and_can_leave_them_out() {
    long id = created(contest(mixedSet, practiceSet));
    JsonObject report = organiser.json("/api/contests/" + id + "/pool-report");
    assertThat(report.getInteger("candidates")).isEqualTo(6);
    assertThat(report.getInteger("publicQuestions")).isEqualTo(3);
    assertThat(report.getInteger("withoutPublic")).isEqualTo(3);
    assertThat(report.getString("practiceRule")).isEqualTo("SEPARATE_POOL");
    assertThat(report.getInteger("practiceQuestions")).as("practice less the ranked pool").isEqualTo(4);

    HttpResponse<String> told = organiser.post("/api/contests/" + id + "/publish", new JsonObject());
    assertThat(told.statusCode()).as(told.body()).isEqualTo(409);
    assertThat(Http.json(told).getJsonObject("error").getString("code")).isEqualTo("pool_has_public");
    assertThat(Http.json(told).getJsonObject("error").getString("message")).startsWith("3 câu hỏi");
    assertThat(organiser.json("/api/contests/" + id).getString("status")).isEqualTo("DRAFT");

    HttpResponse<String> published = organiser.post("/api/contests/" + id + "/publish",
        new JsonObject().put("publicQuestions", "EXCLUDE"));
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    assertThat(Http.json(published).getJsonObject("settings").getJsonObject("pool").getBoolean("excludePublic")).isTrue();

    Set<String> contestOnly = texts(3, 6);
    Http contestant = registered(id, "Lê Văn Công");
    for (int i = 0; i < 3; i++) {
      JsonObject ranked = start(contestant, id, new JsonObject().put("round", 1));
      assertThat(questionTexts(ranked)).as("ranked attempts draw only the questions that are not public")
          .isSubsetOf(contestOnly);
      submit(contestant, ranked);
    }
  }

  @Test
  @Order(3)
  void practice_from_a_pool_of_its_own_never_draws_a_ranked_question_and_shows_its_answers() {
    long id = created(contest(mixedSet, practiceSet).put("title", "Cuộc thi có bộ đề thi thử"));
    assertThat(organiser.post("/api/contests/" + id + "/publish", new JsonObject().put("publicQuestions", "EXCLUDE"))
        .statusCode()).isEqualTo(200);
    Set<String> ranked = texts(3, 9);
    Http contestant = registered(id, "Phan Thị Dung");
    for (int i = 0; i < 4; i++) {
      JsonObject practice = start(contestant, id, new JsonObject().put("practice", true));
      assertThat(questionTexts(practice)).doesNotContainAnyElementsOf(ranked);
      JsonObject done = submit(contestant, practice);
      assertThat(done.getJsonArray("review")).as("a practice pool of its own reveals at once").hasSize(3);
    }
  }

  @Test
  @Order(4)
  void practice_from_the_ranked_pool_reveals_nothing_until_the_last_round_closes() {
    keptContest = created(contest(keptSet, null).put("title", "Cuộc thi giữ câu công khai"));
    assertThat(organiser.json("/api/contests/" + keptContest).getString("practiceRule")).isEqualTo("REVEAL_AFTER_LAST_ROUND");
    assertThat(organiser.post("/api/contests/" + keptContest + "/publish", new JsonObject().put("publicQuestions", "KEEP"))
        .statusCode()).isEqualTo(200);
    Http contestant = registered(keptContest, "Trịnh Văn Em");
    JsonObject practice = submit(contestant, start(contestant, keptContest, new JsonObject().put("practice", true)));
    assertThat(practice.getValue("review")).as("no answer of a ranked question through practice").isNull();
    assertThat(practice.getString("revealAt")).isNotNull();
    assertThat(practice.encode()).doesNotContain("correctAnswer").doesNotContain("explanation");
  }

  @Test
  @Order(5)
  void the_public_lookup_hides_the_pool_of_a_contest_with_a_round_not_closed() {
    for (JsonObject q : bank.subList(0, 3)) {
      assertThat(lookup(q)).as("withheld while the round runs: " + q.getLong("id")).doesNotContain(q.getLong("id"));
    }
    JsonObject other = bank.get(17);
    assertThat(lookup(other)).as("a question of no contest stays public").contains(other.getLong("id"));

    assertThat(organiser.post("/api/contests/" + keptContest + "/rounds/1/close", new JsonObject()).statusCode())
        .isEqualTo(200);
    for (JsonObject q : bank.subList(0, 3)) {
      assertThat(lookup(q)).as("public again once the last round closed").contains(q.getLong("id"));
    }
    Http contestant = running.http();
    JsonObject me = Http.json(contestant.post("/api/contests/" + keptContest + "/sign-in",
        new JsonObject().put("accessCode", codes.get(keptContest))));
    long practiceId = me.getJsonArray("attempts").stream().map(JsonObject.class::cast)
        .filter(a -> a.getBoolean("practice")).findFirst().orElseThrow().getLong("id");
    assertThat(contestant.json("/api/attempts/" + practiceId).getJsonArray("review"))
        .as("the practice answers once every round is over").hasSize(3);
  }

  @Test
  @Order(6)
  void the_public_lookup_hides_the_questions_of_a_game_being_played() throws Exception {
    JsonObject q = bank.get(18);
    assertThat(lookup(q)).contains(q.getLong("id"));
    long game = LiveGames.createGame(running.admin(), q).getLong("gameId");
    assertThat(lookup(q)).as("in the lobby").doesNotContain(q.getLong("id"));
    try (Connection c = running.database().connect(); Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE game SET status = 'RUNNING' WHERE id = " + game);
    }
    assertThat(lookup(q)).as("while playing, to the podium").doesNotContain(q.getLong("id"));
    try (Connection c = running.database().connect(); Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE game SET status = 'FINISHED' WHERE id = " + game);
    }
    assertThat(lookup(q)).as("once the game is over").contains(q.getLong("id"));
  }

  private static final java.util.Map<Long, String> codes = new java.util.HashMap<>();

  private static List<Long> lookup(JsonObject question) {
    String words = Arrays.stream(question.getJsonObject("content").getString("text").split("\\s+")).limit(12).collect(Collectors.joining(" "));
    JsonObject page = running.http().json("/api/public/questions?size=100&q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
    return page.getJsonArray("items").stream().map(i -> ((JsonObject) i).getLong("id")).toList();
  }

  private static String ids(int... ranges) {
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < ranges.length; r += 2) {
      for (int i = ranges[r]; i < ranges[r + 1]; i++) {
        out.append(out.length() == 0 ? "" : ",").append(bank.get(i).getLong("id"));
      }
    }
    return out.toString();
  }

  private static Set<String> texts(int from, int to) {
    return bank.subList(from, to).stream().map(q -> q.getJsonObject("content").getString("text")).collect(Collectors.toSet());
  }

  /** A set of the bank's questions in the index ranges [from, to) given in pairs. */
  private static long set(Http owner, String title, boolean shared, int... ranges) {
    JsonArray items = new JsonArray();
    for (String id : ids(ranges).split(",")) {
      items.add(new JsonObject().put("questionId", Long.parseLong(id)).put("timeLimitSeconds", 20).put("points", 1000));
    }
    HttpResponse<String> set = owner.post("/api/question-sets", new JsonObject().put("title", title).put("shared", shared)
        .put("items", items));
    assertThat(set.statusCode()).as(set.body()).isEqualTo(201);
    return Http.json(set).getJsonObject("set").getLong("id");
  }

  private static JsonObject contest(long setId, Long practiceSetId) {
    Instant now = Instant.now();
    JsonObject settings = new JsonObject().put("questionsPerAttempt", 3).put("timeLimitSeconds", 600)
        .put("attemptsPerRound", 5).put("reveal", "AFTER_SUBMIT")
        .put("pool", new JsonObject().put("setIds", new JsonArray().add(setId)));
    if (practiceSetId != null) {
      settings.put("practicePool", new JsonObject().put("setIds", new JsonArray().add(practiceSetId)));
    }
    return new JsonObject().put("title", "Tìm hiểu pháp luật").put("organiser", "Thành đoàn").put("settings", settings)
        .put("rounds", new JsonArray().add(new JsonObject().put("number", 1).put("title", "Tuần 1")
            .put("opensAt", now.minus(1, ChronoUnit.HOURS).toString())
            .put("closesAt", now.plus(2, ChronoUnit.HOURS).toString())));
  }

  private static long created(JsonObject body) {
    HttpResponse<String> created = organiser.post("/api/contests", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = Http.json(created).getLong("id");
    assertThat(organiser.put("/api/contests/" + id + "/units", new JsonObject().put("csv", "ma,ten\nA,Trường A\n"))
        .statusCode()).isEqualTo(200);
    return id;
  }

  private static Http registered(long contest, String name) {
    long unit = new JsonArray(organiser.get("/api/contests/" + contest + "/units").body()).getJsonObject(0).getLong("id");
    Http contestant = running.http();
    HttpResponse<String> ok = contestant.post("/api/contests/" + contest + "/registrations", new JsonObject()
        .put("fullName", name).put("birthDate", "2000-01-01").put("unitId", unit).put("email", contest + "@thi.vn")
        .put("consent", new JsonObject().put("accepted", true)));
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
    codes.put(contest, Http.json(ok).getString("accessCode"));
    return contestant;
  }

  private static JsonObject start(Http contestant, long contest, JsonObject body) {
    HttpResponse<String> started = contestant.post("/api/contests/" + contest + "/attempts", body);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    return Http.json(started);
  }

  private static JsonObject submit(Http contestant, JsonObject attempt) {
    HttpResponse<String> done = contestant.post("/api/attempts/" + attempt.getLong("id") + "/submit", new JsonObject());
    assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    return Http.json(done);
  }

  private static List<String> questionTexts(JsonObject attempt) {
    return attempt.getJsonArray("questions").stream().map(q -> ((JsonObject) q).getString("text")).toList();
  }
}
