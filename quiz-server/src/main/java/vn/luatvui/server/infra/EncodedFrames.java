package vn.luatvui.server.infra;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.websocketx.WebSocketFrameEncoder;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketExtensionEncoder;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.internal.http.WebSocketInternal;
import java.nio.ByteBuffer;

/**
 * One text frame encoded for the wire once, written as it is to many sockets.
 *
 * <p>A server's frames are not masked (RFC 6455, 5.1), so a text frame is the same bytes on every
 * socket that neither compresses nor otherwise transforms its frames. A broadcast builds them once
 * ({@link #text}) and writes a view of them into each socket's pipeline just past its WebSocket
 * encoder ({@link #entry}): no frame object, header buffer or copy per socket, and the bytes sit in
 * direct memory the transport writes from without copying them first.
 */
public final class EncodedFrames {
  /** FIN set, opcode 1 (text). */
  private static final int FIN_TEXT = 0x81;

  private EncodedFrames() {
  }

  /**
   * Where frames from {@link #text} enter the socket's pipeline: the context of its WebSocket frame
   * encoder, so that what is written there goes on to the network without it. Null when the socket
   * cannot take them: its frames go through an extension (compression), its writes may wait in Vert.x's
   * own queue (they would then be overtaken, see {@link SocketWrites#direct}), or it is not a Netty one.
   * Call it on the socket's event loop.
   */
  public static ChannelHandlerContext entry(ServerWebSocket ws) {
    if (!(ws instanceof WebSocketInternal socket) || !SocketWrites.isDirect(ws)) {
      return null;
    }
    ChannelPipeline pipeline = socket.channelHandlerContext().pipeline();
    if (pipeline.context(WebSocketExtensionEncoder.class) != null) {
      return null;
    }
    return pipeline.context(WebSocketFrameEncoder.class);
  }

  /**
   * The whole frame (header and {@code payload}, UTF-8 text) as one buffer no write releases: each
   * socket writes a {@link ByteBuf#duplicate() duplicate}, and the memory goes with the last view.
   */
  public static ByteBuf text(byte[] payload) {
    int length = payload.length;
    int header = length <= 125 ? 2 : length <= 0xFFFF ? 4 : 10;
    ByteBuffer frame = ByteBuffer.allocateDirect(header + length);
    frame.put((byte) FIN_TEXT);
    if (length <= 125) {
      frame.put((byte) length);
    } else if (length <= 0xFFFF) {
      frame.put((byte) 126).putShort((short) length);
    } else {
      frame.put((byte) 127).putLong(length);
    }
    frame.put(payload).flip();
    return Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(frame));
  }

  /** Writes {@code frame} (from {@link #text}) at {@code entry} (from {@link #entry}); on the socket's event loop. */
  public static void write(ChannelHandlerContext entry, ByteBuf frame) {
    entry.writeAndFlush(frame.duplicate(), entry.voidPromise());
  }
}
