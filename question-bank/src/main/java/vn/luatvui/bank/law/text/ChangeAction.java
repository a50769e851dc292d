package vn.luatvui.bank.law.text;

/** What an amending provision does to the provision it points at. */
public enum ChangeAction {
  /** sửa đổi: the unit's text is replaced. */
  AMEND("sửa đổi"),
  /** bổ sung: a new unit exists. */
  INSERT("bổ sung"),
  /** bãi bỏ: the unit is repealed. */
  REPEAL("bãi bỏ"),
  /** thay cụm từ: a phrase is replaced in the unit. */
  REPLACE_PHRASE("thay cụm từ");

  private final String label;

  ChangeAction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static ChangeAction of(String label) {
    for (ChangeAction a : values()) {
      if (a.label.equals(label)) {
        return a;
      }
    }
    return null;
  }
}
