package vn.luatvui.server.law;

/** A document or provision the store does not have (mapped to 404 by the error mapper). */
public final class LawNotFound extends RuntimeException {
  public LawNotFound(String message) {
    super(message, null, false, false);
  }
}
