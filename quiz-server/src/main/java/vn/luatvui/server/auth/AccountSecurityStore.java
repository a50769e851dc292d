package vn.luatvui.server.auth;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/** An account's password state, TOTP secret (encrypted) and recovery codes (hashed), in PostgreSQL. */
public final class AccountSecurityStore {
  /** What sign-in needs to know beyond the password. */
  public record Security(boolean mustChangePassword, byte[] totpSecret, byte[] pendingTotpSecret) {
    public boolean totpEnabled() {
      return totpSecret != null;
    }
  }

  private final Pool pool;

  public AccountSecurityStore(Pool pool) {
    this.pool = pool;
  }

  public Future<Security> security(long userId) {
    return pool.preparedQuery("SELECT must_change_password, totp_secret, totp_pending_secret FROM app_user WHERE id = $1")
        .execute(Tuple.of(userId))
        .map(rows -> {
          if (rows.size() == 0) {
            return null;
          }
          var row = rows.iterator().next();
          return new Security(row.getBoolean(0), bytes(row.getBuffer(1)), bytes(row.getBuffer(2)));
        });
  }

  /** A new password hash; {@code mustChange} when an admin set it (the owner changes it at next sign-in). */
  public Future<Boolean> setPassword(long userId, String hash, boolean mustChange) {
    return pool.preparedQuery("UPDATE app_user SET password_hash = $2, must_change_password = $3, "
            + "password_changed_at = now() WHERE id = $1 AND password_hash <> '!'")
        .execute(Tuple.of(userId, hash, mustChange))
        .map(rows -> rows.rowCount() == 1);
  }

  public Future<Void> setPendingTotp(long userId, byte[] sealed) {
    return pool.preparedQuery("UPDATE app_user SET totp_pending_secret = $2 WHERE id = $1")
        .execute(Tuple.of(userId, Buffer.buffer(sealed))).mapEmpty();
  }

  /** The pending secret becomes the account's, its confirming step already used; false when none was pending. */
  public Future<Boolean> confirmTotp(long userId, long step) {
    return pool.preparedQuery("UPDATE app_user SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, "
            + "totp_last_step = $2 WHERE id = $1 AND totp_pending_secret IS NOT NULL")
        .execute(Tuple.of(userId, step)).map(rows -> rows.rowCount() == 1);
  }

  public Future<Void> disableTotp(long userId) {
    return pool.preparedQuery("UPDATE app_user SET totp_secret = NULL, totp_pending_secret = NULL, "
            + "totp_last_step = NULL WHERE id = $1")
        .execute(Tuple.of(userId))
        .compose(x -> pool.preparedQuery("DELETE FROM user_recovery_code WHERE user_id = $1").execute(Tuple.of(userId)))
        .mapEmpty();
  }

  /** Uses a code's step, in one statement: false when that step or a later one was already used. */
  public Future<Boolean> acceptStep(long userId, long step) {
    return pool.preparedQuery("UPDATE app_user SET totp_last_step = $2 WHERE id = $1 "
            + "AND (totp_last_step IS NULL OR totp_last_step < $2)")
        .execute(Tuple.of(userId, step)).map(rows -> rows.rowCount() == 1);
  }

  public Future<Void> replaceRecoveryCodes(long userId, List<String> codes) {
    List<Tuple> batch = new ArrayList<>();
    codes.forEach(c -> batch.add(Tuple.of(userId, Buffer.buffer(hash(RecoveryCodes.normalise(c))))));
    return pool.withTransaction(c -> c.preparedQuery("DELETE FROM user_recovery_code WHERE user_id = $1")
        .execute(Tuple.of(userId))
        .compose(x -> c.preparedQuery("INSERT INTO user_recovery_code (user_id, code_hash) VALUES ($1, $2)")
            .executeBatch(batch))
        .mapEmpty());
  }

  /** Uses a recovery code, once: false when it is not one of the account's unused codes. */
  public Future<Boolean> useRecoveryCode(long userId, String code) {
    return pool.preparedQuery("UPDATE user_recovery_code SET used_at = now() "
            + "WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL")
        .execute(Tuple.of(userId, Buffer.buffer(hash(RecoveryCodes.normalise(code)))))
        .map(rows -> rows.rowCount() == 1);
  }

  public Future<Integer> recoveryCodesLeft(long userId) {
    return pool.preparedQuery("SELECT count(*) FROM user_recovery_code WHERE user_id = $1 AND used_at IS NULL")
        .execute(Tuple.of(userId)).map(rows -> rows.iterator().next().getInteger(0));
  }

  private static byte[] bytes(Buffer buffer) {
    return buffer == null ? null : buffer.getBytes();
  }

  private static byte[] hash(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
