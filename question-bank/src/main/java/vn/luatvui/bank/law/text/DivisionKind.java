package vn.luatvui.bank.law.text;

/** The divisions above the Điều, largest first (bố cục theo phần, chương, mục, tiểu mục). */
public enum DivisionKind {
  PART("Phần"),
  CHAPTER("Chương"),
  SECTION("Mục"),
  SUBSECTION("Tiểu mục");

  private final String label;

  DivisionKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
