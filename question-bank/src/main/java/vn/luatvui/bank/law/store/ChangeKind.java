package vn.luatvui.bank.law.store;

import vn.luatvui.bank.law.text.ChangeAction;

/** What happened to a provision. */
public enum ChangeKind {
  AMENDED,
  INSERTED,
  REPEALED,
  PHRASE_REPLACED,
  /** Its whole document ended or was replaced. */
  DOCUMENT_ENDED;

  static ChangeKind of(ChangeAction action) {
    return switch (action) {
      case AMEND -> AMENDED;
      case INSERT -> INSERTED;
      case REPEAL -> REPEALED;
      case REPLACE_PHRASE -> PHRASE_REPLACED;
    };
  }
}
