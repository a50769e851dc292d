package vn.luatvui.bank.law.text;

import java.util.Comparator;

/**
 * Numbers of Điều and khoản ({@code 9}, {@code 256a}, {@code 3a}) and letters of điểm ({@code a},
 * {@code đ}, {@code a1}), and their order: numbers numerically, then an inserted unit's letter after
 * the unit it follows; điểm letters in the order of the Vietnamese alphabet, an inserted digit after
 * its letter.
 */
public final class UnitNumbers {
  /** The Vietnamese alphabet as used to letter điểm (no f, j, w, z; ă, â, ê, ô, ơ, ư kept for order). */
  public static final String ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy";
  /** The letters that actually letter điểm in Vietnamese legal texts. */
  public static final String POINT_LETTERS = "abcdđeghiklmnopqrstuvxy";

  /** Article and clause numbers in order: 256 &lt; 256a &lt; 256b &lt; 257. */
  public static final Comparator<String> NUMBER_ORDER = Comparator
      .<String>comparingInt(n -> numberPart(n))
      .thenComparingInt(n -> letterRank(suffix(n)));

  /** Point letters in order: a &lt; a1 &lt; b &lt; … &lt; d &lt; đ &lt; e. */
  public static final Comparator<String> LETTER_ORDER = Comparator
      .<String>comparingInt(p -> letterRank(p.substring(0, 1)))
      .thenComparing(p -> p.substring(1));

  private UnitNumbers() {
  }

  /** Whether the text is an article or clause number: digits, maybe one lowercase letter. */
  public static boolean isNumber(String text) {
    return text != null && digits(text) > 0 && digits(text) <= 4 && validSuffix(text, digits(text));
  }

  /** Whether the text is a point letter: one letter of the Vietnamese alphabet, maybe one digit. */
  public static boolean isLetter(String text) {
    return text != null && !text.isEmpty() && text.length() <= 2 && POINT_LETTERS.indexOf(text.charAt(0)) >= 0
        && (text.length() == 1 || Character.isDigit(text.charAt(1)) && text.charAt(1) < 128);
  }

  // The comparators run in every sort of a long code's thousands of provisions: plain character
  // checks here, no regular expression (a law's loading at start spent seconds in them).

  /** How many ASCII digits the text starts with. */
  private static int digits(String n) {
    int i = 0;
    while (i < n.length() && n.charAt(i) >= '0' && n.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  private static boolean validSuffix(String n, int digits) {
    if (n.length() == digits) {
      return true;
    }
    char c = n.charAt(digits);
    return n.length() == digits + 1 && (c >= 'a' && c <= 'z' || c == 'đ');
  }

  private static int numberPart(String n) {
    int d = digits(n);
    if (d == 0 || d > 4 || !validSuffix(n, d)) {
      throw new IllegalArgumentException("not a unit number: " + n);
    }
    return Integer.parseInt(n, 0, d, 10);
  }

  private static String suffix(String n) {
    int d = digits(n);
    return d > 0 && d <= 4 && validSuffix(n, d) ? n.substring(d) : "";
  }

  private static int letterRank(String letter) {
    return letter.isEmpty() ? -1 : ALPHABET.indexOf(letter.charAt(0));
  }
}
