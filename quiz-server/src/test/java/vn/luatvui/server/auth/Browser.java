package vn.luatvui.server.auth;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A browser for the sign-in tests: its own cookies (session and device), the CSRF token of its last
 * sign-in, and the client address a trusted proxy would forward for it.
 */
final class Browser {
  private final HttpClient client;
  private final CookieManager cookies = new CookieManager();
  private final String base;
  private String address;
  private String csrfToken;

  Browser(int port, String address) {
    this.base = "http://127.0.0.1:" + port;
    this.address = address;
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
        .connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** The same browser, now on another network. */
  Browser from(String newAddress) {
    this.address = newAddress;
    return this;
  }

  HttpResponse<String> login(String email, String password) {
    HttpResponse<String> response = post("/api/auth/login", new JsonObject().put("email", email).put("password", password));
    remember(response);
    return response;
  }

  HttpResponse<String> code(String challenge, String code) {
    HttpResponse<String> response = post("/api/auth/login/code", new JsonObject().put("challenge", challenge).put("code", code));
    remember(response);
    return response;
  }

  /** Signs in; fails the test unless that works in one step. */
  Browser signedIn(String email, String password) {
    HttpResponse<String> response = login(email, password);
    if (response.statusCode() != 200) {
      throw new AssertionError("Sign-in of " + email + " failed: " + response.statusCode() + " " + response.body());
    }
    return this;
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET().build());
  }

  HttpResponse<String> post(String path, Object json) {
    return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json.toString()))
        .header("Content-Type", "application/json").build());
  }

  /** Presents another session token, as a browser that was handed one would. */
  Browser withSession(String token) {
    HttpCookie cookie = new HttpCookie("lv_session", token);
    cookie.setPath("/");
    cookies.getCookieStore().add(URI.create(base), cookie);
    return this;
  }

  String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue).findFirst().orElse(null);
  }

  private void remember(HttpResponse<String> response) {
    if (response.statusCode() == 200) {
      csrfToken = new JsonObject(response.body()).getString("csrfToken");
    }
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
        .header("X-Forwarded-For", address);
    if (csrfToken != null) {
      builder.header("X-CSRF-Token", csrfToken);
    }
    return builder;
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
}
