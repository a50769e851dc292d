package vn.luatvui.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.AppConfig;
import vn.luatvui.server.config.HttpEdge;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.RunningServer;

/** Reads anyone may make without signing in are limited per address and per route, atomically. */
class PublicReadsApiTest {
  private static final int LIMIT = 20;

  @RegisterExtension
  static final RunningServer running = new RunningServer(Map.of(HttpEdge.PUBLIC_READS_PER_MINUTE, String.valueOf(LIMIT),
      AppConfig.TRUSTED_PROXIES, "127.0.0.1"));

  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void forty_parallel_lookups_from_one_address_get_exactly_the_limit_answered_and_the_rest_told_to_wait() {
    List<HttpResponse<String>> answers = parallel("/api/public/questions?q=mu+bao+hiem", "203.0.113.7", 2 * LIMIT);

    assertThat(answers).filteredOn(r -> r.statusCode() == 200).hasSize(LIMIT);
    List<HttpResponse<String>> refused = answers.stream().filter(r -> r.statusCode() == 429).toList();
    assertThat(refused).hasSize(LIMIT);
    assertThat(Http.json(refused.get(0)).getJsonObject("error").getString("code")).isEqualTo("rate_limited");
    assertThat(refused.get(0).headers().firstValue("Retry-After")).hasValue("60");
  }

  @Test
  void each_public_route_has_its_own_count_and_each_address_its_own() {
    String address = "203.0.113.8";
    assertThat(parallel("/api/laws/search?q=dieu+9+luat+tre+em", address, LIMIT + 1))
        .filteredOn(r -> r.statusCode() == 429).hasSize(1);

    assertThat(get("/api/laws/documents", address).statusCode()).as("another route").isEqualTo(200);
    assertThat(get("/api/laws/search?q=dieu+9+luat+tre+em", "203.0.113.9").statusCode()).as("another address")
        .isEqualTo(200);
  }

  @Test
  void the_practice_questions_of_an_article_and_a_contest_page_are_limited_too() {
    assertThat(parallel("/api/laws/documents/102-2016-QH13/articles/9/questions", "203.0.113.10", LIMIT + 2))
        .filteredOn(r -> r.statusCode() == 429).hasSize(2);
    assertThat(parallel("/api/contests", "203.0.113.10", LIMIT + 1)).filteredOn(r -> r.statusCode() == 429).hasSize(1);
  }

  @Test
  void a_whole_store_export_is_given_a_few_times_a_minute_to_one_address() {
    assertThat(parallel("/api/laws/export", "203.0.113.11", PublicReads.EXPORTS_PER_MINUTE + 2))
        .filteredOn(r -> r.statusCode() == 429).hasSize(2);
    assertThat(get("/api/laws/export.akn", "203.0.113.11").statusCode()).as("the other export counts apart")
        .isEqualTo(200);
  }

  @Test
  void question_images_are_counted_like_the_other_public_reads() {
    String image = "/media/" + "0".repeat(64) + ".png";
    List<HttpResponse<String>> answers = parallel(image, "203.0.113.12", LIMIT + 3);

    assertThat(answers).filteredOn(r -> r.statusCode() == 404).as("no such image, but read").hasSize(LIMIT);
    List<HttpResponse<String>> refused = answers.stream().filter(r -> r.statusCode() == 429).toList();
    assertThat(refused).hasSize(3);
    assertThat(Http.json(refused.get(0)).getJsonObject("error").getString("code")).isEqualTo("rate_limited");
    assertThat(Http.json(refused.get(0)).getJsonObject("error").getString("message")).contains("đợi một phút");
    assertThat(refused.get(0).headers().firstValue("Retry-After")).hasValue("60");
    assertThat(get(image, "203.0.113.13").statusCode()).as("another address").isEqualTo(404);
  }

  private List<HttpResponse<String>> parallel(String path, String address, int count) {
    List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      sent.add(client.sendAsync(request(path, address), HttpResponse.BodyHandlers.ofString()));
    }
    return sent.stream().map(CompletableFuture::join).toList();
  }

  private HttpResponse<String> get(String path, String address) {
    return client.sendAsync(request(path, address), HttpResponse.BodyHandlers.ofString()).join();
  }

  private static HttpRequest request(String path, String address) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + running.http().port() + path))
        .header("X-Forwarded-For", address).GET().build();
  }
}
