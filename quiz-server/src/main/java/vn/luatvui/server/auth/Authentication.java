package vn.luatvui.server.auth;

import io.vertx.core.Handler;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.util.Set;
import vn.luatvui.bank.account.Role;
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

  /** All a session whose password must be changed may do. */
  private static final Set<String> WHILE_PASSWORD_MUST_CHANGE = Set.of("/api/auth/me", "/api/auth/logout",
      "/api/auth/password");
  /** All a session whose role requires TOTP, not yet enrolled, may do. */
  private static final Set<String> WHILE_ENROLMENT_REQUIRED = Set.of("/api/auth/me", "/api/auth/logout",
      "/api/auth/password", "/api/auth/totp/enrolment", "/api/auth/totp/enrolment/confirm");

  private final SessionStore sessions;
  private final boolean secureCookies;
  private final TwoFactorPolicy twoFactor;

  public Authentication(SessionStore sessions, URI publicBaseUrl, TwoFactorPolicy twoFactor) {
    this.sessions = sessions;
    this.secureCookies = "https".equals(publicBaseUrl.getScheme());
    this.twoFactor = twoFactor;
  }

  @Override
  public void handle(RoutingContext ctx) {
    boolean safe = SAFE.contains(ctx.request().method());
    if (!safe && !Origins.same(ctx.request())) {
      ctx.fail(new AccountRefused(AccountRefused.Reason.BAD_ORIGIN, "Yêu cầu đến từ một trang khác; đã bị từ chối."));
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
          ctx.fail(new AccountRefused(AccountRefused.Reason.CSRF, "Phiên làm việc cần mã chống giả mạo (CSRF); hãy tải lại trang."));
          return;
        }
        String path = ctx.request().path();
        if (session.mustChangePassword() && !WHILE_PASSWORD_MUST_CHANGE.contains(path)) {
          ctx.fail(new AccountRefused(AccountRefused.Reason.PASSWORD_CHANGE_REQUIRED,
              "Hãy đổi mật khẩu (do quản trị viên đặt lại) trước khi làm việc khác."));
          return;
        }
        if (twoFactor.required(session.user()) && !session.totpEnabled() && !WHILE_ENROLMENT_REQUIRED.contains(path)) {
          ctx.fail(new AccountRefused(AccountRefused.Reason.TWO_FACTOR_ENROLMENT_REQUIRED,
              "Vai trò của bạn bắt buộc xác thực hai bước: hãy đăng ký ứng dụng xác thực trước khi làm việc khác."));
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
      throw new AccountRefused(AccountRefused.Reason.UNAUTHENTICATED, "Hãy đăng nhập trước.");
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
    throw new AccountRefused(AccountRefused.Reason.FORBIDDEN, "Vai trò của bạn không được phép làm việc này.");
  }

  public static SessionStore.Session session(RoutingContext ctx) {
    return ctx.get(SessionStore.Session.class.getName());
  }

  public Cookie sessionCookie(String token, long maxAgeSeconds) {
    return Cookie.cookie(COOKIE, token).setHttpOnly(true).setSecure(secureCookies)
        .setSameSite(CookieSameSite.LAX).setPath("/").setMaxAge(maxAgeSeconds);
  }
}
