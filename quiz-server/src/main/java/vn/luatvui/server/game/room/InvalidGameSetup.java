package vn.luatvui.server.game.room;

/** A game cannot be set up this way; the message says why, in Vietnamese, for the host. */
public final class InvalidGameSetup extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidGameSetup(String message) {
    super(message, null, false, false);
  }
}
