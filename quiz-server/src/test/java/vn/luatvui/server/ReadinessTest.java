package vn.luatvui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.TcpProxy;
import vn.luatvui.server.support.TestDatabase;
import vn.luatvui.server.support.TestRedis;
import vn.luatvui.server.support.TestServer;

/** The server reaches PostgreSQL and Redis through relays the test can cut, like a network failure. */
class ReadinessTest {
  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private static final TestDatabase database = TestDatabase.named();
  private static final TestRedis redis = new TestRedis();
  private static TcpProxy postgresLink;
  private static TcpProxy redisLink;
  private static QuizServer server;
  private static Http http;

  @BeforeAll
  static void start() throws Exception {
    postgresLink = new TcpProxy(TestDatabase.HOST, TestDatabase.PORT);
    redisLink = new TcpProxy("127.0.0.1", 6379);
    server = TestServer.start(TestServer.environment(
        "postgresql://postgres@127.0.0.1:" + postgresLink.port() + "/" + database.url().database(),
        "redis://127.0.0.1:" + redisLink.port() + "/0",
        redis.prefix()));
    http = new Http(server.config().httpPort());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    postgresLink.close();
    redisLink.close();
    database.close();
    redis.close();
  }

  @Test
  void ready_while_both_answer() {
    HttpResponse<String> response = http.awaitGet("/health/ready", r -> r.statusCode() == 200, PATIENCE);
    assertThat(response.body()).contains("\"postgresql\":\"UP\"").contains("\"redis\":\"UP\"");
  }

  @Test
  void not_ready_naming_redis_while_redis_is_unreachable_and_ready_again_when_it_returns() throws Exception {
    http.awaitGet("/health/ready", r -> r.statusCode() == 200, PATIENCE);

    redisLink.cut();
    HttpResponse<String> down = http.awaitGet("/health/ready", r -> r.statusCode() == 503, PATIENCE);
    assertThat(down.body()).contains("\"redis\":\"DOWN\"").contains("\"postgresql\":\"UP\"")
        .contains("Not ready: redis");
    assertThat(http.get("/health/live").statusCode()).isEqualTo(200);

    redisLink.restore();
    http.awaitGet("/health/ready", r -> r.statusCode() == 200, PATIENCE);
  }

  @Test
  void not_ready_naming_postgresql_while_postgresql_is_unreachable_and_ready_again_when_it_returns()
      throws Exception {
    http.awaitGet("/health/ready", r -> r.statusCode() == 200, PATIENCE);

    postgresLink.cut();
    HttpResponse<String> down = http.awaitGet("/health/ready", r -> r.statusCode() == 503, PATIENCE);
    assertThat(down.body()).contains("\"postgresql\":\"DOWN\"").contains("\"redis\":\"UP\"")
        .contains("Not ready: postgresql");

    postgresLink.restore();
    http.awaitGet("/health/ready", r -> r.statusCode() == 200, PATIENCE);
  }
}
