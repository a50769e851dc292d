package vn.luatvui.bank.law.text;

/** How much of a document's text the store holds (the header's {@code Văn bản}). */
public enum TextCoverage {
  /** đầy đủ: the whole text. */
  FULL("đầy đủ"),
  /** một phần: some articles only; the missing ones are absent, never invented. */
  PARTIAL("một phần"),
  /** không có: no text found; header and relations only. */
  NONE("không có");

  private final String label;

  TextCoverage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static TextCoverage of(String label) {
    for (TextCoverage c : values()) {
      if (c.label.equals(label)) {
        return c;
      }
    }
    return null;
  }
}
