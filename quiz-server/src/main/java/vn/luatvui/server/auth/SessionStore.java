package vn.luatvui.server.auth;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;

/** Sign-in sessions: a random token in the cookie, its SHA-256 in PostgreSQL, a CSRF token beside it. */
public final class SessionStore {
  public static final Duration LIFETIME = Duration.ofHours(12);
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * A session as the client holds it, with what its account must do before anything else: change an
   * admin-set password, or enrol in two-factor sign-in when its role requires it.
   */
  public record Session(String token, String csrfToken, CurrentUser user, boolean mustChangePassword,
                        boolean totpEnabled) {
  }

  private final Pool pool;

  public SessionStore(Pool pool) {
    this.pool = pool;
  }

  public Future<Session> open(CurrentUser user, AccountSecurityStore.Security security) {
    String token = randomToken();
    String csrf = randomToken();
    return pool.preparedQuery("INSERT INTO user_session (token_hash, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4)")
        .execute(Tuple.of(hash(token), user.id(), csrf, OffsetDateTime.now(ZoneOffset.UTC).plus(LIFETIME)))
        .map(ignored -> new Session(token, csrf, user, security.mustChangePassword(), security.totpEnabled()));
  }

  /** The live session for a cookie token, or null. */
  public Future<Session> find(String token) {
    return pool.preparedQuery("SELECT s.csrf_token, u.id, u.email, u.display_name, u.roles, u.active, u.password_hash, "
            + "u.must_change_password, u.totp_secret IS NOT NULL AS totp_enabled "
            + "FROM user_session s JOIN app_user u ON u.id = s.user_id "
            + "WHERE s.token_hash = $1 AND s.expires_at > now() AND u.active")
        .execute(Tuple.of(hash(token)))
        .map(rows -> {
          if (rows.size() == 0) {
            return null;
          }
          var row = rows.iterator().next();
          return new Session(token, row.getString("csrf_token"), UserStore.read(row).user(),
              row.getBoolean("must_change_password"), row.getBoolean("totp_enabled"));
        });
  }

  public Future<Void> close(String token) {
    return pool.preparedQuery("DELETE FROM user_session WHERE token_hash = $1 OR expires_at < now()")
        .execute(Tuple.of(hash(token))).mapEmpty();
  }

  /** Signs the account out everywhere but the session kept (after changing its own password). */
  public Future<Void> closeOthers(long userId, String keptToken) {
    return pool.preparedQuery("DELETE FROM user_session WHERE user_id = $1 AND token_hash <> $2")
        .execute(Tuple.of(userId, hash(keptToken))).mapEmpty();
  }

  /** Signs the account out everywhere (an admin reset its password). */
  public Future<Void> closeAll(long userId) {
    return pool.preparedQuery("DELETE FROM user_session WHERE user_id = $1").execute(Tuple.of(userId)).mapEmpty();
  }

  /** The account's own flags changed (password changed, TOTP enrolled): the session as it now is. */
  public Future<Session> refresh(Session session) {
    return find(session.token());
  }

  private static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static Buffer hash(String token) {
    try {
      return Buffer.buffer(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
