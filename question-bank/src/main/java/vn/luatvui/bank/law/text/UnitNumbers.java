package vn.luatvui.bank.law.text;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
  private static final Pattern NUMBER = Pattern.compile("(\\d{1,4})([a-zđ]?)");
  private static final Pattern LETTER = Pattern.compile("([" + POINT_LETTERS + "])(\\d?)");

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
    return text != null && NUMBER.matcher(text).matches();
  }

  /** Whether the text is a point letter: one letter of the Vietnamese alphabet, maybe one digit. */
  public static boolean isLetter(String text) {
    return text != null && LETTER.matcher(text).matches();
  }

  private static int numberPart(String n) {
    Matcher m = NUMBER.matcher(n);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a unit number: " + n);
    }
    return Integer.parseInt(m.group(1));
  }

  private static String suffix(String n) {
    Matcher m = NUMBER.matcher(n);
    return m.matches() ? m.group(2) : "";
  }

  private static int letterRank(String letter) {
    return letter.isEmpty() ? -1 : ALPHABET.indexOf(letter.charAt(0));
  }
}
