package vn.luatvui.server.game.live;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.luatvui.server.infra.RedisKeys;
import vn.luatvui.server.json.Jsons;
import vn.luatvui.server.infra.RedisLink;
import vn.luatvui.server.infra.RelayConnections;

/**
 * Players and hosts connected to one server while their room is owned by another: their frames
 * travel through Redis pub/sub, one channel per server. A server relays its sockets' frames to the
 * owner's channel ({@link RemoteRoom}); the owner writes to those sockets through the holder's
 * channel ({@link RemoteLink}), a broadcast once per server rather than once per socket.
 *
 * <p>The server holding a socket stamps each answer with the time it received it and keeps it
 * until the owner says it is in the room's log; when the room changes owner (its server died or
 * stopped), the socket stays open and is seated again on the new owner (with the player's token, or
 * as the host), and the answers not yet logged are sent again with their stamps. When the new
 * owner is this server, the sockets go straight to the room.
 *
 * <p>A server's messages for another go out together, once per turn of the relay's event loop: one
 * publish carries a JSON array of them (at most {@link #BATCH_CHARS} characters), in the order they
 * were made; a broadcast to a game's screens goes at once, with those queued before it. A room of
 * thousands relays thousands of answers, acknowledgements and frames a second; one publish each
 * would make Redis and the servers' reading of it the bottleneck.
 *
 * <p>Messages are small JSON objects: {@code k} the kind, {@code g} the game, {@code n} the sending
 * server, {@code c} the connection on the server that holds it, {@code v} the payload, {@code t}
 * an answer's receive stamp (epoch ms) and {@code s} its number, {@code h} a host's seat.
 */
final class RoomRelay {
  private static final Logger LOG = LoggerFactory.getLogger(RoomRelay.class);
  static final int MOVED = 4002;
  /** How often a server renews its presence in Redis. */
  static final Duration BEAT = Duration.ofMillis(250);
  /**
   * How often a server looks at the presence of the servers playing the rooms its sockets are relayed
   * to: one round trip to Redis each time, so a dead owner is seen at most this long after it counts
   * as gone.
   */
  static final Duration WATCH = Duration.ofMillis(100);
  /** How long a presence lasts without renewal: a server silent this long counts as gone. */
  static final Duration PRESENCE = Duration.ofMillis(1000);
  /**
   * How long after its last renewal a server whose presence connection is closed still counts as
   * present: a reconnection after a blip of the network or of Redis takes less.
   */
  static final Duration CLOSED_GRACE = Duration.ofMillis(400);
  /** How long a server's last sign of life is kept, to extend a question by the outage after its death. */
  private static final Duration LAST_SEEN_KEPT = Duration.ofMinutes(10);
  /** The most characters one publish carries (several messages; a single larger one goes alone). */
  static final int BATCH_CHARS = 256 * 1024;
  private static final String OWNER_GONE = Frames.error("UNAVAILABLE",
      "Máy chủ của phòng chơi vừa ngừng; phòng đang chuyển sang máy chủ khác, hãy giữ nguyên màn hình này.");

  /** An answer relayed and not yet in the room's log: the frame and when this server received it. */
  private record Pending(String frame, long stamp) {
  }

  /** A socket of this server relayed to a room on another. */
  private static final class Relayed {
    final LocalLink link;
    final long gameId;
    volatile String owner;
    volatile boolean seated;
    /** How the socket is seated again on a new owner: the player's token, the host, or a pending join. */
    volatile String token;
    volatile String nickname;
    /** The unit the pending join named, if any. */
    volatile Long unitId;
    volatile boolean host;
    final Map<Long, Pending> answers = new ConcurrentSkipListMap<>();

    Relayed(LocalLink link, long gameId, String owner) {
      this.link = link;
      this.gameId = gameId;
      this.owner = owner;
    }
  }

  /** Messages made for one server and not yet published. */
  private static final class Outgoing {
    final Queue<String> messages = new ConcurrentLinkedQueue<>();
    final AtomicBoolean scheduled = new AtomicBoolean();
  }

