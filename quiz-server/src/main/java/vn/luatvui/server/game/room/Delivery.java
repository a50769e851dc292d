package vn.luatvui.server.game.room;

/** An event and who it is for: what a transition hands to the caller to send. */
public record Delivery(Recipient to, RoomEvent event) {

  static Delivery everyone(RoomEvent e) {
    return new Delivery(Recipient.EVERYONE, e);
  }

  static Delivery host(RoomEvent e) {
    return new Delivery(Recipient.HOST, e);
  }

  static Delivery requester(RoomEvent e) {
    return new Delivery(Recipient.REQUESTER, e);
  }

  static Delivery player(int playerId, RoomEvent e) {
    return new Delivery(Recipient.player(playerId), e);
  }
}
