package vn.luatvui.server.bank;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.RunningServer;

/** The citizen lookup answers what was asked: citations as named, questions in plain words, polls left out. */
class LookupSearchApiTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();
  private static final String PASSWORD = "mat-khau-du-dai";
  private static Http anonymous;
  private static long childrensArticle9;
  private static long trafficArticle9;

  @BeforeAll
  static void start() {
    int port = running.server().config().httpPort();
    Http author = account(port, "tac.gia.tra.cuu@luatvui.test", "AUTHOR");
    Http reviewer = account(port, "duyet.tra.cuu@luatvui.test", "REVIEWER");
    anonymous = new Http(port);
    childrensArticle9 = approve(author, reviewer, question("Tháng hành động vì trẻ em được tổ chức vào tháng nào hằng năm?",
        "Tháng 6", "Tháng 9", "Điều 9 quy định Tháng hành động vì trẻ em được tổ chức vào tháng 6 hằng năm.",
        "102/2016/QH13"));
    // Newer, and it has every word of "dieu 9 luat tre em" without citing Điều 9 of the Luật Trẻ em.
    trafficArticle9 = approve(author, reviewer, question("Trẻ em có được tham gia đua xe trái phép không?",
        "Không", "Có", "Điều 9 Luật Trật tự, an toàn giao thông đường bộ nghiêm cấm đua xe trái phép; "
            + "Luật Trẻ em cũng đòi hỏi bảo vệ trẻ em khỏi nguy hiểm.", "36/2024/QH15"));
  }

  @Test
  void an_article_of_a_law_named_in_words_or_by_number_puts_the_questions_citing_it_first() {
    for (String q : List.of("dieu 9 luat tre em", "Điều 9 Luật Trẻ em", "luật trẻ em điều 9", "dieu 9 102/2016/QH13",
        "khoản 1 điều 9 luật trẻ em")) {
      List<Long> ids = ids(lookup(q));
      assertThat(ids).as(q).startsWith(childrensArticle9);
    }
    // The rest of the first page: the same law's other articles, not a question that only mentions the words.
    JsonArray page = lookup("dieu 9 luat tre em");
    assertThat(page).hasSize(10).allMatch(o -> ((JsonObject) o).getJsonArray("citations").stream()
        .anyMatch(c -> ((JsonObject) c).getString("document").equals("102/2016/QH13")));
    assertThat(ids(page)).doesNotContain(trafficArticle9);
    assertThat(ids(lookup("dieu 9 luat trat tu an toan giao thong duong bo"))).startsWith(trafficArticle9);
  }

  @Test
  void a_law_named_in_words_ranks_its_questions_with_the_other_words_first() {
    assertThat(ids(lookup("luật trẻ em tháng hành động"))).startsWith(childrensArticle9);
  }

  @Test
  void a_question_in_plain_words_finds_the_question_it_means_on_the_first_page() {
    JsonArray bike = lookup("xe đạp điện bao nhiêu tuổi được đi");
    assertThat(texts(bike)).anyMatch(t -> t.contains("xe đạp máy (xe đạp điện)"));
    assertThat(texts(bike).get(0)).containsIgnoringCase("xe đạp");
    // The question that answers it (ttatgt-037: the law sets no age for an electric bicycle) is among the first three.
    assertThat(texts(bike).subList(0, 3)).anyMatch(t -> t.contains("tuổi thì được đi xe đạp điện"));
    assertThat(texts(lookup("xe dap dien may tuoi duoc di"))).anyMatch(t -> t.contains("tuổi thì được đi xe đạp điện"));

    assertThat(texts(lookup("đi xe máy có phải đội mũ bảo hiểm không")).get(0)).containsIgnoringCase("mũ bảo hiểm");
    assertThat(texts(lookup("bao nhiêu tuổi thì phải chịu trách nhiệm hình sự")).get(0))
        .contains("chịu trách nhiệm hình sự");
    assertThat(texts(lookup("uong ruou bia duoi 18 tuoi co bi phat khong")).subList(0, 3))
        .allMatch(t -> t.toLowerCase().contains("rượu") || t.toLowerCase().contains("bia"));
  }

  @Test
  void polls_are_never_in_the_lookup() {
    JsonArray found = lookup("thăm dò ý kiến bị bắt nạt trên mạng em sẽ làm gì");
    assertThat(found).isNotEmpty();
    assertThat(found.stream().map(o -> ((JsonObject) o).getString("type"))).doesNotContain("POLL");
    assertThat(Http.json(anonymous.get("/api/public/questions?type=POLL")).getLong("total")).isZero();
  }

  @Test
  void a_question_has_a_permanent_address_in_the_lookup() {
    JsonObject page = Http.json(anonymous.get("/api/public/questions?id=" + childrensArticle9));
    assertThat(page.getLong("total")).isEqualTo(1);
    assertThat(page.getJsonArray("items").getJsonObject(0).getLong("id")).isEqualTo(childrensArticle9);
    assertThat(Http.json(anonymous.get("/api/public/questions?id=999999999")).getLong("total")).isZero();
    assertThat(anonymous.get("/api/public/questions?id=0").statusCode()).isEqualTo(400);
  }

  private static JsonArray lookup(String q) {
    HttpResponse<String> response = anonymous.get("/api/public/questions?size=10&q="
        + URLEncoder.encode(q, StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response).getJsonArray("items");
  }

  private static List<Long> ids(JsonArray items) {
    return items.stream().map(o -> ((JsonObject) o).getLong("id")).toList();
  }

  private static List<String> texts(JsonArray items) {
    return items.stream().map(o -> ((JsonObject) o).getString("text")).toList();
  }

  private static JsonObject question(String text, String right, String wrong, String explanation, String document) {
    return new JsonObject().put("type", "SINGLE_CHOICE").put("text", text)
        .put("choices", new JsonArray().add(new JsonObject().put("text", right).put("correct", true))
            .add(new JsonObject().put("text", wrong).put("correct", false)))
        .put("explanation", explanation)
        .put("citations", new JsonArray().add(new JsonObject().put("document", document).put("article", 9)))
        .put("tags", new JsonArray().add("trẻ em")).put("difficulty", 1);
  }

  private static long approve(Http author, Http reviewer, JsonObject question) {
    HttpResponse<String> created = author.post("/api/questions", question);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = Http.json(created).getLong("id");
    assertThat(author.post("/api/questions/" + id + "/actions/submit", "{}").statusCode()).isEqualTo(200);
    HttpResponse<String> approved = reviewer.post("/api/questions/" + id + "/actions/approve", "{}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    return id;
  }

  private static Http account(int port, String email, String role) {
    HttpResponse<String> created = running.admin().post("/api/users", new JsonObject().put("email", email)
        .put("displayName", "Người dùng " + role).put("password", PASSWORD).put("roles", new JsonArray().add(role)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return new Http(port).login(email, PASSWORD);
  }
}