  private final Vertx vertx;
  private final RedisLink redis;
  private final RedisLink presence;
  private final StatefulRedisPubSubConnection<String, String> subscriber;
  /**
   * The relay's event loop: where the messages for other servers are gathered and published, and where
   * those received are read, each in order.
   */
  private final Context loop;
  private final Map<String, Outgoing> outgoing = new ConcurrentHashMap<>();
  private final RedisKeys keys;
  private final String node;
  private final Map<Long, Relayed> relayed = new ConcurrentHashMap<>();
  /** The frame {@link #quoted} quoted last. */
  private volatile Quoted lastQuoted;
  private final Map<Long, Map<Long, Relayed>> byGame = new ConcurrentHashMap<>();
  /** Games whose screens here were told their room's server is away, until they are seated again. */
  private final Set<Long> away = ConcurrentHashMap.newKeySet();
  private final AtomicLong answerNumbers = new AtomicLong();
  private LongFunction<LiveRoom> rooms = id -> null;
  private LongPredicate opening = id -> false;
  private BiConsumer<Long, String> ownerLeft = (g, n) -> { };
  /**
   * Messages for rooms this server is taking over, kept until the room is open here. Answered with
   * "left" instead, every message of every screen of a surviving server would send that server's
   * screens here again, a thousand times over in a large room.
   */
  private final Map<Long, List<JsonNode>> waiting = new HashMap<>();

  RoomRelay(Vertx vertx, RedisLink redis, RelayConnections connections, RedisKeys keys, String node) {
    this.vertx = vertx;
    this.redis = redis;
    this.presence = connections.presence();
    this.subscriber = connections.subscriber();
    this.loop = vertx.getOrCreateContext();
    this.keys = keys;
    this.node = node;
  }

  String node() {
    return node;
  }

  /**
   * Listens on this server's channel; frames for rooms go to the room {@code rooms} finds here (or
   * wait while {@code opening} says the room is being taken over here, see {@link #opened}), and
   * {@code ownerLeft} hears of a room whose owner left it (game, the server that left).
   */
  Future<Void> start(LongFunction<LiveRoom> rooms, LongPredicate opening, BiConsumer<Long, String> ownerLeft) {
    this.rooms = rooms;
    this.opening = opening;
    this.ownerLeft = ownerLeft;
    subscriber.addListener(new RedisPubSubAdapter<>() {
      @Override
      public void message(String channel, String message) {
        // Read on the relay's event loop, in the order received: the Redis client's I/O thread, which
        // also carries the other connections' replies, is left free at once.
        loop.runOnContext(v -> receive(message));
      }
    });
    return heartbeat().compose(v -> Future.fromCompletionStage(subscriber.async().subscribe(channel(node)),
        vertx.getOrCreateContext()));
  }

  // The side holding the socket.

  /** Sends a socket's join to the room's owner, with the unit the player named (or null). */
  void join(String owner, long gameId, LocalLink link, String nickname, Long unitId) {
    track(owner, gameId, link).unitId = unitId;
    toRoom(owner, gameId, link, "join", nickname);
  }

  /** Sends a socket's step to the room's owner (where it was found): join, reconnect, host or closed. */
  void toRoom(String owner, long gameId, LocalLink link, String kind, String value) {
    if ("closed".equals(kind)) {
      Relayed r = forget(link);
      String to = r != null ? r.owner : owner;
      LiveRoom local = rooms.apply(gameId);
      if (local != null) {
        local.closed(link);
      } else {
        publish(to, message(kind, gameId, link, value));
      }
      return;
    }
    Relayed r = track(owner, gameId, link);
    switch (kind) {
      case "join" -> r.nickname = value;
      case "reconnect" -> r.token = value;
      case "host" -> r.host = true;
      default -> {
      }
    }
    synchronized (r) {
      deliver(r, kind, value, 0, -1);
    }
  }

