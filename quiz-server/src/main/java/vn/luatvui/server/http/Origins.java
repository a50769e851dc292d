package vn.luatvui.server.http;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import java.net.URI;

/** Whether a browser request comes from a page of this site (its Origin names the host it was sent to). */
public final class Origins {
  private Origins() {
  }

  /** True when the request has no Origin (not a cross-site browser request) or an Origin of this host. */
  public static boolean same(HttpServerRequest request) {
    return same(request.getHeader("Origin"), request.authority());
  }

  /** The same check from the request's Origin header and the host it was sent to (a WebSocket handshake's). */
  public static boolean same(String origin, HostAndPort authority) {
    if (origin == null) {
      return true;
    }
    try {
      URI o = URI.create(origin);
      String host = authority == null ? null : authority.toString();
      String originHost = o.getPort() == -1 ? o.getHost() : o.getHost() + ":" + o.getPort();
      return host != null && (host.equalsIgnoreCase(originHost) || host.equalsIgnoreCase(o.getHost()));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
