package vn.luatvui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.luatvui.server.infra.FreePort;
import vn.luatvui.server.infra.Services.Source;
import vn.luatvui.server.support.Http;

/** The one-machine default: the server starts its own PostgreSQL and Redis and keeps their data. */
class EmbeddedModeTest {

  @Test
  void embedded_services_serve_readiness_and_keep_their_data_across_a_restart(@TempDir Path dataDir)
      throws Exception {
    Map<String, String> env = Map.of(
        "SERVICES_MODE", "embedded",
        "DATA_DIR", dataDir.toString(),
        "HTTP_HOST", "127.0.0.1",
        "HTTP_PORT", String.valueOf(FreePort.find()),
        "SHUTDOWN_GRACE_SECONDS", "1");

    try (QuizServer first = QuizServer.start(AppConfig.fromEnvironment(env))) {
      assertThat(first.services().databaseSource()).isEqualTo(Source.EMBEDDED);
      assertThat(first.services().redisSource()).isEqualTo(Source.EMBEDDED);
      assertThat(first.migrationsApplied()).isPositive();
      assertThat(new Http(first.config().httpPort()).get("/health/ready").statusCode()).isEqualTo(200);

      first.pool().query("INSERT INTO app_user (email, display_name, password_hash) "
          + "VALUES ('co.giao@truong.edu.vn', 'Cô Giáo', 'x')").execute().await();
      first.redis().sync().set(first.redisKeys().of("restart-check"), "còn đây");
    }

    try (QuizServer second = QuizServer.start(AppConfig.fromEnvironment(env))) {
      assertThat(second.migrationsApplied()).isZero();
      assertThat(new Http(second.config().httpPort()).get("/health/ready").statusCode()).isEqualTo(200);
      var rows = second.pool()
          .query("SELECT display_name FROM app_user WHERE email = 'co.giao@truong.edu.vn'").execute().await();
      assertThat(rows.iterator().next().getString(0)).isEqualTo("Cô Giáo");
      assertThat(second.redis().sync().get(second.redisKeys().of("restart-check"))).isEqualTo("còn đây");
    }
  }
}
