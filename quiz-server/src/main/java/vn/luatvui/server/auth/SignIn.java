package vn.luatvui.server.auth;

import io.lettuce.core.SetArgs;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import vn.luatvui.server.auth.AccountRefused.Reason;
import vn.luatvui.server.infra.RedisKeys;
import vn.luatvui.server.infra.RedisLink;

/**
 * Signing in: the password step (limited, see {@link SignInLimits}; every attempt runs one Argon2
 * verification), then, for accounts with TOTP, the code step against a short-lived challenge kept
 * in Redis.
 */
public final class SignIn {
  public static final Duration CHALLENGE_LIFETIME = Duration.ofMinutes(5);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** What the password step leads to: a session, or a code to ask for. */
  public sealed interface Result permits Done, CodeNeeded {
  }

  public record Done(SessionStore.Session session) implements Result {
  }

  public record CodeNeeded(String challenge) implements Result {
  }

  private final Vertx vertx;
  private final UserStore users;
  private final AccountSecurityStore security;
  private final SessionStore sessions;
  private final RateLimiter limiter;
  private final Credentials credentials;
  private final SecondFactor secondFactor;
  private final RedisLink redis;
  private final RedisKeys keys;

  public SignIn(Vertx vertx, UserStore users, AccountSecurityStore security, SessionStore sessions, RateLimiter limiter,
                Credentials credentials, SecondFactor secondFactor, RedisLink redis,
                RedisKeys keys) {
    this.vertx = vertx;
    this.users = users;
    this.security = security;
    this.sessions = sessions;
    this.limiter = limiter;
    this.credentials = credentials;
    this.secondFactor = secondFactor;
    this.redis = redis;
    this.keys = keys;
  }

  /** The password step; {@code trustedDevice} tells whether the browser's device cookie is for this account. */
  public Future<Result> password(String email, String password, String address, DeviceCheck trustedDevice) {
    String normalised = Emails.normalise(email);
    return users.findByEmail(normalised).compose(stored -> {
      String device = stored == null ? null : trustedDevice.nonceFor(stored.user().id());
      return limiter.acquire(SignInLimits.password(address, normalised, device)).compose(outcome -> {
        if (!outcome.allowed()) {
          return Future.failedFuture(new AccountRefused(Reason.RATE_LIMITED, SignInLimits.refusal(outcome.refusedBy())));
        }
        return vertx.executeBlocking(() -> credentials.check(stored, password)).compose(user -> user == null
            ? Future.failedFuture(new AccountRefused(Reason.BAD_CREDENTIALS, "Email hoặc mật khẩu không đúng."))
            : limiter.refund(outcome.permit()).compose(x -> afterPassword(user.user())));
      });
    });
  }

  /** The code step: an authenticator's code or a recovery code for the challenge the password step gave. */
  public Future<SessionStore.Session> code(String challenge, String code) {
    String key = keys.of("signin-challenge", digest(challenge));
    var commands = redis.async();
    return Future.fromCompletionStage(commands.get(key), vertx.getOrCreateContext()).compose(id -> {
      if (id == null) {
        return Future.failedFuture(new AccountRefused(Reason.BAD_CODE,
            "Lượt đăng nhập này đã hết hạn; hãy nhập lại email và mật khẩu."));
      }
      long userId = Long.parseLong(id);
      return limiter.acquire(SignInLimits.code(digest(challenge), userId)).compose(outcome -> !outcome.allowed()
          ? Future.failedFuture(new AccountRefused(Reason.RATE_LIMITED, SignInLimits.refusal(outcome.refusedBy())))
          : security.security(userId).compose(sec -> secondFactor.verify(userId, sec, code).compose(ok -> !ok
              ? Future.failedFuture(new AccountRefused(Reason.BAD_CODE, "Mã không đúng hoặc đã được dùng."))
              : Future.fromCompletionStage(commands.del(key), vertx.getOrCreateContext()).compose(deleted -> deleted == 0
                  ? Future.failedFuture(new AccountRefused(Reason.BAD_CODE, "Lượt đăng nhập này đã được dùng."))
                  : users.findById(userId).compose(stored -> stored == null || !stored.active()
                      ? Future.failedFuture(new AccountRefused(Reason.BAD_CODE, "Tài khoản này đã bị khoá."))
                      : sessions.open(stored.user(), sec))))));
    });
  }

  private Future<Result> afterPassword(CurrentUser user) {
    return security.security(user.id()).compose(sec -> {
      if (!sec.totpEnabled()) {
        return sessions.open(user, sec).map(Done::new);
      }
      String challenge = token();
      return Future.fromCompletionStage(redis.async().set(keys.of("signin-challenge", digest(challenge)),
              Long.toString(user.id()), SetArgs.Builder.px(CHALLENGE_LIFETIME.toMillis())), vertx.getOrCreateContext())
          .map(ok -> new CodeNeeded(challenge));
    });
  }

  /** Tells whether the request's device cookie is valid for an account, and its nonce. */
  @FunctionalInterface
  public interface DeviceCheck {
    String nonceFor(long userId);
  }

  private static String token() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String digest(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest((text == null ? "" : text).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
