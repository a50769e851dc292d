package vn.luatvui.bank.law.text;

/** A problem in a text file, at a line (1-based). */
public record ParseError(int line, String message) {
  @Override
  public String toString() {
    return "dòng " + line + ": " + message;
  }
}
