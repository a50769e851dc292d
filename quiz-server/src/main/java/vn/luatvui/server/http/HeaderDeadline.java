package vn.luatvui.server.http;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Closes a connection that takes longer than the time allowed to send a request's headers (a
 * "slowloris" trickling one byte at a time is never idle, so the idle timeout alone does not stop
 * it). The clock starts when the connection opens and again after each response on a kept-alive
 * connection; it stops when a request's headers are complete or the connection becomes a WebSocket.
 */
final class HeaderDeadline {
  private record Watch(HttpConnection connection, long timer) {
  }

  private final Vertx vertx;
  private final long millis;
  private final Map<String, Watch> watched = new ConcurrentHashMap<>();

  HeaderDeadline(Vertx vertx, long millis) {
    this.vertx = vertx;
    this.millis = millis;
  }

  /** A new connection: its first request's headers must arrive in time. */
  void connected(HttpConnection connection) {
    String key = key(connection.remoteAddress());
    connection.closeHandler(closed -> stop(key));
    start(key, connection);
  }

  /** A request's headers (or a WebSocket handshake's) arrived from this peer. */
  void arrived(SocketAddress remote) {
    stop(key(remote));
  }

  /** A response was sent on a connection kept alive: the next request's headers must come in time. */
  void awaitNext(HttpConnection connection) {
    start(key(connection.remoteAddress()), connection);
  }

  private void start(String key, HttpConnection connection) {
    long timer = vertx.setTimer(millis, fired -> {
      Watch watch = watched.get(key);
      if (watch != null && watch.timer() == fired) {
        watched.remove(key);
        connection.close();
      }
    });
    Watch previous = watched.put(key, new Watch(connection, timer));
    if (previous != null) {
      vertx.cancelTimer(previous.timer());
    }
  }

  private void stop(String key) {
    Watch watch = watched.remove(key);
    if (watch != null) {
      vertx.cancelTimer(watch.timer());
    }
  }

  private static String key(SocketAddress address) {
    return String.valueOf(address);
  }
}
