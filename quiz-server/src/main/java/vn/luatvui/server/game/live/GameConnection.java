package vn.luatvui.server.game.live;

import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.luatvui.bank.account.Role;
import vn.luatvui.server.auth.SessionStore;
import vn.luatvui.server.game.room.Rejection;
import vn.luatvui.server.game.room.RoomEvent;

/**
 * One client's socket: who it is after its first frame, and how it behaves (rate, size and shape of
 * its frames). Until it names a game it holds an {@link Admission.Ticket} and has a few seconds to do so.
 */
final class GameConnection {
  private static final Logger LOG = LoggerFactory.getLogger(GameConnection.class);
  static final int MAX_FRAME_CHARS = 4096;
  private static final int FRAMES_PER_SECOND = 20;
  private static final int STRIKES = 5;
  /** Too many invalid frames, or no game named in time: the client should not come back as it is. */
  static final short POLICY = 1008;
  /**
   * After a {@code check} that found its game, how long the socket may wait for the {@code join}: a
   * child types a nickname on a phone in this time. The socket still counts among its address's
   * sockets without a game, so waiting costs no more places than before.
   */
  static final long CHECKED_WAIT_MILLIS = 60_000;

  private static final String NOT_FOUND = Frames.error("GAME_NOT_FOUND", "Không có trò chơi nào với mã PIN này.");
  /** What a reconnect with an unknown PIN gets: the same as one with an unknown token, so it tells nothing of the PIN. */
  private static final String NO_SESSION = Frames.event(
      new RoomEvent.CommandRejected(Rejection.UNKNOWN_SESSION, Rejection.UNKNOWN_SESSION.message()));
  private static final String UNAVAILABLE = Frames.error("UNAVAILABLE",
      "Máy chủ tạm thời không tìm được phòng chơi; hãy thử lại sau giây lát.");

  private final ServerWebSocket ws;
  private final LocalLink link;
  private final String sessionToken;
  private final String address;
  private final Admission.Ticket ticket;
  private final RoomHub hub;
  private final SessionStore sessions;
  private final Admission admission;
  /** The units a game offers its players, sent with {@code PinFound}. */
  private final GameStore units;
  private final Vertx vertx;
  private RoomDoor room;
  private boolean identifying;
  /** The PIN a {@code check} on this socket found: a join to it costs no second identify knock. */
  private String checkedPin;
  private long deadline = -1;
  private long windowStart;
  private int framesInWindow;
  private int strikes;

  GameConnection(ServerWebSocket ws, String sessionToken, String address, Admission.Ticket ticket, RoomHub hub,
                 SessionStore sessions, Admission admission, GameStore units) {
    this.units = units;
    this.ws = ws;
    this.link = LocalLink.of(ws, Vertx.currentContext());
    this.vertx = Vertx.currentContext().owner();
    this.sessionToken = sessionToken;
    this.address = address;
    this.ticket = ticket;
    this.hub = hub;
    this.sessions = sessions;
    this.admission = admission;
  }

  void start() {
    MessageReader messages = new MessageReader(new MessageReader.Sink() {
      @Override
      public void text(String message) {
        onText(message);
      }

      @Override
      public void binary() {
        refuse("BINARY", "Chỉ nhận khung văn bản JSON.");
      }

      @Override
      public void close(short code, String reason) {
        ws.close(code, reason);
      }
    });
    ws.frameHandler(messages::frame);
    ws.closeHandler(v -> {
      vertx.cancelTimer(deadline);
      ticket.giveBack();
      if (room != null) {
        room.closed(link);
      }
    });
    ws.exceptionHandler(this::onException);
    deadline = vertx.setTimer(admission.limits().identifyTimeout().toMillis(), id -> unnamed());
  }

  /** A frame the WebSocket codec refused (one frame over the size, say): closed with the code it names. */
  private void onException(Throwable e) {
    if (e instanceof CorruptedWebSocketFrameException bad && !ws.isClosed()) {
      ws.close((short) bad.closeStatus().code(), bad.closeStatus().reasonText());
    } else {
      LOG.debug("WebSocket error: {}", e.getMessage());
    }
  }

