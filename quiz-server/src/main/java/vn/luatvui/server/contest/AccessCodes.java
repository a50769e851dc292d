package vn.luatvui.server.contest;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Mã dự thi: a contestant's personal access code (12 characters from an alphabet without look-alikes,
 * shown as XXXX-XXXX-XXXX), kept by the browser in an HttpOnly cookie per contest and by the database
 * only as a SHA-256 hash. About 59 bits of randomness: not guessable within the sign-in limits.
 */
public final class AccessCodes {
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String COOKIE_PREFIX = "lv_c";
  private static final long MAX_AGE_SECONDS = 180L * 24 * 3600;

  private final boolean secureCookies;

  public AccessCodes(URI publicBaseUrl) {
    this.secureCookies = "https".equals(publicBaseUrl.getScheme());
  }

  public static String newCode() {
    StringBuilder code = new StringBuilder(14);
    for (int i = 0; i < 12; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** The hash of a code as a person may type it: case, spaces and dashes do not matter. */
  public static Buffer hash(String code) {
    String canonical = canonical(code);
    try {
      return Buffer.buffer(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The code as stored and compared: upper case, without the dashes and spaces people type. */
  private static String canonical(String code) {
    return code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
  }

  public Cookie cookie(long contestId, String code) {
    return Cookie.cookie(COOKIE_PREFIX + contestId, canonical(code))
        .setHttpOnly(true).setSecure(secureCookies).setSameSite(CookieSameSite.LAX).setPath("/api/")
        .setMaxAge(MAX_AGE_SECONDS);
  }

  /** The hash of the code this browser holds for the contest, if any. */
  public static List<Buffer> presented(RoutingContext ctx, long contestId) {
    Cookie cookie = ctx.request().getCookie(COOKIE_PREFIX + contestId);
    return cookie == null || cookie.getValue().isBlank() ? List.of() : List.of(hash(cookie.getValue()));
  }

  /** The hash of the code this browser holds for each contest, by contest. */
  public static Map<Long, Buffer> byContest(RoutingContext ctx) {
    Map<Long, Buffer> hashes = new HashMap<>();
    for (Cookie cookie : ctx.request().cookies()) {
      String suffix = cookie.getName().startsWith(COOKIE_PREFIX) ? cookie.getName().substring(COOKIE_PREFIX.length()) : "";
      if (!suffix.isEmpty() && suffix.length() < 19 && suffix.chars().allMatch(Character::isDigit)
          && !cookie.getValue().isBlank() && hashes.size() < 20) {
        hashes.put(Long.parseLong(suffix), hash(cookie.getValue()));
      }
    }
    return hashes;
  }

  /** The hashes of every contest code this browser holds (an attempt's address does not name its contest). */
  public static List<Buffer> allPresented(RoutingContext ctx) {
    return new ArrayList<>(byContest(ctx).values());
  }
}
