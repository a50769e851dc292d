package vn.luatvui.server.support;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import vn.luatvui.server.AppConfig;
import vn.luatvui.server.QuizServer;
import vn.luatvui.server.infra.FreePort;

/** Starts a real quiz-server in this JVM against the local PostgreSQL and Redis, on a free port. */
public final class TestServer {
  public static final String ADMIN_EMAIL = "quantri@luatvui.test";
  public static final String ADMIN_PASSWORD = "mat-khau-quan-tri-1";
  private TestServer() {
  }

  /** Environment for a server using the given database and Redis prefix, on a free HTTP port. */
  public static Map<String, String> environment(String databaseUri, String redisUri, String redisPrefix)
      throws IOException {
    Map<String, String> env = new HashMap<>();
    env.put(AppConfig.HTTP_HOST, "127.0.0.1");
    env.put(AppConfig.HTTP_PORT, String.valueOf(FreePort.find()));
    env.put(AppConfig.DATABASE_URL, databaseUri);
    env.put(AppConfig.REDIS_URL, redisUri);
    env.put(AppConfig.REDIS_KEY_PREFIX, redisPrefix);
    env.put(AppConfig.SERVICES_MODE, "external");
    env.put(AppConfig.SHUTDOWN_GRACE_SECONDS, "2");
    env.put(AppConfig.BOOTSTRAP_ADMIN_EMAIL, ADMIN_EMAIL);
    env.put(AppConfig.BOOTSTRAP_ADMIN_PASSWORD, ADMIN_PASSWORD);
    return env;
  }

  public static QuizServer start(Map<String, String> environment) throws Exception {
    return QuizServer.start(AppConfig.fromEnvironment(environment));
  }

  public static QuizServer start(TestDatabase database, TestRedis redis) throws Exception {
    return start(environment(database.uri(), TestRedis.URI, redis.prefix()));
  }
}
