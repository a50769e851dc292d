package vn.luatvui.server.game.live;

/**
 * A room owned by another server ({@code owner}, where it was found): this server's sockets reach it
 * through the relay, which follows the room to its next owner if this one goes away.
 */
record RemoteRoom(long gameId, long hostId, String owner, RoomRelay relay) implements RoomDoor {

  @Override
  public void join(Link link, String nickname, Long unitId) {
    relay.join(owner, gameId, (LocalLink) link, nickname, unitId);
  }

  @Override
  public void reconnect(Link link, String token) {
    relay.toRoom(owner, gameId, (LocalLink) link, "reconnect", token);
  }

  @Override
  public void host(Link link) {
    relay.toRoom(owner, gameId, (LocalLink) link, "host", null);
  }

  @Override
  public void frame(Link link, ClientFrame frame) {
    relay.frame(owner, gameId, (LocalLink) link, frame);
  }

  @Override
  public void closed(Link link) {
    relay.toRoom(owner, gameId, (LocalLink) link, "closed", null);
  }
}
