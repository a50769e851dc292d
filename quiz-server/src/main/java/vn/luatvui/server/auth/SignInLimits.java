package vn.luatvui.server.auth;

import java.time.Duration;
import java.util.List;
import vn.luatvui.server.auth.RateLimiter.Limit;

/**
 * The sign-in limits, counted together in one Redis operation before a password is checked and
 * taken back when it was right, so only failures use them up. The numbers are documented in
 * docs/security.md.
 */
public final class SignInLimits {
  public static final Duration WINDOW = Duration.ofMinutes(15);
  /** Wrong passwords for one email from one address. */
  public static final int PER_ADDRESS_AND_EMAIL = 10;
  /** Wrong passwords from one address, whatever the email (password spraying). */
  public static final int PER_ADDRESS = 100;
  /** Wrong passwords for one account from browsers without its device cookie, across addresses. */
  public static final int PER_ACCOUNT = 30;
  public static final Duration ACCOUNT_WINDOW = Duration.ofHours(1);
  /** Wrong passwords from one browser holding the account's device cookie. */
  public static final int PER_DEVICE = 10;
  /** Wrong codes for one sign-in (its password step done), and for one account across sign-ins. */
  public static final int CODES_PER_CHALLENGE = 5;
  public static final int CODES_PER_ACCOUNT = 10;

  private SignInLimits() {
  }

  /**
   * The limits of a password attempt: by device cookie alone when the browser holds a valid one for
   * the account, else by address and email, by address, and by account.
   */
  public static List<Limit> password(String address, String email, String deviceNonce) {
    if (deviceNonce != null) {
      return List.of(new Limit("signin-device", deviceNonce, PER_DEVICE, WINDOW));
    }
    return List.of(
        new Limit("signin-address-email", address + "|" + email, PER_ADDRESS_AND_EMAIL, WINDOW),
        new Limit("signin-address", address, PER_ADDRESS, WINDOW),
        new Limit("signin-account", email, PER_ACCOUNT, ACCOUNT_WINDOW));
  }

  /** The limits of a second-factor code. */
  public static List<Limit> code(String challenge, long userId) {
    return List.of(
        new Limit("signin-code", challenge, CODES_PER_CHALLENGE, WINDOW),
        new Limit("signin-code-account", Long.toString(userId), CODES_PER_ACCOUNT, WINDOW));
  }

  /** What a person is told when a limit is full. */
  public static String refusal(Limit limit) {
    long minutes = limit.window().toMinutes();
    return switch (limit.action()) {
      case "signin-account" -> "Tài khoản này đang bị thử mật khẩu sai quá nhiều lần; hãy thử lại sau "
          + minutes + " phút, hoặc đăng nhập từ trình duyệt bạn vẫn dùng.";
      case "signin-code", "signin-code-account" -> "Nhập sai mã quá nhiều lần; hãy thử lại sau " + minutes + " phút.";
      default -> "Đăng nhập sai quá nhiều lần; hãy thử lại sau " + minutes + " phút.";
    };
  }
}
