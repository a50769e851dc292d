package vn.luatvui.server.law;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/**
 * Read responses of the legal store that browsers and proxies may cache: an ETag drawn from the body,
 * 304 when the client already has it, and a short public max-age (the store changes only when loaded).
 */
final class Cacheable {
  static final String CACHE_CONTROL = "public, max-age=300";

  private Cacheable() {
  }

  static void send(RoutingContext ctx, Future<String> json) {
    json.onSuccess(body -> {
      String etag = "\"" + LawRows.sha256(body).substring(0, 32) + "\"";
      ctx.response().putHeader("ETag", etag).putHeader("Cache-Control", CACHE_CONTROL);
      String seen = ctx.request().getHeader("If-None-Match");
      if (seen != null && (seen.equals(etag) || seen.equals("W/" + etag) || seen.strip().equals("*"))) {
        ctx.response().setStatusCode(304).end();
        return;
      }
      ctx.response().setStatusCode(200).putHeader("Content-Type", "application/json; charset=utf-8")
          .end(Buffer.buffer(body));
    }).onFailure(ctx::fail);
  }
}
