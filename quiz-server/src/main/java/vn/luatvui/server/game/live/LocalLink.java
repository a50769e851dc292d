package vn.luatvui.server.game.live;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
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
import vn.luatvui.server.infra.EncodedFrames;

/**
 * A WebSocket held by this server, with the event loop it lives on: every write goes through that
 * loop's {@link LoopWrites}, so the screen receives frames in the order they were sent, whichever
 * thread sent them.
 * The id names the connection when it is relayed to a room owned by another server.
 *
 * @param writes the queue of {@code loop}, found once here rather than at every frame
 * @param encoded where a broadcast's frame, encoded once, enters the socket's pipeline
 *     ({@link EncodedFrames#entry}); null when it cannot, and the socket's own encoder frames it
 */
record LocalLink(long id, ServerWebSocket ws, Context loop, LoopWrites writes, ChannelHandlerContext encoded)
    implements Link {
  private static final AtomicLong IDS = new AtomicLong();

  /**
   * The link of a socket whose handler runs on {@code context}: a connection's own (duplicated)
   * context stands for its event loop, which is what a broadcast groups the sockets by. Made on
   * that loop.
   */
  static LocalLink of(ServerWebSocket ws, Context context) {
    Context loop = ((ContextInternal) context).unwrap();
    return new LocalLink(IDS.incrementAndGet(), ws, loop, LoopWrites.of(loop), EncodedFrames.entry(ws));
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
   * One frame to many sockets, encoded once: a socket that can take it is written the whole frame's
   * bytes as they are ({@link EncodedFrames}), another a view of the same UTF-8 text to frame itself.
   * The sockets are grouped by the event loop they live on and each loop writes to its own, so no
   * write hops threads on its own. {@code done} runs once every loop has written.
   */
  static void sendAll(Iterable<LocalLink> links, String frame, Runnable done) {
    byte[] bytes = frame.getBytes(StandardCharsets.UTF_8);
    boolean whole = bytes.length <= GameSockets.MAX_FRAME_BYTES_OUT;
    // Neither buffer is freed by a write: each socket's encoder releases what it is given, and a
    // duplicate shares the bytes, not the indexes. Vert.x 5.0 builds a text frame from bytes only internally.
    ByteBuf wire = whole ? EncodedFrames.text(bytes) : null;
    ByteBuf text = whole ? Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(bytes)) : null;
    Map<LoopWrites, List<LocalLink>> byLoop = new HashMap<>();
    for (LocalLink link : links) {
      byLoop.computeIfAbsent(link.writes(), w -> new ArrayList<>()).add(link);
    }
    if (byLoop.isEmpty()) {
      done.run();
      return;
    }
    AtomicInteger pending = new AtomicInteger(byLoop.size());
    byLoop.forEach((writes, sockets) -> writes.run(() -> {
      for (LocalLink link : sockets) {
        ServerWebSocket ws = link.ws();
        if (!whole) {
          ws.writeTextMessage(frame); // split into frames of the largest size
        } else if (link.encoded() == null) {
          ws.writeFrame(new WebSocketFrameImpl(WebSocketFrameType.TEXT, text.duplicate(), true));
        } else if (!ws.isClosed()) {
          EncodedFrames.write(link.encoded(), wire);
        }
      }
      if (pending.decrementAndGet() == 0) {
        done.run();
      }
    }));
  }
}
