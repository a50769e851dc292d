package vn.luatvui.server.game.room;

/**
 * Who an event is for. EVERYONE is every player and the host (one shared frame); HOST is the host's
 * screen; PLAYER is one player by id; REQUESTER is the connection that sent the command (the reply
 * to a join or reconnect, or a refusal, when there is no player id yet or the sender is the host).
 */
public record Recipient(Kind kind, int playerId) {
  public enum Kind { EVERYONE, HOST, PLAYER, REQUESTER }

  public static final Recipient EVERYONE = new Recipient(Kind.EVERYONE, 0);
  public static final Recipient HOST = new Recipient(Kind.HOST, 0);
  public static final Recipient REQUESTER = new Recipient(Kind.REQUESTER, 0);

  public static Recipient player(int playerId) {
    return new Recipient(Kind.PLAYER, playerId);
  }
}
