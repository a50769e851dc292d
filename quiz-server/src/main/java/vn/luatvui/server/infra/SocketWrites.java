package vn.luatvui.server.infra;

import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.impl.WebSocketImplBase;
import io.vertx.core.internal.http.WebSocketInternal;
import io.vertx.core.net.impl.VertxConnection;
import io.vertx.core.net.impl.VertxHandler;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a WebSocket whose every write is made on its own event loop write straight to its channel.
 *
 * <p>Vert.x 5.0 gives every WebSocket connection a queue for writes made from other threads, and that
 * queue's first chunk has 1,024 slots: about 4.7 KB of heap per connected phone, nearly half of what
 * a player costs, though no game write ever waits in it. HTTP connections avoid it in strict thread
 * mode; Vert.x has no such option for WebSockets, so {@link #direct} swaps the connection's queue for
 * the direct one Vert.x itself uses in that mode. Writes then go straight to the Netty pipeline, which
 * is only correct on the socket's event loop: the game's sockets write nowhere else (LocalLink,
 * GameConnection). Writes the network cannot take yet wait in Netty's outbound buffer instead, and
 * {@code writeQueueFull} still reports when it is over its high mark.
 *
 * <p>{@link #forgetUpgrade} likewise lets go of the upgrade's HTTP request, which Vert.x 5.0 keeps.
 *
 * <p>Both reach into Vert.x's internals: when a Vert.x version no longer has them, nothing is
 * changed, the socket keeps what it had, and the log says so once (SocketWritesTest fails first).
 */
public final class SocketWrites {
  private static final Logger LOG = LoggerFactory.getLogger(SocketWrites.class);
  private static final Field CONNECTION;
  private static final Field QUEUE;
  private static final Constructor<?> DIRECT;
  private static final Field FACTORY;

  static {
    Field connection = null;
    Field queue = null;
    Constructor<?> direct = null;
    Field factory = null;
    try {
      factory = VertxHandler.class.getDeclaredField("connectionFactory");
      factory.setAccessible(true);
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.warn("WebSockets keep their upgrade's HTTP request (about 2 KB each): {}", e.toString());
      factory = null;
    }
    FACTORY = factory;
    try {
      connection = WebSocketImplBase.class.getDeclaredField("conn");
      queue = VertxConnection.class.getDeclaredField("outboundMessageQueue");
      direct = Class.forName(VertxConnection.class.getName() + "$DirectOutboundMessageQueue")
          .getDeclaredConstructor(VertxConnection.class);
      connection.setAccessible(true);
      queue.setAccessible(true);
      direct.setAccessible(true);
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.warn("WebSockets keep Vert.x's cross-thread write queue (about 4.7 KB each): {}", e.toString());
      direct = null;
    }
    CONNECTION = connection;
    QUEUE = queue;
    DIRECT = direct;
  }

  private SocketWrites() {
  }

  /**
   * Makes the socket write directly; call it on the socket's event loop before its first write.
   * Returns false, changing nothing, when that cannot be done (not on the loop, or another Vert.x).
   */
  public static boolean direct(ServerWebSocket ws) {
    if (DIRECT == null || !(ws instanceof WebSocketImplBase<?>)) {
      return false;
    }
    try {
      VertxConnection connection = (VertxConnection) CONNECTION.get(ws);
      if (!connection.channelHandlerContext().executor().inEventLoop()) {
        return false;
      }
      if (!DIRECT.getDeclaringClass().isInstance(QUEUE.get(connection))) {
        QUEUE.set(connection, DIRECT.newInstance(connection));
      }
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.debug("WebSocket keeps its write queue: {}", e.toString());
      return false;
    }
  }

  /** Whether the socket writes straight to its channel ({@link #direct} took). */
  public static boolean isDirect(ServerWebSocket ws) {
    if (DIRECT == null || !(ws instanceof WebSocketImplBase<?>)) {
      return false;
    }
    try {
      return DIRECT.getDeclaringClass().isInstance(QUEUE.get(CONNECTION.get(ws)));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Lets go of the HTTP request the socket was upgraded from. The socket's handler keeps the function
   * that made its connection, and with it the HTTP connection, request, response and headers of the
   * upgrade (about 2 KB) for the socket's whole life, though the function has run once and is never
   * called again. Call it on the socket's event loop; returns false, changing nothing, when it cannot.
   */
  public static boolean forgetUpgrade(ServerWebSocket ws) {
    if (FACTORY == null || !(ws instanceof WebSocketInternal socket)) {
      return false;
    }
    try {
      var context = socket.channelHandlerContext();
      VertxHandler<?> handler = context.pipeline().get(VertxHandler.class);
      if (!context.executor().inEventLoop() || handler == null || handler.getConnection() == null) {
        return false;
      }
      FACTORY.set(handler, null);
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.debug("WebSocket keeps its upgrade's request: {}", e.toString());
      return false;
    }
  }
}
