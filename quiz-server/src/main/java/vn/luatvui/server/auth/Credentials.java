package vn.luatvui.server.auth;

/**
 * Checks a password against an account. Unknown, locked and password-less accounts are checked
 * against {@link PasswordHasher#dummyHash()} instead, so that every sign-in runs the same hash
 * and the answer's timing does not tell which emails have an account.
 */
public final class Credentials {
  /** Verifies a password against a stored hash ({@link PasswordHasher#verify} in production). */
  @FunctionalInterface
  public interface Verifier {
    boolean verify(String password, String hash);
  }

  private final Verifier verifier;

  public Credentials(Verifier verifier) {
    this.verifier = verifier;
  }

  /** The account when the password is its own, or null; blocking (run it off the event loop). */
  public UserStore.StoredUser check(UserStore.StoredUser stored, String password) {
    boolean usable = stored != null && stored.active() && PasswordHasher.isHash(stored.passwordHash());
    boolean matches = verifier.verify(password, usable ? stored.passwordHash() : PasswordHasher.dummyHash());
    return usable && matches ? stored : null;
  }
}
