package vn.luatvui.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.luatvui.server.AppConfig;
import vn.luatvui.server.QuizServer;
import vn.luatvui.server.config.HttpEdge;
import vn.luatvui.server.infra.FreePort;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.TestDatabase;
import vn.luatvui.server.support.TestRedis;
import vn.luatvui.server.support.TestServer;

/** The public edge: slow and idle connections, security headers, security.txt, where metrics listen. */
class HttpEdgeTest {
  private static TestDatabase database;
  private static TestRedis redis;
  private static QuizServer server;
  private static int port;
  private static int metricsPort;

  @BeforeAll
  static void start() throws Exception {
    database = TestDatabase.named();
    redis = new TestRedis();
    Map<String, String> env = TestServer.environment(database.uri(), TestRedis.URI, redis.prefix());
    metricsPort = FreePort.find();
    env.put(AppConfig.HTTP_HOST, "0.0.0.0");
    env.put(AppConfig.METRICS_PORT, String.valueOf(metricsPort));
    env.put(AppConfig.PUBLIC_BASE_URL, "https://luatvui.example.vn");
    env.put(HttpEdge.CSP_IMAGE_HOSTS, "https://anh.example.vn");
    env.put(HttpEdge.SECURITY_CONTACT, "baomat@example.vn");
    env.put(HttpEdge.HTTP_HEADER_TIMEOUT_SECONDS, "2");
    env.put(HttpEdge.HTTP_IDLE_TIMEOUT_SECONDS, "5");
    server = TestServer.start(env);
    port = server.config().httpPort();
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
  void connections_that_send_their_headers_slowly_are_closed_and_the_server_keeps_answering() throws Exception {
    List<RawHttp> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 100; i++) {
        RawHttp c = new RawHttp(port, 8_000);
        c.send("GET /health/live HTTP/1.1\r\n");
        slow.add(c);
      }
      for (int second = 0; second < 3; second++) {
        Thread.sleep(1_000);
        for (RawHttp c : slow) {
          try {
            c.send("X-Slow-" + second + ": a\r\n");
          } catch (java.io.IOException closed) {
            // already closed by the server
          }
        }
        assertThat(new Http(port).get("/health/live").statusCode()).isEqualTo(200);
      }
      long started = System.nanoTime();
      for (RawHttp c : slow) {
        assertThat(c.closedByServer()).isTrue();
      }
      assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(6_000);
    } finally {
      for (RawHttp c : slow) {
        c.close();
      }
    }
  }

  @Test
  void a_connection_that_stops_sending_its_body_is_closed_after_the_idle_timeout() throws Exception {
    try (RawHttp c = new RawHttp(port, 12_000)) {
      c.send("POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
          + "Content-Length: 100\r\n\r\n{\"email\":");
      long started = System.nanoTime();

      assertThat(c.closedByServer()).isTrue();
      assertThat((System.nanoTime() - started) / 1_000_000).isBetween(3_000L, 11_000L);
    }
  }

  @Test
  void pages_may_connect_only_to_this_site_and_load_images_from_it_and_the_configured_hosts() {
    HttpResponse<String> page = new Http(port).get("/");
    String csp = page.headers().firstValue("content-security-policy").orElseThrow();

    assertThat(csp).contains("connect-src 'self' wss://luatvui.example.vn;")
        .contains("img-src 'self' data: blob: https://anh.example.vn;")
        .doesNotContain("ws: ").doesNotContain("wss: ").doesNotContain("https:;");
    assertThat(page.headers().firstValue("strict-transport-security")).hasValue(SecurityHeaders.HSTS);
  }

  @Test
  void security_txt_names_the_configured_contact() {
    HttpResponse<String> txt = new Http(port).get("/.well-known/security.txt");

    assertThat(txt.statusCode()).isEqualTo(200);
    assertThat(txt.headers().firstValue("content-type").orElseThrow()).startsWith("text/plain");
    assertThat(txt.body()).contains("Contact: mailto:baomat@example.vn\n")
        .containsPattern("Expires: \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\n")
        .contains("Canonical: https://luatvui.example.vn/.well-known/security.txt");
  }

  @Test
  void metrics_listen_on_loopback_by_default_even_when_the_site_listens_everywhere() throws Exception {
    InetAddress outward = outwardAddress();
    assertThat(new Http(metricsPort).get("/metrics").statusCode()).isEqualTo(200);
    if (outward != null) {
      try (Socket site = new Socket(outward, port)) {
        assertThat(site.isConnected()).isTrue();
      }
      boolean refused;
      try (Socket metrics = new Socket(outward, metricsPort)) {
        refused = false;
      } catch (ConnectException e) {
        refused = true;
      }
      assertThat(refused).as("metrics port reachable on " + outward).isTrue();
    }
    assertThat(server.config().edge().metricsHost()).isEqualTo("127.0.0.1");
  }

  /** An address of this machine other than loopback, if it has one. */
  private static InetAddress outwardAddress() throws Exception {
    for (var nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
      for (var address : java.util.Collections.list(nic.getInetAddresses())) {
        if (!address.isLoopbackAddress() && address instanceof java.net.Inet4Address && nic.isUp()) {
          return address;
        }
      }
    }
    return null;
  }
}
