package vn.luatvui.server.game.live;

import java.util.Map;
import vn.luatvui.server.game.room.Delivery;
import vn.luatvui.server.game.room.RoomEvent;
import vn.luatvui.server.metrics.Meters;

/**
 * A room's events on the wire: each encoded once and sent to everyone, the host's screens, one
 * player or the connection whose command caused it (a welcome binds that connection to its player).
 * Used on the room's thread only.
 */
final class Dispatch {
  private final Connections connections;
  private final Map<String, String> documentNames;
  private final Meters meters;

  Dispatch(Connections connections, Map<String, String> documentNames, Meters meters) {
    this.connections = connections;
    this.documentNames = documentNames;
    this.meters = meters;
  }

  void deliver(Outbox.Batch batch) {
    for (Delivery d : batch.events) {
      RoomEvent event = d.event();
      switch (d.to().kind()) {
        case EVERYONE -> connections.toEveryone(encode(event));
        case HOST -> connections.toHosts(encode(event));
        case PLAYER -> connections.toPlayer(d.to().playerId(), encode(event), event instanceof RoomEvent.Kicked);
        case REQUESTER -> toRequester(batch.requester, event, batch.token);
      }
    }
  }

  private void toRequester(Link requester, RoomEvent event, String token) {
    if (requester == null) {
      return;
    }
    if (event instanceof RoomEvent.Welcome welcome) {
      connections.bind(requester, welcome.playerId());
      requester.send(Frames.welcome(welcome, token));
    } else {
      requester.send(encode(event));
      if (event instanceof RoomEvent.AnswerAccepted accepted && !accepted.alreadyAnswered()) {
        meters.answers().increment();
      }
    }
  }

  /** The event's frame; a reveal carries the names of the laws it cites. */
  String encode(RoomEvent event) {
    return event instanceof RoomEvent.Reveal reveal ? Frames.reveal(reveal, documentNames) : Frames.event(event);
  }
}
