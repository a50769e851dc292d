package vn.luatvui.bank.account;

/** What a signed-in person may do. Players and contestants have no account and no role. */
public enum Role {
  /** Users, roles, the legal-document registry, units. */
  ADMIN,
  /** Checks legal content; approves, returns with comments, retires. */
  REVIEWER,
  /** Writes and imports questions, submits them for review. */
  AUTHOR,
  /** Runs live games from question sets. */
  HOST,
  /** Ban tổ chức: sets up online contests, their units and rounds, closes rounds and publishes results. */
  ORGANISER
}
