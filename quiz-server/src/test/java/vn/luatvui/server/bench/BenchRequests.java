package vn.luatvui.server.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The benchmarks' set-up calls through the HTTP API: a call that fails or answers otherwise stops the run, saying which. */
final class BenchRequests {
  private BenchRequests() {
  }

  /** The response, when its status is the one expected. */
  static HttpResponse<String> check(HttpResponse<String> r, int status) {
    if (r.statusCode() != status) {
      throw new IllegalStateException(r.request().method() + " " + r.uri().getPath() + ": expected " + status + ", got "
          + r.statusCode() + " " + r.body());
    }
    return r;
  }

  /** Sends and waits for the response; a failure to send stops the run. */
  static HttpResponse<String> send(HttpClient client, HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " failed: " + e, e);
    }
  }
}
