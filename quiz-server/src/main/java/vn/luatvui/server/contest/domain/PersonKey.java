package vn.luatvui.server.contest.domain;

import com.ibm.icu.text.SpoofChecker;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.luatvui.bank.text.VietnameseText;

/**
 * How two registrations are told to be the same person or the same contact, whatever the look-alike
 * characters used to write them.
 *
 * <p>A name is NFKC-normalised (full-width and compatibility forms become plain letters), folded as
 * search folds it (diacritics dropped, đ to d, lower case), mapped to its confusable skeleton (Unicode
 * TR39: a Cyrillic "а" and a Latin "a" share one), and stripped of everything that is not a letter or
 * a digit, spaces and punctuation included: "Nguyễn Văn An", "NGUYEN.VAN-AN", "Ｎｇｕｙｅｎ Ｖａｎ Ａｎ"
 * and "Nguyеn Vаn Аn" (Cyrillic е, а, А) have one key.
 */
public final class PersonKey {
  private static final SpoofChecker CONFUSABLES = new SpoofChecker.Builder().build();
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  /** White space and punctuation inside numbers ("0912 345.678", "(091) 234-5678"); letters stay, to be refused. */
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Z}\\p{P}]+");

  private PersonKey() {
  }

  /** The name's key, or null for a blank name. */
  public static String name(String fullName) {
    if (fullName == null) {
      return null;
    }
    String text = VietnameseText.fold(Normalizer.normalize(fullName, Normalizer.Form.NFKC));
    String skeleton = CONFUSABLES.getSkeleton(text);
    String plain = MARKS.matcher(Normalizer.normalize(skeleton, Normalizer.Form.NFD)).replaceAll("");
    String key = NOT_LETTER_OR_DIGIT.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
    return key.isEmpty() ? null : key;
  }

  /**
   * A phone number as digits only, the country code of Vietnam written as the leading 0:
   * "+84 912 345 678", "0084912345678", "０９１２.３４５.６７８" and "0912-345-678" are "0912345678";
   * letters are kept, for the check to refuse them.
   */
  public static String phone(String phone) {
    if (phone == null) {
      return null;
    }
    String text = Normalizer.normalize(phone, Normalizer.Form.NFKC).strip();
    boolean international = text.startsWith("+");
    String digits = SEPARATORS.matcher(international ? text.substring(1) : text).replaceAll("");
    if (international && digits.startsWith("84")) {
      digits = "0" + digits.substring(2);
    } else if (digits.startsWith("0084")) {
      digits = "0" + digits.substring(4);
    } else if (international) {
      digits = "+" + digits;
    }
    return digits.isEmpty() ? null : digits;
  }

  /** An email address in NFKC and lower case (its letters are compared as written: an address is not a name). */
  public static String email(String email) {
    if (email == null) {
      return null;
    }
    String text = Normalizer.normalize(email, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    return text.isEmpty() ? null : text;
  }

  /** A citizen ID number without spaces or punctuation, in NFKC ("０３４ ０９５..." and "034095..." are one). */
  public static String idNumber(String idNumber) {
    if (idNumber == null) {
      return null;
    }
    String digits = SEPARATORS.matcher(Normalizer.normalize(idNumber, Normalizer.Form.NFKC)).replaceAll("");
    return digits.isEmpty() ? null : digits;
  }
}
