package vn.luatvui.server.game.live;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import vn.luatvui.server.auth.RateLimiter;
import vn.luatvui.server.config.GameLimits;

/**
 * Who may knock at the live games, by client address: how many sockets it holds open on this server
 * without having named a game, and how many join, reconnect and host frames it sends a minute (in
 * Redis, so across servers). Loopback is an address like any other.
 */
final class Admission {
  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final RateLimiter limiter;
  private final GameLimits limits;
  private final ConcurrentHashMap<String, Integer> unidentified = new ConcurrentHashMap<>();

  Admission(RateLimiter limiter, GameLimits limits) {
    this.limiter = limiter;
    this.limits = limits;
  }

  GameLimits limits() {
    return limits;
  }

  /** A new socket from this address, not yet in a game; null when the address holds too many already. */
  Ticket arrive(String address) {
    boolean[] room = {false};
    unidentified.compute(address, (a, n) -> {
      int count = n == null ? 0 : n;
      room[0] = count < limits.unidentifiedPerAddress();
      return room[0] ? count + 1 : n;
    });
    return room[0] ? new Ticket(address) : null;
  }

  /** Counts one identifying frame; true while the address is within its limit for the minute. */
  Future<Boolean> knock(String address) {
    return limiter.allow("game-identify", address, limits.identifyPerMinute(), MINUTE);
  }

  /** How many sockets of this address are not in a game (for tests and metrics). */
  int waiting(String address) {
    return unidentified.getOrDefault(address, 0);
  }

  /** One socket's place among its address's unidentified ones; given back once, when it names a game or closes. */
  final class Ticket {
    private final String address;
    private final AtomicBoolean held = new AtomicBoolean(true);

    private Ticket(String address) {
      this.address = address;
    }

    void giveBack() {
      if (held.compareAndSet(true, false)) {
        unidentified.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
      }
    }
  }
}
