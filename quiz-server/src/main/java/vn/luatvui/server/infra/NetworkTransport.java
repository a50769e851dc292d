package vn.luatvui.server.infra;

import io.vertx.core.transport.Transport;

/**
 * The socket transport: Linux's epoll through Netty's native library when it loads (each write to a
 * socket costs markedly less than with Java NIO, which counts when one question goes to thousands of
 * phones at once), else Java NIO.
 */
public final class NetworkTransport {
  private NetworkTransport() {
  }

  public static Transport best() {
    Transport found = Transport.nativeTransport();
    return found != null && found.available() ? found : Transport.NIO;
  }
}
