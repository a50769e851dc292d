package vn.luatvui.server.http;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/** Response headers every page and API answer carries. */
final class SecurityHeaders {
  private static final String CSP = String.join("; ",
      "default-src 'self'",
      "img-src 'self' data: blob: https:",
      "style-src 'self' 'unsafe-inline'",
      "connect-src 'self' ws: wss:",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'");

  private SecurityHeaders() {
  }

  static void apply(RoutingContext ctx) {
    MultiMap headers = ctx.response().headers();
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "same-origin");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Content-Security-Policy", CSP);
    ctx.next();
  }
}
