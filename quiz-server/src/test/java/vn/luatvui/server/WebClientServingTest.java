package vn.luatvui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
