package vn.luatvui.server.bench;

import static vn.luatvui.server.bench.BenchRequests.check;
import static vn.luatvui.server.bench.BenchRequests.send;
import static vn.luatvui.server.bench.Latency.max;
import static vn.luatvui.server.bench.Latency.p;

import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import vn.luatvui.server.QuizServer;
import vn.luatvui.server.contest.BoardRebuild;
import vn.luatvui.server.contest.ContestBoards;
import vn.luatvui.server.contest.Round;
import vn.luatvui.server.support.TestDatabase;
import vn.luatvui.server.support.TestRedis;
import vn.luatvui.server.support.TestServer;

/**
 * The contests' benchmark, against the three targets of the feature:
 * <ol>
 *   <li>a round leaderboard of 1,000,000 contestants: the top 10 plus one contestant's rank and
 *   neighbours, p99 ≤ 2 ms server-side; and rebuilding that board from PostgreSQL ≤ 60 s;</li>
 * </ol>
 * Starts a real server on its own database and Redis prefix; prints its figures. Run it with
 * {@code scripts/bench-contest.sh}.
 */
public final class ContestBenchmark {
  private static final int VIEW_CALLS = 20_000;
  private static final int VIEW_CALLERS = 4;
  private static final int UNITS = 60;

  private ContestBenchmark() {
  }

  /** Every figure, for the summary at the end. */
  private static final class Figures {
    long contestants;
    double seedSeconds;
    double roundRebuildSeconds;
    double overallRebuildSeconds;
    long roundRows;
    long overallRows;
    long boardBytes;
    long redisDelta;
    Histogram view;
    Histogram viewPaced;  // one read after another
    double viewPerSecond;
  }

  public static void main(String[] args) throws Exception {
    int contestants = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    TestDatabase database = TestDatabase.named();
    TestRedis redis = new TestRedis();
    Figures f = new Figures();
    f.contestants = contestants;
    // Registrations are limited per client address: the contestants come as through a proxy on this
    // machine, each from an address of its own.
    var env = TestServer.environment(database.uri(), TestRedis.URI, redis.prefix());
    env.put(vn.luatvui.server.AppConfig.TRUSTED_PROXIES, "127.0.0.1");
    env.put(vn.luatvui.server.config.HttpEdge.PUBLIC_READS_PER_MINUTE, "10000000");
    try (QuizServer server = TestServer.start(env)) {
      System.out.println("Machine: " + machine());
      leaderboard(server, database, contestants, f);
      summary(f);
    } finally {
      database.close();
      redis.close();
    }
  }

  // ---------------------------------------------------------------- 1. the leaderboard

