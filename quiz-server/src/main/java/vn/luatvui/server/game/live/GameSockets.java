package vn.luatvui.server.game.live;

import io.netty.handler.codec.http.cookie.Cookie;
import io.netty.handler.codec.http.cookie.ServerCookieDecoder;
import io.vertx.core.AsyncResult;
import io.vertx.core.Handler;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.ServerWebSocketHandshake;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.luatvui.bank.account.Role;
import vn.luatvui.server.auth.Authentication;
import vn.luatvui.server.auth.RateLimiter;
import vn.luatvui.server.auth.SessionStore;
import vn.luatvui.server.http.ClientAddress;
import vn.luatvui.server.http.Origins;

/**
 * The WebSocket door of live games ({@code /ws}, docs/protocol.md): checks the Origin, reads each
 * frame (size, rate and shape), and hands it to the room the connection belongs to.
 */
public final class GameSockets {
  private static final Logger LOG = LoggerFactory.getLogger(GameSockets.class);
  static final int MAX_FRAME_CHARS = 4096;
  /** The largest WebSocket frame the server sends; a longer message goes out in several. */
  public static final int MAX_FRAME_BYTES_OUT = 8 * 1024;
  private static final int FRAMES_PER_SECOND = 20;
  private static final int STRIKES = 5;
  /** A whole school behind one address joins within a minute; a script flooding a room does not get further. */
  private static final int JOINS_PER_MINUTE_PER_ADDRESS = 1000;

  private static final String NOT_FOUND = Frames.error("GAME_NOT_FOUND", "Không có trò chơi nào với mã PIN này.");
  private static final String UNAVAILABLE = Frames.error("UNAVAILABLE",
      "Máy chủ tạm thời không tìm được phòng chơi; hãy thử lại sau giây lát.");

  private final RoomHub hub;
  private final SessionStore sessions;
  private final RateLimiter limiter;
  private final ClientAddress addresses;

  public GameSockets(RoomHub hub, SessionStore sessions, RateLimiter limiter, ClientAddress addresses) {
    this.hub = hub;
    this.addresses = addresses;
    this.sessions = sessions;
    this.limiter = limiter;
  }

  /**
   * Takes a WebSocket handshake straight from the HTTP server, not through the router. Vert.x 5.0.7
   * keeps the handshake's HTTP request and connection for as long as the socket lives, so the
   * request's headers are dropped once read: nothing reads them later.
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
    handshake.accept()
        .onSuccess(ws -> {
          ws.headers().clear();
          new Connection(ws, session, address).start();
        })
        .onFailure(e -> LOG.debug("WebSocket upgrade failed: {}", e.getMessage()));
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

  /** One client's connection: who it is after its first frame, and how it behaves. */
  private final class Connection {
    private final ServerWebSocket ws;
    private final LocalLink link;
    private final String sessionToken;
    private final String address;
    private RoomDoor room;
    private boolean identifying;
    private long windowStart;
    private int framesInWindow;
    private int strikes;

    Connection(ServerWebSocket ws, String sessionToken, String address) {
      this.ws = ws;
      this.link = LocalLink.of(ws, Vertx.currentContext());
      this.sessionToken = sessionToken;
      this.address = address;
    }

    void start() {
      ws.textMessageHandler(this::onText);
      ws.binaryMessageHandler(b -> refuse("BINARY", "Chỉ nhận khung văn bản JSON."));
      ws.closeHandler(v -> {
        if (room != null) {
          room.closed(link);
        }
      });
      ws.exceptionHandler(e -> LOG.debug("WebSocket error: {}", e.getMessage()));
    }

    private void onText(String text) {
      if (!withinRate()) {
        refuse("TOO_FAST", "Gửi quá nhanh; hãy chậm lại.");
        return;
      }
      if (text.length() > MAX_FRAME_CHARS) {
        refuse("TOO_LARGE", "Khung tin quá lớn.");
        return;
      }
      ClientFrame frame;
      try {
        frame = Frames.read(text);
      } catch (Exception e) {
        refuse("BAD_FRAME", "Khung tin không đúng định dạng của giao thức.");
        return;
      }
      if (frame.type() == null) {
        refuse("BAD_FRAME", "Khung tin thiếu trường type.");
      } else if ("ping".equals(frame.type())) {
        ws.writeTextMessage(Frames.of("pong", java.util.Map.of("now", System.currentTimeMillis())));
      } else if (room == null) {
        identify(frame);
      } else {
        room.frame(link, frame);
      }
    }

