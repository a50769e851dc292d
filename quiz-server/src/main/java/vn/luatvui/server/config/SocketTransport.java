package vn.luatvui.server.config;

import java.util.Locale;

/**
 * How the server's sockets are driven (NETWORK_TRANSPORT). Whichever is chosen, a transport that does
 * not load on the machine (not Linux, or a kernel or container that forbids it) falls back to the
 * next: io_uring to epoll, epoll to Java NIO; the log says which one serves.
 */
public enum SocketTransport {
  /** Linux's epoll through Netty's native library: the default, measured cheapest per write. */
  EPOLL,
  /** Linux's io_uring (kernel 5.14 or later) through Netty's native library. */
  IO_URING,
  /** Plain Java NIO, for comparison or where native libraries are unwelcome. */
  NIO;

  /** The variable's value: {@code epoll}, {@code io_uring} or {@code nio}. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  static SocketTransport parse(String variable, String value) {
    for (SocketTransport t : values()) {
      if (t.value().equalsIgnoreCase(value)) {
        return t;
      }
    }
    throw new ConfigException(variable, value, "epoll, io_uring or nio");
  }
}
