package vn.luatvui.server.auth;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time codes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), as authenticator
 * apps make them. A code of the step before or after the current one is accepted too (clocks drift);
 * the caller refuses a step at or before the last one accepted, so no code works twice.
 */
public final class Totp {
  public static final Duration STEP = Duration.ofSeconds(30);
  public static final int DIGITS = 6;
  public static final String ISSUER = "LuậtVui";
  private static final int SECRET_BYTES = 20;
  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final TimeBasedOneTimePasswordGenerator generator;
  private final int digits;

  public Totp() {
    this(DIGITS);
  }

  Totp(int digits) {
    this.digits = digits;
    this.generator = new TimeBasedOneTimePasswordGenerator(STEP, digits);
  }

  /** The 30-second step an instant falls in (RFC 6238's T). */
  public static long step(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), STEP.toSeconds());
  }

  /** The code of a step, zero-padded. */
  public String code(byte[] secret, long step) {
    try {
      int value = generator.generateOneTimePassword(new SecretKeySpec(secret, "HmacSHA1"),
          Instant.ofEpochSecond(step * STEP.toSeconds()));
      return String.format("%0" + digits + "d", value);
    } catch (InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The step (now, one before or one after) whose code this is, or empty. */
  public OptionalLong match(byte[] secret, String code, Instant now) {
    if (code == null || !code.matches("[0-9]{" + digits + "}")) {
      return OptionalLong.empty();
    }
    long current = step(now);
    for (long s = current - 1; s <= current + 1; s++) {
      if (MessageDigest.isEqual(code(secret, s).getBytes(StandardCharsets.US_ASCII),
          code.getBytes(StandardCharsets.US_ASCII))) {
        return OptionalLong.of(s);
      }
    }
    return OptionalLong.empty();
  }

  public static byte[] newSecret() {
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    return secret;
  }

  /** The {@code otpauth://} address an authenticator app reads from the QR code. */
  public static String uri(byte[] secret, String account) {
    String label = encode(ISSUER + ":" + account);
    return "otpauth://totp/" + label + "?secret=" + base32(secret) + "&issuer=" + encode(ISSUER)
        + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.toSeconds();
  }

  /** RFC 4648 base32 without padding, as authenticator apps take a secret typed by hand. */
  public static String base32(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
    }
    return out.toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
