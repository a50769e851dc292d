package vn.luatvui.server.support;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A WebSocket spoken byte by byte, for what a well-behaved client library will not send: text that
 * is not UTF-8, frames larger than the server takes, any opcode. Reads the server's frames back.
 */
public final class RawSocket implements AutoCloseable {
  public static final int TEXT = 1;
  public static final int BINARY = 2;
  public static final int CLOSE = 8;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A frame the server sent: its opcode and payload. */
  public record Frame(int opcode, byte[] payload) {
    public String text() {
      return new String(payload, StandardCharsets.UTF_8);
    }

    /** The close code of a close frame, or -1 when it carries none. */
    public int closeCode() {
      return payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : -1;
    }

    public String closeReason() {
      return payload.length > 2 ? new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8) : "";
    }
  }

  private final Socket socket;
  private final DataInputStream in;
  private final OutputStream out;

  private RawSocket(Socket socket) throws IOException {
    this.socket = socket;
    this.in = new DataInputStream(socket.getInputStream());
    this.out = socket.getOutputStream();
  }

  /** Opens /ws on the local server with a same-origin handshake; fails unless the server answers 101. */
  public static RawSocket open(int port) throws IOException {
    return open(port, "");
  }

  /** The same with more request headers, each line ending in CRLF ({@code "X-Forwarded-For: 10.0.0.7\r\n"}). */
  public static RawSocket open(int port, String headers) throws IOException {
    Socket socket = new Socket("127.0.0.1", port);
    socket.setSoTimeout(10_000);
    RawSocket raw = new RawSocket(socket);
    byte[] key = new byte[16];
    RANDOM.nextBytes(key);
    String request = "GET /ws HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(key) + "\r\nSec-WebSocket-Version: 13\r\n"
        + "Origin: http://127.0.0.1:" + port + "\r\n" + headers + "\r\n";
    raw.out.write(request.getBytes(StandardCharsets.US_ASCII));
    raw.out.flush();
    String head = raw.readHead();
    if (!head.startsWith("HTTP/1.1 101")) {
      socket.close();
      throw new IOException("Handshake refused: " + head.lines().findFirst().orElse(head));
    }
    return raw;
  }

  private String readHead() throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      head.write(b);
    }
    return head.toString(StandardCharsets.US_ASCII);
  }

  public RawSocket sendText(String text) throws IOException {
    return send(TEXT, text.getBytes(StandardCharsets.UTF_8));
  }

  /** One final, masked frame with this opcode and payload. */
  public RawSocket send(int opcode, byte[] payload) throws IOException {
    return sendFragment(opcode, payload, true);
  }

  /** One masked frame; {@code opcode} 0 continues a message, {@code last} ends it. */
  public RawSocket sendFragment(int opcode, byte[] payload, boolean last) throws IOException {
    ByteArrayOutputStream frame = new ByteArrayOutputStream();
    frame.write((last ? 0x80 : 0) | opcode);
    if (payload.length < 126) {
      frame.write(0x80 | payload.length);
    } else if (payload.length < 65536) {
      frame.write(0x80 | 126);
      frame.write(payload.length >> 8);
      frame.write(payload.length & 0xff);
    } else {
      frame.write(0x80 | 127);
      for (int shift = 56; shift >= 0; shift -= 8) {
        frame.write((int) ((long) payload.length >> shift) & 0xff);
      }
    }
    byte[] mask = new byte[4];
    RANDOM.nextBytes(mask);
    frame.write(mask);
    for (int i = 0; i < payload.length; i++) {
      frame.write(payload[i] ^ mask[i % 4]);
    }
    try {
      out.write(frame.toByteArray());
      out.flush();
    } catch (IOException e) {
      // The server may already have closed: what it said is read next.
    }
    return this;
  }

  /** The next frame from the server, or null when the connection ends (or stays silent 10 s). */
  public Frame read() throws IOException {
    try {
      int first = in.read();
      if (first < 0) {
        return null;
      }
      int second = in.readUnsignedByte();
      long length = second & 0x7f;
      if (length == 126) {
        length = in.readUnsignedShort();
      } else if (length == 127) {
        length = in.readLong();
      }
      byte[] payload = new byte[(int) length];
      in.readFully(payload);
      return new Frame(first & 0x0f, payload);
    } catch (SocketTimeoutException | java.io.EOFException | java.net.SocketException e) {
      return null;
    }
  }

  /** Reads until the server's close frame; its code, or -1 when the connection ended without one. */
  public Frame awaitClose() throws IOException {
    for (Frame f = read(); f != null; f = read()) {
      if (f.opcode() == CLOSE) {
        return f;
      }
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
