package vn.luatvui.server.game.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.lettuce.core.ScriptOutputType;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.luatvui.server.game.room.Room;
import vn.luatvui.server.game.room.RoomCommand;
import vn.luatvui.server.game.room.RoomState;
import vn.luatvui.server.infra.RedisScript;
import vn.luatvui.server.json.Jsons;
import vn.luatvui.server.infra.RedisLink;

/**
 * A room's durable trail in Redis: a snapshot of its state at each phase change, and every command
 * applied since. After a restart, the room is the snapshot with the commands replayed (the room is
 * deterministic: each command carries its time), so nothing answered is lost.
 */
final class CommandLog {
  private static final Logger LOG = LoggerFactory.getLogger(CommandLog.class);
  private static final Duration TTL = Duration.ofDays(1);
  /**
   * Replaces the snapshot and drops the commands it covers (the first ARGV[3] of the log) in one step,
   * so a replay never applies a command twice and never misses one logged after the snapshot was taken.
   * Only while ARGV[4] owns the room (KEYS[3]); -1 otherwise.
   */
  private static final RedisScript SNAPSHOT = new RedisScript("""
      if redis.call('GET', KEYS[3]) ~= ARGV[4] then return -1 end
      redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
      redis.call('LTRIM', KEYS[2], tonumber(ARGV[3]), -1)
      return 1
      """, ScriptOutputType.INTEGER);
  /** Appends commands (ARGV[3] on) while ARGV[1] owns the room (KEYS[1]), the log kept ARGV[2] s; -1 otherwise. */
  private static final RedisScript APPEND = new RedisScript("""
      if redis.call('GET', KEYS[1]) ~= ARGV[1] then return -1 end
      local n = redis.call('RPUSH', KEYS[2], unpack(ARGV, 3))
      if n == #ARGV - 2 then redis.call('EXPIRE', KEYS[2], ARGV[2]) end
      return n
      """, ScriptOutputType.INTEGER);
  /** The most commands one append carries (Lua passes the arguments on its stack, a few thousand at most). */
  static final int MOST_PER_APPEND = 1_000;
  private static final Map<String, Class<? extends RoomCommand>> TYPES = commandTypes();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** The room's lease has passed to another server: this one must stop playing it. */
  static final class RoomLost extends IllegalStateException {
    RoomLost(String key) {
      super("The room's lease " + key + " is held by another server");
    }
  }

  private final Vertx vertx;
  private final RedisLink redis;
  private final String stateKey;
  private final String logKey;
  private final String ownerKey;
  private final String node;
  /** Commands appended since the last snapshot was taken (used on the room's thread only). */
  private long uncovered;
  /**
   * Commands logged in this turn of the room's thread, not yet sent, and what they wait on: sent
   * together in one script at the end of the turn (a room of thousands logs thousands of answers a
   * second; one script each would make Redis the bottleneck).
   */
  private final List<String> unsent = new ArrayList<>();
  private final List<Promise<Void>> waiting = new ArrayList<>();

  CommandLog(Vertx vertx, RedisLink redis, String stateKey, String logKey,
             String ownerKey, String node) {
    this.vertx = vertx;
    this.redis = redis;
    this.stateKey = stateKey;
    this.logKey = logKey;
    this.ownerKey = ownerKey;
    this.node = node;
  }

  /**
   * Saves the state (taken on the room's thread); the JSON is written on a worker thread, in order, so a
   * large room does not hold up its players. Commands logged meanwhile stay in the log. Fails with
   * {@link RoomLost} when this server no longer owns the room.
   */
  Future<Void> snapshot(RoomState state) {
    send(); // the commands the snapshot covers reach Redis before it trims them
    String covered = Long.toString(uncovered);
    uncovered = 0;
    return vertx.executeBlocking(() -> SnapshotCodec.pack(state), true)
        .compose(json -> SNAPSHOT.<Long>runInOrder(vertx, redis, new String[] {stateKey, logKey, ownerKey}, json,
            Long.toString(TTL.toSeconds()), covered, node))
        .compose(this::owned);
  }

  /**
   * Logs a command (called on the room's thread); fails with {@link RoomLost} when this server no
   * longer owns the room. Commands reach Redis in the order they were logged: those of one turn of
   * the room's thread together, at its end.
   */
  Future<Void> append(RoomCommand command) {
    uncovered++;
    if (unsent.isEmpty()) {
      vertx.getOrCreateContext().runOnContext(v -> send());
    }
    unsent.add(entry(command));
    Promise<Void> logged = Promise.promise();
    waiting.add(logged);
    if (unsent.size() >= MOST_PER_APPEND) {
      send();
    }
    return logged.future();
  }

