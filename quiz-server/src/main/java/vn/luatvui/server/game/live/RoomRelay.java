package vn.luatvui.server.game.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.luatvui.server.infra.RedisKeys;
import vn.luatvui.server.json.Jsons;

/**
 * Players and hosts connected to one server while their room is owned by another: their frames
 * travel through Redis pub/sub, one channel per server. A server relays its sockets' frames to the
 * owner's channel ({@link RemoteRoom}); the owner writes to those sockets through the holder's
 * channel ({@link RemoteLink}), a broadcast once per server rather than once per socket.
 *
 * <p>Messages are small JSON objects: {@code k} the kind, {@code g} the game, {@code n} the sending
 * server, {@code c} the connection on the server that holds it, {@code v} the payload.
 */
final class RoomRelay {
  private static final Logger LOG = LoggerFactory.getLogger(RoomRelay.class);
  static final int MOVED = 4002;

  /** A socket of this server relayed to a room on another. */
  private static final class Relayed {
    final LocalLink link;
    final long gameId;
    final String owner;
    volatile boolean seated;

    Relayed(LocalLink link, long gameId, String owner) {
      this.link = link;
      this.gameId = gameId;
      this.owner = owner;
    }
  }

  private final Vertx vertx;
  private final StatefulRedisConnection<String, String> redis;
  private final StatefulRedisPubSubConnection<String, String> subscriber;
  private final RedisKeys keys;
  private final String node;
  private final Duration lease;
  private final Map<Long, Relayed> relayed = new ConcurrentHashMap<>();
  private final Map<Long, Map<Long, Relayed>> byGame = new ConcurrentHashMap<>();
  private LongFunction<LiveRoom> rooms = id -> null;

  RoomRelay(Vertx vertx, StatefulRedisConnection<String, String> redis,
            StatefulRedisPubSubConnection<String, String> subscriber, RedisKeys keys, String node, Duration lease) {
    this.vertx = vertx;
    this.redis = redis;
    this.subscriber = subscriber;
    this.keys = keys;
    this.node = node;
    this.lease = lease;
  }

  String node() {
    return node;
  }

  /** Listens on this server's channel; frames for rooms go to the room {@code rooms} finds here. */
  Future<Void> start(LongFunction<LiveRoom> rooms) {
    this.rooms = rooms;
    subscriber.addListener(new RedisPubSubAdapter<>() {
      @Override
      public void message(String channel, String message) {
        receive(message);
      }
    });
    return heartbeat().compose(v -> Future.fromCompletionStage(subscriber.async().subscribe(channel(node)),
        vertx.getOrCreateContext()));
  }

  // The side holding the socket.

  /** Sends a socket's step to the room's owner: join, reconnect, host, frame or closed. */
  void toRoom(String owner, long gameId, LocalLink link, String kind, String value) {
    if ("closed".equals(kind)) {
      forget(link);
    } else {
      relayed.computeIfAbsent(link.id(), id -> {
        Relayed r = new Relayed(link, gameId, owner);
        // Atomic per game with the removal below, so a socket never lands in a map just dropped.
        byGame.compute(gameId, (g, sockets) -> {
          Map<Long, Relayed> game = sockets == null ? new ConcurrentHashMap<>() : sockets;
          game.put(id, r);
          return game;
        });
        return r;
      });
    }
    ObjectNode message = Jsons.MAPPER.createObjectNode().put("k", kind).put("g", gameId).put("n", node)
        .put("c", link.id());
    if (value != null) {
      message.put("v", value);
    }
    publish(owner, message);
  }

  private void forget(LocalLink link) {
    Relayed r = relayed.remove(link.id());
    if (r != null) {
      byGame.computeIfPresent(r.gameId, (g, sockets) -> {
        sockets.remove(link.id());
        return sockets.isEmpty() ? null : sockets;
      });
    }
  }

  /**
   * Closes the sockets relayed to a server that no longer owns their room (it stopped or died), so
   * they reconnect and find the room where it is now.
   */
  Future<Void> checkOwners(RoomLeases leases) {
    List<Future<Void>> checks = new ArrayList<>();
    for (Long gameId : byGame.keySet()) {
      checks.add(leases.owner(gameId).map(owner -> {
        Map<Long, Relayed> game = byGame.getOrDefault(gameId, Map.of());
        for (Relayed r : List.copyOf(game.values())) {
          if (!r.owner.equals(owner)) {
            forget(r.link);
            r.link.close(MOVED, "room moved");
          }
        }
        return null;
      }));
    }
    return Future.join(checks).mapEmpty();
  }

