package vn.luatvui.server.support;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * A small blocking HTTP client for tests, pointed at one server. It keeps cookies like a browser,
 * and after {@link #login} sends the session's CSRF token with every state-changing request.
 */
public final class Http {
  private final HttpClient client;
  private final CookieManager cookies = new CookieManager();
  private final String base;
  private String csrfToken;

  public Http(int port) {
    this.base = "http://127.0.0.1:" + port;
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).cookieHandler(cookies)
        .build();
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET().build());
  }

  /** A GET with the given request headers (name, value, name, value…), its body as bytes. */
  public HttpResponse<byte[]> getRaw(String path, String... headers) {
    try {
      return client.send(request(path).headers(headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException("GET " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public byte[] getBytes(String path) {
    try {
      return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body();
    } catch (IOException e) {
      throw new IllegalStateException("GET " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> post(String path, Object json) {
    return send(request(path).POST(body(json)).header("Content-Type", "application/json").build());
  }

  public HttpResponse<String> put(String path, Object json) {
    return send(request(path).PUT(body(json)).header("Content-Type", "application/json").build());
  }

  public HttpResponse<String> delete(String path) {
    return send(request(path).DELETE().build());
  }

  public HttpResponse<String> postBytes(String path, byte[] bytes, String contentType) {
    return send(request(path).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).header("Content-Type", contentType)
        .build());
  }

  /** Signs in; fails the test if that does not work. */
  public Http login(String email, String password) {
    HttpResponse<String> response = post("/api/auth/login", new JsonObject().put("email", email).put("password", password));
    if (response.statusCode() != 200) {
      throw new AssertionError("Login of " + email + " failed: " + response.statusCode() + " " + response.body());
    }
    csrfToken = new JsonObject(response.body()).getString("csrfToken");
    return this;
  }

  /** The session cookie as a {@code Cookie} header value, for other clients (e.g. a WebSocket). */
  public String cookieHeader() {
    return cookies.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
        .reduce((a, b) -> a + "; " + b).orElse("");
  }

  /** The session's CSRF token (null before sign-in). */
  public String csrfToken() {
    return csrfToken;
  }

  public int port() {
    return URI.create(base).getPort();
  }

  /** Stops sending the CSRF token, as a forged cross-site request would. */
  public Http withoutCsrfToken() {
    csrfToken = null;
    return this;
  }

  /** GET a JSON object; fails the test unless the answer is 200. */
  public JsonObject json(String path) {
    HttpResponse<String> response = get(path);
    if (response.statusCode() != 200) {
      throw new AssertionError("GET " + path + ": " + response.statusCode() + " " + response.body());
    }
    return new JsonObject(response.body());
  }

  public static JsonObject json(HttpResponse<String> response) {
    return new JsonObject(response.body());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
    if (csrfToken != null) {
      builder.header("X-CSRF-Token", csrfToken);
    }
    return builder;
  }

  private static HttpRequest.BodyPublisher body(Object json) {
    String text = json instanceof String s ? s : json.toString();
    return HttpRequest.BodyPublishers.ofString(text);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Polls GET path until the response satisfies the condition, or fails after the timeout. */
  public HttpResponse<String> awaitGet(String path, Predicate<HttpResponse<String>> condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    HttpResponse<String> last = null;
    while (System.nanoTime() < deadline) {
      last = get(path);
      if (condition.test(last)) {
        return last;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("GET " + path + " never met the condition within " + timeout + "; last answer "
        + (last == null ? "none" : last.statusCode() + " " + last.body()));
  }
}
