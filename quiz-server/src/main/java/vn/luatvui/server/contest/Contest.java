package vn.luatvui.server.contest;

import vn.luatvui.server.contest.domain.ContestSettings;

/** Cuộc thi: what the organiser set up, as stored. */
public record Contest(long id, String title, String description, String rules, String organiser, long ownerId,
                      Status status, ContestSettings settings) {
  /**
   * A draft is seen only by its organiser; a published contest takes registrations. A COURSE contest is a
   * course's final test ({@link EmbeddedTests}): it takes attempts but is on no contest list or page.
   */
  public enum Status { DRAFT, PUBLISHED, COURSE }

  public boolean published() {
    return status == Status.PUBLISHED || status == Status.COURSE;
  }

  public boolean course() {
    return status == Status.COURSE;
  }
}
