package vn.luatvui.server.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;
import java.util.List;

/**
 * Serves the built web client from the classpath folder {@code webroot}: hashed assets cached for a
 * year, index.html never cached, and every other page path answered with index.html so that the
 * client's own router can show it (history-API routing).
 */
final class WebClientRoutes {
  static final String WEBROOT = "webroot";
  private static final List<String> SERVER_PATHS = List.of("/api", "/health", "/metrics", "/ws", "/assets");

  private WebClientRoutes() {
  }

  static void mount(Router router) {
    router.route("/assets/*").handler(StaticHandler.create(WEBROOT)
        .setCachingEnabled(true)
        .setMaxAgeSeconds(365L * 24 * 3600)
        .setSendVaryHeader(true));
    router.get().handler(StaticHandler.create(WEBROOT)
        .setIndexPage("index.html")
        .setCachingEnabled(false));
    router.get().handler(WebClientRoutes::pageFallback);
  }

  private static void pageFallback(RoutingContext ctx) {
    String path = ctx.normalizedPath();
    boolean serverPath = SERVER_PATHS.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    boolean looksLikeFile = path.substring(path.lastIndexOf('/') + 1).contains(".");
    if (serverPath || looksLikeFile) {
      ctx.next();
      return;
    }
    ctx.response()
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
        .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
        .sendFile(WEBROOT + "/index.html")
        .onFailure(ctx::fail);
  }
}
