package vn.luatvui.server.game.live;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocketFrame;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Puts one connection's WebSocket frames together into text messages, as RFC 6455 asks: a message
 * longer than {@link #MAX_MESSAGE_BYTES} closes the connection with 1009, text that is not UTF-8
 * with 1007, each with its reason; a binary message is reported once. Control frames are the
 * WebSocket's own business (Vert.x answers pings and closes).
 */
final class MessageReader {
  /** The longest message a client may send, in bytes on the wire. */
  static final int MAX_MESSAGE_BYTES = 8 * 1024;
  static final short TOO_BIG = 1009;
  static final short NOT_UTF8 = 1007;

  /** Where whole messages go. */
  interface Sink {
    void text(String message);

    void binary();

    void close(short code, String reason);
  }

  private final Sink sink;
  private Buffer pending;
  private boolean binary;
  private boolean closed;

  MessageReader(Sink sink) {
    this.sink = sink;
  }

  void frame(WebSocketFrame frame) {
    if (closed || !(frame.isText() || frame.isBinary() || frame.isContinuation())) {
      return;
    }
    if (!frame.isContinuation()) {
      binary = frame.isBinary();
      pending = null;
    }
    if (binary) {
      if (!frame.isContinuation()) {
        sink.binary();
      }
      return;
    }
    Buffer data = frame.binaryData();
    int length = (pending == null ? 0 : pending.length()) + data.length();
    if (length > MAX_MESSAGE_BYTES) {
      refuse(TOO_BIG, "message larger than " + MAX_MESSAGE_BYTES + " bytes");
      return;
    }
    if (!frame.isFinal()) {
      pending = pending == null ? Buffer.buffer(length).appendBuffer(data) : pending.appendBuffer(data);
      return;
    }
    Buffer message = pending == null ? data : pending.appendBuffer(data);
    pending = null;
    try {
      sink.text(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(message.getBytes())).toString());
    } catch (CharacterCodingException e) {
      refuse(NOT_UTF8, "text frame is not valid UTF-8");
    }
  }

  private void refuse(short code, String reason) {
    closed = true;
    pending = null;
    sink.close(code, reason);
  }
}