  private static void leaderboard(QuizServer server, TestDatabase database, int n, Figures f) throws Exception {
    long contestId;
    long firstContestant;
    Instant opens = Instant.now().minus(Duration.ofHours(1));
    Instant closes = Instant.now().plus(Duration.ofDays(1));
    long start = System.nanoTime();
    try (Connection c = database.connect(); Statement s = c.createStatement()) {
      s.execute("SET synchronous_commit = off");
      contestId = single(s, "INSERT INTO contest (title, organiser, owner_id, status, settings) VALUES "
          + "('Tìm hiểu pháp luật (đo tải)', 'Ban tổ chức', (SELECT min(id) FROM app_user), 'PUBLISHED', "
          + "'{\"questionsPerAttempt\":10,\"timeLimitSeconds\":900}'::jsonb) RETURNING id");
      s.execute("INSERT INTO contest_round (contest_id, number, title, opens_at, closes_at) VALUES (" + contestId
          + ", 1, 'Đợt 1', '" + opens + "', '" + closes + "')");
      s.execute("INSERT INTO contest_unit (contest_id, code, name, members) SELECT " + contestId
          + ", 'DV' || i, 'Trường THPT số ' || i, 20000 FROM generate_series(1, " + UNITS + ") i");
      long firstUnit = single(s, "SELECT min(id) FROM contest_unit WHERE contest_id = " + contestId);
      s.execute("INSERT INTO contestant (contest_id, unit_id, full_name, name_key, birth_date, email, code_hash) "
          + "SELECT " + contestId + ", " + firstUnit + " + i % " + UNITS + ", 'Nguyễn Văn Thí Sinh ' || i, "
          + "'nguyen van thi sinh ' || i, date '2005-01-01' + i % 3000, 'ts' || i || '@truong.edu.vn', "
          + "sha256(('bench-' || i)::bytea) FROM generate_series(1, " + n + ") i");
      firstContestant = single(s, "SELECT min(id) FROM contestant WHERE contest_id = " + contestId);
      // Scores 0..100 in tens, durations 30 s..10 min, submissions over the last hour: many ties on score.
      s.execute("INSERT INTO contest_attempt (contest_id, round_number, contestant_id, practice, questions, "
          + "question_count, started_at, deadline, submitted_at, score, correct, duration_ms) "
          + "SELECT contest_id, 1, id, false, '[]'::jsonb, 0, sub - dur * interval '1 millisecond', "
          + "sub + interval '15 minutes', sub, sc, sc / 10, dur FROM (SELECT contest_id, id, "
          + "((hashint4(id::int) & 2147483647) % 11) * 10 AS sc, 30000 + (hashint4(id::int + 7) & 2147483647) % 570000 AS dur, "
          + "now() - ((id % 3600) * interval '1 second') AS sub FROM contestant WHERE contest_id = " + contestId + ") x");
      s.execute("INSERT INTO contest_entry (contest_id, round_number, contestant_id, unit_id, attempt_id, score, perfect, "
          + "prediction, duration_ms, submitted_at) SELECT a.contest_id, 1, a.contestant_id, c.unit_id, a.id, a.score, "
          + "a.score = 100, null, a.duration_ms, a.submitted_at FROM contest_attempt a JOIN contestant c "
          + "ON c.id = a.contestant_id WHERE a.contest_id = " + contestId);
      for (String table : List.of("contestant", "contest_attempt", "contest_entry", "contest_unit")) {
        s.execute("VACUUM ANALYZE " + table);
      }
    }
    f.seedSeconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("Seeded %,d contestants, submitted attempts and round entries with SQL in %.1f s%n", n, f.seedSeconds);

    ContestBoards boards = server.contests().boards();
    BoardRebuild rebuild = server.contests().rebuild();
    Round round = new Round(contestId, 1, "Đợt 1", opens, closes, null, null, false);
    RedisClusterCommands<String, String> sync = server.redis().sync();
    long usedBefore = usedMemory(sync);

    start = System.nanoTime();
    f.roundRows = rebuild.round(round).await();
    f.roundRebuildSeconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("Rebuilt the round board (%,d rows) from PostgreSQL in %.1f s%n", f.roundRows, f.roundRebuildSeconds);
    start = System.nanoTime();
    f.overallRows = rebuild.overall(contestId, List.of(round)).await();
    f.overallRebuildSeconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("Rebuilt the contest board (%,d rows) from PostgreSQL in %.1f s%n", f.overallRows,
        f.overallRebuildSeconds);

    f.redisDelta = usedMemory(sync) - usedBefore;
    for (String key : boards.keys(contestId, 1)) {
      Long bytes = sync.memoryUsage(key);
      f.boardBytes += bytes == null ? 0 : bytes;
    }
    System.out.printf("Redis memory of the round board (MEMORY USAGE of its 3 keys): %.0f MiB; used_memory grew "
        + "by %.0f MiB for both boards%n", f.boardBytes / 1048576.0, f.redisDelta / 1048576.0);

    long first = firstContestant;
    for (int i = 0; i < 2_000; i++) {
      boards.view(contestId, 1, 10, first + ThreadLocalRandom.current().nextInt(n), 2).await();
    }
    ContestBoards.View sample = boards.view(contestId, 1, 10, first + n / 2, 2).await();
    if (sample.total() != n || sample.top().size() != Math.min(10, n) || sample.rank() == null
        || sample.around().size() != 5) {
      throw new IllegalStateException("Unexpected board view: " + sample);
    }
    Recorder recorder = new Recorder(3);
    ExecutorService callers = Executors.newFixedThreadPool(VIEW_CALLERS);
    CountDownLatch done = new CountDownLatch(VIEW_CALLERS);
    start = System.nanoTime();
    for (int t = 0; t < VIEW_CALLERS; t++) {
      callers.execute(() -> {
        try {
          for (int i = 0; i < VIEW_CALLS / VIEW_CALLERS; i++) {
            long id = first + ThreadLocalRandom.current().nextInt(n);
            long t0 = System.nanoTime();
            ContestBoards.View v = boards.view(contestId, 1, 10, id, 2).await();
            recorder.recordValue(System.nanoTime() - t0);
            if (v.rank() == null) {
              throw new IllegalStateException("Contestant " + id + " is not on the board");
            }
          }
        } finally {
          done.countDown();
        }
      });
    }
    done.await();
    f.viewPerSecond = VIEW_CALLS / ((System.nanoTime() - start) / 1e9);
    callers.shutdown();
    f.view = recorder.getIntervalHistogram();
    System.out.printf("Board view (top 10 + rank + 2 either side), %,d calls from %d callers, %.0f/s: "
            + "p50 %.2f ms  p99 %.2f ms  max %.2f ms%n", f.view.getTotalCount(), VIEW_CALLERS, f.viewPerSecond,
        p(f.view, 50), p(f.view, 99), max(f.view));
    System.out.printf("  e.g. contestant %d: rank %d of %,d%n", first + n / 2, sample.rank(), sample.total());
    f.viewPaced = oneByOne(server.vertx(), boards, contestId, first, n);
    System.out.printf("Board view one after another on an event loop, %,d reads: p50 %.2f ms  p99 %.2f ms  max %.2f ms%n",
        VIEW_CALLS, p(f.viewPaced, 50), p(f.viewPaced, 99),
        max(f.viewPaced));
  }

