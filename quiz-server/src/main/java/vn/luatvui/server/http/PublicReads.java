package vn.luatvui.server.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.Set;
import vn.luatvui.server.auth.RateLimiter;

/**
 * The reads anyone may make without signing in (the question lookup, the legal store, a contest's
 * public pages, the question images), each limited per client address and per route: a class behind one school address
 * reads freely, a scraper walking the whole store is told to wait. The count is atomic
 * ({@link RateLimiter#allow}), so parallel requests cannot slip past it.
 */
public final class PublicReads {
  /** The operations of the contract this limit guards. */
  static final Set<String> OPERATIONS = Set.of("publicQuestions", "lawDocuments", "lawDocument", "lawArticle",
      "lawChanges", "lawSearch", "lawExport", "lawExportAkn", "lawArticleQuestions", "listContests", "getContest",
      "participation", "leaderboard", "unitRanking",
      "verifyCertificate");
  /** Question images served at /media/&lt;sha256&gt;.&lt;ext&gt; (outside the contract, guarded all the same). */
  static final String MEDIA = "media";
  /**
   * Whole-store exports are built from every stored text on each request: a person downloads one now
   * and then, so one address gets this many a minute whatever the configured limit.
   */
  static final Set<String> EXPORTS = Set.of("lawExport", "lawExportAkn");
  static final int EXPORTS_PER_MINUTE = 10;
  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final RateLimiter limiter;
  private final ClientAddress addresses;
  private final int perMinute;
  private final java.util.function.Consumer<String> served;

  public PublicReads(RateLimiter limiter, ClientAddress addresses, int perMinute) {
    this(limiter, addresses, perMinute, operation -> { });
  }

  /** {@code served} hears the operation of each read let through (the dashboard counts visits from it). */
  public PublicReads(RateLimiter limiter, ClientAddress addresses, int perMinute,
                     java.util.function.Consumer<String> served) {
    this.served = served;
    this.limiter = limiter;
    this.addresses = addresses;
    this.perMinute = perMinute;
  }

  /** The guard placed before the handler of a public read. */
  Handler<RoutingContext> guard(String operation) {
    String action = "public-read:" + operation;
    int limit = EXPORTS.contains(operation) ? Math.min(perMinute, EXPORTS_PER_MINUTE) : perMinute;
    return ctx -> limiter.allow(action, addresses.of(ctx.request()), limit, MINUTE).onComplete(allowed -> {
      if (allowed.failed()) {
        ctx.fail(allowed.cause());
      } else if (allowed.result()) {
        served.accept(operation);
        ctx.next();
      } else {
        ctx.response().putHeader("Retry-After", "60");
        ctx.fail(new ApiException(429, "rate_limited",
            "Quá nhiều yêu cầu từ địa chỉ này tới cùng một trang; hãy đợi một phút rồi thử lại."));
      }
    });
  }
}
