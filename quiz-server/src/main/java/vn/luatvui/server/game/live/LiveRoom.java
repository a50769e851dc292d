package vn.luatvui.server.game.live;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.luatvui.server.game.room.Delivery;
import vn.luatvui.server.game.room.Phase;
import vn.luatvui.server.game.room.Player;
import vn.luatvui.server.game.room.Recipient;
import vn.luatvui.server.game.room.Room;
import vn.luatvui.server.game.room.RoomCommand;
import vn.luatvui.server.game.room.RoomEvent;
import vn.luatvui.server.game.room.Transition;
import vn.luatvui.server.metrics.Meters;

/**
 * The owner of one live room: a verticle, so every command runs on its one thread, in order. It
 * feeds the {@link Room} state machine, logs each command to Redis, sends the events to the right
 * screens ({@link Outbox}, {@link Dispatch}), keeps the timer the room asks for, and leaves its
 * records as the phases change ({@link RoomRecords}).
 * It plays the room only while this server holds the room's lease: a log write refused because
 * another server took the room over stops it here, and its screens reconnect to the new owner.
 */
final class LiveRoom extends VerticleBase implements RoomDoor {
  private static final Logger LOG = LoggerFactory.getLogger(LiveRoom.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final LiveGame game;
  private final CommandLog log;
  private final RoomRecords records;
  private final GameStore store;
  private final Meters meters;
  private final Room room;
  private final Connections connections;
  private Dispatch dispatch;
  private Outbox outbox;
  private final RoomRelay relay;
  private final RoomLeases leases;
  private final Consumer<LiveRoom> onLost;
  /** When the server that played the room before was last seen, if this server took it over from one that died; else 0. */
  private final long outageSince;
  private long timer = -1;
  private volatile boolean finished;
  private boolean lost;

  LiveRoom(LiveGame game, Room room, GameStore store, CommandLog log, Leaderboard leaderboard, Meters meters,
           RoomRelay relay, RoomLeases leases, Consumer<LiveRoom> onLost, long outageSince) {
    this.game = game;
    this.room = room;
    this.log = log;
    this.store = store;
    this.records = new RoomRecords(game.id(), store, log, leaderboard);
    this.meters = meters;
    this.relay = relay;
    this.leases = leases;
    this.onLost = onLost;
    this.outageSince = outageSince;
    this.connections = new Connections(game.id(), meters, relay);
  }

  /**
   * Opens the room: taken over from a server that died, its timer is first moved on by the outage
   * (nobody is cut short); its state is saved, and any deadline that passed meanwhile is applied.
   */
  @Override
  public Future<?> start() {
    dispatch = new Dispatch(connections, game.documentNames(), meters, vertx);
    outbox = new Outbox(dispatch::deliver);
    meters.roomsActive().incrementAndGet();
    LOG.info("Game {} (PIN {}) open in phase {}: {} question(s), {} player(s){}", game.id(), game.pin(), room.phase(),
        game.questionCount(), room.playerCount(),
        outageSince > 0 ? "; its last server's last sign of life " + (now() - outageSince) + " ms ago" : "");
    if (outageSince > 0) {
      // Taken over from a server that died: its screens are waiting, so the room plays at once. The
      // outage goes into the log behind the commands replayed (a refusal means the room was lost
      // again); the next phase change saves the state, so packing 20,000 players does not compete
      // with seating their screens again.
      apply(new RoomCommand.Outage(outageSince, now()), null, null, null);
      return Future.succeededFuture();
    }
    return log.snapshot(room.snapshot()).onSuccess(v -> schedule());
  }

  /**
   * Leaves this server: a room not over sends its screens away to reconnect where it goes next and,
   * unless another server already took it, gives its lease up so one can at once.
   */
  @Override
  public Future<?> stop() {
    meters.roomsActive().decrementAndGet();
    vertx.cancelTimer(timer);
    if (!finished) {
      connections.closeAll(RoomRelay.MOVED, "room moved");
    }
    return lost ? Future.succeededFuture() : leases.release(game.id());
  }

  LiveGame game() {
    return game;
  }

  @Override
  public long gameId() {
    return game.id();
  }

  @Override
  public long hostId() {
    return game.hostId();
  }

  /** Drops the screens of servers that are gone: their players count as disconnected. */
  void dropGoneServers() {
    context.runOnContext(v -> {
      Set<String> nodes = connections.remoteNodes();
      if (nodes.isEmpty()) {
        return;
      }
      relay.gone(nodes).onSuccess(gone -> {
        for (String node : gone) {
          LOG.info("Game {}: server {} is gone; its players count as disconnected", game.id(), node);
          for (int playerId : connections.dropNode(node)) {
            apply(new RoomCommand.Disconnect(playerId, now()), null, null, null);
          }
        }
      });
    });
  }

  /** Another server holds the room's lease now: stop playing it here. */
  private void lose(Throwable e) {
    if (e instanceof CommandLog.RoomLost && !lost) {
      lost = true;
      LOG.warn("Game {}: another server took the room over; closing it here", game.id());
      onLost.accept(this);
    } else if (!(e instanceof CommandLog.RoomLost)) {
      LOG.warn("Game {}: writing to Redis failed: {}", game.id(), e.getMessage());
    }
  }

  /** Whether the game is over (its results are being or have been saved). */
  boolean finished() {
    return finished;
  }

  // Entry points: called from any connection's thread, run on the room's own. A connection whose
  // join was refused (a nickname taken, say) may try again with another.

  @Override
  public void join(Link link, String nickname, Long unitId) {
    context.runOnContext(v -> seat(link, nickname, unitId));
  }

  @Override
  public void reconnect(Link link, String token) {
    context.runOnContext(v -> reseat(link, token));
  }

  @Override
  public void host(Link link) {
    context.runOnContext(v -> {
      connections.addHost(link);
      link.send(Frames.of("HostWelcome", game.welcome()));
      for (RoomEvent event : room.hostCatchUp(now())) {
        link.send(dispatch.encode(event));
      }
    });
  }

  @Override
  public void frame(Link link, ClientFrame f) {
    frame(link, f, 0, null);
  }

  /**
   * A frame received by the server holding the socket at {@code stamp} (epoch ms; 0: now, here): a
   * player's command counts from then, but never later than now. {@code onLogged} runs once the
   * command is in the log (an answer relayed from another server is then acknowledged there).
   */
  void frame(Link link, ClientFrame f, long stamp, Runnable onLogged) {
    context.runOnContext(v -> {
      boolean seated = connections.seated(link);
      if (!seated && f instanceof ClientFrame.Join join) {
        seat(link, join.nickname(), join.unitId());
        return;
      }
      if (!seated && f instanceof ClientFrame.Reconnect again) {
        reseat(link, again.token());
        return;
      }
      Integer playerId = connections.player(link);
      RoomCommand command = connections.isHost(link) && f instanceof ClientFrame.HostFrame h ? h.command(now())
          : playerId != null && f instanceof ClientFrame.PlayerFrame p
          ? p.command(playerId, stamp > 0 ? Math.min(stamp, now()) : now()) : null;
      if (command == null) {
        link.send(Frames.error("NOT_ALLOWED", "Thao tác '" + FrameReader.typeOf(f) + "' không hợp lệ ở đây."));
      } else {
        apply(command, link, null, onLogged);
      }
    });
  }

  private void seat(Link link, String nickname, Long unitId) {
    String token = newToken();
    apply(new RoomCommand.Join(nickname, token, now()), link, token, null);
    Player seated = unitId == null ? null : room.playerWithToken(token);
    if (seated != null) {
      // Optional and never in the join's way: a unit the game does not offer is not kept.
      store.playerUnit(game.id(), seated.id(), unitId)
          .onFailure(e -> LOG.warn("Game {}: the unit of player {} was not kept", game.id(), seated.id(), e));
    }
  }

  private void reseat(Link link, String token) {
    apply(new RoomCommand.Reconnect(token, now()), link, token, null);
  }

  @Override
  public void closed(Link link) {
    context.runOnContext(v -> {
      Integer playerId = connections.closed(link);
      if (playerId != null) {
        apply(new RoomCommand.Disconnect(playerId, now()), null, null, null);
      }
    });
  }

  private void apply(RoomCommand command, Link requester, String token, Runnable onLogged) {
    if (lost) {
      return;
    }
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
        requester.send(Frames.error("INVALID", "Yêu cầu không hợp lệ."));
      }
      if (onLogged != null) {
        onLogged.run(); // judged: nothing to keep for a retry
      }
      return;
    }
    welcoming(transition, requester);
    // An answer acknowledged and a token handed out survive a restart: their events wait for the log.
    boolean promises = command instanceof RoomCommand.Answer || command instanceof RoomCommand.Join;
    Outbox.Batch batch = outbox.add(transition.events(), requester, token, promises);
    Future<Void> logged = log.append(command);
    if (!promises) {
      logged.onFailure(this::lose);
      if (onLogged != null) {
        logged.onSuccess(v -> onLogged.run());
      }
    } else {
      logged.onComplete(done -> {
        if (done.succeeded()) {
          outbox.logged(batch);
          if (onLogged != null) {
            onLogged.run();
          }
          return;
        }
        outbox.drop(batch);
        lose(done.cause());
        if (requester != null && !lost) {
          requester.send(Frames.error("NOT_SAVED", "Máy chủ chưa lưu được thao tác này; hãy thử lại sau giây lát."));
        }
      });
    }
    schedule();
    if (room.phase() != before) {
      finished = room.phase() == Phase.FINISHED;
      records.phaseChanged(before, room).onFailure(this::lose);
    }
  }

  /**
   * A join or reconnect seats its connection now, though its Welcome may wait in the outbox behind
   * answers being logged: the answers that connection sends meanwhile are its player's, not refused.
   */
  private void welcoming(Transition transition, Link requester) {
    if (requester == null) {
      return;
    }
    for (Delivery d : transition.events()) {
      if (d.to().kind() == Recipient.Kind.REQUESTER && d.event() instanceof RoomEvent.Welcome welcome) {
        connections.welcoming(requester, welcome.playerId());
      }
    }
  }

  /** Keeps exactly one pending timer: the one the room asks for now. */
  private void schedule() {
    if (timer >= 0) {
      vertx.cancelTimer(timer);
      timer = -1;
    }
    room.timerAt().ifPresent(at -> timer = vertx.setTimer(Math.max(1, at - now()), id -> {
      timer = -1;
      apply(new RoomCommand.Tick(now()), null, null, null);
    }));
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
