package vn.luatvui.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.luatvui.server.QuizServer;
import vn.luatvui.server.config.HttpEdge;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.TestDatabase;
import vn.luatvui.server.support.TestRedis;
import vn.luatvui.server.support.TestServer;

/**
 * Request bodies are limited route by route; large ones are taken only from signed-in users with the
 * role that sends them, and refused from anyone else after the headers, before the body is read.
 */
class BodyLimitsTest {
  private static final int UPLOAD_MB = 2;
  private static final String PASSWORD = "mat-khau-du-dai";
  private static TestDatabase database;
  private static TestRedis redis;
  private static QuizServer server;
  private static int port;
  private static Http author;
  private static Http host;

  @BeforeAll
  static void start() throws Exception {
    database = TestDatabase.named();
    redis = new TestRedis();
    Map<String, String> env = TestServer.environment(database.uri(), TestRedis.URI, redis.prefix());
    env.put(HttpEdge.UPLOAD_MAX_MB, String.valueOf(UPLOAD_MB));
    server = TestServer.start(env);
    port = server.config().httpPort();
    Http admin = new Http(port).login(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD);
    for (String[] account : new String[][] {{"tac.gia@luatvui.test", "AUTHOR"}, {"chu.tri@luatvui.test", "HOST"}}) {
      admin.post("/api/users", new JsonObject().put("email", account[0]).put("displayName", account[1])
          .put("password", PASSWORD).put("roles", new JsonArray().add(account[1])));
    }
    author = new Http(port).login("tac.gia@luatvui.test", PASSWORD);
    host = new Http(port).login("chu.tri@luatvui.test", PASSWORD);
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
  void sixteen_oversized_sign_in_bodies_at_once_are_refused_after_their_headers_and_the_server_stays_ready()
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        answers.add(pool.submit(() -> {
          try (RawHttp c = new RawHttp(port, 10_000)) {
            c.send(post("/api/auth/login", 45L * 1024 * 1024, "application/json", null));
            c.send(new byte[16 * 1024]);
            return c.status();
          }
        }));
      }
      for (Future<Integer> answer : answers) {
        assertThat(answer.get(20, TimeUnit.SECONDS)).isEqualTo(413);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(new Http(port).get("/health/ready").statusCode()).isEqualTo(200);
  }

  @Test
  void a_json_body_over_64_kb_to_a_small_route_is_refused_whether_its_length_is_declared_or_not() throws Exception {
    String big = "{\"email\":\"a@b.vn\",\"password\":\"" + "x".repeat(70 * 1024) + "\"}";

    // The declared length alone must bring the refusal: only the head is sent, so no race with the upload.
    int declared;
    try (RawHttp c = new RawHttp(port, 10_000)) {
      c.send("POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
          + "Content-Length: " + big.length() + "\r\n\r\n");
      declared = c.status();
    }
    int chunked;
    try (RawHttp c = new RawHttp(port, 10_000)) {
      c.send("POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
          + "Transfer-Encoding: chunked\r\n\r\n");
      byte[] chunk = ("2000\r\n" + "x".repeat(0x2000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 9; i++) {
        c.send(chunk);
      }
      chunked = c.status();
    }

    assertThat(declared).isEqualTo(413);
    assertThat(chunked).isEqualTo(413);
  }

  @Test
  void a_large_upload_without_signing_in_or_without_the_role_is_refused_before_its_body() throws Exception {
    long size = (UPLOAD_MB - 1) * 1024L * 1024;
    try (RawHttp stranger = new RawHttp(port, 5_000); RawHttp wrongRole = new RawHttp(port, 5_000);
         RawHttp tooLarge = new RawHttp(port, 5_000)) {
      stranger.send(post("/api/imports?format=CSV_LUATVUI", size, "application/octet-stream", null));
      wrongRole.send(post("/api/imports?format=CSV_LUATVUI", size, "application/octet-stream", host));
      tooLarge.send(post("/api/imports?format=CSV_LUATVUI", (UPLOAD_MB + 1) * 1024L * 1024, "application/octet-stream",
          author));

      assertThat(stranger.status()).isEqualTo(401);
      assertThat(wrongRole.status()).isEqualTo(403);
      assertThat(tooLarge.status()).isEqualTo(413);
      assertThat(stranger.closedByServer()).isTrue();
    }
  }

  @Test
  void sixteen_maximum_size_imports_at_once_are_all_answered_and_the_server_stays_ready() throws Exception {
    byte[] file = csvOfSize(UPLOAD_MB * 1024 * 1024 - 1024);
    ExecutorService pool = Executors.newFixedThreadPool(17);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        answers.add(pool.submit((Callable<HttpResponse<String>>) () -> upload(file)));
      }
      Future<Integer> readyMeanwhile = pool.submit(() -> new Http(port).get("/health/ready").statusCode());
      assertThat(readyMeanwhile.get(30, TimeUnit.SECONDS)).isEqualTo(200);
      for (Future<HttpResponse<String>> answer : answers) {
        HttpResponse<String> response = answer.get(300, TimeUnit.SECONDS);
        assertThat(response.statusCode()).as(response.body().substring(0, Math.min(300, response.body().length())))
            .isEqualTo(200);
        assertThat(new JsonObject(response.body()).getInteger("total")).isGreaterThan(1000);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(new Http(port).get("/health/ready").statusCode()).isEqualTo(200);
    assertThat(new java.io.File(HttpVerticle.UPLOADS).list((dir, name) -> name.startsWith("upload-"))).isEmpty();
  }

  /** An author's upload, waiting as long as its turn takes (two files are read at a time). */
  private static HttpResponse<String> upload(byte[] file) throws Exception {
    java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
        .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
    long started = System.nanoTime();
    HttpResponse<String> response = client.send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create("http://127.0.0.1:" + port + "/api/imports?format=CSV_LUATVUI&mode=preview"))
        .timeout(java.time.Duration.ofMinutes(5)).header("Cookie", author.cookieHeader())
        .header("X-CSRF-Token", author.csrfToken()).header("Content-Type", "text/csv")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(file)).build(), HttpResponse.BodyHandlers.ofString());
    System.out.println("import answered in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    return response;
  }

  /** A request's head announcing a body of the given length (the body is sent, or not, separately). */
  private static String post(String path, long length, String contentType, Http session) {
    StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
        + "Content-Type: " + contentType + "\r\nContent-Length: " + length + "\r\n");
    if (session != null) {
      head.append("Cookie: ").append(session.cookieHeader()).append("\r\n");
      head.append("X-CSRF-Token: ").append(session.csrfToken()).append("\r\n");
    }
    return head.append("\r\n").toString();
  }

  private static byte[] csvOfSize(int bytes) {
    StringBuilder csv = new StringBuilder("Loại,Câu hỏi,Phương án 1,Phương án 2,Phương án 3,Phương án 4,Đáp án đúng,"
        + "Giải thích,Trích dẫn,Chủ đề,Độ khó\n");
    for (int row = 1; csv.length() < bytes * 7 / 10; row++) {
      csv.append("Một đáp án,Câu nhập số ").append(row).append(" về luật giao thông đường bộ?,Có,Không,,,1,")
          .append("Giải thích câu ").append(row).append(". Câu hai.,Điều 1 Luật 999/2099/QH99,nhập thử,1\n");
    }
    byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(file.length).isBetween(bytes * 3 / 4, bytes);
    return file;
  }
}