    private void identify(ClientFrame f) {
      if (identifying) {
        refuse("BUSY", "Đang vào phòng, hãy chờ.");
        return;
      }
      if (f.v() == null || f.v() != Frames.PROTOCOL_VERSION) {
        refuse("VERSION", "Phiên bản giao thức không được hỗ trợ; hãy tải lại trang.");
        return;
      }
      switch (f.type()) {
        case "join", "reconnect" -> player(f);
        case "host" -> host(f);
        default -> refuse("NOT_JOINED", "Hãy vào phòng trước (join, reconnect hoặc host).");
      }
    }

    private void player(ClientFrame f) {
      boolean join = "join".equals(f.type());
      if ((join && f.nickname() == null) || (!join && f.token() == null)) {
        refuse("BAD_FRAME", join ? "Thiếu biệt danh." : "Thiếu mã kết nối lại.");
        return;
      }
      identifying = true;
      Future<Boolean> allowed = join && !ClientAddress.loopback(address)
          ? limiter.allow("join", address, JOINS_PER_MINUTE_PER_ADDRESS, Duration.ofMinutes(1))
          : Future.succeededFuture(true);
      allowed.onComplete(ok -> {
        if (ok.failed() || !ok.result()) {
          identifying = false;
          ws.writeTextMessage(Frames.error("RATE_LIMITED", "Có quá nhiều lượt vào phòng từ mạng này; hãy thử lại sau."));
          return;
        }
        onLoop(hub.byPin(f.pin()), found -> {
            identifying = false;
            RoomDoor target = found.result();
            if (found.failed()) {
              unavailable();
              return;
            }
            if (target == null) {
              ws.writeTextMessage(NOT_FOUND);
              return;
            }
            room = target;
            if (join) {
              target.join(link, f.nickname());
            } else {
              target.reconnect(link, f.token());
            }
          });
      });
    }

    private void host(ClientFrame f) {
      if (f.gameId() == null || sessionToken == null) {
        ws.writeTextMessage(f.gameId() == null ? NOT_FOUND
            : Frames.error("UNAUTHENTICATED", "Hãy đăng nhập để điều khiển trò chơi."));
        return;
      }
      identifying = true;
      onLoop(Future.all(hub.byId(f.gameId()), sessions.find(sessionToken)), found -> {
        identifying = false;
        if (found.failed()) {
          unavailable();
          return;
        }
        RoomDoor target = found.result().resultAt(0);
        SessionStore.Session session = found.result().resultAt(1);
        if (target == null) {
          ws.writeTextMessage(Frames.error("GAME_NOT_FOUND", "Không có trò chơi này trên máy chủ."));
          return;
        }
        boolean mayHost = session != null && (session.user().id() == target.hostId() || session.user().has(Role.ADMIN));
        if (!mayHost) {
          ws.writeTextMessage(Frames.error("FORBIDDEN", "Chỉ giáo viên tạo trò chơi mới điều khiển được."));
          return;
        }
        room = target;
        target.host(link);
      });
    }

    /** The game could not be reached (Redis or PostgreSQL away): the client reconnects after a pause. */
    private void unavailable() {
      ws.writeTextMessage(UNAVAILABLE);
      ws.close((short) 1013, "try again later");
    }

    /** Runs the step on this connection's event loop, whichever thread completed the lookup. */
    private <T> void onLoop(Future<T> lookup, Handler<AsyncResult<T>> step) {
      lookup.onComplete(done -> link.loop().runOnContext(v -> step.handle(done)));
    }

    private boolean withinRate() {
      long now = System.currentTimeMillis();
      if (now - windowStart >= 1000) {
        windowStart = now;
        framesInWindow = 0;
      }
      return ++framesInWindow <= FRAMES_PER_SECOND;
    }

    private void refuse(String code, String message) {
      ws.writeTextMessage(Frames.error(code, message));
      if (++strikes >= STRIKES) {
        ws.close((short) 1008, "Too many invalid frames");
      }
    }
  }
}
