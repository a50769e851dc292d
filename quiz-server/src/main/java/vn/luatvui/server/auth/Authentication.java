package vn.luatvui.server.auth;

import io.vertx.core.Handler;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.util.Set;
import vn.luatvui.bank.account.Role;
import vn.luatvui.server.http.ApiException;
import vn.luatvui.server.http.Origins;

/**
 * Finds the signed-in user of an API request from the session cookie, and guards state-changing
 * requests: their Origin must be this site, and a signed-in request must carry the session's
 * CSRF token in the {@code X-CSRF-Token} header.
 */
public final class Authentication implements Handler<RoutingContext> {
  public static final String COOKIE = "lv_session";
  public static final String CSRF_HEADER = "X-CSRF-Token";
  private static final String USER = "luatvui.user";
  private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

  private final SessionStore sessions;
  private final boolean secureCookies;

  public Authentication(SessionStore sessions, URI publicBaseUrl) {
    this.sessions = sessions;
    this.secureCookies = "https".equals(publicBaseUrl.getScheme());
  }

  @Override
  public void handle(RoutingContext ctx) {
    boolean safe = SAFE.contains(ctx.request().method());
    if (!safe && !Origins.same(ctx.request())) {
      ctx.fail(new ApiException(403, "bad_origin", "Yêu cầu đến từ một trang khác; đã bị từ chối."));
      return;
    }
    Cookie cookie = ctx.request().getCookie(COOKIE);
    if (cookie == null || cookie.getValue().isBlank()) {
      ctx.next();
      return;
    }
    sessions.find(cookie.getValue()).onSuccess(session -> {
      if (session != null) {
        if (!safe && !session.csrfToken().equals(ctx.request().getHeader(CSRF_HEADER))) {
          ctx.fail(new ApiException(403, "csrf", "Phiên làm việc cần mã chống giả mạo (CSRF); hãy tải lại trang."));
          return;
        }
        ctx.put(USER, session.user());
        ctx.put(SessionStore.Session.class.getName(), session);
      }
      ctx.next();
    }).onFailure(ctx::fail);
  }

  /** The signed-in user, or null. */
  public static CurrentUser user(RoutingContext ctx) {
    return ctx.get(USER);
  }

  /** The signed-in user, or a 401. */
  public static CurrentUser requireUser(RoutingContext ctx) {
    CurrentUser user = user(ctx);
    if (user == null) {
      throw new ApiException(401, "unauthenticated", "Hãy đăng nhập trước.");
    }
    return user;
  }

  /** The signed-in user holding one of the roles (admins hold them all), or a 401/403. */
  public static CurrentUser require(RoutingContext ctx, Role... anyOf) {
    CurrentUser user = requireUser(ctx);
    for (Role role : anyOf) {
      if (user.has(role)) {
        return user;
      }
    }
    throw new ApiException(403, "forbidden", "Vai trò của bạn không được phép làm việc này.");
  }

  public static SessionStore.Session session(RoutingContext ctx) {
    return ctx.get(SessionStore.Session.class.getName());
  }

  public Cookie sessionCookie(String token, long maxAgeSeconds) {
    return Cookie.cookie(COOKIE, token).setHttpOnly(true).setSecure(secureCookies)
        .setSameSite(CookieSameSite.LAX).setPath("/").setMaxAge(maxAgeSeconds);
  }
}