  /** The identify deadline: a socket still without a game is closed, unless its lookup is under way. */
  private void unnamed() {
    if (room == null && identifying) {
      deadline = vertx.setTimer(1000, id -> unnamed());
    } else if (room == null) {
      ws.close(POLICY, "no game named in time");
    }
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
      frame = FrameReader.read(text);
    } catch (FrameReader.Refused e) {
      refuse(e.code(), e.getMessage());
      return;
    }
    if (frame instanceof ClientFrame.Ping) {
      ws.writeTextMessage(Frames.of("pong", Map.of("now", System.currentTimeMillis())));
    } else if (room == null) {
      identify(frame);
    } else if (frame instanceof ClientFrame.Check) {
      refuse("NOT_ALLOWED", "Đã vào phòng; không cần kiểm tra mã PIN nữa.");
    } else if (frame instanceof ClientFrame.Join || frame instanceof ClientFrame.Reconnect) {
      RoomDoor target = room;
      onLoop(admission.knock(address), ok -> {
        if (allowed(ok)) {
          target.frame(link, frame);
        }
      });
    } else {
      room.frame(link, frame);
    }
  }

  private void identify(ClientFrame frame) {
    if (identifying) {
      refuse("BUSY", "Đang vào phòng, hãy chờ.");
      return;
    }
    if (!(frame instanceof ClientFrame.Hello)) {
      // Only a first frame carries the protocol version: one without it is from a client that does not know it.
      refuse("VERSION", "Phiên bản giao thức không được hỗ trợ; hãy tải lại trang.");
      return;
    }
    identifying = true;
    // The PIN was counted when it was checked: joining it is not a second guess.
    boolean checked = frame instanceof ClientFrame.Join j && j.pin().equals(checkedPin);
    onLoop(checked ? Future.succeededFuture(true) : admission.knock(address), ok -> {
      if (!allowed(ok)) {
        identifying = false;
      } else if (frame instanceof ClientFrame.Host h) {
        host(h);
      } else if (frame instanceof ClientFrame.Check c) {
        check(c);
      } else {
        player(frame);
      }
    });
  }

  private boolean allowed(AsyncResult<Boolean> ok) {
    if (ok.succeeded() && ok.result()) {
      return true;
    }
    ws.writeTextMessage(Frames.error("RATE_LIMITED", "Có quá nhiều lượt vào phòng từ mạng này; hãy thử lại sau."));
    return false;
  }

  private void player(ClientFrame frame) {
    String pin = frame instanceof ClientFrame.Join j ? j.pin() : ((ClientFrame.Reconnect) frame).pin();
    onLoop(hub.byPin(pin), found -> {
      identifying = false;
      if (found.failed()) {
        unavailable();
        return;
      }
      RoomDoor target = found.result();
      if (target == null) {
        ws.writeTextMessage(frame instanceof ClientFrame.Join ? NOT_FOUND : NO_SESSION);
        return;
      }
      enter(target);
      if (frame instanceof ClientFrame.Join j) {
        target.join(link, j.nickname(), j.unitId());
      } else {
        target.reconnect(link, ((ClientFrame.Reconnect) frame).token());
      }
    });
  }

  /** Says whether the PIN has a game, and keeps the socket for the join that follows. */
  private void check(ClientFrame.Check c) {
    onLoop(hub.byPin(c.pin()).compose(door -> door == null ? Future.succeededFuture(null) : units.offeredUnits(door.hostId())
        .recover(e -> {
          LOG.warn("Game {}: the units to offer could not be read", door.gameId(), e);
          return Future.succeededFuture(List.of()); // the unit is optional: the join goes on without it
        })), found -> {
      identifying = false;
      if (found.failed()) {
        unavailable();
      } else if (found.result() == null) {
        ws.writeTextMessage(NOT_FOUND);
      } else {
        checkedPin = c.pin();
        vertx.cancelTimer(deadline);
        deadline = vertx.setTimer(CHECKED_WAIT_MILLIS, id -> unnamed());
        List<GameStore.OfferedUnit> offered = found.result();
        ws.writeTextMessage(Frames.of("PinFound", offered.isEmpty() ? Map.of("pin", c.pin())
            : Map.of("pin", c.pin(), "units", offered)));
      }
    });
  }

  private void host(ClientFrame.Host h) {
    if (sessionToken == null) {
      identifying = false;
      ws.writeTextMessage(Frames.error("UNAUTHENTICATED", "Hãy đăng nhập để điều khiển trò chơi."));
      return;
    }
    onLoop(Future.all(hub.byId(h.gameId()), sessions.find(sessionToken)), found -> {
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
      enter(target);
      target.host(link);
    });
  }

  /** The socket has named its game: it is no longer counted among its address's waiting ones. */
  private void enter(RoomDoor target) {
    room = target;
    ticket.giveBack();
    vertx.cancelTimer(deadline);
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
      ws.close(POLICY, "Too many invalid frames");
    }
  }
}
