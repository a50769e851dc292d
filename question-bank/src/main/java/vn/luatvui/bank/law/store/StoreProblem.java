package vn.luatvui.bank.law.store;

/** A change that does not fit the text it targets, named by the amending document. */
public record StoreProblem(String document, String message) {
  @Override
  public String toString() {
    return document + ": " + message;
  }
}
