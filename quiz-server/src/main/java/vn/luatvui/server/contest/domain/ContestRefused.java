package vn.luatvui.server.contest.domain;

/** A contest request refused for a named reason; the error mapper gives each reason its status. */
public final class ContestRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why. */
  public enum Reason {
    /** The pool holds questions that are public in the lookup and the organiser has not said what to do with them. */
    POOL_HAS_PUBLIC,
    /** A question set that is neither the organiser's own nor shared. */
    SET_NOT_AVAILABLE,
    /** The registration matches one already made; which detail matched is not said. */
    DUPLICATE_REGISTRATION,
    /** The access code given does not belong to the contestant. */
    WRONG_CODE
  }

  private final Reason reason;

  public ContestRefused(Reason reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
