package vn.luatvui.server.org;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * The two codes of an organisation's people. Mã mời (invite code): 20 characters (100 bits) from an
 * alphabet without look-alikes, one per unit, in the link {@code /to-chuc/tham-gia/<code>}; rotating it
 * stops the old link. Mã thành viên (member code): 12 characters (about 60 bits) shown as
 * XXXX-XXXX-XXXX, kept by the browser in an HttpOnly cookie and by the database only as a SHA-256 hash.
 */
final class OrgCodes {
  static final String COOKIE = "lv_member";
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int INVITE_LENGTH = 20;
  private static final long MAX_AGE_SECONDS = 365L * 24 * 3600;

  private final boolean secureCookies;

  OrgCodes(URI publicBaseUrl) {
    this.secureCookies = "https".equals(publicBaseUrl.getScheme());
  }

  static String newInvite() {
    return random(INVITE_LENGTH, 0);
  }

  static String newMemberCode() {
    return random(12, 4);
  }

  /** An invite code as a person may type it: case, spaces and dashes do not matter. */
  static String canonical(String code) {
    return code == null ? "" : code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
  }

  static Buffer hash(String memberCode) {
    try {
      return Buffer.buffer(MessageDigest.getInstance("SHA-256")
          .digest(canonical(memberCode).getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  Cookie cookie(String memberCode) {
    return Cookie.cookie(COOKIE, canonical(memberCode)).setHttpOnly(true).setSecure(secureCookies)
        .setSameSite(CookieSameSite.LAX).setPath("/api/").setMaxAge(MAX_AGE_SECONDS);
  }

  /** The hash of the member code this browser holds, or null. */
  static Buffer presented(RoutingContext ctx) {
    Cookie cookie = ctx.request().getCookie(COOKIE);
    return cookie == null || cookie.getValue().isBlank() ? null : hash(cookie.getValue());
  }

  private static String random(int length, int groups) {
    StringBuilder code = new StringBuilder(length + length / 4);
    for (int i = 0; i < length; i++) {
      if (groups > 0 && i > 0 && i % groups == 0) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }
}
