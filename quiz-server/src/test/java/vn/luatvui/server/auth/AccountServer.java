package vn.luatvui.server.auth;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.luatvui.server.AppConfig;
import vn.luatvui.server.QuizServer;
import vn.luatvui.server.support.TestDatabase;
import vn.luatvui.server.support.TestRedis;
import vn.luatvui.server.support.TestServer;

/**
 * A real quiz-server for one sign-in test class, behind a trusted proxy on loopback (so each
 * {@link Browser} can come from an address of its own), with extra configuration.
 */
final class AccountServer implements BeforeAllCallback, AfterAllCallback {
  static final String PASSWORD = "mat-khau-du-dai";
  private final TestDatabase database = TestDatabase.named();
  private final TestRedis redis = new TestRedis();
  private final Map<String, String> extra;
  private QuizServer server;

  AccountServer(Map<String, String> extra) {
    this.extra = extra;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    Map<String, String> env = TestServer.environment(database.uri(), TestRedis.URI, redis.prefix());
    env.put(AppConfig.TRUSTED_PROXIES, "127.0.0.1/32");
    env.putAll(extra);
    server = TestServer.start(env);
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

  Browser browser(String address) {
    return new Browser(server.config().httpPort(), address);
  }

  Browser admin() {
    return browser("192.0.2.1").signedIn(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD);
  }

  /** Creates an account (as the admin) and answers its id. */
  long account(String email, String role) {
    HttpResponse<String> created = admin().post("/api/users", new JsonObject().put("email", email)
        .put("displayName", "Người dùng " + role).put("password", PASSWORD).put("roles", new JsonArray().add(role)));
    if (created.statusCode() != 201) {
      throw new AssertionError(created.statusCode() + " " + created.body());
    }
    return new JsonObject(created.body()).getLong("id");
  }

  /** Runs a statement on the server's database (to move a clock-bound state, like an expiry, into the past). */
  void sql(String statement) {
    try (var connection = database.connect(); var st = connection.createStatement()) {
      st.execute(statement);
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }

  long sqlCount(String query) {
    try (var connection = database.connect(); var st = connection.createStatement(); var rs = st.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }
}
