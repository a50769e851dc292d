package vn.luatvui.server.org;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.luatvui.server.AppConfig;
import vn.luatvui.server.QuizServer;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.TestDatabase;
import vn.luatvui.server.support.TestRedis;
import vn.luatvui.server.support.TestServer;

/** Joining a unit is limited per address, as the trusted proxy reports it, in Redis. */
class OrgJoinLimitTest {
  private static final TestDatabase database = TestDatabase.named();
  private static final TestRedis redis = new TestRedis();
  private static QuizServer server;

  @BeforeAll
  static void behindAProxy() throws Exception {
    Map<String, String> env = TestServer.environment(database.uri(), TestRedis.URI, redis.prefix());
    env.put(AppConfig.TRUSTED_PROXIES, "127.0.0.1");
    server = TestServer.start(env);
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      server.close();
    } finally {
      database.close();
      redis.close();
    }
  }

  @Test
  void one_address_joins_at_most_the_limit_per_hour_while_another_still_joins() throws Exception {
    Http admin = new Http(server.config().httpPort()).login(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD);
    assertThat(admin.post("/api/orgs/import", new io.vertx.core.json.JsonObject()
        .put("csv", "ma,ten,loai\nX1,Xã Một,Xã\n")).statusCode()).isEqualTo(200);
    String invite = new JsonArray(admin.get("/api/orgs").body()).getJsonObject(0).getString("inviteCode");
    HttpClient client = HttpClient.newHttpClient();
    for (int i = 0; i < MemberRoutes.JOINS_PER_ADDRESS; i++) {
      assertThat(join(client, invite, "203.0.113.7", "Người " + i).statusCode()).isEqualTo(201);
    }
    HttpResponse<String> refused = join(client, invite, "203.0.113.7", "Người thừa");
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(join(client, invite, "198.51.100.9", "Người khác").statusCode()).isEqualTo(201);
    assertThat(new JsonArray(admin.get("/api/orgs").body()).getJsonObject(0).getInteger("members"))
        .isEqualTo(MemberRoutes.JOINS_PER_ADDRESS + 1);
  }

  private static HttpResponse<String> join(HttpClient client, String invite, String address, String name)
      throws Exception {
    String base = "http://127.0.0.1:" + server.config().httpPort();
    return client.send(HttpRequest.newBuilder(URI.create(base + "/api/org-invites/" + invite + "/join"))
        .header("Content-Type", "application/json").header("X-Forwarded-For", address).header("Origin", base)
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
