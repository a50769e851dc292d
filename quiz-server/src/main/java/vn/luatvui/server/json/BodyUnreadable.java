package vn.luatvui.server.json;

/** A request body that is missing or does not read as the JSON the route expects; the message says where. */
public final class BodyUnreadable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BodyUnreadable(String message) {
    super(message, null, false, false);
  }
}
