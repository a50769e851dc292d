package vn.luatvui.server.game.live;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.Context;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocketFrameType;
import io.vertx.core.http.impl.ws.WebSocketFrameImpl;
import io.vertx.core.internal.ContextInternal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A WebSocket held by this server, with the event loop it lives on: every write goes through that
 * loop's {@link LoopWrites}, so the screen receives frames in the order they were sent, whichever
 * thread sent them.
 * The id names the connection when it is relayed to a room owned by another server.
 *
 * @param writes the queue of {@code loop}, found once here rather than at every frame
 */
record LocalLink(long id, ServerWebSocket ws, Context loop, LoopWrites writes) implements Link {
  private static final AtomicLong IDS = new AtomicLong();

  /**
   * The link of a socket whose handler runs on {@code context}: a connection's own (duplicated)
   * context stands for its event loop, which is what a broadcast groups the sockets by.
   */
  static LocalLink of(ServerWebSocket ws, Context context) {
    Context loop = ((ContextInternal) context).unwrap();
    return new LocalLink(IDS.incrementAndGet(), ws, loop, LoopWrites.of(loop));
  }

  @Override
  public void send(String frame) {
    writes.run(() -> ws.writeTextMessage(frame));
  }

  @Override
  public void close(int code, String reason) {
    writes.run(() -> ws.close((short) code, reason));
  }

  /**
   * One frame to many sockets: encoded to UTF-8 once, every socket writing a view of the same bytes;
   * the sockets are grouped by the event loop they live on and each loop writes to its own, so no
   * write hops threads on its own. {@code done} runs once every loop has written.
   */
  static void sendAll(Iterable<LocalLink> links, String frame, Runnable done) {
    // Heap bytes that no write can free: each socket's encoder releases its frame, and a duplicate
    // shares the bytes, not the indexes. Vert.x 5.0 builds a text frame from bytes only internally.
    byte[] bytes = frame.getBytes(StandardCharsets.UTF_8);
    ByteBuf encoded = Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(bytes));
    boolean whole = bytes.length <= GameSockets.MAX_FRAME_BYTES_OUT;
    Map<LoopWrites, List<ServerWebSocket>> byLoop = new HashMap<>();
    for (LocalLink link : links) {
      byLoop.computeIfAbsent(link.writes(), w -> new ArrayList<>()).add(link.ws());
    }
    if (byLoop.isEmpty()) {
      done.run();
      return;
    }
    AtomicInteger pending = new AtomicInteger(byLoop.size());
    byLoop.forEach((writes, sockets) -> writes.run(() -> {
      for (ServerWebSocket ws : sockets) {
        if (whole) {
          ws.writeFrame(new WebSocketFrameImpl(WebSocketFrameType.TEXT, encoded.duplicate(), true));
        } else {
          ws.writeTextMessage(frame); // split into frames of the largest size
        }
      }
      if (pending.decrementAndGet() == 0) {
        done.run();
      }
    }));
  }
}
