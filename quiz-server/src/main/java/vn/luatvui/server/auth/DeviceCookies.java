package vn.luatvui.server.auth;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * Device cookies (OWASP's defence against account lockout): after a successful sign-in the browser
 * gets a cookie signed by the server naming the account. Wrong passwords from a browser that holds a
 * valid one for the account count against that cookie alone, so someone guessing the account's
 * password elsewhere, even behind the same school NAT, cannot lock its owner out of the browsers
 * they already use. Value: {@code userId.expiresEpochSecond.nonce.signature}.
 */
public final class DeviceCookies {
  public static final String COOKIE = "lv_device";
  public static final Duration LIFETIME = Duration.ofDays(180);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final AccountKey key;
  private final boolean secure;
  private final Clock clock;

  public DeviceCookies(AccountKey key, boolean secure, Clock clock) {
    this.key = key;
    this.secure = secure;
    this.clock = clock;
  }

  /** A new device cookie for the account. */
  public Cookie issue(long userId) {
    byte[] nonce = new byte[16];
    RANDOM.nextBytes(nonce);
    String body = userId + "." + clock.instant().plus(LIFETIME).getEpochSecond() + "." + B64.encodeToString(nonce);
    return Cookie.cookie(COOKIE, body + "." + B64.encodeToString(key.sign(body)))
        .setHttpOnly(true).setSecure(secure).setSameSite(CookieSameSite.STRICT)
        .setPath("/api/auth").setMaxAge(LIFETIME.toSeconds());
  }

  /** The cookie's nonce when it is valid, unexpired and for this account; else null. */
  public String trusted(String value, long userId) {
    if (value == null) {
      return null;
    }
    String[] parts = value.split("\\.");
    if (parts.length != 4 || !parts[0].equals(Long.toString(userId))) {
      return null;
    }
    String body = parts[0] + "." + parts[1] + "." + parts[2];
    byte[] expected = B64.encodeToString(key.sign(body)).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, parts[3].getBytes(StandardCharsets.US_ASCII))) {
      return null;
    }
    try {
      return Long.parseLong(parts[1]) > clock.instant().getEpochSecond() ? parts[2] : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
