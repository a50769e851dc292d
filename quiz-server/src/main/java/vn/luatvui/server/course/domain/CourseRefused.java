package vn.luatvui.server.course.domain;

/** A course rule said no: why, in words for the person; the edge decides how that reads over HTTP. */
public final class CourseRefused extends RuntimeException {
  /** Why a course, a lesson, its test or a certificate was refused. */
  public enum Reason {
    NOT_FOUND, FORBIDDEN, OWN_COURSE, INVALID, NOT_EDITABLE, NOT_DRAFT, NOT_IN_REVIEW, NOT_PUBLISHED,
    POOL_TOO_SMALL, NOT_LEARNER, LOCKED, LESSONS_FIRST, NO_QUIZ, COMPLETED
  }

  private final Reason reason;

  public CourseRefused(Reason reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
