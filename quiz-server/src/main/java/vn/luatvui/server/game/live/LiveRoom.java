package vn.luatvui.server.game.live;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.ServerWebSocket;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.luatvui.server.game.room.Delivery;
import vn.luatvui.server.game.room.GameReport;
import vn.luatvui.server.game.room.Phase;
import vn.luatvui.server.game.room.Room;
import vn.luatvui.server.game.room.RoomCommand;
import vn.luatvui.server.game.room.RoomEvent;
import vn.luatvui.server.game.room.Transition;
import vn.luatvui.server.metrics.Meters;

/**
 * The owner of one live room: a verticle, so every command runs on its one thread, in order. It
 * feeds the {@link Room} state machine, sends the events to the right sockets, keeps the timer the
 * room asks for, snapshots the room to Redis at every phase change, publishes the leaderboard to a
 * Redis sorted set after every question, and writes the results to PostgreSQL when the game is over.
 */
final class LiveRoom extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(LiveRoom.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final LiveGame game;
  private final GameStore store;
  private final CommandLog log;
  private final Leaderboard leaderboard;
  private final Meters meters;
  private final Room room;
  private final Connections connections;
  private long timer = -1;
  private volatile boolean finished;

  LiveRoom(LiveGame game, Room room, GameStore store, CommandLog log, Leaderboard leaderboard, Meters meters) {
    this.game = game;
    this.room = room;
    this.store = store;
    this.log = log;
    this.leaderboard = leaderboard;
    this.meters = meters;
    this.connections = new Connections(meters);
  }

  /** Opens the room: its state is saved first, and any deadline that passed while it was away is applied. */
  @Override
  public Future<?> start() {
    meters.roomsActive().incrementAndGet();
    LOG.info("Game {} (PIN {}) open in phase {}: {} question(s), {} player(s)", game.id(), game.pin(), room.phase(),
        game.questionCount(), room.playerCount());
    return log.snapshot(room.snapshot()).onSuccess(v -> schedule());
  }

  @Override
  public Future<?> stop() {
    meters.roomsActive().decrementAndGet();
    vertx.cancelTimer(timer);
    return Future.succeededFuture();
  }

  LiveGame game() {
    return game;
  }

  /** Whether the game is over (its results are being or have been saved). */
  boolean finished() {
    return finished;
  }

  // Entry points: called from any connection's thread, run on the room's own. A connection whose
  // join was refused (a nickname taken, say) may try again with another.

  void join(ServerWebSocket ws, Context socketContext, String nickname) {
    context.runOnContext(v -> {
      connections.arriving(ws, socketContext);
      seat(ws, nickname);
    });
  }

  void reconnect(ServerWebSocket ws, Context socketContext, String token) {
    context.runOnContext(v -> {
      connections.arriving(ws, socketContext);
      reseat(ws, token);
    });
  }

  void host(ServerWebSocket ws) {
    context.runOnContext(v -> {
      connections.addHost(ws);
      ws.writeTextMessage(Frames.of("HostWelcome", game.welcome()));
      for (RoomEvent event : room.hostCatchUp(now())) {
        ws.writeTextMessage(encode(event));
      }
    });
  }

  void frame(ServerWebSocket ws, ClientFrame f) {
    context.runOnContext(v -> {
      boolean seated = connections.seated(ws);
      if (!seated && "join".equals(f.type()) && f.nickname() != null) {
        seat(ws, f.nickname());
        return;
      }
      if (!seated && "reconnect".equals(f.type()) && f.token() != null) {
        reseat(ws, f.token());
        return;
      }
      Integer playerId = connections.player(ws);
      RoomCommand command = connections.isHost(ws) ? Commands.fromHost(f, now())
          : playerId != null ? Commands.fromPlayer(f, playerId, now()) : null;
      if (command == null) {
        connections.write(ws, Frames.error("NOT_ALLOWED", "Thao tác '" + f.type() + "' không hợp lệ ở đây."));
      } else {
        apply(command, ws, null);
      }
    });
  }

  private void seat(ServerWebSocket ws, String nickname) {
    String token = newToken();
    apply(new RoomCommand.Join(nickname, token, now()), ws, token);
  }

  private void reseat(ServerWebSocket ws, String token) {
    apply(new RoomCommand.Reconnect(token, now()), ws, token);
  }

  void closed(ServerWebSocket ws) {
    context.runOnContext(v -> {
      Integer playerId = connections.closed(ws);
      if (playerId != null) {
        apply(new RoomCommand.Disconnect(playerId, now()), null, null);
      }
    });
  }

  private void apply(RoomCommand command, ServerWebSocket requester, String token) {
    Phase before = room.phase();
    Transition transition;
    long started = System.nanoTime();
    try {
      transition = room.handle(command);
      if (before == Phase.QUESTION_OPEN && room.phase() == Phase.REVEAL) {
        meters.questionClose().record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
      }
    } catch (IllegalArgumentException e) {
      LOG.warn("Game {}: command {} refused as malformed: {}", game.id(), command.getClass().getSimpleName(),
          e.getMessage());
      if (requester != null) {
        connections.write(requester, Frames.error("INVALID", "Yêu cầu không hợp lệ."));
      }
      return;
    }
    log.append(command).onFailure(e -> LOG.warn("Game {}: logging a command to Redis failed", game.id(), e));
    deliver(transition.events(), requester, token);
    schedule();
    if (room.phase() != before) {
      phaseChanged(before);
    }
  }

  private void deliver(List<Delivery> deliveries, ServerWebSocket requester, String token) {
    for (Delivery d : deliveries) {
      RoomEvent event = d.event();
      switch (d.to().kind()) {
        case EVERYONE -> connections.toEveryone(encode(event));
        case HOST -> connections.toHosts(encode(event));
        case PLAYER -> connections.toPlayer(d.to().playerId(), encode(event), event instanceof RoomEvent.Kicked);
        case REQUESTER -> toRequester(requester, event, token);
      }
    }
  }

  private void toRequester(ServerWebSocket requester, RoomEvent event, String token) {
    if (requester == null) {
      return;
    }
    if (event instanceof RoomEvent.Welcome welcome) {
      connections.bind(requester, welcome.playerId());
      connections.write(requester, Frames.welcome(welcome, token));
    } else {
      connections.write(requester, encode(event));
      if (event instanceof RoomEvent.AnswerAccepted accepted && !accepted.alreadyAnswered()) {
        meters.answers().increment();
      }
    }
  }

  private String encode(RoomEvent event) {
    return event instanceof RoomEvent.Reveal reveal ? Frames.reveal(reveal, game.documentNames()) : Frames.event(event);
  }

  /** Keeps exactly one pending timer: the one the room asks for now. */
  private void schedule() {
    if (timer >= 0) {
      vertx.cancelTimer(timer);
      timer = -1;
    }
    room.timerAt().ifPresent(at -> timer = vertx.setTimer(Math.max(1, at - now()), id -> {
      timer = -1;
      apply(new RoomCommand.Tick(now()), null, null);
    }));
  }

  private void phaseChanged(Phase before) {
    var state = room.snapshot();
    log.snapshot(state).onFailure(e -> LOG.warn("Game {}: snapshot to Redis failed", game.id(), e));
    if (room.phase() == Phase.REVEAL || room.phase() == Phase.PODIUM) {
      leaderboard.publish(state.players()).onFailure(e -> LOG.warn("Game {}: leaderboard to Redis failed", game.id(), e));
    }
    if (before == Phase.LOBBY) {
      store.started(game.id()).onFailure(e -> LOG.warn("Game {}: marking it started failed", game.id(), e));
    }
    if (room.phase() == Phase.FINISHED) {
      finished = true;
      store.finish(game.id(), state, GameReport.from(state))
          .onSuccess(v -> LOG.info("Game {} finished: {} player(s) and their answers saved", game.id(),
              state.players().size()))
          .onFailure(e -> LOG.error("Game {}: saving the results failed", game.id(), e));
    }
  }

  private static String newToken() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static long now() {
    return System.currentTimeMillis();
  }
}