  /** A frame of a socket whose room is elsewhere; an answer is stamped now and kept until logged. */
  void frame(String owner, long gameId, LocalLink link, ClientFrame frame) {
    Relayed r = track(owner, gameId, link);
    if (frame instanceof ClientFrame.Join j) {
      r.nickname = j.nickname();
      r.unitId = j.unitId();
    } else if (frame instanceof ClientFrame.Reconnect again) {
      r.token = again.token();
    }
    synchronized (r) {
      LiveRoom local = rooms.apply(gameId);
      if (local != null) {
        local.frame(link, frame);
        return;
      }
      if (frame instanceof ClientFrame.Answer) {
        long number = answerNumbers.incrementAndGet();
        long stamp = System.currentTimeMillis();
        String text = FrameReader.write(frame);
        r.answers.put(number, new Pending(text, stamp));
        deliver(r, "frame", text, stamp, number);
      } else if (away.contains(gameId)) {
        link.send(OWNER_GONE);
      } else {
        deliver(r, "frame", FrameReader.write(frame), 0, -1);
      }
    }
  }

  private Relayed track(String owner, long gameId, LocalLink link) {
    return relayed.computeIfAbsent(link.id(), id -> {
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

  /** One step to the room, wherever it is now: here (straight to it) or on its owner. Called holding {@code r}. */
  private void deliver(Relayed r, String kind, String value, long stamp, long number) {
    LiveRoom local = rooms.apply(r.gameId);
    if (local == null) {
      ObjectNode m = message(kind, r.gameId, r.link, value);
      if (number >= 0) {
        m.put("t", stamp).put("s", number);
      }
      if ("join".equals(kind) && r.unitId != null) {
        m.put("u", r.unitId);
      }
      publish(r.owner, m);
      return;
    }
    switch (kind) {
      case "join" -> local.join(r.link, value, r.unitId);
      case "reconnect" -> local.reconnect(r.link, value);
      case "host" -> local.host(r.link);
      case "frame" -> {
        try {
          local.frame(r.link, FrameReader.read(value), stamp, number < 0 ? null : () -> r.answers.remove(number));
        } catch (FrameReader.Refused e) {
          r.answers.remove(number); // written here from a frame read here: cannot happen
        }
      }
      default -> {
      }
    }
  }

  private ObjectNode message(String kind, long gameId, LocalLink link, String value) {
    ObjectNode message = Jsons.MAPPER.createObjectNode().put("k", kind).put("g", gameId).put("n", node)
        .put("c", link.id());
    if (value != null) {
      message.put("v", value);
    }
    return message;
  }

  private Relayed forget(LocalLink link) {
    Relayed r = relayed.remove(link.id());
    if (r != null) {
      byGame.computeIfPresent(r.gameId, (g, sockets) -> {
        sockets.remove(link.id());
        return sockets.isEmpty() ? null : sockets;
      });
    }
    return r;
  }

  /** The games relayed from here, by the server they are relayed to (this one's excluded). */
  Map<String, Set<Long>> relayedByOwner() {
    Map<String, Set<Long>> owners = new HashMap<>();
    byGame.forEach((gameId, sockets) -> {
      String last = null; // a game's sockets nearly always share one owner: looked up once, not per socket
      for (Relayed r : sockets.values()) {
        String owner = r.owner;
        if (!owner.equals(last) && !node.equals(owner)) {
          owners.computeIfAbsent(owner, o -> new HashSet<>()).add(gameId);
        }
        last = owner;
      }
    });
    return owners;
  }

  /** Tells the screens of a game relayed from here, once, that its server is away and they should wait. */
  void ownerAway(long gameId) {
    if (away.add(gameId)) {
      List<LocalLink> links = new ArrayList<>();
      byGame.getOrDefault(gameId, Map.of()).values().forEach(r -> links.add(r.link));
      LocalLink.sendAll(links, OWNER_GONE, () -> { });
    }
  }

  /**
   * The game is played on {@code owner} now (this server, or another): each of its sockets here that
   * was relayed elsewhere is seated there again, keeping its connection, and its answers not yet
   * logged are sent again with their stamps. Sockets already relayed there are left alone unless
   * {@code again} (the owner said it did not have the room yet).
   */
  void rebind(long gameId, String owner, boolean again) {
    away.remove(gameId);
    for (Relayed r : List.copyOf(byGame.getOrDefault(gameId, Map.of()).values())) {
      synchronized (r) {
        if (owner.equals(r.owner) && !again) {
          continue;
        }
        r.owner = owner;
        r.seated = false;
        if (r.host) {
          deliver(r, "host", null, 0, -1);
        } else if (r.token != null) {
          deliver(r, "reconnect", r.token, 0, -1);
        } else if (r.nickname != null) {
          deliver(r, "join", r.nickname, 0, -1);
        }
        r.answers.forEach((number, p) -> deliver(r, "frame", p.frame(), p.stamp(), number));
      }
    }
  }

  /** Closes the sockets of a game that is over or gone: they reconnect and learn what became of it. */
  void closeGame(long gameId, int code, String reason) {
    away.remove(gameId);
    for (Relayed r : List.copyOf(byGame.getOrDefault(gameId, Map.of()).values())) {
      forget(r.link);
      r.link.close(code, reason);
    }
  }

  // The side owning the room.

  void toConnection(RemoteLink to, String frame) {
    publish(to.node(), "{\"k\":\"send\",\"c\":" + to.connection() + ",\"v\":" + quoted(frame) + "}");
  }

  /**
   * The frame as a JSON string. The last one is kept: after a takeover the room catches thousands of
   * screens up with one and the same frame, quoted once.
   */
  private String quoted(String frame) {
    Quoted last = lastQuoted;
    if (last != null && last.frame() == frame) {
      return last.json();
    }
    StringBuilder json = new StringBuilder(frame.length() + 16).append('"');
    JsonStringEncoder.getInstance().quoteAsString(frame, json);
    String quoted = json.append('"').toString();
    lastQuoted = new Quoted(frame, quoted);
    return quoted;
  }

  private record Quoted(String frame, String json) {
  }

  /**
   * The connection now counts as a screen of the game: it receives the game's broadcasts. A
   * player's token goes with it ({@code null} for a host), to seat the screen again after a takeover.
   */
  void seat(RemoteLink to, String token) {
    ObjectNode m = Jsons.MAPPER.createObjectNode().put("k", "seat").put("c", to.connection());
    if (token != null) {
      m.put("t", token);
    }
    publish(to.node(), m);
  }

  /** A relayed answer (number {@code number} of its server) is in the room's log. */
  void acknowledge(RemoteLink to, long number) {
    publish(to.node(), Jsons.MAPPER.createObjectNode().put("k", "ack").put("c", to.connection()).put("s", number));
  }

  void closeConnection(RemoteLink to, int code, String reason) {
    publish(to.node(), Jsons.MAPPER.createObjectNode().put("k", "close").put("c", to.connection())
        .put("code", code).put("v", reason));
  }

  /** One frame to every seated screen of the game on that server. */
  void toAll(String holder, long gameId, String frame) {
    Outgoing out = queue(holder, Jsons.MAPPER.createObjectNode().put("k", "all").put("g", gameId).put("v", frame));
    send(holder, out); // a broadcast (a question opening for thousands) goes now, behind what was queued before it
  }

  /** The room is leaving this server: the holder seats its screens on the next owner. */
  void ownerLeft(String holder, long gameId) {
    publish(holder, Jsons.MAPPER.createObjectNode().put("k", "left").put("g", gameId).put("n", node));
  }

  // Presence.

  /**
   * Keeps this server's presence alive (it lapses {@link #PRESENCE} after the last renewal, and the
   * others then take its rooms over), and records when this server was last seen.
   */
  Future<Void> heartbeat() {
    long now = System.currentTimeMillis();
    var commands = presence.async();
    var alive = commands.psetex(aliveKey(node), PRESENCE.toMillis(), "1");
    commands.psetex(lastSeenKey(node), LAST_SEEN_KEPT.toMillis(), Long.toString(now));
    return Future.fromCompletionStage(alive, vertx.getOrCreateContext()).mapEmpty();
  }

  /** Renews the presence from any thread, without waiting for Redis's reply. */
  void renewPresence() {
    try {
      var commands = presence.async();
      commands.psetex(aliveKey(node), PRESENCE.toMillis(), "1");
      commands.psetex(lastSeenKey(node), LAST_SEEN_KEPT.toMillis(), Long.toString(System.currentTimeMillis()));
    } catch (RuntimeException e) {
      LOG.warn("Renewing this server's presence failed: {}", e.getMessage());
    }
  }

  /**
   * Whether a server is present: it renewed its presence within {@link #PRESENCE}, and its presence
   * connection is open or it renewed within {@link #CLOSED_GRACE}. A process that ends (killed, crashed)
   * closes its connections at once, so it is seen gone well before its presence lapses. (Not in a
   * Redis Cluster, where each node lists only its own clients; nor where {@code CLIENT LIST} is not
   * allowed.)
   */
  Future<Boolean> alive(String ofNode) {
    var context = vertx.getOrCreateContext();
    var commands = presence.async();
    // Sent together, one round trip: a busy server's event loop would add its delay to each.
    Future<Long> present = Future.fromCompletionStage(commands.exists(aliveKey(ofNode)), context);
    if (presence.cluster()) {
      return present.map(count -> count > 0);
    }
    Future<String> clients = Future.fromCompletionStage(commands.clientList(), context).otherwise((String) null);
    Future<String> seen = Future.fromCompletionStage(commands.get(lastSeenKey(ofNode)), context);
    String name = " name=" + RelayConnections.presenceName(ofNode) + " ";
    return Future.all(present, clients, seen).map(all -> present.result() > 0
        // CLIENT LIST refused (an ACL): the lapse alone decides
        && (clients.result() == null || clients.result().contains(name)
        || seen.result() != null && System.currentTimeMillis() - Long.parseLong(seen.result()) < CLOSED_GRACE.toMillis()));
  }

  /** When a server last renewed its presence (epoch ms by its clock), or 0 when not known. */
  Future<Long> lastSeen(String ofNode) {
    return Future.fromCompletionStage(presence.async().get(lastSeenKey(ofNode)), vertx.getOrCreateContext())
        .map(v -> v == null ? 0L : Long.parseLong(v));
  }

  /** The servers among these that are gone (no presence in Redis). */
  Future<Set<String>> gone(Set<String> nodes) {
    List<Future<String>> checks = new ArrayList<>();
    for (String n : nodes) {
      checks.add(alive(n).map(present -> present ? null : n));
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

  // Receiving, on the relay's event loop.

  private void receive(String text) {
    JsonNode messages;
    try {
      messages = Jsons.MAPPER.readTree(text);
    } catch (Exception e) {
      LOG.warn("Unreadable relay message ignored: {}", e.getMessage());
      return;
    }
    if (messages.isArray()) {
      messages.forEach(this::receive);
    } else {
      receive(messages);
    }
  }

  private void receive(JsonNode m) {
    String kind = m.path("k").asText();
    switch (kind) {
      case "send", "seat", "close", "ack" -> toSocket(kind, m);
      case "all" -> toGame(m.path("g").asLong(), m.path("v").asText());
      case "left" -> ownerLeft.accept(m.path("g").asLong(), m.path("n").asText());
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
      case "seat" -> {
        r.seated = true;
        if (m.hasNonNull("t")) {
          r.token = m.path("t").asText();
          r.nickname = null;
        }
      }
      case "ack" -> r.answers.remove(m.path("s").asLong());
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
    synchronized (waiting) {
      List<JsonNode> queued = waiting.get(gameId);
      if (queued != null || opening.test(gameId)) {
        // In order behind the ones already waiting, until the room is open here.
        waiting.computeIfAbsent(gameId, id -> new ArrayList<>()).add(m);
        return;
      }
    }
    deliverToOwnedRoom(kind, m);
  }

  /**
   * Taking the game over here has ended (the room is open here, or not): the messages kept for it
   * go to the room in the order they came, or are answered "left" as any message for a room not here.
   */
  void opened(long gameId) {
    synchronized (waiting) {
      List<JsonNode> queued = waiting.remove(gameId);
      if (queued != null) {
        queued.forEach(m -> deliverToOwnedRoom(m.path("k").asText(), m));
      }
    }
  }

  private void deliverToOwnedRoom(String kind, JsonNode m) {
    long gameId = m.path("g").asLong();
    RemoteLink link = new RemoteLink(m.path("n").asText(), m.path("c").asLong(), gameId, this);
    LiveRoom room = rooms.apply(gameId);
    if (room == null) {
      if (!"closed".equals(kind)) {
        // Not (or no longer, or not yet) played here: the holder looks for the room's owner again.
        ownerLeft(link.node(), gameId);
      }
      return;
    }
    String value = m.path("v").asText(null);
    switch (kind) {
      case "join" -> room.join(link, value, m.hasNonNull("u") ? m.get("u").asLong() : null);
      case "reconnect" -> room.reconnect(link, value);
      case "host" -> room.host(link);
      case "frame" -> {
        ClientFrame frame;
        try {
          frame = FrameReader.read(value);
        } catch (Exception e) {
          LOG.warn("Relayed frame that does not read ignored: {}", e.getMessage());
          return;
        }
        long number = m.path("s").asLong(-1);
        room.frame(link, frame, m.path("t").asLong(0), number < 0 ? null : () -> acknowledge(link, number));
      }
      case "closed" -> room.closed(link);
      default -> LOG.warn("Relay message of unknown kind '{}' ignored", kind);
    }
  }

  /** Queues a message for a server; the relay's event loop publishes it with the others made meanwhile. */
  private void publish(String toNode, ObjectNode message) {
    publish(toNode, message.toString());
  }

  private void publish(String toNode, String message) {
    Outgoing out = queue(toNode, message);
    if (out.scheduled.compareAndSet(false, true)) {
      loop.runOnContext(v -> send(toNode, out));
    }
  }

  private Outgoing queue(String toNode, ObjectNode message) {
    return queue(toNode, message.toString());
  }

  private Outgoing queue(String toNode, String message) {
    Outgoing out = outgoing.computeIfAbsent(toNode, n -> new Outgoing());
    out.messages.add(message);
    return out;
  }

  /** Publishes the messages queued for a server, as few JSON arrays as {@link #BATCH_CHARS} allows. */
  private void send(String toNode, Outgoing out) {
    String channel = channel(toNode);
    // One sender at a time per server (the relay's loop, or a broadcast's thread), so batches keep their order.
    synchronized (out) {
      out.scheduled.set(false); // a message queued from now on is sent by the next turn, if not by this one
      StringBuilder batch = new StringBuilder();
      String message;
      while ((message = out.messages.poll()) != null) {
        if (batch.length() > 0 && batch.length() + message.length() + 2 > BATCH_CHARS) {
          redis.async().publish(channel, batch.append(']').toString());
          batch.setLength(0);
        }
        batch.append(batch.length() == 0 ? '[' : ',').append(message);
      }
      if (batch.length() > 0) {
        redis.async().publish(channel, batch.append(']').toString());
      }
    }
  }

  private String channel(String toNode) {
    return keys.of("node", toNode);
  }

  private String aliveKey(String ofNode) {
    return keys.of("node", ofNode, "alive");
  }

  private String lastSeenKey(String ofNode) {
    return keys.of("node", ofNode, "seen");
  }
}
