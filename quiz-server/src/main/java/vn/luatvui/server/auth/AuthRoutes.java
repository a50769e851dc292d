package vn.luatvui.server.auth;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.luatvui.bank.account.Role;
import vn.luatvui.bank.text.VietnameseText;
import vn.luatvui.server.http.ApiException;
import vn.luatvui.server.http.ClientAddress;
import vn.luatvui.server.json.Jsons;

/** Signing in (password, then a code when the account has TOTP) and out, who am I, and the admin's user list. */
public final class AuthRoutes {

  public record Login(String email, String password) {
  }

  public record CodeStep(String challenge, String code) {
  }

  public record CodeNeeded(String challenge, long expiresInSeconds) {
  }

  /** The signed-in user; {@code managesOrgs} (answered by "who am I" only): the account manages a unit. */
  public record Me(long id, String email, String displayName, Set<Role> roles, String csrfToken,
                   boolean mustChangePassword, boolean totpEnabled, boolean totpEnrolmentRequired,
                   boolean managesOrgs) {
    static Me of(SessionStore.Session s, TwoFactorPolicy policy) {
      CurrentUser u = s.user();
      return new Me(u.id(), u.email(), u.displayName(), u.roles(), s.csrfToken(), s.mustChangePassword(),
          s.totpEnabled(), policy.required(u) && !s.totpEnabled(), false);
    }

    Me managing(boolean manages) {
      return new Me(id, email, displayName, roles, csrfToken, mustChangePassword, totpEnabled, totpEnrolmentRequired,
          manages);
    }
  }

  public record NewUser(String email, String displayName, String password, Set<Role> roles) {
  }

  public record UserChange(Set<Role> roles, boolean active) {
  }

  /** An account as the admin sees it; {@code invited}: no password yet, its invitation link sets one. */
  public record UserView(long id, String email, String displayName, Set<Role> roles, boolean active, boolean invited) {
  }

  private final Vertx vertx;
  private final UserStore users;
  private final SessionStore sessions;
  private final SignIn signIn;
  private final ClientAddress addresses;
  private final Authentication authentication;
  private final DeviceCookies devices;
  private final TwoFactorPolicy twoFactor;
  private final AccountRoutes account;
  private final InvitationRoutes invitations;

  public AuthRoutes(Vertx vertx, UserStore users, SessionStore sessions, SignIn signIn, ClientAddress addresses,
                    Authentication authentication, DeviceCookies devices, TwoFactorPolicy twoFactor,
                    AccountRoutes account, InvitationRoutes invitations) {
    this.vertx = vertx;
    this.users = users;
    this.sessions = sessions;
    this.signIn = signIn;
    this.addresses = addresses;
    this.authentication = authentication;
    this.devices = devices;
    this.twoFactor = twoFactor;
    this.account = account;
    this.invitations = invitations;
  }

  /** Accounts that choose their own password through an invitation link; many accounts from a CSV file. */
  public InvitationRoutes invitations() {
    return invitations;
  }

  /** Changing one's own password and two-factor sign-in; the admin's password reset. */
  public AccountRoutes account() {
    return account;
  }

  public void login(RoutingContext ctx) {
    Login login = Jsons.body(ctx, Login.class);
    if (login.email() == null || login.password() == null) {
      throw new ApiException(400, "bad_request", "Cần email và mật khẩu.");
    }
    Cookie device = ctx.request().getCookie(DeviceCookies.COOKIE);
    signIn.password(login.email(), login.password(), addresses.of(ctx.request()),
            userId -> devices.trusted(device == null ? null : device.getValue(), userId))
        .compose(result -> result instanceof SignIn.Done done
            ? signedIn(ctx, done.session())
            : Future.<Runnable>succeededFuture(() -> Jsons.send(ctx, 202,
                new CodeNeeded(((SignIn.CodeNeeded) result).challenge(), SignIn.CHALLENGE_LIFETIME.toSeconds()))))
        .onSuccess(Runnable::run)
        .onFailure(ctx::fail);
  }

  public void loginCode(RoutingContext ctx) {
    CodeStep step = Jsons.body(ctx, CodeStep.class);
    signIn.code(step.challenge(), step.code())
        .compose(session -> signedIn(ctx, session))
        .onSuccess(Runnable::run)
        .onFailure(ctx::fail);
  }

