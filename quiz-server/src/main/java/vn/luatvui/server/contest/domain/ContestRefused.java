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
    WRONG_CODE,
    /** No such contest, round or attempt (or not one the asker may see). */
    NOT_FOUND,
    /** The user does not organise this contest. */
    FORBIDDEN,
    /** What was sent does not make a valid contest, unit list or answer. */
    INVALID,
    /** The contest has not been published. */
    NOT_PUBLISHED,
    /** The contest has no practice part. */
    NO_PRACTICE,
    /** The round has not opened yet, or has already ended. */
    ROUND_NOT_OPEN,
    /** The round is still running (results cannot be published yet). */
    ROUND_OPEN,
    /** The round has already started, so its opening cannot change and it cannot be removed. */
    ROUND_STARTED,
    /** The round has ended. */
    ROUND_CLOSED,
    /** The contestant has used every attempt the round allows. */
    NO_ATTEMPTS_LEFT,
    /** The pool cannot fill every attempt, so the contest cannot be published. */
    POOL_TOO_SMALL_TO_PUBLISH,
    /** The pool no longer holds enough questions to draw an attempt. */
    POOL_TOO_SMALL_TO_DRAW,
    /** A unit that contestants registered under cannot be removed. */
    UNIT_IN_USE,
    /** The attempt has been submitted; it cannot change. */
    SUBMITTED,
    /** The attempt's time is up. */
    TIME_UP,
    /** No contestant code was presented. */
    NOT_REGISTERED
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
