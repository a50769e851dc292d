package vn.luatvui.server.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * {@code /.well-known/security.txt} (RFC 9116): where to report a vulnerability, from
 * SECURITY_CONTACT. Without a contact configured there is no file (404). The file is valid for a
 * year from the server's start; every restart renews it.
 */
final class SecurityTxt implements Handler<RoutingContext> {
  static final String PATH = "/.well-known/security.txt";

  private final String text;

  SecurityTxt(Optional<String> contact, URI publicBaseUrl, Instant start) {
    String base = publicBaseUrl.toString().replaceAll("/+$", "");
    this.text = contact.map(c -> "Contact: " + c + "\n"
        + "Expires: " + start.plus(365, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS) + "\n"
        + "Preferred-Languages: vi, en\n"
        + "Canonical: " + base + PATH + "\n").orElse(null);
  }

  @Override
  public void handle(RoutingContext ctx) {
    if (text == null) {
      ctx.fail(404);
      return;
    }
    ctx.response().putHeader("Content-Type", "text/plain; charset=utf-8").end(text);
  }
}
