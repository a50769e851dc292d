package vn.luatvui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.infra.FreePort;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.RunningServer;
import vn.luatvui.server.support.TestDatabase;
import vn.luatvui.server.support.TestRedis;
import vn.luatvui.server.support.TestServer;

class MetricsTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();
  private final Http http = running.http();

  @Test
  void metrics_expose_the_game_meters_in_prometheus_format() {
    http.get("/health/ready");
    HttpResponse<String> metrics = http.get("/metrics");

    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
    assertThat(metrics.body())
        .contains("# TYPE luatvui_rooms_active gauge")
        .contains("luatvui_players_connected ")
        .contains("luatvui_answers_total ")
        .contains("luatvui_broadcast_latency_seconds")
        .contains("luatvui_dependency_up{dependency=\"postgresql\"} 1.0")
        .contains("luatvui_dependency_up{dependency=\"redis\"} 1.0");
  }

  @Test
  void metrics_include_jvm_http_and_pool_meters() {
    http.get("/health/live");
    String body = http.get("/metrics").body();

    assertThat(body).contains("jvm_memory_used_bytes").contains("vertx_http_server_requests_total")
        .contains("vertx_pool_");
  }

  @Test
  void with_a_metrics_port_the_public_port_does_not_serve_them() throws Exception {
    try (TestDatabase database = TestDatabase.named(); TestRedis redis = new TestRedis()) {
      Map<String, String> env = TestServer.environment(database.uri(), TestRedis.URI, redis.prefix());
      int metricsPort = FreePort.find();
      env.put(AppConfig.METRICS_PORT, Integer.toString(metricsPort));
      try (QuizServer server = TestServer.start(env)) {
        assertThat(new Http(server.config().httpPort()).get("/metrics").statusCode()).isEqualTo(404);
        HttpResponse<String> scraped = new Http(metricsPort).get("/metrics");
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("# TYPE luatvui_rooms_active gauge").contains("luatvui_dependency_up");
      }
    }
  }
}