  /** Sends the commands logged and not yet sent, in one script. */
  private void send() {
    if (unsent.isEmpty()) {
      return;
    }
    String[] args = new String[unsent.size() + 2];
    args[0] = node;
    args[1] = Long.toString(TTL.toSeconds());
    for (int i = 0; i < unsent.size(); i++) {
      args[i + 2] = unsent.get(i);
    }
    List<Promise<Void>> promises = List.copyOf(waiting);
    unsent.clear();
    waiting.clear();
    APPEND.<Long>runInOrder(vertx, redis, new String[] {ownerKey, logKey}, args).compose(this::owned)
        .onComplete(done -> promises.forEach(p -> p.handle(done)));
  }

  /** A logged command: its type's name and its fields. */
  private record Entry(String c, RoomCommand d) {
  }

  /** The command as the log holds it. */
  static String entry(RoomCommand command) {
    return Jsons.write(new Entry(command.getClass().getSimpleName(), command));
  }

  private Future<Void> owned(Long reply) {
    return reply != null && reply >= 0 ? Future.succeededFuture() : Future.failedFuture(new RoomLost(ownerKey));
  }

  /**
   * The room as it was: the last snapshot with the logged commands applied; null when there is no
   * snapshot. The next snapshot covers the replayed commands, so they are never applied twice.
   */
  Future<Room> restore() {
    long began = System.nanoTime();
    return Future.fromCompletionStage(redis.async().get(stateKey), vertx.getOrCreateContext()).compose(json -> {
      if (json == null) {
        return Future.succeededFuture(null);
      }
      // A large room's state and log take a while to read: on a worker, not on an event loop.
      return Future.fromCompletionStage(redis.async().lrange(logKey, 0, -1), vertx.getOrCreateContext())
          .compose(entries -> {
            long read = System.nanoTime();
            return vertx.executeBlocking(() -> {
              long started = System.nanoTime();
              long processorAtStart = THREADS.getCurrentThreadCpuTime();
              Room room = Room.restore(SnapshotCodec.unpack(json));
              long unpacked = System.nanoTime();
              long processor = THREADS.getCurrentThreadCpuTime() - processorAtStart;
              for (RoomCommand command : commands(entries)) {
                try {
                  room.handle(command);
                } catch (IllegalArgumentException ignored) {
                  // refused the first time too; replaying it changes nothing
                }
              }
              LOG.info("{}: snapshot of {} KB and {} command(s) read in {} ms; on a worker after {} ms, snapshot"
                      + " unpacked in {} ms ({} ms of processor time), commands replayed in {} ms", stateKey,
                  json.length() / 1024, entries.size(), millis(read - began), millis(started - read),
                  millis(unpacked - started), millis(processor), millis(System.nanoTime() - unpacked));
              return room;
            }, false).onSuccess(room -> uncovered = entries.size());
          });
    });
  }

  private static long millis(long nanos) {
    return nanos / 1_000_000;
  }

  /** The commands of log entries, in order. */
  static List<RoomCommand> commands(List<String> entries) {
    List<RoomCommand> commands = new ArrayList<>(entries.size());
    for (String entry : entries) {
      try {
        JsonNode node = Jsons.MAPPER.readTree(entry);
        commands.add(Jsons.MAPPER.treeToValue(node.get("d"), TYPES.get(node.get("c").asText())));
      } catch (JsonProcessingException | RuntimeException e) {
        throw new IllegalStateException("A logged room command does not read: " + entry, e);
      }
    }
    return commands;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Class<? extends RoomCommand>> commandTypes() {
    Map<String, Class<? extends RoomCommand>> types = new HashMap<>();
    List<Class<?>> pending = new ArrayList<>(List.of(RoomCommand.class.getPermittedSubclasses()));
    while (!pending.isEmpty()) {
      Class<?> type = pending.remove(pending.size() - 1);
      if (type.isRecord()) {
        types.put(type.getSimpleName(), (Class<? extends RoomCommand>) type);
      } else if (type.getPermittedSubclasses() != null) {
        pending.addAll(List.of(type.getPermittedSubclasses()));
      }
    }
    return Map.copyOf(types);
  }
}