  /**
   * One read after another on an event loop, as a request handler makes them: the time each read takes
   * from the handler's call until its result is back, the server-side cost of a leaderboard page.
   */
  private static Histogram oneByOne(Vertx vertx, ContestBoards boards, long contestId, long first, int n)
      throws InterruptedException {
    Recorder recorder = new Recorder(3);
    CountDownLatch finished = new CountDownLatch(1);
    vertx.getOrCreateContext().runOnContext(v -> next(boards, contestId, first, n, recorder, VIEW_CALLS, finished));
    finished.await();
    return recorder.getIntervalHistogram();
  }

  private static void next(ContestBoards boards, long contestId, long first, int n, Recorder recorder, int left,
                           CountDownLatch finished) {
    if (left == 0) {
      finished.countDown();
      return;
    }
    long started = System.nanoTime();
    boards.view(contestId, 1, 10, first + ThreadLocalRandom.current().nextInt(n), 2).onComplete(x -> {
      recorder.recordValue(System.nanoTime() - started);
      next(boards, contestId, first, n, recorder, left - 1, finished);
    });
  }

  private static long usedMemory(RedisClusterCommands<String, String> sync) {
    for (String line : sync.info("memory").split("\r?\n")) {
      if (line.startsWith("used_memory:")) {
        return Long.parseLong(line.substring("used_memory:".length()).trim());
      }
    }
    return 0;
  }

  // ---------------------------------------------------------------- summary

  private static void summary(Figures f) {
    double rebuild = f.roundRebuildSeconds + f.overallRebuildSeconds;
    double viewP99 = p(f.viewPaced, 99);
    System.out.println();
    System.out.println("==================== Contest benchmark summary ====================");
    System.out.println("Machine: " + machine());
    System.out.printf("Leaderboard of %,d contestants (seeded in %.0f s)%n", f.contestants, f.seedSeconds);
    System.out.printf("  view top 10 + rank + neighbours, server-side  p50 %.2f ms  p99 %.2f ms  max %.2f ms   target p99 ≤ 2 ms  %s%n",
        p(f.viewPaced, 50), viewP99, max(f.viewPaced), viewP99 <= 2 ? "MET" : "MISSED");
    System.out.printf("  view, %d callers flat out (%.0f/s)   p50 %.2f ms  p99 %.2f ms  max %.2f ms%n", VIEW_CALLERS,
        f.viewPerSecond, p(f.view, 50), p(f.view, 99),
        max(f.view));
    System.out.printf("  rebuild from PostgreSQL          round %.1f s + contest %.1f s = %.1f s   target ≤ 60 s        %s%n",
        f.roundRebuildSeconds, f.overallRebuildSeconds, rebuild, rebuild <= 60 ? "MET" : f.roundRebuildSeconds <= 60 ? "MET for the round board alone" : "MISSED");
    System.out.printf("  Redis memory                     round board %.0f MiB (both boards +%.0f MiB used_memory)%n",
        f.boardBytes / 1048576.0, f.redisDelta / 1048576.0);
    System.out.println("Answer saves: scripts/bench-contest.sh saves (server and load generator in separate processes)");
    System.out.println("====================================================================");
  }

  // ---------------------------------------------------------------- helpers

  private static String machine() {
    String model = "?";
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          model = line.substring(line.indexOf(':') + 1).trim();
          break;
        }
      }
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
          return String.format("%d cores, %s, %.1f GiB RAM, Java %s, max heap %d MiB",
              Runtime.getRuntime().availableProcessors(), model, kb / 1048576.0, System.getProperty("java.version"),
              Runtime.getRuntime().maxMemory() >> 20);
        }
      }
    } catch (java.io.IOException e) {
      // not Linux: fall through
    }
    return Runtime.getRuntime().availableProcessors() + " cores, " + model;
  }

  /** A name made of letters only, different for every k. */
  private static String letters(int k) {
    StringBuilder b = new StringBuilder();
    int v = k;
    do {
      b.append((char) ('a' + v % 26));
      v /= 26;
    } while (v > 0);
    return Character.toUpperCase(b.charAt(0)) + b.substring(1) + "n";
  }

  private static long single(Statement s, String sql) throws java.sql.SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
