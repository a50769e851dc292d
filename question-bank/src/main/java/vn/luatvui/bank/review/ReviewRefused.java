package vn.luatvui.bank.review;

/** A review command that the rules do not allow, with a reason for the person who asked. */
public final class ReviewRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why: the person may not do this at all, or not in the question's present state. */
  public enum Reason { FORBIDDEN, CONFLICT, INVALID }

  private final Reason reason;

  public ReviewRefused(Reason reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
