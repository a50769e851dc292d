package vn.luatvui.server.http;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import vn.luatvui.server.config.TrustedProxies;

/**
 * The address a request came from, for rate limits. Behind a trusted proxy (TRUSTED_PROXIES) it is
 * the last address in {@code X-Forwarded-For} that is not itself a trusted proxy, so that players
 * coming through the Ingress are not all counted as one; otherwise the connection's peer. This
 * machine's own address is limited like any other: behind a proxy on the same host, every client is it.
 */
public final class ClientAddress {
  private final TrustedProxies proxies;

  public ClientAddress(TrustedProxies proxies) {
    this.proxies = proxies;
  }

  public String of(HttpServerRequest request) {
    return of(request.remoteAddress(), request.getHeader("X-Forwarded-For"));
  }

  public String of(SocketAddress peer, String forwardedFor) {
    String address = peer == null ? "?" : peer.hostAddress();
    if (forwardedFor == null || !proxies.trusts(address)) {
      return address;
    }
    String[] hops = forwardedFor.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (hop.isEmpty()) {
        continue;
      }
      address = hop;
      if (!proxies.trusts(hop)) {
        break;
      }
    }
    return address;
  }
}
