package vn.luatvui.server.auth;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;

/**
 * Invitation links in PostgreSQL: the token (32 random bytes) is given once to the admin, only its
 * SHA-256 is stored; a link works once and until it expires, and a new one replaces the unused ones.
 */
public final class InvitationStore {
  public static final Duration LIFETIME = Duration.ofDays(7);
  /** What an invited account stores as its password: no hash, so no password signs in until one is set. */
  public static final String NO_PASSWORD = "*invited";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A link just made: its token (shown once) and when it stops working. */
  public record Issued(String token, OffsetDateTime expiresAt) {
  }

  /** Whom a valid link is for. */
  public record Invited(long userId, String email, String displayName, OffsetDateTime expiresAt) {
  }

  private final Pool pool;

  public InvitationStore(Pool pool) {
    this.pool = pool;
  }

  public Pool pool() {
    return pool;
  }

  /** A new link for the account; its unused links stop working. */
  public Future<Issued> issue(SqlClient client, long userId, long createdBy) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return client.preparedQuery("DELETE FROM account_invitation WHERE user_id = $1 AND used_at IS NULL")
        .execute(Tuple.of(userId))
        .compose(x -> client.preparedQuery("INSERT INTO account_invitation (token_hash, user_id, created_by, expires_at) "
                + "VALUES ($1, $2, $3, now() + make_interval(secs => $4)) RETURNING expires_at")
            .execute(Tuple.of(hash(token), userId, createdBy, (double) LIFETIME.toSeconds())))
        .map(rows -> new Issued(token, rows.iterator().next().getOffsetDateTime(0)));
  }

  /** The account a link is for, while the link is unused, unexpired and the account active; else null. */
  public Future<Invited> find(String token) {
    return pool.preparedQuery("SELECT u.id, u.email, u.display_name, i.expires_at FROM account_invitation i "
            + "JOIN app_user u ON u.id = i.user_id WHERE i.token_hash = $1 AND i.used_at IS NULL "
            + "AND i.expires_at > now() AND u.active AND u.password_hash <> '!'")
        .execute(Tuple.of(hash(token)))
        .map(rows -> {
          if (rows.size() == 0) {
            return null;
          }
          var r = rows.iterator().next();
          return new Invited(r.getLong(0), r.getString(1), r.getString(2), r.getOffsetDateTime(3));
        });
  }

  /** Uses the link and sets the password, in one transaction; false when the link was used meanwhile. */
  public Future<Boolean> accept(String token, long userId, String passwordHash) {
    return pool.withTransaction(tx -> tx.preparedQuery("UPDATE account_invitation SET used_at = now() "
            + "WHERE token_hash = $1 AND user_id = $2 AND used_at IS NULL AND expires_at > now()")
        .execute(Tuple.of(hash(token), userId))
        .compose(used -> used.rowCount() == 0 ? Future.succeededFuture(false)
            : tx.preparedQuery("UPDATE app_user SET password_hash = $2, must_change_password = false, "
                    + "password_changed_at = now() WHERE id = $1")
                .execute(Tuple.of(userId, passwordHash)).map(true)));
  }

  static Buffer hash(String token) {
    try {
      return Buffer.buffer(MessageDigest.getInstance("SHA-256")
          .digest((token == null ? "" : token.strip()).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
