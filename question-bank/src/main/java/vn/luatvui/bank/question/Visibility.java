package vn.luatvui.bank.question;

/** Who may see an approved question outside a game. */
public enum Visibility {
  /** Shown in the public lookup and usable by every host. */
  PUBLIC,
  /** Kept out of the public lookup so contest questions stay unseen until the contest. */
  CONTEST_ONLY
}
