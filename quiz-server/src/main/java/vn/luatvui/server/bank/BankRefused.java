package vn.luatvui.server.bank;

/** A bank request refused for a named reason; the error mapper gives each reason its status. */
public final class BankRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why. */
  public enum Reason {
    /** No such question, document or review action (or not one the asker may see). */
    NOT_FOUND,
    /** The question changed since the asker read it. */
    CONFLICT
  }

  private final Reason reason;

  public BankRefused(Reason reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
