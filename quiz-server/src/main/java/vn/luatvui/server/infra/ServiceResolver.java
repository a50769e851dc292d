package vn.luatvui.server.infra;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.luatvui.server.AppConfig;
import vn.luatvui.server.config.DatabaseUrl;
import vn.luatvui.server.config.RedisUrl;
import vn.luatvui.server.config.ServicesMode;
import vn.luatvui.server.infra.Services.Source;

/**
 * Decides where PostgreSQL and Redis are: the configured URLs, the local default ports, or
 * embedded services started here (so that a school can run LuậtVui with Java alone).
 */
public final class ServiceResolver {
  private static final Logger LOG = LoggerFactory.getLogger(ServiceResolver.class);
  static final String LOCAL_HOST = "127.0.0.1";
  private static final DatabaseUrl LOCAL_DATABASE =
      DatabaseUrl.local(LOCAL_HOST, DatabaseUrl.DEFAULT_PORT, AppConfig.DEFAULT_DATABASE);

  private ServiceResolver() {
  }

  public static Services resolve(AppConfig config) throws IOException {
    List<AutoCloseable> started = new ArrayList<>();
    try {
      DatabaseUrl database;
      Source databaseSource;
      if (config.databaseUrl().isPresent() && config.servicesMode() != ServicesMode.EMBEDDED) {
        database = config.databaseUrl().get();
        databaseSource = Source.CONFIGURED;
      } else if (useLocal(config.servicesMode(), DatabaseUrl.DEFAULT_PORT) && canLogIn(config.servicesMode())) {
        database = LOCAL_DATABASE;
        databaseSource = Source.LOCAL_DEFAULT;
      } else {
        EmbeddedPostgresService pg = EmbeddedPostgresService.start(config.dataDir().resolve("postgres"));
        started.add(pg);
        database = pg.url(AppConfig.DEFAULT_DATABASE);
        databaseSource = Source.EMBEDDED;
      }

      RedisUrl redis;
      Source redisSource;
      if (config.redisUrl().isPresent() && config.servicesMode() != ServicesMode.EMBEDDED) {
        redis = config.redisUrl().get();
        redisSource = Source.CONFIGURED;
      } else if (useLocal(config.servicesMode(), RedisUrl.DEFAULT_PORT)) {
        redis = RedisUrl.local(LOCAL_HOST, RedisUrl.DEFAULT_PORT);
        redisSource = Source.LOCAL_DEFAULT;
      } else {
        EmbeddedRedisService rs = EmbeddedRedisService.start(config.dataDir().resolve("redis"));
        started.add(rs);
        redis = rs.url();
        redisSource = Source.EMBEDDED;
      }
      Services services = new Services(database, databaseSource, redis, redisSource, () -> closeAll(started));
      LOG.info("Services mode {}: {}", config.servicesMode(), services.describe());
      return services;
    } catch (IOException | RuntimeException e) {
      closeAll(started);
      throw e;
    }
  }

  private static boolean useLocal(ServicesMode mode, int port) {
    return switch (mode) {
      case EXTERNAL -> true;
      case EMBEDDED -> false;
      case AUTO -> answers(LOCAL_HOST, port);
    };
  }

  /**
   * A local PostgreSQL may answer yet refuse the passwordless login of the default URL (common on
   * desktop installs); in auto mode that means "not usable", and the embedded one is used instead.
   */
  private static boolean canLogIn(ServicesMode mode) {
    if (mode != ServicesMode.AUTO) {
      return true;
    }
    try (Connection ignored = DriverManager.getConnection(
        LOCAL_DATABASE.withDatabase("postgres").jdbcUrl(), LOCAL_DATABASE.user(), null)) {
      return true;
    } catch (SQLException e) {
      LOG.warn("PostgreSQL answers on port {} but refuses user {} without a password ({}); "
          + "set DATABASE_URL to use it", DatabaseUrl.DEFAULT_PORT, LOCAL_DATABASE.user(), e.getMessage());
      return false;
    }
  }

  static boolean answers(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void closeAll(List<AutoCloseable> started) {
    for (int i = started.size() - 1; i >= 0; i--) {
      try {
        started.get(i).close();
      } catch (Exception e) {
        LOG.warn("Stopping an embedded service failed", e);
      }
    }
  }
}
