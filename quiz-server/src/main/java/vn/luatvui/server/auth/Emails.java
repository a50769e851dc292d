package vn.luatvui.server.auth;

import java.util.Locale;
import vn.luatvui.bank.text.VietnameseText;

/** The one way an email is normalised, for the account lookup and for the sign-in limits alike. */
public final class Emails {
  private Emails() {
  }

  /** NFC, trimmed, lower-cased: {@code "  Co.Lan@Truong.EDU.vn"} and {@code "co.lan@truong.edu.vn"} are one account. */
  public static String normalise(String email) {
    return email == null ? "" : VietnameseText.nfc(email.strip()).toLowerCase(Locale.ROOT);
  }

  /** Something@somewhere.tld without spaces: what the admin's forms and files accept as an email. */
  public static boolean plausible(String email) {
    return email != null && email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  }
}
