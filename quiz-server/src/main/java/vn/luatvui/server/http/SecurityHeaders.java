package vn.luatvui.server.http;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.util.List;

/**
 * Response headers every page and API answer carries. The content security policy lets pages talk
 * only to this site (its own WebSocket origin included), play video and audio only from it, and
 * load images only from it and from the hosts the deployment names; over https, browsers are told to keep to https (HSTS).
 */
final class SecurityHeaders implements Handler<RoutingContext> {
  static final String HSTS = "max-age=31536000";

  private final String csp;
  private final boolean https;

  SecurityHeaders(URI publicBaseUrl, List<String> imageHosts) {
    this.https = "https".equals(publicBaseUrl.getScheme());
    this.csp = String.join("; ",
        "default-src 'self'",
        "img-src " + String.join(" ", concat("'self' data: blob:", imageHosts)),
        "media-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "connect-src 'self' " + webSocketOrigin(publicBaseUrl),
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'");
  }

  /** {@code wss://host[:port]} for an https site, {@code ws://…} for an http one. */
  static String webSocketOrigin(URI base) {
    String scheme = "https".equals(base.getScheme()) ? "wss" : "ws";
    return scheme + "://" + base.getRawAuthority();
  }

  @Override
  public void handle(RoutingContext ctx) {
    MultiMap headers = ctx.response().headers();
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "same-origin");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Content-Security-Policy", csp);
    if (https) {
      headers.set("Strict-Transport-Security", HSTS);
    }
    ctx.next();
  }

  private static List<String> concat(String first, List<String> rest) {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
  }
}