  // The side owning the room.

  void toConnection(RemoteLink to, String frame) {
    publish(to.node(), Jsons.MAPPER.createObjectNode().put("k", "send").put("c", to.connection()).put("v", frame));
  }

  /** The connection now counts as a screen of the game: it receives the game's broadcasts. */
  void seat(RemoteLink to) {
    publish(to.node(), Jsons.MAPPER.createObjectNode().put("k", "seat").put("c", to.connection()));
  }

  void closeConnection(RemoteLink to, int code, String reason) {
    publish(to.node(), Jsons.MAPPER.createObjectNode().put("k", "close").put("c", to.connection())
        .put("code", code).put("v", reason));
  }

  /** One frame to every seated screen of the game on that server. */
  void toAll(String holder, long gameId, String frame) {
    publish(holder, Jsons.MAPPER.createObjectNode().put("k", "all").put("g", gameId).put("v", frame));
  }

  /** Keeps this server's presence alive: owners drop the screens of servers that stopped renewing it. */
  Future<Void> heartbeat() {
    return Future.fromCompletionStage(redis.async().psetex(alive(node), lease.toMillis(), "1"),
        vertx.getOrCreateContext()).mapEmpty();
  }

  /** The servers among these that are gone (no presence in Redis). */
  Future<Set<String>> gone(Set<String> nodes) {
    List<Future<String>> checks = new ArrayList<>();
    for (String n : nodes) {
      checks.add(Future.fromCompletionStage(redis.async().exists(alive(n)), vertx.getOrCreateContext())
          .map(count -> count == 0 ? n : null));
    }
    return Future.all(checks).map(all -> {
      Set<String> gone = new HashSet<>();
      for (Future<String> f : checks) {
        if (f.result() != null) {
          gone.add(f.result());
        }
      }
      return gone;
    });
  }

  // Receiving, on the Redis client's thread.

  private void receive(String text) {
    JsonNode m;
    try {
      m = Jsons.MAPPER.readTree(text);
    } catch (Exception e) {
      LOG.warn("Unreadable relay message ignored: {}", e.getMessage());
      return;
    }
    String kind = m.path("k").asText();
    switch (kind) {
      case "send", "seat", "close" -> toSocket(kind, m);
      case "all" -> toGame(m.path("g").asLong(), m.path("v").asText());
      default -> toOwnedRoom(kind, m);
    }
  }

  private void toSocket(String kind, JsonNode m) {
    Relayed r = relayed.get(m.path("c").asLong());
    if (r == null) {
      return;
    }
    switch (kind) {
      case "send" -> r.link.send(m.path("v").asText());
      case "seat" -> r.seated = true;
      default -> {
        forget(r.link);
        r.link.close(m.path("code").asInt(), m.path("v").asText());
      }
    }
  }

  private void toGame(long gameId, String frame) {
    Map<Long, Relayed> game = byGame.get(gameId);
    if (game == null) {
      return;
    }
    List<LocalLink> seated = new ArrayList<>(game.size());
    for (Relayed r : game.values()) {
      if (r.seated) {
        seated.add(r.link);
      }
    }
    LocalLink.sendAll(seated, frame, () -> { });
  }

  private void toOwnedRoom(String kind, JsonNode m) {
    long gameId = m.path("g").asLong();
    RemoteLink link = new RemoteLink(m.path("n").asText(), m.path("c").asLong(), gameId, this);
    LiveRoom room = rooms.apply(gameId);
    if (room == null) {
      if (!"closed".equals(kind)) {
        link.close(MOVED, "room moved");
      }
      return;
    }
    String value = m.path("v").asText(null);
    switch (kind) {
      case "join" -> room.join(link, value);
      case "reconnect" -> room.reconnect(link, value);
      case "host" -> room.host(link);
      case "frame" -> {
        try {
          room.frame(link, FrameReader.read(value));
        } catch (Exception e) {
          LOG.warn("Relayed frame that does not read ignored: {}", e.getMessage());
        }
      }
      case "closed" -> room.closed(link);
      default -> LOG.warn("Relay message of unknown kind '{}' ignored", kind);
    }
  }

  private void publish(String toNode, ObjectNode message) {
    redis.async().publish(channel(toNode), message.toString());
  }

  private String channel(String toNode) {
    return keys.of("node", toNode);
  }

  private String alive(String ofNode) {
    return keys.of("node", ofNode, "alive");
  }
}
