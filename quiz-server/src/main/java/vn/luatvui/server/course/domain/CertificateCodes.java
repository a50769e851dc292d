package vn.luatvui.server.course.domain;

import java.util.function.IntUnaryOperator;

/** Mã chứng nhận: 16 characters in four groups from an alphabet without look-alikes (80 bits). */
public final class CertificateCodes {
  static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private CertificateCodes() {
  }

  /** A code from the random source given (bound → a number below it). */
  public static String make(IntUnaryOperator random) {
    StringBuilder code = new StringBuilder(19);
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(random.applyAsInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** The code as stored: upper case, dashes where they belong; null when it cannot be one. */
  public static String canonical(String typed) {
    if (typed == null) {
      return null;
    }
    String bare = typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    if (bare.length() != 16 || !bare.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
      return null;
    }
    return bare.substring(0, 4) + "-" + bare.substring(4, 8) + "-" + bare.substring(8, 12) + "-" + bare.substring(12);
  }
}
