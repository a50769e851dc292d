package vn.luatvui.bank.law;

/** Kinds of legal document (loại văn bản quy phạm pháp luật). */
public enum DocumentKind {
  HIEN_PHAP("Hiến pháp"),
  BO_LUAT("Bộ luật"),
  LUAT("Luật"),
  NGHI_QUYET("Nghị quyết"),
  NGHI_DINH("Nghị định"),
  THONG_TU("Thông tư"),
  QUYET_DINH("Quyết định");

  private final String label;

  DocumentKind(String label) {
    this.label = label;
  }

  /** The Vietnamese name of the kind. */
  public String label() {
    return label;
  }
}
