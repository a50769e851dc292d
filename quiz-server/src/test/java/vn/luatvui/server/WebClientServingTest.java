package vn.luatvui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.TestDatabase;
import vn.luatvui.server.support.TestRedis;
import vn.luatvui.server.support.TestServer;

class WebClientServingTest {
  private static final TestDatabase database = TestDatabase.named();
  private static final TestRedis redis = new TestRedis();
  private static QuizServer server;
  private static Http http;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start(database, redis);
    http = new Http(server.config().httpPort());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    database.close();
    redis.close();
  }

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
  void an_unknown_api_path_answers_json_not_the_client() {
    HttpResponse<String> response = http.get("/api/no-such-thing");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).contains("json"));
    assertThat(response.body()).contains("\"code\":\"not_found\"");
  }

  @Test
  void a_missing_asset_is_a_404_not_the_client() {
    assertThat(http.get("/assets/missing-file.js").statusCode()).isEqualTo(404);
  }
}
