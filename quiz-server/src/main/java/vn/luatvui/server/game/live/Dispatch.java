package vn.luatvui.server.game.live;

import io.vertx.core.Vertx;
import java.util.HashMap;
import java.util.Map;
import vn.luatvui.server.game.room.Delivery;
import vn.luatvui.server.game.room.Recipient;
import vn.luatvui.server.game.room.RoomEvent;
import vn.luatvui.server.metrics.Meters;

/**
 * A room's events on the wire: each encoded once and sent to everyone, the host's screens, one
 * player or the connection whose command caused it (a welcome binds that connection to its player).
 * The host's answer count goes out at most every {@link #COUNT_EVERY_MILLIS} (the latest wins),
 * not once per answer: ten thousand answers in a second would be ten thousand frames to one
 * projector's browser. Used on the room's thread only.
 */
final class Dispatch {
  static final long COUNT_EVERY_MILLIS = 100;

  private final Connections connections;
  private final Map<String, String> documentNames;
  private final Meters meters;
  private final Vertx vertx;
  private RoomEvent.AnswerCount pendingCount;
  private long lastCountAt;
  private long countTimer = -1;
  private final Map<Class<?>, Encoded> lastEncoded = new HashMap<>();

  Dispatch(Connections connections, Map<String, String> documentNames, Meters meters, Vertx vertx) {
    this.connections = connections;
    this.documentNames = documentNames;
    this.meters = meters;
    this.vertx = vertx;
  }

  void deliver(Outbox.Batch batch) {
    for (Delivery d : batch.events) {
      RoomEvent event = d.event();
      if (event instanceof RoomEvent.AnswerCount count && d.to().kind() == Recipient.Kind.HOST) {
        count(count);
        continue;
      }
      if (d.to().kind() == Recipient.Kind.HOST || d.to().kind() == Recipient.Kind.EVERYONE) {
        flushCount();
      }
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
      connections.bind(requester, welcome.playerId(), token);
      requester.send(Frames.welcome(welcome, token));
    } else {
      requester.send(encode(event));
      if (event instanceof RoomEvent.AnswerAccepted accepted && !accepted.alreadyAnswered()) {
        meters.answers().increment();
      }
    }
  }

  /** Sends the count now if none went out lately, else keeps it (the latest) for a moment. */
  private void count(RoomEvent.AnswerCount count) {
    long now = System.currentTimeMillis();
    long wait = COUNT_EVERY_MILLIS - (now - lastCountAt);
    if (wait <= 0 && countTimer < 0) {
      send(count, now);
      return;
    }
    pendingCount = count;
    if (countTimer < 0) {
      countTimer = vertx.setTimer(Math.max(1, wait), id -> {
        countTimer = -1;
        flushCount();
      });
    }
  }

  /** A count kept back goes out before anything else the host sees, so never after the reveal. */
  private void flushCount() {
    if (countTimer >= 0) {
      vertx.cancelTimer(countTimer);
      countTimer = -1;
    }
    if (pendingCount != null) {
      send(pendingCount, System.currentTimeMillis());
      pendingCount = null;
    }
  }

  private void send(RoomEvent.AnswerCount count, long now) {
    lastCountAt = now;
    connections.toHosts(encode(count));
  }

  /**
   * The event's frame; a reveal carries the names of the laws it cites. The last frame of each kind of
   * event is kept, and an equal event gets it again: after a takeover thousands of screens are seated
   * again within milliseconds, each caught up with the same question or reveal, encoded once.
   */
  String encode(RoomEvent event) {
    Encoded last = lastEncoded.get(event.getClass());
    if (last != null && last.event().equals(event)) {
      return last.frame();
    }
    String frame = event instanceof RoomEvent.Reveal reveal ? Frames.reveal(reveal, documentNames) : Frames.event(event);
    lastEncoded.put(event.getClass(), new Encoded(event, frame));
    return frame;
  }

  private record Encoded(RoomEvent event, String frame) {
  }
}
