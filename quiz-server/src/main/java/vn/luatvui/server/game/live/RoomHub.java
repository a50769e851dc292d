package vn.luatvui.server.game.live;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.luatvui.server.game.room.GameSetup;
import vn.luatvui.server.game.room.Room;
import vn.luatvui.server.infra.RedisKeys;
import vn.luatvui.server.infra.RelayConnections;
import vn.luatvui.server.metrics.Meters;
import vn.luatvui.server.infra.RedisLink;

/**
 * The live rooms: those this server owns, by game id and by PIN, and the way to any other. A game's
 * room is owned by one server at a time (its lease in Redis); a connection for a game owned
 * elsewhere is relayed there, and a game nobody owns (its server stopped or died) is taken over
 * here from its snapshot and log: as soon as a server watching its owner's presence sees it gone,
 * when a connection asks for it, or at the next sweep. Screens relayed from here follow the room to
 * its next owner without closing.
 */
public final class RoomHub {
  private static final Logger LOG = LoggerFactory.getLogger(RoomHub.class);
  private static final Duration KEEP_FINISHED = Duration.ofMinutes(10);
  /**
   * The takeover rehearsed the first time this server relays to a room played elsewhere
   * ({@link TakeoverRehearsal}): enough players and rounds that the compiler has the code it runs in
   * hand (about 10,000 runs of each step), in a second or two of one worker thread.
   */
  private static final int REHEARSAL_PLAYERS = 2_000;
  private static final int REHEARSAL_ROUNDS = 5;
  static final Duration UNKNOWN_PIN_FOR = Duration.ofSeconds(5);
  private static final java.util.regex.Pattern PIN = java.util.regex.Pattern.compile("[0-9]{6}");

