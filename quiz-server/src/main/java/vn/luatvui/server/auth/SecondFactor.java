package vn.luatvui.server.auth;

import io.vertx.core.Future;
import java.time.Clock;

/** Checks a second-factor code: an authenticator's code not used before, or an unused recovery code. */
public final class SecondFactor {
  private final AccountSecurityStore store;
  private final AccountKey key;
  private final Totp totp;
  private final Clock clock;

  public SecondFactor(AccountSecurityStore store, AccountKey key, Totp totp, Clock clock) {
    this.store = store;
    this.key = key;
    this.totp = totp;
    this.clock = clock;
  }

  /** Whether the code signs this account in; a code is used up by succeeding (no replay). */
  public Future<Boolean> verify(long userId, AccountSecurityStore.Security security, String code) {
    if (security == null || !security.totpEnabled() || code == null) {
      return Future.succeededFuture(false);
    }
    if (RecoveryCodes.looksLikeOne(code)) {
      return store.useRecoveryCode(userId, code);
    }
    var step = totp.match(key.decrypt(security.totpSecret()), code.strip(), clock.instant());
    return step.isPresent() ? store.acceptStep(userId, step.getAsLong()) : Future.succeededFuture(false);
  }

  /** Whether the code is the pending secret's (enrolment); returns its step, or -1. */
  public long verifyPending(AccountSecurityStore.Security security, String code) {
    if (security == null || security.pendingTotpSecret() == null || code == null) {
      return -1;
    }
    return totp.match(key.decrypt(security.pendingTotpSecret()), code.strip(), clock.instant()).orElse(-1);
  }

  /** A new secret, sealed for storing, and its plain bytes for the QR code. */
  public byte[][] newSecret() {
    byte[] secret = Totp.newSecret();
    return new byte[][] {secret, key.encrypt(secret)};
  }
}
