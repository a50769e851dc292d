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
  private QuizServer server;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    server = TestServer.start(database, redis);
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
