package vn.luatvui.bank.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text rules used everywhere text enters or is compared.
 *
 * <p>Text arrives in NFC, NFD or legacy composed forms; it is stored in NFC. For search and for
 * type-answer matching it is folded: decomposed, combining marks dropped, đ/Đ mapped to d/D (đ is
 * a letter of its own, not a d with a mark, so decomposition leaves it alone), lower-cased, and
 * white space collapsed. "Điều 9" and "dieu 9" fold to the same text.
 */
public final class VietnameseText {
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  private VietnameseText() {
  }

  /** The text in Unicode NFC; null stays null. */
  public static String nfc(String text) {
    return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /** The folded form used to compare and search: "  Giao  THÔNG đường bộ " → "giao thong duong bo". */
  public static String fold(String text) {
    if (text == null) {
      return null;
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String unmarked = COMBINING_MARKS.matcher(decomposed).replaceAll("")
        .replace('đ', 'd').replace('Đ', 'D');
    return WHITE_SPACE.matcher(unmarked.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }
}
