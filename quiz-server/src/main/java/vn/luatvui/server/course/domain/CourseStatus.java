package vn.luatvui.server.course.domain;

/** The review workflow of courses, the one questions have: an author's draft, in review, published. */
public enum CourseStatus {
  DRAFT, IN_REVIEW, PUBLISHED;

  /** Whether the author may still edit it: only a draft (a returned course is a draft again). */
  public boolean editable() {
    return this == DRAFT;
  }
}
