package vn.luatvui.server.auth;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.List;
import vn.luatvui.bank.account.Role;
import vn.luatvui.server.auth.AccountRefused.Reason;
import vn.luatvui.server.json.Jsons;

/**
 * One's own account: changing the password (the current one is needed; other sessions end), and
 * two-factor sign-in (enrol with a QR code and a first code, recovery codes, disable). The admin's
 * password reset: a password set by the admin, or a one-time one, to be changed at next sign-in.
 */
public final class AccountRoutes {
  /** Current-password checks (change password, disable TOTP) per account. */
  public static final int PASSWORD_CHECKS = 10;
  /** Enrolment codes tried per account. */
  public static final int ENROLMENT_CODES = 10;
  public static final Duration WINDOW = Duration.ofMinutes(15);

  public record PasswordChange(String currentPassword, String newPassword) {
  }

  public record PasswordReset(String password, Boolean resetTwoFactor) {
  }

  public record ResetDone(String temporaryPassword) {
  }

  public record Enrolment(String secret, String uri) {
  }

  public record Code(String code) {
  }

  public record Password(String password) {
  }

  public record RecoveryCodeList(List<String> recoveryCodes) {
  }

  private final Vertx vertx;
  private final UserStore users;
  private final AccountSecurityStore security;
  private final SessionStore sessions;
  private final RateLimiter limiter;
  private final Credentials credentials;
  private final SecondFactor secondFactor;
  private final TwoFactorPolicy twoFactor;

  public AccountRoutes(Vertx vertx, UserStore users, AccountSecurityStore security, SessionStore sessions,
                       RateLimiter limiter, Credentials credentials, SecondFactor secondFactor, TwoFactorPolicy twoFactor) {
    this.vertx = vertx;
    this.users = users;
    this.security = security;
    this.sessions = sessions;
    this.limiter = limiter;
    this.credentials = credentials;
    this.secondFactor = secondFactor;
    this.twoFactor = twoFactor;
  }

  public void changePassword(RoutingContext ctx) {
    CurrentUser user = Authentication.requireUser(ctx);
    SessionStore.Session session = Authentication.session(ctx);
    PasswordChange change = Jsons.body(ctx, PasswordChange.class);
    var problem = PasswordPolicy.check(change.newPassword(), user.email(), user.displayName());
    if (problem.isPresent()) {
      throw new AccountRefused(Reason.WEAK_PASSWORD, problem.get().vi());
    }
    if (change.newPassword().equals(change.currentPassword())) {
      throw new AccountRefused(Reason.WEAK_PASSWORD, "Mật khẩu mới cần khác mật khẩu hiện tại.");
    }
    checkPassword(user, change.currentPassword())
        .compose(x -> vertx.executeBlocking(() -> PasswordHasher.hash(change.newPassword())))
        .compose(hash -> security.setPassword(user.id(), hash, false))
        .compose(x -> sessions.closeOthers(user.id(), session.token()))
        .compose(x -> sessions.refresh(session))
        .onSuccess(fresh -> Jsons.send(ctx, 200, AuthRoutes.Me.of(fresh, twoFactor)))
        .onFailure(ctx::fail);
  }

  /** Admin: sets a password (or makes a one-time one) that the owner must change; signs the account out everywhere. */
  public void resetPassword(RoutingContext ctx) {
    CurrentUser admin = Authentication.require(ctx, Role.ADMIN);
    long id = Long.parseLong(ctx.pathParam("id"));
    PasswordReset reset = Jsons.body(ctx, PasswordReset.class);
    if (id == admin.id()) {
      throw new AccountRefused(Reason.CONFLICT, "Hãy đổi mật khẩu của chính bạn ở trang Tài khoản của tôi.");
    }
    boolean generated = reset.password() == null || reset.password().isEmpty();
    String password = generated ? String.join("-", RecoveryCodes.random(5), RecoveryCodes.random(5),
        RecoveryCodes.random(5), RecoveryCodes.random(5)) : reset.password();
    users.findById(id).compose(stored -> {
      if (stored == null || !PasswordHasher.isHash(stored.passwordHash())) {
        return Future.failedFuture(new AccountRefused(Reason.NOT_FOUND, "Không có tài khoản này."));
      }
      var problem = PasswordPolicy.check(password, stored.user().email(), stored.user().displayName());
      if (problem.isPresent()) {
        return Future.failedFuture(new AccountRefused(Reason.WEAK_PASSWORD, problem.get().vi()));
      }
      return vertx.executeBlocking(() -> PasswordHasher.hash(password))
          .compose(hash -> security.setPassword(id, hash, true))
          .compose(x -> Boolean.TRUE.equals(reset.resetTwoFactor()) ? security.disableTotp(id) : Future.succeededFuture())
          .compose(x -> sessions.closeAll(id));
    }).onSuccess(x -> Jsons.send(ctx, 200, new ResetDone(generated ? password : null))).onFailure(ctx::fail);
  }

