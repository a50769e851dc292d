package vn.luatvui.server.http;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/** The address a request came from, for rate limits; connections from this machine itself are not limited. */
public final class ClientAddress {
  private ClientAddress() {
  }

  public static String of(HttpServerRequest request) {
    return of(request.remoteAddress());
  }

  public static String of(SocketAddress remote) {
    return remote == null ? "?" : remote.hostAddress();
  }

  /** This machine itself (a local proxy, the load benchmarks). */
  public static boolean loopback(String address) {
    return address.startsWith("127.") || "0:0:0:0:0:0:0:1".equals(address) || "::1".equals(address);
  }
}
