package vn.luatvui.server.game.live;

/** A screen connected to another server ({@code node}), whose frames travel through the relay. */
record RemoteLink(String node, long connection, long gameId, RoomRelay relay) implements Link {

  @Override
  public void send(String frame) {
    relay.toConnection(this, frame);
  }

  @Override
  public void close(int code, String reason) {
    relay.closeConnection(this, code, reason);
  }
}
