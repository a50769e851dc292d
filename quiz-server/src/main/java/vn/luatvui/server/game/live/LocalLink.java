package vn.luatvui.server.game.live;

import io.vertx.core.Context;
import io.vertx.core.http.ServerWebSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A WebSocket held by this server, with the event loop it lives on: every write goes through that
 * loop, so the screen receives frames in the order they were sent, whichever thread sent them.
 * The id names the connection when it is relayed to a room owned by another server.
 */
record LocalLink(long id, ServerWebSocket ws, Context loop) implements Link {
  private static final AtomicLong IDS = new AtomicLong();

  static LocalLink of(ServerWebSocket ws, Context loop) {
    return new LocalLink(IDS.incrementAndGet(), ws, loop);
  }

  @Override
  public void send(String frame) {
    loop.runOnContext(v -> ws.writeTextMessage(frame));
  }

  @Override
  public void close(int code, String reason) {
    loop.runOnContext(v -> ws.close((short) code, reason));
  }

  /**
   * One frame to many sockets: they are grouped by the event loop they live on and each loop writes
   * to its own, so no write hops threads on its own. {@code done} runs once every loop has written.
   */
  static void sendAll(Iterable<LocalLink> links, String frame, Runnable done) {
    Map<Context, List<ServerWebSocket>> byLoop = new HashMap<>();
    for (LocalLink link : links) {
      byLoop.computeIfAbsent(link.loop(), c -> new ArrayList<>()).add(link.ws());
    }
    if (byLoop.isEmpty()) {
      done.run();
      return;
    }
    AtomicInteger pending = new AtomicInteger(byLoop.size());
    byLoop.forEach((loop, sockets) -> loop.runOnContext(v -> {
      for (ServerWebSocket ws : sockets) {
        ws.writeTextMessage(frame);
      }
      if (pending.decrementAndGet() == 0) {
        done.run();
      }
    }));
  }
}
