package vn.luatvui.server.contest;

import vn.luatvui.server.contest.domain.ContestSettings;

/** Cuộc thi: what the organiser set up, as stored. */
public record Contest(long id, String title, String description, String rules, String organiser, long ownerId,
                      Status status, ContestSettings settings) {
  /** A draft is seen only by its organiser; a published contest takes registrations. */
  public enum Status { DRAFT, PUBLISHED }

  public boolean published() {
    return status == Status.PUBLISHED;
  }
}
