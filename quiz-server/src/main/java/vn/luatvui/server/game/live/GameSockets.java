package vn.luatvui.server.game.live;

import io.netty.handler.codec.http.cookie.Cookie;
import io.netty.handler.codec.http.cookie.ServerCookieDecoder;
import io.vertx.core.http.ServerWebSocketHandshake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.luatvui.server.auth.Authentication;
import vn.luatvui.server.auth.RateLimiter;
import vn.luatvui.server.auth.SessionStore;
import vn.luatvui.server.config.GameLimits;
import vn.luatvui.server.http.ClientAddress;
import vn.luatvui.server.http.Origins;
import vn.luatvui.server.infra.SocketWrites;

/**
 * The WebSocket door of live games ({@code /ws}, docs/protocol.md): checks the Origin and how many
 * sockets the client's address holds open without a game, then hands the socket to a
 * {@link GameConnection}.
 */
public final class GameSockets {
  private static final Logger LOG = LoggerFactory.getLogger(GameSockets.class);
  /** The largest WebSocket frame the server sends; a longer message goes out in several. */
  public static final int MAX_FRAME_BYTES_OUT = 8 * 1024;

  private final RoomHub hub;
  private final SessionStore sessions;
  private final ClientAddress addresses;
  private final Admission admission;
  private final GameStore units;

  public GameSockets(RoomHub hub, SessionStore sessions, RateLimiter limiter, ClientAddress addresses,
                     GameLimits limits, GameStore units) {
    this.units = units;
    this.hub = hub;
    this.addresses = addresses;
    this.sessions = sessions;
    this.admission = new Admission(limiter, limits);
  }

  /**
   * Takes a WebSocket handshake straight from the HTTP server, not through the router. Vert.x 5.0
   * would keep the handshake's HTTP request and connection for as long as the socket lives: the
   * socket lets go of them once open, and clears the request's headers, which it keeps itself,
   * once read (nothing reads them later). Its writes go straight to the network (SocketWrites).
   */
  public void upgrade(ServerWebSocketHandshake handshake) {
    if (!"/ws".equals(handshake.path()) && !"/ws/".equals(handshake.path())) {
      handshake.reject(404);
      return;
    }
    if (!Origins.same(handshake.headers().get("Origin"), handshake.authority())) {
      handshake.reject(403);
      return;
    }
    String session = sessionCookie(handshake.headers().get("Cookie"));
    String address = addresses.of(handshake.remoteAddress(), handshake.headers().get("X-Forwarded-For"));
    Admission.Ticket ticket = admission.arrive(address);
    if (ticket == null) {
      handshake.reject(429);
      return;
    }
    handshake.accept()
        .onSuccess(ws -> {
          SocketWrites.direct(ws); // every write to it is made on its event loop
          SocketWrites.forgetUpgrade(ws);
          ws.headers().clear();
          new GameConnection(ws, session, address, ticket, hub, sessions, admission, units).start();
        })
        .onFailure(e -> {
          ticket.giveBack();
          LOG.debug("WebSocket upgrade failed: {}", e.getMessage());
        });
  }

  /** The session cookie's value, read as {@code HttpServerRequest.getCookie} reads it. */
  private static String sessionCookie(String header) {
    if (header != null) {
      for (Cookie c : ServerCookieDecoder.STRICT.decode(header)) {
        if (Authentication.COOKIE.equals(c.name())) {
          return c.value();
        }
      }
    }
    return null;
  }
}
