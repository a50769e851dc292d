package vn.luatvui.server.game.live;

import io.vertx.core.Context;
import io.vertx.core.http.ServerWebSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import vn.luatvui.server.metrics.Meters;

/**
 * Who is connected to a room: each player's socket and the event loop it lives on, and the host's
 * screens. Used only on the room's thread. Every write to a player goes through the socket's own
 * event loop, so each player receives frames in the order the room produced them.
 */
final class Connections {
  private final Meters meters;
  private final Map<ServerWebSocket, Integer> playerOf = new HashMap<>();
  private final Map<Integer, ServerWebSocket> socketOf = new HashMap<>();
  private final Map<ServerWebSocket, Context> loopOf = new HashMap<>();
  private final Set<ServerWebSocket> hosts = new LinkedHashSet<>();

  Connections(Meters meters) {
    this.meters = meters;
  }

  /** A socket about to join or reconnect, with the event loop it lives on. */
  void arriving(ServerWebSocket ws, Context loop) {
    loopOf.put(ws, loop);
  }

  void addHost(ServerWebSocket ws) {
    hosts.add(ws);
  }

  boolean seated(ServerWebSocket ws) {
    return hosts.contains(ws) || playerOf.containsKey(ws);
  }

  boolean isHost(ServerWebSocket ws) {
    return hosts.contains(ws);
  }

  /** The player on this socket, or null. */
  Integer player(ServerWebSocket ws) {
    return playerOf.get(ws);
  }

  /** Seats the player on this socket; an older socket of the same player is closed. */
  void bind(ServerWebSocket ws, int playerId) {
    ServerWebSocket previous = socketOf.put(playerId, ws);
    playerOf.put(ws, playerId);
    if (previous == null) {
      meters.playersConnected().incrementAndGet();
    } else if (previous != ws) {
      playerOf.remove(previous);
      close(previous, 4000, "connected elsewhere");
    }
  }

  /** Forgets a closed socket; returns the player who was on it, or null (a host, or a replaced socket). */
  Integer closed(ServerWebSocket ws) {
    hosts.remove(ws);
    loopOf.remove(ws);
    Integer playerId = playerOf.remove(ws);
    if (playerId != null && socketOf.get(playerId) == ws) {
      socketOf.remove(playerId);
      meters.playersConnected().decrementAndGet();
      return playerId;
    }
    return null;
  }

  /** Sends the frame to the player, if connected; with {@code thenClose}, closes the socket after it. */
  void toPlayer(int playerId, String frame, boolean thenClose) {
    ServerWebSocket ws = socketOf.get(playerId);
    if (ws == null) {
      return;
    }
    write(ws, frame);
    if (thenClose) {
      socketOf.remove(playerId);
      playerOf.remove(ws);
      meters.playersConnected().decrementAndGet();
      close(ws, 4001, "kicked");
      loopOf.remove(ws);
    }
  }

  void toHosts(String frame) {
    hosts.forEach(h -> h.writeTextMessage(frame));
  }

  /**
   * One encoded frame to every connected screen: the sockets are grouped by the event loop they live
   * on and each loop writes to its own sockets, so no write has to hop threads one by one.
   */
  void toEveryone(String frame) {
    long start = System.nanoTime();
    Map<Context, List<ServerWebSocket>> byLoop = new HashMap<>();
    for (ServerWebSocket ws : socketOf.values()) {
      byLoop.computeIfAbsent(loopOf.get(ws), c -> new ArrayList<>()).add(ws);
    }
    AtomicInteger pending = new AtomicInteger(byLoop.size());
    byLoop.forEach((loop, sockets) -> loop.runOnContext(v -> {
      for (ServerWebSocket ws : sockets) {
        ws.writeTextMessage(frame);
      }
      if (pending.decrementAndGet() == 0) {
        meters.broadcastLatency().record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
      }
    }));
    toHosts(frame);
  }

  /** Writes on the socket's own event loop, behind any broadcast already queued there. */
  void write(ServerWebSocket ws, String frame) {
    Context loop = loopOf.get(ws);
    if (loop == null) {
      ws.writeTextMessage(frame);
    } else {
      loop.runOnContext(v -> ws.writeTextMessage(frame));
    }
  }

  private void close(ServerWebSocket ws, int code, String reason) {
    Context loop = loopOf.get(ws);
    if (loop == null) {
      ws.close((short) code, reason);
    } else {
      loop.runOnContext(v -> ws.close((short) code, reason));
    }
  }
}
