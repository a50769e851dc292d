package vn.luatvui.server.game.live;

/**
 * Where a connection's steps go once it has named its game: the room itself when this server owns
 * it ({@link LiveRoom}), or the server that does ({@link RemoteRoom}).
 */
interface RoomDoor {

  long gameId();

  /** The account that created the game (it, or an admin, may host it). */
  long hostId();

  void join(Link link, String nickname, Long unitId);

  void reconnect(Link link, String token);

  /** A host's screen, its right to host already checked. */
  void host(Link link);

  void frame(Link link, ClientFrame frame);

  void closed(Link link);
}