  /**
   * A new session replaces whatever session the browser presented (another account's, or one an
   * attacker planted): that one ends. The browser is remembered as a device of the account.
   */
  private Future<Runnable> signedIn(RoutingContext ctx, SessionStore.Session session) {
    Cookie presented = ctx.request().getCookie(Authentication.COOKIE);
    Future<Void> ended = presented == null || presented.getValue().isBlank()
        ? Future.succeededFuture() : sessions.close(presented.getValue());
    return ended.compose(x -> managesOrgs(session.user())).map(manages -> () -> {
      ctx.response().addCookie(authentication.sessionCookie(session.token(), SessionStore.LIFETIME.toSeconds()));
      ctx.response().addCookie(devices.issue(session.user().id()));
      Jsons.send(ctx, 200, Me.of(session, twoFactor).managing(manages));
    });
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
    CurrentUser user = Authentication.requireUser(ctx);
    Me me = Me.of(Authentication.session(ctx), twoFactor);
    managesOrgs(user).onSuccess(manages -> Jsons.send(ctx, 200, me.managing(manages))).onFailure(ctx::fail);
  }

  /** Whether the person may open the organisation tree: an admin, or a manager of a unit. */
  private Future<Boolean> managesOrgs(CurrentUser user) {
    return user.has(Role.ADMIN) ? Future.succeededFuture(true) : users.managesOrgs(user.id());
  }

  public void listUsers(RoutingContext ctx) {
    Authentication.require(ctx, Role.ADMIN);
    users.list().onSuccess(list -> Jsons.send(ctx, 200, list.stream()
        .map(s -> new UserView(s.user().id(), s.user().email(), s.user().displayName(), s.user().roles(), s.active(),
            !PasswordHasher.isHash(s.passwordHash())))
        .toList())).onFailure(ctx::fail);
  }

  /** Admin: an account with a password, or, without one, an account and its invitation link. */
  public void createUser(RoutingContext ctx) {
    CurrentUser admin = Authentication.require(ctx, Role.ADMIN);
    NewUser body = Jsons.body(ctx, NewUser.class);
    if (body.password() == null || body.password().isEmpty()) {
      invitations.createInvited(ctx, admin, body);
      return;
    }
    createAccount(vertx, users, body).onSuccess(id -> Jsons.send(ctx, 201,
            new UserView(id, body.email().strip(), VietnameseText.nfc(body.displayName().strip()), body.roles(), true,
                false)))
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
    try {
      checkAccount(body.email(), body.displayName(), body.password(), body.roles());
    } catch (ApiException e) {
      return Future.failedFuture(e);
    }
    Set<Role> roles = body.roles() == null || body.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(body.roles());
    return vertx.executeBlocking(() -> PasswordHasher.hash(body.password()))
        .compose(hash -> users.insert(VietnameseText.nfc(body.email().strip()),
            VietnameseText.nfc(body.displayName().strip()), hash, roles))
        .recover(AuthRoutes::duplicateEmail);
  }

  /**
   * The checks of a new account, refused with every problem at once: a plausible email, a name, at
   * least one role, and (unless the account is invited to choose it) a password the policy accepts.
   */
  static void checkAccount(String email, String displayName, String password, Set<Role> roles) {
    List<String> problems = new java.util.ArrayList<>();
    if (!Emails.plausible(email)) {
      problems.add("email không hợp lệ");
    }
    if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
      problems.add("tên hiển thị cần từ 1 đến 100 ký tự");
    }
    if (roles == null || roles.isEmpty()) {
      problems.add("hãy chọn ít nhất một vai trò");
    }
    if (password != null) {
      PasswordPolicy.check(password, email, displayName).ifPresent(p -> problems.add(lowerFirst(p.vi())));
    }
    if (!problems.isEmpty()) {
      throw new ApiException(400, "bad_request", "Không tạo được tài khoản: "
          + String.join("; ", problems.stream().map(AuthRoutes::withoutStop).toList()) + ".");
    }
  }

  static <T> Future<T> duplicateEmail(Throwable e) {
    return Future.failedFuture(e.getMessage() != null && e.getMessage().contains("app_user_email_key")
        ? new ApiException(409, "conflict", "Email này đã có tài khoản.") : e);
  }

  private static String lowerFirst(String text) {
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private static String withoutStop(String text) {
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }
}
