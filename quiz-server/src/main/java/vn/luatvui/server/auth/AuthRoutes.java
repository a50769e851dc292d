package vn.luatvui.server.auth;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.luatvui.bank.account.Role;
import vn.luatvui.bank.text.VietnameseText;
import vn.luatvui.server.http.ApiException;
import vn.luatvui.server.http.ClientAddress;
import vn.luatvui.server.json.Jsons;

/** Signing in and out, who am I, and the admin's user list. */
public final class AuthRoutes {
  /** Wrong passwords allowed per address and email in a window; successful sign-ins do not count. */
  private static final int FAILED_LOGINS = 10;
  private static final Duration LOGIN_WINDOW = Duration.ofMinutes(15);

  public record Login(String email, String password) {
  }

  public record Me(long id, String email, String displayName, Set<Role> roles, String csrfToken) {
    static Me of(SessionStore.Session s) {
      CurrentUser u = s.user();
      return new Me(u.id(), u.email(), u.displayName(), u.roles(), s.csrfToken());
    }
  }

  public record NewUser(String email, String displayName, String password, Set<Role> roles) {
  }

  public record UserChange(Set<Role> roles, boolean active) {
  }

  public record UserView(long id, String email, String displayName, Set<Role> roles, boolean active) {
  }

  private final Vertx vertx;
  private final UserStore users;
  private final SessionStore sessions;
  private final RateLimiter limiter;
  private final ClientAddress addresses;
  private final Authentication authentication;

  public AuthRoutes(Vertx vertx, UserStore users, SessionStore sessions, RateLimiter limiter,
                    ClientAddress addresses, Authentication authentication) {
    this.addresses = addresses;
    this.vertx = vertx;
    this.users = users;
    this.sessions = sessions;
    this.limiter = limiter;
    this.authentication = authentication;
  }

  public void login(RoutingContext ctx) {
    Login login = Jsons.body(ctx, Login.class);
    if (login.email() == null || login.password() == null) {
      throw new ApiException(400, "bad_request", "Cần email và mật khẩu.");
    }
    String subject = addresses.of(ctx.request()) + "|" + login.email().toLowerCase(Locale.ROOT);
    limiter.exhausted("login", subject, FAILED_LOGINS, LOGIN_WINDOW)
        .compose(exhausted -> exhausted
            ? Future.failedFuture(new ApiException(429, "rate_limited",
                "Đăng nhập sai quá nhiều lần; hãy thử lại sau 15 phút."))
            : users.findByEmail(login.email().strip()))
        .compose(stored -> vertx.executeBlocking(() ->
            stored != null && stored.active() && PasswordHasher.verify(login.password(), stored.passwordHash())
                ? stored.user() : null))
        .compose(user -> user != null ? sessions.open(user)
            : limiter.record("login", subject, LOGIN_WINDOW).otherwise(0L).compose(n -> Future.failedFuture(
                new ApiException(401, "bad_credentials", "Email hoặc mật khẩu không đúng."))))
        .onSuccess(session -> {
          ctx.response().addCookie(authentication.sessionCookie(session.token(), SessionStore.LIFETIME.toSeconds()));
          Jsons.send(ctx, 200, Me.of(session));
        })
        .onFailure(ctx::fail);
  }

  public void logout(RoutingContext ctx) {
    SessionStore.Session session = Authentication.session(ctx);
    Future<Void> closed = session == null ? Future.succeededFuture() : sessions.close(session.token());
    closed.onSuccess(v -> {
      ctx.response().addCookie(authentication.sessionCookie("", 0));
      ctx.response().setStatusCode(204).end();
    }).onFailure(ctx::fail);
  }

  public void me(RoutingContext ctx) {
    Authentication.requireUser(ctx);
    Jsons.send(ctx, 200, Me.of(Authentication.session(ctx)));
  }

  public void listUsers(RoutingContext ctx) {
    Authentication.require(ctx, Role.ADMIN);
    users.list().onSuccess(list -> Jsons.send(ctx, 200, list.stream()
        .map(s -> new UserView(s.user().id(), s.user().email(), s.user().displayName(), s.user().roles(), s.active()))
        .toList())).onFailure(ctx::fail);
  }

  public void createUser(RoutingContext ctx) {
    Authentication.require(ctx, Role.ADMIN);
    NewUser body = Jsons.body(ctx, NewUser.class);
    createAccount(vertx, users, body).onSuccess(id -> Jsons.send(ctx, 201,
            new UserView(id, body.email().strip(), VietnameseText.nfc(body.displayName().strip()), body.roles(), true)))
        .onFailure(ctx::fail);
  }

  public void updateUser(RoutingContext ctx) {
    CurrentUser admin = Authentication.require(ctx, Role.ADMIN);
    long id = Long.parseLong(ctx.pathParam("id"));
    UserChange change = Jsons.body(ctx, UserChange.class);
    Set<Role> roles = change.roles() == null ? Set.of() : change.roles();
    if (id == admin.id() && (!roles.contains(Role.ADMIN) || !change.active())) {
      throw new ApiException(409, "conflict", "Bạn không thể tự bỏ quyền quản trị hoặc khóa tài khoản của mình.");
    }
    users.update(id, roles, change.active()).onSuccess(found -> {
      if (!found) {
        ctx.fail(new ApiException(404, "not_found", "Không có tài khoản này."));
      } else {
        ctx.response().setStatusCode(204).end();
      }
    }).onFailure(ctx::fail);
  }

  /** Creates an account after checking it; shared by the admin screen, the bootstrap admin and the CLI. */
  public static Future<Long> createAccount(Vertx vertx, UserStore users, NewUser body) {
    List<String> problems = new java.util.ArrayList<>();
    if (body.email() == null || !body.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      problems.add("email không hợp lệ");
    }
    if (body.displayName() == null || body.displayName().isBlank() || body.displayName().length() > 100) {
      problems.add("tên hiển thị cần từ 1 đến 100 ký tự");
    }
    if (body.password() == null || body.password().length() < 10) {
      problems.add("mật khẩu cần ít nhất 10 ký tự");
    }
    if (!problems.isEmpty()) {
      return Future.failedFuture(new ApiException(400, "bad_request", "Không tạo được tài khoản: "
          + String.join("; ", problems) + "."));
    }
    Set<Role> roles = body.roles() == null || body.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(body.roles());
    return vertx.executeBlocking(() -> PasswordHasher.hash(body.password()))
        .compose(hash -> users.insert(body.email().strip(), VietnameseText.nfc(body.displayName().strip()), hash, roles))
        .recover(e -> Future.failedFuture(e.getMessage() != null && e.getMessage().contains("app_user_email_key")
            ? new ApiException(409, "conflict", "Email này đã có tài khoản.") : e));
  }
}
