package vn.luatvui.bank.law.store;

/** Where a document stands on a day: còn hiệu lực, đã được sửa đổi, hết hiệu lực. */
public enum DocumentStatus {
  NOT_YET_IN_FORCE,
  IN_FORCE,
  /** In force, with changes by other documents already in effect. */
  AMENDED,
  OUT_OF_FORCE
}
