package vn.luatvui.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A bare HTTP/1.1 connection for tests that must control exactly what is sent, and when. */
final class RawHttp implements AutoCloseable {
  private final Socket socket;

  RawHttp(int port, int readTimeoutMillis) throws IOException {
    socket = new Socket("127.0.0.1", port);
    socket.setSoTimeout(readTimeoutMillis);
  }

  void send(String text) throws IOException {
    send(text.getBytes(StandardCharsets.UTF_8));
  }

  void send(byte[] bytes) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(bytes);
    out.flush();
  }

  /** The status line's code, or -1 when the server closed the connection without answering. */
  int status() throws IOException {
    InputStream in = socket.getInputStream();
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) != -1 && c != '\n') {
      line.append((char) c);
    }
    if (line.length() == 0) {
      return -1;
    }
    return Integer.parseInt(line.toString().split(" ")[1]);
  }

  /** True when the server closes the connection (reading gives end of stream, or a reset). */
  boolean closedByServer() {
    try {
      InputStream in = socket.getInputStream();
      while (in.read() != -1) {
        // drain whatever was answered
      }
      return true;
    } catch (java.net.SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true;
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
