package vn.luatvui.server.infra;

import io.vertx.core.transport.Transport;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.luatvui.server.config.SocketTransport;

/**
 * The socket transport: Linux's epoll through Netty's native library when it loads (each write to a
 * socket costs markedly less than with Java NIO, which counts when one question goes to thousands of
 * phones at once), io_uring when asked for (NETWORK_TRANSPORT), else Java NIO. A chosen transport
 * that does not load gives way to the next, with the reason in the log.
 */
public final class NetworkTransport {
  private static final Logger LOG = LoggerFactory.getLogger(NetworkTransport.class);

  private NetworkTransport() {
  }

  /** epoll when it loads, else Java NIO. */
  public static Transport best() {
    return of(SocketTransport.EPOLL);
  }

  /** The chosen transport when it loads here, else the next that does (io_uring, epoll, Java NIO). */
  public static Transport of(SocketTransport choice) {
    List<Transport> candidates = new ArrayList<>();
    switch (choice) {
      case IO_URING -> {
        candidates.add(Transport.IO_URING);
        candidates.add(Transport.EPOLL);
      }
      case EPOLL -> candidates.add(Transport.EPOLL);
      case NIO -> {
        // Java NIO only
      }
    }
    for (Transport t : candidates) {
      if (t != null && t.available()) {
        return t;
      }
      if (t != null && choice != SocketTransport.EPOLL) {
        LOG.warn("The {} transport does not load here ({}); trying the next", t.name(), t.unavailabilityCause());
      }
    }
    return Transport.NIO;
  }
}
