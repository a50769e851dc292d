package vn.luatvui.server.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import vn.luatvui.bank.account.Role;
import vn.luatvui.server.auth.Authentication;

/**
 * Reading request bodies, route by route. The API router holds every request's body back
 * ({@link #hold}) while the session is looked up; then the route's reader checks the declared
 * length against the route's limit and, for a route that takes large bodies, the sender's role,
 * before reading anything: a stranger's 50 MB upload is refused after its headers.
 */
final class RequestBodies {
  private RequestBodies() {
  }

  /** First handler of the API: nothing of the body is read until a route's reader asks for it. */
  static void hold(RoutingContext ctx) {
    ctx.request().pause();
    ctx.next();
  }

  /** The reader of a route with this rule. */
  static Handler<RoutingContext> reader(BodyRule rule, String uploadsDirectory) {
    Handler<RoutingContext> read = rule.byHandler() ? RoutingContext::next
        : rule.toFile() ? new FileBody(rule.maxBytes(), uploadsDirectory)
        : BodyHandler.create(false).setBodyLimit(rule.maxBytes());
    return ctx -> {
      long declared = declaredLength(ctx);
      if (rule.large() && (declared < 0 || declared > BodyRule.SMALL)) {
        Authentication.require(ctx, rule.roles().toArray(Role[]::new));
      }
      if (declared > rule.maxBytes()) {
        throw new ApiException(413, "too_large", "Nội dung gửi lên lớn quá mức cho phép ("
            + readable(rule.maxBytes()) + ").");
      }
      read.handle(ctx);
    };
  }

  /** The Content-Length, or -1 when the body comes in chunks of unknown total. */
  static long declaredLength(RoutingContext ctx) {
    String value = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (value == null) {
      return ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING) == null ? 0 : -1;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new ApiException(400, "bad_request", "Content-Length không hợp lệ.");
    }
  }

  static String readable(long bytes) {
    return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
  }
}
