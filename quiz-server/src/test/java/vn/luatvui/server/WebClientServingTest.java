package vn.luatvui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.RunningServer;

class WebClientServingTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();
  private final Http http = running.http();

  @Test
  void the_root_serves_the_vietnamese_web_client() {
    HttpResponse<String> page = http.get("/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
    assertThat(page.body()).contains("lang=\"vi\"").contains("LuậtVui");
    assertThat(page.headers().firstValue("content-security-policy")).isPresent();
  }

  @Test
  void a_page_path_of_the_client_router_is_answered_with_the_client() {
    HttpResponse<String> page = http.get("/contests");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).isEqualTo(http.get("/").body());
    assertThat(page.headers().firstValue("cache-control")).hasValue("no-cache");
  }

  @Test
  void the_player_page_is_its_own_small_page_with_its_styles_inside() {
    HttpResponse<String> play = http.get("/play?pin=123456");

    assertThat(play.statusCode()).isEqualTo(200);
    assertThat(play.headers().firstValue("cache-control")).hasValue("no-cache");
    assertThat(play.headers().firstValue("etag")).isPresent();
    assertThat(play.body()).contains("lang=\"vi\"").contains("<style>").contains("id=\"play-pin\"")
        .containsPattern("src=\"/assets/play-[A-Za-z0-9_-]+\\.js\"")
        .doesNotContain("rel=\"stylesheet\"");
    assertThat(http.get("/").body()).doesNotContain("/assets/play-");
    HttpResponse<byte[]> unchanged = http.getRaw("/play", "If-None-Match", play.headers().firstValue("etag").orElseThrow());
    assertThat(unchanged.statusCode()).isEqualTo(304);
    // The first script (it opens the game socket) is inside the page, allowed by its hash and only it.
    Matcher early = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(play.body());
    assertThat(early.find()).isTrue();
    assertThat(early.group(1)).contains("type: 'check'");
    String hash = Base64.getEncoder().encodeToString(sha256(early.group(1)));
    assertThat(play.headers().firstValue("content-security-policy")).hasValueSatisfying(csp ->
        assertThat(csp).endsWith("; script-src 'self' 'sha256-" + hash + "'"));
    assertThat(http.get("/").headers().firstValue("content-security-policy")).hasValueSatisfying(csp ->
        assertThat(csp).doesNotContain("script-src"));
  }

  @Test
  void the_attempt_pages_service_worker_is_revalidated_and_kept_to_the_contest_pages() {
    HttpResponse<String> worker = http.get("/sw.js");

    assertThat(worker.statusCode()).isEqualTo(200);
    assertThat(worker.headers().firstValue("cache-control")).hasValue("no-cache");
    assertThat(worker.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).contains("javascript"));
    assertThat(worker.headers().firstValue("service-worker-allowed")).hasValue("/contests/");
    // It knows the build it belongs to: the page's own script is among the files it keeps.
    String script = scriptOf(http.get("/").body());
    assertThat(worker.body()).contains(script).containsPattern("const VERSION = '[0-9a-f]{16}'")
        .doesNotContain("/assets/play-");
  }

  @Test
  void an_unknown_api_path_answers_json_not_the_client() {
    HttpResponse<String> response = http.get("/api/no-such-thing");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).contains("json"));
    assertThat(response.body()).contains("\"code\":\"not_found\"");
  }

  @Test
  void hashed_assets_are_cached_for_a_year_and_sent_in_the_compression_the_browser_takes() throws IOException {
    String script = scriptOf(http.get("/").body());
    HttpResponse<byte[]> plain = http.getRaw(script, "Accept-Encoding", "identity");
    HttpResponse<byte[]> gzip = http.getRaw(script, "Accept-Encoding", "gzip, deflate");
    HttpResponse<byte[]> brotli = http.getRaw(script, "Accept-Encoding", "gzip, deflate, br");

    for (HttpResponse<byte[]> response : List.of(plain, gzip, brotli)) {
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("cache-control")).hasValue("public, max-age=31536000, immutable");
      assertThat(response.headers().firstValue("vary")).hasValueSatisfying(v -> assertThat(v).containsIgnoringCase("accept-encoding"));
      assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).contains("javascript"));
    }
    assertThat(plain.headers().firstValue("content-encoding")).isEmpty();
    assertThat(gzip.headers().firstValue("content-encoding")).hasValue("gzip");
    assertThat(brotli.headers().firstValue("content-encoding")).hasValue("br");
    try (var unzipped = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
      assertThat(unzipped.readAllBytes()).isEqualTo(plain.body());
    }
    assertThat(brotli.body().length).isLessThan(gzip.body().length).isLessThan(plain.body().length);
  }

  @Test
  void a_browser_that_refuses_brotli_with_a_zero_weight_gets_gzip() {
    String script = scriptOf(http.get("/").body());

    HttpResponse<byte[]> response = http.getRaw(script, "Accept-Encoding", "br;q=0, gzip;q=0.5");

    assertThat(response.headers().firstValue("content-encoding")).hasValue("gzip");
  }

  @Test
  void the_page_is_revalidated_with_its_etag_and_not_sent_again_when_unchanged() {
    // A page of the client's router (not /play, which has a page of its own).
    HttpResponse<String> first = http.get("/contests");
    String etag = first.headers().firstValue("etag").orElseThrow();

    HttpResponse<byte[]> again = http.getRaw("/contests", "If-None-Match", etag);
    HttpResponse<byte[]> other = http.getRaw("/", "If-None-Match", "\"something-else\"");

    assertThat(first.headers().firstValue("cache-control")).hasValue("no-cache");
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(other.statusCode()).isEqualTo(200);
    assertThat(other.headers().firstValue("etag")).hasValue(etag);
  }

  @Test
  void an_asset_path_that_tries_to_leave_the_folder_is_a_404() {
    assertThat(http.get("/assets/..%2Findex.html").statusCode()).isEqualTo(404);
    assertThat(http.get("/assets/").statusCode()).isEqualTo(404);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String scriptOf(String page) {
    Matcher m = Pattern.compile("src=\"(/assets/index-[^\"]+\\.js)\"").matcher(page);
    assertThat(m.find()).as("the page names its main script").isTrue();
    return m.group(1);
  }

  @Test
  void a_missing_asset_is_a_404_not_the_client() {
    assertThat(http.get("/assets/missing-file.js").statusCode()).isEqualTo(404);
  }
}