  private final Vertx vertx;
  private final GameStore store;
  private final RedisLink redis;
  private final RedisKeys keys;
  private final Meters meters;
  private final RoomLeases leases;
  private final RoomRelay relay;
  private final Function<Set<String>, Future<Map<String, String>>> documentNames;
  private final URI publicBaseUrl;
  private final Map<Long, LiveRoom> byId = new ConcurrentHashMap<>();
  private final Map<String, LiveRoom> byPin = new ConcurrentHashMap<>();
  private final Map<Long, Future<RoomDoor>> opening = new ConcurrentHashMap<>();
  /** Games found recently, by id: a takeover needs no query for a game whose screens are here. */
  private final Cache<Long, GameStore.UnfinishedGame> games = Caffeine.newBuilder()
      .expireAfterAccess(Duration.ofHours(6)).maximumSize(10_000).build();
  /** Games whose relayed screens are being moved to the room's next owner. */
  private final Set<Long> moving = ConcurrentHashMap.newKeySet();
  /** Whether this server has rehearsed a takeover ({@link #remoteRoom}). */
  private final AtomicBoolean rehearsed = new AtomicBoolean();
  private final ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "presence");
    t.setDaemon(true);
    return t;
  });
  /** PIN → the game not over that has it; a game keeps its PIN, so a few seconds of reuse is safe. */
  private final Cache<String, GameStore.UnfinishedGame> pins = Caffeine.newBuilder()
      .expireAfterWrite(Duration.ofSeconds(5)).maximumSize(10_000).build();
  /**
   * PINs no game not over had a moment ago, so a guess costs no query. A game opened here clears its
   * PIN at once; one opened on another server is found here at most {@link #UNKNOWN_PIN_FOR} later.
   */
  private final Cache<String, Boolean> unknownPins = Caffeine.newBuilder()
      .expireAfterWrite(UNKNOWN_PIN_FOR).maximumSize(200_000).build();

  /**
   * The hub of this server, a node of its own in the cluster of servers sharing the Redis:
   * {@code documentNames} names the laws a resumed room cites, {@code lease} is ROOM_LEASE_SECONDS.
   */
  public static RoomHub create(Vertx vertx, GameStore store, RedisLink redis,
                               RelayConnections relayConnections, RedisKeys keys, Meters meters,
                               Function<Set<String>, Future<Map<String, String>>> documentNames, URI publicBaseUrl,
                               Duration lease) {
    String node = relayConnections.node();
    LOG.info("Live rooms: this server is node {}", node);
    return new RoomHub(vertx, store, redis, keys, meters, new RoomLeases(vertx, redis, keys, node, lease),
        new RoomRelay(vertx, redis, relayConnections, keys, node), documentNames, publicBaseUrl);
  }

  private RoomHub(Vertx vertx, GameStore store, RedisLink redis,
                  RedisKeys keys, Meters meters, RoomLeases leases, RoomRelay relay,
                  Function<Set<String>, Future<Map<String, String>>> documentNames, URI publicBaseUrl) {
    this.vertx = vertx;
    this.store = store;
    this.redis = redis;
    this.keys = keys;
    this.meters = meters;
    this.leases = leases;
    this.relay = relay;
    this.documentNames = documentNames;
    this.publicBaseUrl = publicBaseUrl;
  }

  /**
   * Starts relaying and takes every game not over that nobody owns (after a restart: players
   * reconnect with their tokens and continue with their scores); then renews this server's presence
   * every {@link RoomRelay#BEAT} and watches, every {@link RoomRelay#WATCH}, the presence of the
   * servers owning rooms its sockets are relayed to, taking a room over as soon as its owner is gone;
   * and every third of a lease, renews this server's leases and takes over the rooms of servers that
   * are gone. Returns how many rooms were taken at start.
   */
  public Future<Integer> start() {
    return relay.start(this::local, opening::containsKey, this::ownerLeft).compose(v -> sweep()).onSuccess(n -> {
      long beat = RoomRelay.BEAT.toMillis();
      // The presence is renewed from a thread of its own, so a busy event loop does not pass for a dead server.
      beats.scheduleAtFixedRate(() -> {
        if (redis.isOpen()) {
          relay.renewPresence();
        } else {
          beats.shutdown(); // the server has stopped
        }
      }, beat, beat, TimeUnit.MILLISECONDS);
      long watch = RoomRelay.WATCH.toMillis();
      vertx.setPeriodic(watch, watch, id -> watch());
      long every = Math.max(500, leases.duration().toMillis() / 3);
      vertx.setPeriodic(every, every, id -> tick());
    });
  }

  /** Moves the screens relayed to servers that are gone to their rooms' next owners (this server, maybe). */
  private void watch() {
    relay.relayedByOwner().forEach((owner, games) -> relay.alive(owner).onSuccess(alive -> {
      if (!alive) {
        games.forEach(gameId -> move(gameId, owner));
      }
    }));
  }

  /** The owner of a room relayed from here left it (it stopped, lost its lease, or does not have it). */
  private void ownerLeft(long gameId, String from) {
    vertx.setTimer(100, id -> move(gameId, from));
  }

  /**
   * Finds the room's owner now, taking the room over if {@code from} (its owner before) is gone or
   * gave it up, and seats the screens relayed from here there; they are told to wait meanwhile.
   */
  private void move(long gameId, String from) {
    if (!moving.add(gameId)) {
      return;
    }
    relay.ownerAway(gameId);
    long began = System.nanoTime();
    GameStore.UnfinishedGame known = games.getIfPresent(gameId);
    (known != null ? Future.succeededFuture(known) : store.unfinishedById(gameId))
        .compose(g -> g == null ? Future.succeededFuture((RoomDoor) null) : leases.owner(gameId)
            .compose(owner -> owner == null || owner.equals(from) || owner.equals(leases.node())
                ? relay.alive(from).compose(alive -> alive && from.equals(owner) ? remote(g, owner) : takeOver(g, from))
                : remote(g, owner)))
        .onComplete(done -> {
          moving.remove(gameId);
          if (done.failed()) {
            LOG.warn("Game {}: finding its next server failed: {}", gameId, done.cause().getMessage());
          } else if (done.result() == null) {
            relay.closeGame(gameId, RoomRelay.MOVED, "room moved");
          } else if (done.result() instanceof RemoteRoom r) {
            relay.rebind(gameId, r.owner(), r.owner().equals(from));
            LOG.info("Game {}: its screens here follow it from {} to {} ({} ms)", gameId, from, r.owner(),
                (System.nanoTime() - began) / 1_000_000);
          } else {
            relay.rebind(gameId, leases.node(), false);
            LOG.info("Game {}: taken over here from {} ({} ms)", gameId, from, (System.nanoTime() - began) / 1_000_000);
          }
        });
  }

  private Future<RoomDoor> remote(GameStore.UnfinishedGame g, String owner) {
    return Future.succeededFuture(remoteRoom(g, owner));
  }

  /** A room played on another server; this server may have to take it over, so it rehearses that once. */
  private RoomDoor remoteRoom(GameStore.UnfinishedGame g, String owner) {
    if (rehearsed.compareAndSet(false, true)) {
      vertx.executeBlocking(() -> {
        long began = System.nanoTime();
        TakeoverRehearsal.run(REHEARSAL_PLAYERS, REHEARSAL_ROUNDS);
        LOG.info("Takeover rehearsed ({} players, {} times) in {} ms", REHEARSAL_PLAYERS, REHEARSAL_ROUNDS,
            (System.nanoTime() - began) / 1_000_000);
        return null;
      }, false).onFailure(e -> LOG.warn("Rehearsing a takeover failed", e));
    }
    return new RemoteRoom(g.id(), g.hostId(), owner, relay);
  }

  /** Opens the room of a new game here. */
  Future<LiveRoom> open(LiveGame game, GameSetup setup) {
    unknownPins.invalidate(game.pin());
    return leases.take(game.id()).compose(v -> deploy(game, Room.create(setup), log(game.id()), 0));
  }

  /** The room for a PIN, here or elsewhere; null when no game not over has it (six digits, or none does). */
  Future<RoomDoor> byPin(String pin) {
    LiveRoom here = pin == null ? null : byPin.get(pin);
    if (here != null || pin == null || !PIN.matcher(pin).matches() || unknownPins.getIfPresent(pin) != null) {
      return Future.succeededFuture(here);
    }
    GameStore.UnfinishedGame known = pins.getIfPresent(pin);
    Future<GameStore.UnfinishedGame> game = known != null ? Future.succeededFuture(known)
        : store.unfinishedByPin(pin).onSuccess(g -> {
          if (g != null) {
            pins.put(pin, g);
          } else {
            unknownPins.put(pin, Boolean.TRUE);
          }
        });
    return game.compose(g -> g == null ? Future.succeededFuture(null) : locate(g));
  }

  /** The room of a game, here or elsewhere; null when the game is over or does not exist. */
  Future<RoomDoor> byId(long gameId) {
    LiveRoom here = byId.get(gameId);
    return here != null ? Future.succeededFuture(here)
        : store.unfinishedById(gameId).compose(g -> g == null ? Future.succeededFuture(null) : locate(g));
  }

  private LiveRoom local(long gameId) {
    return byId.get(gameId);
  }

  /** Where a game not over is played: here, on its owner, or here after taking it over from a server gone. */
  private Future<RoomDoor> locate(GameStore.UnfinishedGame g) {
    games.put(g.id(), g);
    return leases.owner(g.id()).compose(owner -> owner == null || owner.equals(leases.node()) ? takeOver(g, null)
        : relay.alive(owner).compose(alive -> alive ? remote(g, owner) : takeOver(g, owner)));
  }

  /**
   * Takes a game over: its lease (free, or held by {@code gone}, a server found gone), then its room
   * from the snapshot and logged commands, with its timer moved on by the time since {@code gone}
   * was last seen; the screens relayed from here are then seated on it. A game with nothing left in
   * Redis is marked abandoned. Concurrent calls for one game share the outcome.
   */
  private Future<RoomDoor> takeOver(GameStore.UnfinishedGame g, String gone) {
    LiveRoom here = byId.get(g.id());
    if (here != null) {
      return Future.succeededFuture(here);
    }
    Promise<RoomDoor> promise = Promise.promise();
    Future<RoomDoor> already = opening.putIfAbsent(g.id(), promise.future());
    if (already != null) {
      return already;
    }
    (gone == null ? leases.claim(g.id()) : leases.claimFrom(g.id(), gone))
        .compose(claimed -> claimed ? restore(g, gone)
            : leases.owner(g.id()).map(owner -> owner == null ? null : remoteRoom(g, owner)))
        .onComplete(done -> {
          opening.remove(g.id());
          relay.opened(g.id());
          promise.handle(done);
        });
    return promise.future();
  }

  private Future<RoomDoor> restore(GameStore.UnfinishedGame g, String gone) {
    CommandLog log = log(g.id());
    Future<Long> since = gone == null ? Future.succeededFuture(0L) : relay.lastSeen(gone);
    return since.compose(outageSince -> log.restore().<RoomDoor>compose(room -> {
      if (room == null && gone != null) {
        // Taken from a server found gone before it saved the room's first state: it may still be
        // opening the game (seen gone only because it was slow), so the lease goes back to it; if it
        // is really gone, the lease runs out and the sweep marks the game abandoned.
        return leases.giveBack(g.id(), gone).map(v -> null);
      }
      if (room == null) {
        return store.abandon(g.id()).compose(abandoned -> {
          if (abandoned) {
            LOG.info("Game {} has no state left in Redis: marked abandoned", g.id());
          }
          return leases.release(g.id());
        }).map(v -> null);
      }
      Set<String> cited = new HashSet<>();
      room.setup().questions().forEach(q -> cited.addAll(q.content().citedDocuments()));
      return documentNames.apply(cited).compose(names -> deploy(new LiveGame(g.id(), g.pin(), g.title(),
          LiveGame.joinUrl(publicBaseUrl, g.pin()), room.setup().questionCount(), g.hostId(), names), room, log,
          outageSince))
          .map(live -> {
            // The other servers' screens first: their Welcomes and catch-ups still cross Redis while
            // the room seats this server's own.
            relay.opened(g.id());
            relay.rebind(g.id(), leases.node(), false);
            return (RoomDoor) live;
          });
    }));
  }

  private Future<LiveRoom> deploy(LiveGame game, Room state, CommandLog log, long outageSince) {
    LiveRoom room = new LiveRoom(game, state, store, log,
        new Leaderboard(redis, keys.grouped("game:" + game.id(), "leaderboard")), meters, relay, leases,
        this::close, outageSince);
    return vertx.deployVerticle(room).map(id -> {
      byId.put(game.id(), room);
      byPin.put(game.pin(), room);
      vertx.setPeriodic(KEEP_FINISHED.toMillis(), KEEP_FINISHED.toMillis(), timer -> {
        if (room.finished() || byId.get(game.id()) != room) {
          vertx.cancelTimer(timer);
          close(room);
        }
      });
      return room;
    });
  }

  private CommandLog log(long gameId) {
    String game = "game:" + gameId;
    return new CommandLog(vertx, redis, keys.grouped(game, "state"), keys.grouped(game, "log"),
        leases.key(gameId), leases.node());
  }

  /**
   * Takes every game not over that nobody owns; returns how many were taken. (A room whose owner is
   * gone is taken by the servers watching it, by a screen asking for it, or here once its lease runs
   * out: not by the sweep, which also sees games whose creator is still opening them.)
   */
  Future<Integer> sweep() {
    return store.unfinished().compose(games -> {
      List<Future<RoomDoor>> taken = new ArrayList<>();
      for (GameStore.UnfinishedGame g : games) {
        if (!byId.containsKey(g.id())) {
          taken.add(leases.owner(g.id()).compose(owner -> owner == null ? takeOver(g, null)
              : Future.succeededFuture(null)));
        }
      }
      return Future.join(taken).map(all -> (int) taken.stream()
          .filter(f -> f.succeeded() && f.result() instanceof LiveRoom).count());
    });
  }

  private void tick() {
    for (LiveRoom room : byId.values()) {
      leases.claim(room.gameId()).onSuccess(held -> {
        if (!held && !room.finished()) {
          LOG.warn("Game {}: the lease was lost to another server; closing the room here", room.gameId());
          close(room);
        }
      });
      room.dropGoneServers();
    }
    relay.relayedByOwner().forEach((owner, games) -> games.forEach(gameId -> leases.owner(gameId)
        .onSuccess(now -> {
          if (!owner.equals(now)) {
            move(gameId, owner);
          }
        })));
    sweep()
        .onSuccess(n -> {
          if (n > 0) {
            LOG.info("Took over {} live game(s) whose server stopped", n);
          }
        })
        .onFailure(e -> LOG.warn("Live-room housekeeping failed: {}", e.getMessage()));
  }

  private void close(LiveRoom room) {
    if (byId.remove(room.gameId(), room)) {
      byPin.remove(room.game().pin(), room);
      vertx.undeploy(room.deploymentID());
    }
  }

  /** The host's name (a pod's name in a cluster) and a random part, new at every start. */
  public static String nodeName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "node";
    }
    return host.replaceAll("[^A-Za-z0-9.-]", "") + "-" + HexFormat.of().toHexDigits(new SecureRandom().nextInt());
  }

  /** For the metrics and tests: how many rooms are open here. */
  public int size() {
    return byId.size();
  }
}
