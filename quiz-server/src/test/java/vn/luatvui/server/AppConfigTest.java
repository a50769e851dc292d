package vn.luatvui.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.luatvui.server.config.ConfigException;
import vn.luatvui.server.config.ServicesMode;

class AppConfigTest {

  @Test
  void an_empty_environment_gives_the_documented_defaults() {
    AppConfig config = AppConfig.fromEnvironment(Map.of());

    assertThat(config.httpPort()).isEqualTo(8080);
    assertThat(config.httpHost()).isEqualTo("0.0.0.0");
    assertThat(config.publicBaseUrl()).hasToString("http://localhost:8080");
    assertThat(config.databaseUrl()).isEmpty();
    assertThat(config.redisUrl()).isEmpty();
    assertThat(config.redisKeyPrefix()).isEqualTo("luatvui:");
    assertThat(config.servicesMode()).isEqualTo(ServicesMode.AUTO);
    assertThat(config.databasePoolSize()).isEqualTo(16);
    assertThat(config.shutdownGrace()).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void urls_are_read_with_their_parts() {
    AppConfig config = AppConfig.fromEnvironment(Map.of(
        "DATABASE_URL", "postgresql://quiz:s%40cret@db.internal:6543/luatvui",
        "REDIS_URL", "redis://:pw@cache:6380/2",
        "HTTP_PORT", "9090"));

    var db = config.databaseUrl().orElseThrow();
    assertThat(db.host()).isEqualTo("db.internal");
    assertThat(db.port()).isEqualTo(6543);
    assertThat(db.user()).isEqualTo("quiz");
    assertThat(db.password()).isEqualTo("s@cret");
    assertThat(db.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/luatvui");
    var redis = config.redisUrl().orElseThrow();
    assertThat(redis.host()).isEqualTo("cache");
    assertThat(redis.port()).isEqualTo(6380);
    assertThat(redis.database()).isEqualTo(2);
    assertThat(redis.password()).isEqualTo("pw");
    assertThat(config.publicBaseUrl()).hasToString("http://localhost:9090");
  }

  @Test
  void a_database_url_may_ask_for_tls_and_keeps_a_plus_in_the_password() {
    AppConfig config = AppConfig.fromEnvironment(Map.of(
        "DATABASE_URL", "postgresql://quiz:a+b@db:5432/luatvui?sslmode=require"));

    var db = config.databaseUrl().orElseThrow();
    assertThat(db.password()).isEqualTo("a+b");
    assertThat(db.sslMode()).isEqualTo("require");
    assertThat(db.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/luatvui?sslmode=require");
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("DATABASE_URL", "postgresql://db/x?ssl=yes")))
        .hasMessageContaining("DATABASE_URL").hasMessageContaining("sslmode");
  }

  @Test
  void secrets_are_masked_when_the_configuration_is_printed() {
    AppConfig config = AppConfig.fromEnvironment(Map.of(
        "DATABASE_URL", "postgresql://quiz:topsecret@db:5432/luatvui",
        "REDIS_URL", "redis://:alsosecret@cache:6379/0"));

    assertThat(config.describe().toString())
        .doesNotContain("topsecret").doesNotContain("alsosecret")
        .contains("postgresql://quiz:****@db:5432/luatvui")
        .contains("redis://:****@cache:6379/0");
  }

  @Test
  void an_invalid_value_stops_the_start_with_a_message_naming_the_variable() {
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("HTTP_PORT", "eighty")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("HTTP_PORT").hasMessageContaining("eighty");
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("HTTP_PORT", "70000")))
        .hasMessageContaining("HTTP_PORT");
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("DATABASE_URL", "mysql://db/x")))
        .hasMessageContaining("DATABASE_URL").hasMessageContaining("postgresql");
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("DATABASE_URL", "postgresql://db:5432/")))
        .hasMessageContaining("DATABASE_URL").hasMessageContaining("database name");
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("REDIS_URL", "redis://cache/zero")))
        .hasMessageContaining("REDIS_URL");
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("SERVICES_MODE", "cloud")))
        .hasMessageContaining("SERVICES_MODE").hasMessageContaining("auto, external, embedded");
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("PUBLIC_BASE_URL", "luatvui.vn")))
        .hasMessageContaining("PUBLIC_BASE_URL");
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("REDIS_KEY_PREFIX", "has space")))
        .hasMessageContaining("REDIS_KEY_PREFIX");
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("TRUSTED_PROXIES", "10.0.0.0/8,lb")))
        .hasMessageContaining("TRUSTED_PROXIES").hasMessageContaining("'lb'");
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("ROOM_LEASE_SECONDS", "1")))
        .hasMessageContaining("ROOM_LEASE_SECONDS");
  }

  @Test
  void every_variable_read_is_listed() {
    assertThat(AppConfig.VARIABLES).containsExactlyInAnyOrderElementsOf(
        AppConfig.fromEnvironment(Map.of()).describe().keySet());
  }
}
