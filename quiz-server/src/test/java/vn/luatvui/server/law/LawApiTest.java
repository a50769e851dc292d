package vn.luatvui.server.law;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.bank.formats.LegalStoreJson;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.RunningServer;

/** The public read API of the legal store over the fixture documents. */
class LawApiTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();

  @BeforeAll
  static void load() {
    new LawLoader(running.server().vertx(), running.server().pool())
        .load(LawLoaderTest.fixtures(), LawLoader.Mode.NEW_ONLY).await();
  }

  private static Http http() {
    return running.http();
  }

  @Test
  void documents_are_listed_with_their_status_and_filtered_without_signing_in() {
    JsonArray all = new JsonArray(http().get("/api/laws/documents?asOf=2026-01-01").body());
    JsonObject code = find(all, "901/2020/QH14");
    assertThat(code.getString("status")).isEqualTo("AMENDED");
    assertThat(code.getJsonArray("amendedBy").getList()).containsExactly("902/2024/QH15");
    assertThat(code.getJsonArray("replacedBy").getList()).containsExactly("903/2026/QH15");
    assertThat(code.getString("text")).isEqualTo("FULL");
    assertThat(code.getInteger("articles")).isEqualTo(5);
    assertThat(code.getString("source")).isEqualTo("https://vanban.example.vn/bo-luat-mau-2020");

    assertThat(numbers("/api/laws/documents?status=OUT_OF_FORCE&asOf=2027-01-01")).contains("901/2020/QH14")
        .doesNotContain("902/2024/QH15");
    assertThat(numbers("/api/laws/documents?q=bo+luat+mau&kind=BO_LUAT")).containsExactly("901/2020/QH14", "903/2026/QH15");
    assertThat(numbers("/api/laws/documents?field=tre+em")).contains("901/2020/QH14")
        .doesNotContain("902/2024/QH15", "903/2026/QH15");
    assertThat(numbers("/api/laws/documents?kind=LUAT&q=mau")).containsExactly("902/2024/QH15");
  }

  @Test
  void a_documents_table_of_contents_has_titles_under_their_divisions_and_no_texts() {
    JsonObject doc = http().json("/api/laws/documents/901-2020-QH14?asOf=2025-07-01");
    JsonArray toc = doc.getJsonArray("toc");
    assertThat(toc.getJsonObject(0).getJsonArray("divisions").getList()).containsExactly(
        "Phần thứ nhất. NHỮNG QUY ĐỊNH CHUNG", "Chương I. PHẠM VI ĐIỀU CHỈNH VÀ ĐỐI TƯỢNG ÁP DỤNG");
    assertThat(toc.getJsonObject(0).getJsonArray("articles").stream().map(a -> ((JsonObject) a).getString("number")))
        .containsExactly("1", "2", "2a");
    assertThat(doc.encode()).doesNotContain("Xâm hại trẻ em");
  }

  @Test
  void an_article_reads_as_in_force_on_the_day_asked_with_what_amended_it() {
    JsonObject before = http().json("/api/laws/documents/901-2020-QH14/articles/2?asOf=2025-06-30");
    JsonObject after = http().json("/api/laws/documents/901-2020-QH14/articles/2?asOf=2025-07-01");
    assertThat(before.getString("text")).contains("a) Trục lợi;").doesNotContain("3a.");
    assertThat(after.getString("text")).contains("a) Trục lợi, kể cả trên không gian mạng;", "3a. Sử dụng trẻ em");
    assertThat(after.getString("changedBy")).isEqualTo("902/2024/QH15");
    assertThat(after.getJsonArray("versions")).hasSize(2);
    assertThat(after.getJsonObject("content").getJsonArray("clauses")).hasSize(5);
    JsonObject amended = after.getJsonArray("changes").getJsonObject(0);
    assertThat(amended.getString("kind")).isEqualTo("AMENDED");
    assertThat(amended.getString("byDocument")).isEqualTo("902/2024/QH15");

    JsonObject repealed = http().json("/api/laws/documents/901-2020-QH14/articles/4?asOf=2025-07-01");
    assertThat(repealed.getString("status")).isEqualTo("REPEALED");
    assertThat(http().get("/api/laws/documents/901-2020-QH14/articles/99").statusCode()).isEqualTo(404);
    assertThat(http().get("/api/laws/documents/1-1999-QH10").statusCode()).isEqualTo(404);
  }

  @Test
  void the_changes_of_a_point_give_both_wordings() {
    JsonArray changes = new JsonArray(http().get("/api/laws/documents/901-2020-QH14/articles/2/changes?clause=3&point=a")
        .body());
    assertThat(changes.getJsonObject(0).getString("before")).isEqualTo("a) Trục lợi;");
    assertThat(changes.getJsonObject(0).getString("after")).isEqualTo("a) Trục lợi, kể cả trên không gian mạng;");
    assertThat(changes.getJsonObject(1).getString("kind")).isEqualTo("DOCUMENT_ENDED");
    JsonArray untouched = new JsonArray(http().get("/api/laws/documents/901-2020-QH14/articles/3/changes?clause=1").body());
    assertThat(untouched.stream().map(c -> ((JsonObject) c).getString("kind"))).containsExactly("DOCUMENT_ENDED");
  }

  @Test
  void search_finds_articles_without_diacritics_by_number_clause_and_words_with_highlights() {
    // The shipped texts are in the store too: look at the sample code's group of results.
    JsonObject hit = firstHit(search("tre em quang cao", "2025-07-01"), "901/2020/QH14");
    assertThat(hit.getString("number")).isEqualTo("2");
    String snippet = hit.getString("snippet");
    JsonArray first = hit.getJsonArray("highlights").getJsonArray(0);
    assertThat(snippet.substring(first.getInteger(0), first.getInteger(1))).isEqualToIgnoringCase("trẻ");

    assertThat(firstHit(search("Điều 3", "2025-07-01"), "901/2020/QH14").getString("title")).isEqualTo("Quyền được sống");
    JsonObject clause = search("khoan 2 dieu 3 bo luat mau", "2025-07-01");
    assertThat(clause.getJsonArray("documents").getJsonObject(0).getString("document"))
        .as("the document named in the question comes first").isEqualTo("901/2020/QH14");
    assertThat(firstHit(clause, "901/2020/QH14").getString("snippet")).isEqualTo("2. Trẻ em có quyền được chăm sóc sức khỏe.");
    assertThat(firstHit(search("quang cao", "2025-06-30"), "901/2020/QH14")).as("not in force yet").isNull();
  }

  @Test
  void a_clause_of_a_law_named_in_words_is_found_first_in_the_shipped_store() {
    JsonObject result = search("khoan 2 dieu 5 luat tre em", LocalDate.now().toString());
    JsonObject group = result.getJsonArray("documents").getJsonObject(0);

    assertThat(group.getString("document")).isEqualTo("102/2016/QH13");
    assertThat(group.getJsonArray("articles").getJsonObject(0).getString("number")).isEqualTo("5");
    assertThat(group.getJsonArray("articles").getJsonObject(0).getString("snippet"))
        .isEqualTo("2. Không phân biệt đối xử với trẻ em.");
  }

  @Test
  void a_document_is_found_by_its_address_with_or_without_marks_and_its_slug_is_that_address() {
    JsonObject decree = http().json("/api/laws/documents/168-2024-ND-CP").getJsonObject("document");
    assertThat(decree.getString("number")).isEqualTo("168/2024/NĐ-CP");
    assertThat(decree.getString("slug")).isEqualTo("168-2024-ND-CP");
    assertThat(http().json("/api/laws/documents/168-2024-N%C4%90-CP").getJsonObject("document").getString("number"))
        .as("the number with / written as -").isEqualTo("168/2024/NĐ-CP");
    assertThat(http().json("/api/laws/documents/168-2024-nd-cp/articles/7").getString("document"))
        .as("in any case, for an article too").isEqualTo("168/2024/NĐ-CP");
    assertThat(http().json("/api/laws/documents/36-2024-QH15").getJsonObject("document").getString("slug"))
        .isEqualTo("36-2024-QH15");
    assertThat(http().get("/api/laws/documents/168-2024-ND").statusCode()).as("no partial match").isEqualTo(404);
    JsonObject found = search("nong do con", LocalDate.now().toString());
    assertThat(found.getJsonArray("documents").stream().map(g -> ((JsonObject) g).getString("slug")))
        .as("search results link to the same address").allMatch(slug -> slug.matches("[A-Za-z0-9-]+"));
  }

  @Test
  void responses_carry_an_etag_and_a_repeat_with_it_gets_304() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    URI uri = URI.create("http://127.0.0.1:" + running.http().port() + "/api/laws/documents/901-2020-QH14/articles/2");
    HttpResponse<String> first = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
    HttpResponse<String> again = client.send(HttpRequest.newBuilder(uri).header("If-None-Match", etag).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  @Test
  void the_export_reads_back_as_the_stores_documents() {
    String json = http().get("/api/laws/export").body();
    assertThat(LegalStoreJson.read(json)).extracting(d -> d.number())
        .contains("901/2020/QH14", "902/2024/QH15", "903/2026/QH15", "102/2016/QH13", "100/2015/QH13");
  }

  private static JsonObject search(String q, String day) {
    return http().json("/api/laws/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&asOf=" + day);
  }

  /** The first article found in the given document's group of results, or null when it has none. */
  private static JsonObject firstHit(JsonObject result, String document) {
    return result.getJsonArray("documents").stream().map(o -> (JsonObject) o)
        .filter(g -> g.getString("document").equals(document)).findFirst()
        .map(g -> g.getJsonArray("articles").getJsonObject(0)).orElse(null);
  }

  private static List<String> numbers(String path) {
    JsonArray list = new JsonArray(http().get(path).body());
    return list.stream().map(o -> ((JsonObject) o).getString("number")).toList();
  }

  private static JsonObject find(JsonArray list, String number) {
    return list.stream().map(o -> (JsonObject) o).filter(o -> o.getString("number").equals(number)).findFirst()
        .orElseThrow();
  }
}
