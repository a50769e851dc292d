package vn.luatvui.server.auth;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.luatvui.bank.text.VietnameseText;

/**
 * What a new password must be: 10 to 200 characters, not on the bundled list of common passwords
 * (English and Vietnamese, compared without case, diacritics, separators or trailing digits), and
 * not easy to guess by zxcvbn's estimate (score 3 of 4 or more, the account's email and name
 * counted as known words).
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 200;
  static final int MIN_SCORE = 3;
  private static final Set<String> COMMON = load();
  private static final Zxcvbn ZXCVBN = new Zxcvbn();

  /** Why a password is refused, for a person (Vietnamese, for the API) and for an operator (English, at start). */
  public enum Problem {
    TOO_SHORT("Mật khẩu cần ít nhất " + MIN_LENGTH + " ký tự.", "at least " + MIN_LENGTH + " characters"),
    TOO_LONG("Mật khẩu dài quá " + MAX_LENGTH + " ký tự.", "at most " + MAX_LENGTH + " characters"),
    COMMON("Mật khẩu này nằm trong danh sách mật khẩu phổ biến; hãy chọn mật khẩu khác.",
        "this password is on the list of common passwords; choose another"),
    GUESSABLE("Mật khẩu này quá dễ đoán (lặp ký tự, chuỗi bàn phím, từ thông dụng hoặc email, tên của bạn); "
        + "hãy dùng một câu dài gồm nhiều từ.",
        "this password is too easy to guess (repeated characters, keyboard runs, common words, or the email "
        + "or name of the account); use a long phrase of several words");

    private final String vi;
    private final String en;

    Problem(String vi, String en) {
      this.vi = vi;
      this.en = en;
    }

    public String vi() {
      return vi;
    }

    public String en() {
      return en;
    }
  }

  private PasswordPolicy() {
  }

  /** The first problem of the password for an account with this email and name, or empty when it is acceptable. */
  public static Optional<Problem> check(String password, String email, String displayName) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      return Optional.of(Problem.TOO_SHORT);
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of(Problem.TOO_LONG);
    }
    String compact = compact(password);
    String base = compact.replaceFirst("[0-9]+$", "");
    if (COMMON.contains(compact) || (base.length() >= 4 && COMMON.contains(base))) {
      return Optional.of(Problem.COMMON);
    }
    List<String> known = new ArrayList<>(List.of("luatvui", "luat", "vui", "matkhau"));
    if (email != null && email.contains("@")) {
      known.add(email.substring(0, email.indexOf('@')));
      known.add(email.substring(email.indexOf('@') + 1));
    }
    if (displayName != null) {
      known.addAll(List.of(VietnameseText.fold(displayName).split(" ")));
      known.add(compact(displayName));
    }
    if (ZXCVBN.measure(password, known).getScore() < MIN_SCORE) {
      return Optional.of(Problem.GUESSABLE);
    }
    return Optional.empty();
  }

  /** Lower-case, without diacritics, keeping letters and digits only: "Mật-khẩu 123" → "matkhau123". */
  static String compact(String password) {
    return VietnameseText.fold(password).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    try (var in = PasswordPolicy.class.getResourceAsStream("/auth/common-passwords.txt")) {
      if (in == null) {
        throw new IllegalStateException("auth/common-passwords.txt is missing from the classpath");
      }
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .forEach(l -> words.add(compact(l)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
