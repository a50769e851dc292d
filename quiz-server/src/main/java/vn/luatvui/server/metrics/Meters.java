package vn.luatvui.server.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The project's own meters, all named here. In Prometheus they appear with dots turned into
 * underscores and the unit suffixes Micrometer adds (e.g. {@code luatvui_answers_total}).
 */
public final class Meters {
  public static final String ROOMS_ACTIVE = "luatvui.rooms.active";
  public static final String PLAYERS_CONNECTED = "luatvui.players.connected";
  public static final String ANSWERS = "luatvui.answers";
  public static final String BROADCAST_LATENCY = "luatvui.broadcast.latency";
  public static final String DEPENDENCY_UP = "luatvui.dependency.up";
  public static final String QUESTION_CLOSE = "luatvui.question.close";
  public static final String CONTEST_ANSWERS = "luatvui.contest.answers";
  public static final String CONTEST_ATTEMPTS = "luatvui.contest.attempts";
  public static final String LEADERBOARD_READ = "luatvui.contest.leaderboard.read";

  private final AtomicInteger roomsActive = new AtomicInteger();
  private final AtomicInteger playersConnected = new AtomicInteger();
  private final Counter answers;
  private final Timer broadcastLatency;
  private final Timer questionClose;
  private final Counter contestAnswers;
  private final Counter attemptsStarted;
  private final Counter attemptsSubmitted;
  private final Counter attemptsAutoSubmitted;
  private final Timer leaderboardRead;
  private final AtomicInteger postgresUp = new AtomicInteger();
  private final AtomicInteger redisUp = new AtomicInteger();

  public Meters(MeterRegistry registry) {
    Gauge.builder(ROOMS_ACTIVE, roomsActive, AtomicInteger::get)
        .description("Live game rooms owned by this instance").register(registry);
    Gauge.builder(PLAYERS_CONNECTED, playersConnected, AtomicInteger::get)
        .description("Players connected to this instance").register(registry);
    answers = Counter.builder(ANSWERS)
        .description("Answers accepted in live games").register(registry);
    broadcastLatency = Timer.builder(BROADCAST_LATENCY)
        .description("From a room event until the last connected player has been written to")
        .publishPercentiles(0.5, 0.99)
        .serviceLevelObjectives(Duration.ofMillis(20), Duration.ofMillis(200))
        .register(registry);
    questionClose = Timer.builder(QUESTION_CLOSE)
        .description("Closing a question in the room: scoring, ranking every player, building the reveal")
        .publishPercentiles(0.5, 0.99)
        .register(registry);
    contestAnswers = Counter.builder(CONTEST_ANSWERS)
        .description("Contest answers saved (first answers and changes)").register(registry);
    attemptsStarted = Counter.builder(CONTEST_ATTEMPTS).tag("event", "started")
        .description("Contest attempts by what happened to them").register(registry);
    attemptsSubmitted = Counter.builder(CONTEST_ATTEMPTS).tag("event", "submitted")
        .description("Contest attempts by what happened to them").register(registry);
    attemptsAutoSubmitted = Counter.builder(CONTEST_ATTEMPTS).tag("event", "auto_submitted")
        .description("Contest attempts by what happened to them").register(registry);
    leaderboardRead = Timer.builder(LEADERBOARD_READ)
        .description("Reading a contest leaderboard from Redis: the top, one contestant's rank and neighbours")
        .publishPercentiles(0.5, 0.99)
        .serviceLevelObjectives(Duration.ofMillis(2))
        .register(registry);
    Gauge.builder(DEPENDENCY_UP, postgresUp, AtomicInteger::get).tag("dependency", "postgresql")
        .description("1 while the dependency answered the last readiness check").register(registry);
    Gauge.builder(DEPENDENCY_UP, redisUp, AtomicInteger::get).tag("dependency", "redis")
        .description("1 while the dependency answered the last readiness check").register(registry);
  }

  public AtomicInteger roomsActive() {
    return roomsActive;
  }

  public AtomicInteger playersConnected() {
    return playersConnected;
  }

  public Counter answers() {
    return answers;
  }

  public Timer broadcastLatency() {
    return broadcastLatency;
  }

  public Timer questionClose() {
    return questionClose;
  }

  public Counter contestAnswers() {
    return contestAnswers;
  }

  /** An attempt started, or submitted (by the contestant, or automatically when its time ran out). */
  public void attempt(String event) {
    switch (event) {
      case "started" -> attemptsStarted.increment();
      case "auto_submitted" -> attemptsAutoSubmitted.increment();
      default -> attemptsSubmitted.increment();
    }
  }

  public Timer leaderboardRead() {
    return leaderboardRead;
  }

  public void dependencies(boolean postgres, boolean redis) {
    postgresUp.set(postgres ? 1 : 0);
    redisUp.set(redis ? 1 : 0);
  }
}
