package vn.luatvui.server.bench;

import io.lettuce.core.api.sync.RedisCommands;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import vn.luatvui.server.QuizServer;
import vn.luatvui.server.contest.BoardRebuild;
import vn.luatvui.server.contest.ContestBoards;
import vn.luatvui.server.contest.ContestStore;
import vn.luatvui.server.contest.EntryStore;
import vn.luatvui.server.contest.Round;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.TestDatabase;
import vn.luatvui.server.support.TestRedis;
import vn.luatvui.server.support.TestServer;

/**
 * The contests' benchmark, against the three targets of the feature:
 * <ol>
 *   <li>a round leaderboard of 1,000,000 contestants: the top 10 plus one contestant's rank and
 *   neighbours, p99 ≤ 2 ms server-side; and rebuilding that board from PostgreSQL ≤ 60 s;</li>
 *   <li>2,000 answer saves per second sustained through the HTTP API with p99 ≤ 50 ms.</li>
 * </ol>
 * Starts a real server on its own database and Redis prefix; prints its figures. Run it with
 * {@code scripts/bench-contest.sh}.
 */
public final class ContestBenchmark {
  private static final int VIEW_CALLS = 20_000;
  private static final int VIEW_CALLERS = 4;
  private static final int UNITS = 60;
  private static final int SAVE_RATE = 2_000;
  private static final int SAVE_SECONDS = 30;
  private static final int SAVE_WARM_UP_SECONDS = 10;
  private static final int SAVE_CONTESTANTS = 2_000;
  private static final int QUESTIONS = 10;
  private static final int MAX_CONNECTIONS = 400;

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
    long saves;
    long saveErrors;
    double saveSeconds;
    Histogram save;
    long savedPairs;
    long answerRows;
    String saveErrorSample = "";
    String saveFailure;
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
      try {
        answerSaves(server, database, f);
      } catch (Exception e) {
        Throwable cause = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null ? e.getCause() : e;
        f.saveFailure = cause.getMessage();
        System.out.println("Answer saves NOT MEASURED: " + f.saveFailure);
      }
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
    RedisCommands<String, String> sync = server.redis().sync();
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
        ms(f.view.getValueAtPercentile(50)), ms(f.view.getValueAtPercentile(99)), ms(f.view.getMaxValue()));
    System.out.printf("  e.g. contestant %d: rank %d of %,d%n", first + n / 2, sample.rank(), sample.total());
    f.viewPaced = oneByOne(server.vertx(), boards, contestId, first, n);
    System.out.printf("Board view one after another on an event loop, %,d reads: p50 %.2f ms  p99 %.2f ms  max %.2f ms%n",
        VIEW_CALLS, ms(f.viewPaced.getValueAtPercentile(50)), ms(f.viewPaced.getValueAtPercentile(99)),
        ms(f.viewPaced.getMaxValue()));
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

  private static long usedMemory(RedisCommands<String, String> sync) {
    for (String line : sync.info("memory").split("\r?\n")) {
      if (line.startsWith("used_memory:")) {
        return Long.parseLong(line.substring("used_memory:".length()).trim());
      }
    }
    return 0;
  }

  // ---------------------------------------------------------------- 2. answer saves

  private static void answerSaves(QuizServer server, TestDatabase database, Figures f) throws Exception {
    int port = server.config().httpPort();
    String origin = "http://127.0.0.1:" + port;
    Http admin = new Http(port).login(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD);
    check(admin.post("/api/users", new JsonObject().put("email", "btc@sotuphap.gov.vn").put("displayName", "Ban tổ chức")
        .put("password", "mat-khau-du-dai").put("roles", new JsonArray().add("ORGANISER").add("HOST"))), 201);
    Http organiser = new Http(port).login("btc@sotuphap.gov.vn", "mat-khau-du-dai");

    JsonArray items = new JsonArray();
    for (Object q : organiser.json("/api/questions?status=APPROVED&needsReview=false&type=SINGLE_CHOICE&size=30")
        .getJsonArray("items")) {
      items.add(new JsonObject().put("questionId", ((JsonObject) q).getLong("id")).put("timeLimitSeconds", 30)
          .put("points", 1000));
    }
    if (items.size() < QUESTIONS) {
      throw new IllegalStateException("The starter bank has only " + items.size() + " approved single-choice questions");
    }
    long setId = Http.json(check(organiser.post("/api/question-sets", new JsonObject().put("title", "Đề thi đo tải")
        .put("shared", false).put("items", items)), 201)).getJsonObject("set").getLong("id");

    Instant now = Instant.now();
    JsonObject created = Http.json(check(organiser.post("/api/contests", new JsonObject()
        .put("title", "Tuổi trẻ với pháp luật").put("organiser", "Sở Tư pháp")
        .put("settings", new JsonObject().put("questionsPerAttempt", QUESTIONS).put("timeLimitSeconds", 3600)
            .put("pool", new JsonObject().put("setIds", new JsonArray().add(setId))))
        .put("rounds", new JsonArray().add(new JsonObject().put("number", 1).put("title", "Đợt 1")
            .put("opensAt", now.minusSeconds(60).toString()).put("closesAt", now.plus(Duration.ofHours(3)).toString())))),
        201));
    long contestId = created.getLong("id");
    JsonArray units = new JsonArray();
    for (int i = 1; i <= 20; i++) {
      units.add(new JsonObject().put("code", "T" + i).put("name", "Trường THCS số " + i).put("members", 500));
    }
    check(organiser.put("/api/contests/" + contestId + "/units", new JsonObject().put("units", units)), 200);
    JsonArray unitViews = new JsonArray(check(organiser.get("/api/contests/" + contestId + "/units"), 200).body());
    check(organiser.post("/api/contests/" + contestId + "/publish", new JsonObject().put("publicQuestions", "KEEP")), 200);

    // Contestants register and start their attempt through the API, a few at a time.
    long setupStart = System.nanoTime();
    java.net.http.HttpClient plain = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    String[] cookies = new String[SAVE_CONTESTANTS];
    long[] attempts = new long[SAVE_CONTESTANTS];
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<java.util.concurrent.Future<?>> work = new ArrayList<>();
    for (int i = 0; i < SAVE_CONTESTANTS; i++) {
      int k = i;
      work.add(pool.submit(() -> {
        long unitId = unitViews.getJsonObject(k % unitViews.size()).getLong("id");
        JsonObject reg = new JsonObject().put("fullName", "Trần Thị " + letters(k)).put("birthDate",
                LocalDate.of(2009, 1, 1).plusDays(k % 365).toString()).put("unitId", unitId)
            .put("phone", String.format("09%08d", k)).put("consent", new JsonObject().put("accepted", true));
        HttpResponse<String> r = send(plain, HttpRequest.newBuilder(URI.create(origin + "/api/contests/" + contestId
            + "/registrations")).header("Origin", origin).header("Content-Type", "application/json")
            .header("X-Forwarded-For", "10.1." + (k / 250) + "." + (k % 250 + 1))
            .POST(HttpRequest.BodyPublishers.ofString(reg.encode())).build());
        check(r, 201);
        String code = Http.json(r).getString("accessCode").toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        cookies[k] = "lv_c" + contestId + "=" + code;
        HttpResponse<String> a = send(plain, HttpRequest.newBuilder(URI.create(origin + "/api/contests/" + contestId
            + "/attempts")).header("Origin", origin).header("Content-Type", "application/json").header("Cookie", cookies[k])
            .POST(HttpRequest.BodyPublishers.ofString("{\"round\":1}")).build());
        check(a, 201);
        attempts[k] = Http.json(a).getLong("id");
        return null;
      }));
    }
    try {
      for (var w : work) {
        w.get();
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf("Set up through the API: organiser, set of %d questions, contest with %d units, published; "
        + "%,d contestants registered and started an attempt in %.1f s%n", items.size(), units.size(), SAVE_CONTESTANTS,
        (System.nanoTime() - setupStart) / 1e9);

    // Open loop: sends are due every 1/rate s; latency counts from when the send was due.
    Vertx clientVertx = Vertx.vertx();
    HttpClient client = clientVertx.createHttpClient(new HttpClientOptions().setDefaultHost("127.0.0.1")
            .setDefaultPort(port).setKeepAlive(true).setPipelining(false),
        new PoolOptions().setHttp1MaxSize(MAX_CONNECTIONS).setMaxWaitQueueSize(-1));
    Set<Long> saved = ConcurrentHashMap.newKeySet();
    Recorder recorder = new Recorder(3);
    AtomicLong errors = new AtomicLong();
    AtomicInteger inFlight = new AtomicInteger();
    AtomicLong errorSampled = new AtomicLong();
    String[] errorSample = {""};
    // Warm up at the full rate, unmeasured, so that the figures are those of a server that has been
    // running (compiled code paths, connection pools filled), as a contest's server is.
    long warmTotal = (long) SAVE_RATE * SAVE_WARM_UP_SECONDS;
    CountDownLatch warm = new CountDownLatch((int) warmTotal);
    long warmBegin = System.nanoTime();
    for (long i = 0; i < warmTotal; i++) {
      long due = warmBegin + i * (1_000_000_000L / SAVE_RATE);
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      int c = (int) (i % SAVE_CONTESTANTS);
      int position = (int) ((i / SAVE_CONTESTANTS) % QUESTIONS);
      save(client, origin, cookies[c], attempts[c], position, 1).onComplete(r -> {
        if (r.succeeded() && r.result() == 200) {
          saved.add(attempts[c] * 100 + position);
        }
        warm.countDown();
      });
    }
    warm.await(120, TimeUnit.SECONDS);
    System.out.printf("Warmed up: %,d saves at %,d/s, not measured%n", warmTotal, SAVE_RATE);

    long total = (long) SAVE_RATE * SAVE_SECONDS;
    long interval = 1_000_000_000L / SAVE_RATE;
    CountDownLatch finished = new CountDownLatch((int) total);
    long begin = System.nanoTime() + 10_000_000L;
    for (long i = 0; i < total; i++) {
      long due = begin + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      int c = (int) (i % SAVE_CONTESTANTS);
      int position = (int) ((i / SAVE_CONTESTANTS) % QUESTIONS);
      int choice = (int) ((i / ((long) SAVE_CONTESTANTS * QUESTIONS)) % 2);
      inFlight.incrementAndGet();
      save(client, origin, cookies[c], attempts[c], position, choice).onComplete(r -> {
        recorder.recordValue(Math.max(0, System.nanoTime() - due));
        inFlight.decrementAndGet();
        if (r.succeeded() && r.result() == 200) {
          saved.add(attempts[c] * 100 + position);
        } else {
          errors.incrementAndGet();
          if (errorSampled.getAndIncrement() == 0) {
            errorSample[0] = r.succeeded() ? "HTTP " + r.result() : r.cause().toString();
          }
        }
        finished.countDown();
      });
    }
    double sendSeconds = (System.nanoTime() - begin) / 1e9;
    boolean allBack = finished.await(120, TimeUnit.SECONDS);
    f.saveSeconds = (System.nanoTime() - begin) / 1e9;
    f.saves = total;
    f.saveErrors = errors.get() + (allBack ? 0 : finished.getCount());
    f.saveErrorSample = errorSample[0];
    f.save = recorder.getIntervalHistogram();
    f.savedPairs = saved.size();
    client.close().await();
    clientVertx.close().await();
    try (Connection c = database.connect(); Statement s = c.createStatement()) {
      f.answerRows = single(s, "SELECT count(*) FROM contest_answer a JOIN contest_attempt t ON t.id = a.attempt_id "
          + "WHERE t.contest_id = " + contestId);
    }
    System.out.printf("Answer saves (PUT /api/attempts/{id}/answers/{position}), open loop at %,d/s for %d s "
            + "(sent in %.1f s, all back after %.1f s), ≤ %d connections: %,d saves, %,d errors%s%n", SAVE_RATE,
        SAVE_SECONDS, sendSeconds, f.saveSeconds, MAX_CONNECTIONS, f.saves, f.saveErrors,
        f.saveErrors > 0 ? " (first: " + f.saveErrorSample + ")" : "");
    System.out.printf("  from the intended send time: p50 %.1f ms  p99 %.1f ms  p99.9 %.1f ms  max %.1f ms%n",
        ms(f.save.getValueAtPercentile(50)), ms(f.save.getValueAtPercentile(99)), ms(f.save.getValueAtPercentile(99.9)),
        ms(f.save.getMaxValue()));
    System.out.printf("  contest_answer rows %,d; distinct (attempt, position) pairs saved %,d: %s%n", f.answerRows,
        f.savedPairs, f.answerRows == f.savedPairs ? "match" : "MISMATCH");
  }

  private static Future<Integer> save(HttpClient client, String origin, String cookie, long attempt, int position,
                                      int choice) {
    return client.request(HttpMethod.PUT, "/api/attempts/" + attempt + "/answers/" + position)
        .compose(req -> {
          req.putHeader("Content-Type", "application/json").putHeader("Origin", origin).putHeader("Cookie", cookie);
          return req.send(Buffer.buffer("{\"choice\":" + choice + "}"))
              .compose(resp -> resp.body().map(b -> resp.statusCode()));
        });
  }

  // ---------------------------------------------------------------- summary

  private static void summary(Figures f) {
    double rebuild = f.roundRebuildSeconds + f.overallRebuildSeconds;
    double viewP99 = ms(f.viewPaced.getValueAtPercentile(99));
    if (f.save == null) {
      f.save = new Histogram(3);
    }
    double saveP99 = ms(f.save.getValueAtPercentile(99));
    double achieved = (f.saves - f.saveErrors) / (double) SAVE_SECONDS;
    System.out.println();
    System.out.println("==================== Contest benchmark summary ====================");
    System.out.println("Machine: " + machine());
    System.out.printf("Leaderboard of %,d contestants (seeded in %.0f s)%n", f.contestants, f.seedSeconds);
    System.out.printf("  view top 10 + rank + neighbours, server-side  p50 %.2f ms  p99 %.2f ms  max %.2f ms   target p99 ≤ 2 ms  %s%n",
        ms(f.viewPaced.getValueAtPercentile(50)), viewP99, ms(f.viewPaced.getMaxValue()), viewP99 <= 2 ? "MET" : "MISSED");
    System.out.printf("  view, %d callers flat out (%.0f/s)   p50 %.2f ms  p99 %.2f ms  max %.2f ms%n", VIEW_CALLERS,
        f.viewPerSecond, ms(f.view.getValueAtPercentile(50)), ms(f.view.getValueAtPercentile(99)),
        ms(f.view.getMaxValue()));
    System.out.printf("  rebuild from PostgreSQL          round %.1f s + contest %.1f s = %.1f s   target ≤ 60 s        %s%n",
        f.roundRebuildSeconds, f.overallRebuildSeconds, rebuild, rebuild <= 60 ? "MET" : f.roundRebuildSeconds <= 60 ? "MET for the round board alone" : "MISSED");
    System.out.printf("  Redis memory                     round board %.0f MiB (both boards +%.0f MiB used_memory)%n",
        f.boardBytes / 1048576.0, f.redisDelta / 1048576.0);
    System.out.printf("Answer saves over HTTP, %,d/s for %d s%n", SAVE_RATE, SAVE_SECONDS);
    if (f.saveFailure != null) {
      System.out.println("  NOT MEASURED: the setup through the API failed: " + f.saveFailure);
      System.out.println("====================================================================");
      return;
    }
    System.out.printf("  latency from intended send       p50 %.1f ms  p99 %.1f ms  max %.1f ms   target p99 ≤ 50 ms    %s%n",
        ms(f.save.getValueAtPercentile(50)), saveP99, ms(f.save.getMaxValue()), saveP99 <= 50 ? "MET" : "MISSED");
    System.out.printf("  throughput                       %,.0f successful saves/s, %,d errors   target 2,000/s  %s%n",
        achieved, f.saveErrors, f.saveErrors == 0 && f.saveSeconds < SAVE_SECONDS + 1 ? "MET" : "MISSED");
    System.out.printf("  stored answers                   %,d rows = %,d distinct pairs saved   %s%n", f.answerRows,
        f.savedPairs, f.answerRows == f.savedPairs ? "OK" : "MISMATCH");
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

  private static HttpResponse<String> check(HttpResponse<String> r, int status) {
    if (r.statusCode() != status) {
      throw new IllegalStateException(r.request().method() + " " + r.uri().getPath() + ": expected " + status + ", got "
          + r.statusCode() + " " + r.body());
    }
    return r;
  }

  private static HttpResponse<String> send(java.net.http.HttpClient client, HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " failed: " + e, e);
    }
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
