package vn.luatvui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.TestDatabase;
import vn.luatvui.server.support.TestRedis;
import vn.luatvui.server.support.TestServer;

class ServerStartTest {
  private final TestDatabase database = TestDatabase.named();
  private final TestRedis redis = new TestRedis();

  @AfterEach
  void cleanUp() throws Exception {
    database.close();
    redis.close();
  }

  @Test
  void the_server_creates_and_migrates_an_empty_database_and_a_second_start_migrates_nothing() throws Exception {
    Map<String, String> env = TestServer.environment(database.uri(), TestRedis.URI, redis.prefix());

    int firstHistory;
    try (QuizServer first = TestServer.start(env)) {
      assertThat(first.migrationsApplied()).isPositive();
      firstHistory = count("SELECT count(*) FROM flyway_schema_history WHERE success");
      assertThat(firstHistory).isEqualTo(first.migrationsApplied());
      assertThat(count("SELECT count(*) FROM information_schema.tables WHERE table_name = 'app_user'")).isEqualTo(1);
      assertThat(new Http(first.config().httpPort()).get("/health/live").statusCode()).isEqualTo(200);
    }

    try (QuizServer second = TestServer.start(env)) {
      assertThat(second.migrationsApplied()).isZero();
      assertThat(count("SELECT count(*) FROM flyway_schema_history WHERE success")).isEqualTo(firstHistory);
      assertThat(new Http(second.config().httpPort()).get("/health/ready").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void after_a_graceful_stop_the_port_no_longer_accepts_requests() throws Exception {
    QuizServer server = TestServer.start(database, redis);
    Http http = new Http(server.config().httpPort());
    assertThat(http.get("/health/live").statusCode()).isEqualTo(200);

    server.close();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> http.get("/health/live"))
        .hasMessageContaining("failed");
  }

  private int count(String sql) throws Exception {
    try (Connection c = database.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
