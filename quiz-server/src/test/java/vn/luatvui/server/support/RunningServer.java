package vn.luatvui.server.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.luatvui.server.QuizServer;

/**
 * A real quiz-server for one test class, on its own database and Redis key prefix, started before
 * the class's tests and stopped (database dropped, keys deleted) after them:
 * {@code @RegisterExtension static final RunningServer server = new RunningServer();}
 */
public final class RunningServer implements BeforeAllCallback, AfterAllCallback {
  private final TestDatabase database = TestDatabase.named();
  private final TestRedis redis = new TestRedis();
  private final java.util.Map<String, String> overrides;
  private QuizServer server;

  public RunningServer() {
    this(java.util.Map.of());
  }

  /** A server whose environment also has these variables (limits turned down for a test, say). */
  public RunningServer(java.util.Map<String, String> overrides) {
    this.overrides = overrides;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    var environment = TestServer.environment(database.uri(), TestRedis.URI, redis.prefix());
    environment.putAll(overrides);
    server = TestServer.start(environment);
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    try {
      if (server != null) {
        server.close();
      }
    } finally {
      database.close();
      redis.close();
    }
  }

  public QuizServer server() {
    return server;
  }

  public String redisPrefix() {
    return redis.prefix();
  }

  public TestDatabase database() {
    return database;
  }

  /** A new client (with its own cookies) for this server. */
  public Http http() {
    return new Http(server.config().httpPort());
  }

  /** A client signed in as the bootstrap admin. */
  public Http admin() {
    return http().login(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD);
  }
}