  /** Starts enrolment: a new secret, shown once (as a QR code and as text) until a code from it is confirmed. */
  public void startEnrolment(RoutingContext ctx) {
    CurrentUser user = Authentication.requireUser(ctx);
    if (Authentication.session(ctx).totpEnabled()) {
      throw new AccountRefused(Reason.CONFLICT, "Tài khoản đã bật xác thực hai bước; hãy tắt trước khi đăng ký lại.");
    }
    byte[][] secret = secondFactor.newSecret();
    security.setPendingTotp(user.id(), secret[1])
        .onSuccess(x -> Jsons.send(ctx, 200, new Enrolment(Totp.base32(secret[0]), Totp.uri(secret[0], user.email()))))
        .onFailure(ctx::fail);
  }

  /** Confirms enrolment with a code from the app; answers the recovery codes, shown this once. */
  public void confirmEnrolment(RoutingContext ctx) {
    CurrentUser user = Authentication.requireUser(ctx);
    Code body = Jsons.body(ctx, Code.class);
    limiter.allow("totp-enrol", Long.toString(user.id()), ENROLMENT_CODES, WINDOW)
        .compose(allowed -> allowed ? security.security(user.id())
            : Future.failedFuture(new AccountRefused(Reason.RATE_LIMITED, "Nhập sai mã quá nhiều lần; hãy thử lại sau 15 phút.")))
        .compose(sec -> {
          long step = secondFactor.verifyPending(sec, body.code());
          if (step < 0) {
            return Future.failedFuture(new AccountRefused(Reason.WRONG_CODE,
                "Mã không đúng; hãy nhập mã 6 chữ số đang hiện trong ứng dụng xác thực."));
          }
          return security.confirmTotp(user.id(), step);
        })
        .compose(confirmed -> {
          if (!confirmed) {
            return Future.failedFuture(new AccountRefused(Reason.CONFLICT, "Chưa bắt đầu đăng ký xác thực hai bước."));
          }
          List<String> codes = RecoveryCodes.generate();
          return security.replaceRecoveryCodes(user.id(), codes).map(codes);
        })
        .onSuccess(codes -> Jsons.send(ctx, 200, new RecoveryCodeList(codes)))
        .onFailure(ctx::fail);
  }

  /** Turns two-factor sign-in off (the password is needed); refused when the account's role requires it. */
  public void disableTwoFactor(RoutingContext ctx) {
    CurrentUser user = Authentication.requireUser(ctx);
    Password body = Jsons.body(ctx, Password.class);
    if (twoFactor.required(user)) {
      throw new AccountRefused(Reason.CONFLICT, "Vai trò của bạn bắt buộc xác thực hai bước; không tắt được.");
    }
    checkPassword(user, body.password())
        .compose(x -> security.disableTotp(user.id()))
        .onSuccess(x -> ctx.response().setStatusCode(204).end())
        .onFailure(ctx::fail);
  }

  private Future<Void> checkPassword(CurrentUser user, String password) {
    return limiter.allow("password-check", Long.toString(user.id()), PASSWORD_CHECKS, WINDOW)
        .compose(allowed -> allowed ? users.findById(user.id())
            : Future.failedFuture(new AccountRefused(Reason.RATE_LIMITED,
                "Nhập sai mật khẩu quá nhiều lần; hãy thử lại sau 15 phút.")))
        .compose(stored -> vertx.executeBlocking(() -> credentials.check(stored, password == null ? "" : password)))
        .compose(ok -> ok != null ? Future.<Void>succeededFuture()
            : Future.failedFuture(new AccountRefused(Reason.WRONG_PASSWORD, "Mật khẩu hiện tại không đúng.")));
  }
}
