package vn.luatvui.bank.law.store;

/** Where a provision stands on a day. */
public enum ProvisionStatus {
  /** In force: its wording is the text of the day. */
  IN_FORCE,
  /** Its document, or the provision itself, enters into force later. */
  NOT_YET_IN_FORCE,
  /** Repealed (bãi bỏ) by an amending document. */
  REPEALED,
  /** Its whole document is out of force (ended or replaced). */
  DOCUMENT_ENDED,
  /** The document's text is in the store and has no such provision on that day. */
  NOT_IN_TEXT,
  /** The store holds no text to check it against (no text, or a partial text without that Điều). */
  NO_TEXT,
  /** The document is not in the store. */
  UNKNOWN_DOCUMENT
}
