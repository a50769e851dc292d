package vn.luatvui.server.http;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the built web client from the classpath folder {@code webroot}: hashed assets cached for a
 * year ({@link AssetFiles}), the page itself revalidated on every visit (an ETag, 304 when it has not
 * changed), and every other page path answered with that page so that the client's own router can
 * show it (history-API routing). {@code /play}, the page every student's phone opens, has a page of its
 * own ({@code play.html}: the player's app only, its styles inside); a build without it answers
 * {@code /play} with the main page. Its first script is inside it, allowed by its hash in that page's
 * content security policy (every other script comes from this site). The attempt pages' service worker ({@code /sw.js}) is revalidated on
 * every visit too, never cached as immutable: a deploy's new worker (a new build hash) replaces the old
 * one at the next page load.
 */
final class WebClientRoutes {
  static final String WEBROOT = "webroot";
  private static final List<String> SERVER_PATHS = List.of("/api", "/health", "/metrics", "/ws", "/assets");
  private static final String MAIN_PAGE = "index.html";
  private static final String PLAYER_PAGE = "play.html";
  static final String SERVICE_WORKER = "sw.js";
  private static final String CSP = "Content-Security-Policy";

  /** The pages, read once each; the build does not change while the server runs. */
  private final Map<String, Future<Page>> pages = new HashMap<>();

  /** An inline script of a page (no src attribute): allowed by its hash in the page's CSP. */
  private static final Pattern INLINE_SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);

  /** @param scriptSources the CSP sources of the page's inline scripts ({@code 'sha256-…'}), or empty */
  private record Page(Buffer body, String etag, String scriptSources) {
  }

  private WebClientRoutes() {
  }

  static void mount(Router router) {
    WebClientRoutes routes = new WebClientRoutes();
    router.get("/assets/*").handler(new AssetFiles(WEBROOT));
    router.get("/").handler(routes::sendPage);
    router.get("/index.html").handler(routes::sendPage);
    router.get("/play").handler(ctx -> routes.sendPage(ctx, PLAYER_PAGE));
    router.get("/" + SERVICE_WORKER).handler(WebClientRoutes::sendServiceWorker);
    router.get().handler(StaticHandler.create(WEBROOT).setCachingEnabled(false));
    router.get().handler(routes::pageFallback);
  }

  /** The worker itself: checked with the server at each page load (no-cache), at most under /contests/. */
  private static void sendServiceWorker(RoutingContext ctx) {
    String file = WEBROOT + "/" + SERVICE_WORKER;
    ctx.vertx().fileSystem().exists(file).onSuccess(exists -> {
      if (!exists) {
        ctx.next();
        return;
      }
      ctx.response()
          .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
          .putHeader(HttpHeaders.CONTENT_TYPE, "text/javascript; charset=utf-8")
          .putHeader("Service-Worker-Allowed", "/contests/")
          .sendFile(file).onFailure(ctx::fail);
    }).onFailure(ctx::fail);
  }

  private void pageFallback(RoutingContext ctx) {
    String path = ctx.normalizedPath();
    boolean serverPath = SERVER_PATHS.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    boolean looksLikeFile = path.substring(path.lastIndexOf('/') + 1).contains(".");
    if (serverPath || looksLikeFile) {
      ctx.next();
      return;
    }
    sendPage(ctx);
  }

  private void sendPage(RoutingContext ctx) {
    sendPage(ctx, MAIN_PAGE);
  }

  private void sendPage(RoutingContext ctx, String file) {
    Future<Page> wanted = page(ctx, file);
    Future<Page> found = file.equals(MAIN_PAGE) ? wanted : wanted.recover(missing -> page(ctx, MAIN_PAGE));
    found.onSuccess(p -> {
      var response = ctx.response()
          .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
          .putHeader(HttpHeaders.ETAG, p.etag());
      String csp = response.headers().get(CSP);
      if (csp != null && !p.scriptSources().isEmpty()) {
        // /play's first script is inside the page (one request fewer on a slow phone): that script only.
        response.putHeader(CSP, csp + "; script-src 'self'" + p.scriptSources());
      }
      String seen = ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH);
      if (seen != null && List.of(seen.split("\\s*,\\s*")).contains(p.etag())) {
        response.setStatusCode(304).end();
        return;
      }
      response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8").end(p.body());
    }).onFailure(ctx::fail);
  }

  private synchronized Future<Page> page(RoutingContext ctx, String file) {
    Future<Page> page = pages.get(file);
    if (page == null || page.failed()) {
      page = ctx.vertx().fileSystem().readFile(WEBROOT + "/" + file)
          .map(body -> new Page(body, etag(body.getBytes()), inlineScriptSources(body.toString(StandardCharsets.UTF_8))));
      pages.put(file, page);
    }
    return page;
  }

  /** {@code " 'sha256-…'"} for each inline script of the page, as a CSP source list. */
  static String inlineScriptSources(String html) {
    StringBuilder sources = new StringBuilder();
    Matcher m = INLINE_SCRIPT.matcher(html);
    while (m.find()) {
      try {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(m.group(1).getBytes(StandardCharsets.UTF_8));
        sources.append(" 'sha256-").append(Base64.getEncoder().encodeToString(digest)).append('\'');
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
    return sources.toString();
  }

  private static String etag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
