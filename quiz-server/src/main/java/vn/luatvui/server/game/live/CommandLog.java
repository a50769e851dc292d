package vn.luatvui.server.game.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.lettuce.core.ScriptOutputType;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  /** Appends a command (ARGV[2]) while ARGV[1] owns the room (KEYS[1]); -1 otherwise. */
  private static final RedisScript APPEND = new RedisScript("""
      if redis.call('GET', KEYS[1]) ~= ARGV[1] then return -1 end
      local n = redis.call('RPUSH', KEYS[2], ARGV[2])
      if n == 1 then redis.call('EXPIRE', KEYS[2], ARGV[3]) end
      return n
      """, ScriptOutputType.INTEGER);
  private static final Map<String, Class<? extends RoomCommand>> TYPES = commandTypes();

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
    String covered = Long.toString(uncovered);
    uncovered = 0;
    return vertx.executeBlocking(() -> Jsons.write(state), true)
        .compose(json -> SNAPSHOT.<Long>runInOrder(vertx, redis, new String[] {stateKey, logKey, ownerKey}, json,
            Long.toString(TTL.toSeconds()), covered, node))
        .compose(this::owned);
  }

  /**
   * Logs a command; fails with {@link RoomLost} when this server no longer owns the room. Commands
   * reach Redis in the order they were logged.
   */
  Future<Void> append(RoomCommand command) {
    uncovered++;
    String entry = Jsons.write(new Entry(command.getClass().getSimpleName(), command));
    return APPEND.<Long>runInOrder(vertx, redis, new String[] {ownerKey, logKey}, node, entry,
        Long.toString(TTL.toSeconds())).compose(this::owned);
  }

  /** A logged command: its type's name and its fields. */
  private record Entry(String c, RoomCommand d) {
  }

  private Future<Void> owned(Long reply) {
    return reply != null && reply >= 0 ? Future.succeededFuture() : Future.failedFuture(new RoomLost(ownerKey));
  }

  /**
   * The room as it was: the last snapshot with the logged commands applied; null when there is no
   * snapshot. The next snapshot covers the replayed commands, so they are never applied twice.
   */
  Future<Room> restore() {
    return Future.fromCompletionStage(redis.async().get(stateKey), vertx.getOrCreateContext()).compose(json -> {
      if (json == null) {
        return Future.succeededFuture(null);
      }
      return Future.fromCompletionStage(redis.async().lrange(logKey, 0, -1), vertx.getOrCreateContext()).map(entries -> {
        Room room = Room.restore(Jsons.read(json, RoomState.class));
        for (RoomCommand command : commands(entries)) {
          try {
            room.handle(command);
          } catch (IllegalArgumentException ignored) {
            // refused the first time too; replaying it changes nothing
          }
        }
        uncovered = entries.size();
        return room;
      });
    });
  }

  private static List<RoomCommand> commands(List<String> entries) {
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
