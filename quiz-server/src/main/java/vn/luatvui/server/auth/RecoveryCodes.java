package vn.luatvui.server.auth;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One-time recovery codes: ten of {@code xxxxx-xxxxx} from an alphabet without look-alikes (50 bits each). */
public final class RecoveryCodes {
  public static final int COUNT = 10;
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private RecoveryCodes() {
  }

  public static List<String> generate() {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      codes.add(random(5) + "-" + random(5));
    }
    return codes;
  }

  /** Whether the text looks like a recovery code rather than an authenticator's digits. */
  public static boolean looksLikeOne(String code) {
    return code != null && normalise(code).length() == 10;
  }

  /** As compared: lower-case, without spaces or dashes. */
  static String normalise(String code) {
    return code.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
  }

  /** A random string from the readable alphabet; also used for one-time passwords. */
  static String random(int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }
}
