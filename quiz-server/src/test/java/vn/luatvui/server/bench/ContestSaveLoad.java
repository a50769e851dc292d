package vn.luatvui.server.bench;

import static vn.luatvui.server.bench.BenchRequests.check;
import static vn.luatvui.server.bench.BenchRequests.send;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import vn.luatvui.server.config.DatabaseUrl;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.TestServer;

/**
 * The load generator of the contest answer-save benchmark, run in a process of its own against one or
 * more servers already running (started by {@code scripts/bench-contest.sh}). It sets a contest up
 * through the API, registers contestants who start their attempt, warms the servers up, then sends
 * answer saves open loop at a fixed rate for several consecutive runs and prints each run's figures and
 * their spread. Latency counts from when each save was due, so a stall shows in full.
 *
 * <p>Arguments: {@code <rate/s> <seconds per run> <runs> <database URL> <server port>...}; contestants
 * are spread over the servers (contestant k talks to server k mod n).
 */
public final class ContestSaveLoad {
  private static final int WARM_UP_SECONDS = 10;
  private static final int CONTESTANTS = 2_000;
  private static final int QUESTIONS = 10;
  private static final int MAX_CONNECTIONS_PER_SERVER = 400;
  private static final int KEEP_ALIVE_SECONDS = 5;
  private static final double TARGET_P99_MS = 50;

  private ContestSaveLoad() {
  }

  /** One measured run. */
  private record Run(long sent, long errors, double seconds, Histogram latency, String firstError) {
    double p(double percentile) {
      return Latency.p(latency, percentile);
    }
  }

  public static void main(String[] args) throws Exception {
    int rate = Integer.parseInt(args[0]);
    int seconds = Integer.parseInt(args[1]);
    int runs = Integer.parseInt(args[2]);
    DatabaseUrl database = DatabaseUrl.parse("DATABASE_URL", args[3]);
    int[] ports = Arrays.stream(args, 4, args.length).mapToInt(Integer::parseInt).toArray();
    System.out.printf("Load generator: pid %d, %d cores seen, %,d saves/s over %d server(s) on ports %s, %d runs of %d s%n",
        ProcessHandle.current().pid(), Runtime.getRuntime().availableProcessors(), rate, ports.length,
        Arrays.toString(ports), runs, seconds);

    Setup setup = setUp(ports);
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
    List<HttpClient> clients = new ArrayList<>();
    for (int port : ports) {
      clients.add(vertx.createHttpClient(new HttpClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(port)
          // The server closes a kept-alive connection that sends no request for its header timeout (10 s);
          // dropping idle ones sooner keeps a save from being written onto a connection as it closes.
          .setKeepAlive(true).setKeepAliveTimeout(KEEP_ALIVE_SECONDS).setPipelining(false), new PoolOptions().setHttp1MaxSize(MAX_CONNECTIONS_PER_SERVER)
          .setMaxWaitQueueSize(-1)));
    }
    Set<Long> saved = ConcurrentHashMap.newKeySet();
    AtomicLong counter = new AtomicLong();

    Run warm = run(clients, ports, setup, rate, WARM_UP_SECONDS, counter, saved);
    System.out.printf("Warm-up, not counted: %,d saves at %,d/s, p99 %.1f ms, %d errors%n", warm.sent(), rate, warm.p(99),
        warm.errors());
    List<Run> measured = new ArrayList<>();
    for (int r = 1; r <= runs; r++) {
      Run run = run(clients, ports, setup, rate, seconds, counter, saved);
      measured.add(run);
      System.out.printf("Run %d: %,d saves in %.1f s (%,.0f/s), %d errors%s; %s  %s%n", r, run.sent(), run.seconds(),
          (run.sent() - run.errors()) / (double) seconds, run.errors(),
          run.errors() > 0 ? " (first: " + run.firstError() + ")" : "", Latency.summary(run.latency()),
          run.p(99) <= TARGET_P99_MS && run.errors() == 0 ? "MET" : "MISSED");
    }
    for (HttpClient c : clients) {
      c.close().await();
    }
    vertx.close().await();

    long rows;
    try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
         Statement s = c.createStatement();
         ResultSet r = s.executeQuery("SELECT count(*) FROM contest_answer a JOIN contest_attempt t ON t.id = a.attempt_id "
             + "WHERE t.contest_id = " + setup.contestId())) {
      r.next();
      rows = r.getLong(1);
    }
    Latency.Spread p99 = Latency.Spread.of(measured.stream().mapToDouble(run -> run.p(99)).toArray());
    Latency.Spread p50 = Latency.Spread.of(measured.stream().mapToDouble(run -> run.p(50)).toArray());
    long met = measured.stream().filter(run -> run.p(99) <= TARGET_P99_MS && run.errors() == 0).count();
    System.out.println();
    System.out.println("==================== Contest answer saves: summary ====================");
    System.out.printf("%,d saves/s over %d server process(es), load generator in its own process; %d runs of %d s%n", rate,
        ports.length, runs, seconds);
    System.out.printf("p99 per run (ms): %s%n", joined(measured.stream().mapToDouble(run -> run.p(99)).toArray()));
    System.out.printf("p99 spread: %s ms;  p50 median %.1f ms;  target p99 ≤ %.0f ms met in %d of %d runs%n", p99,
        p50.median(), TARGET_P99_MS, met, runs);
    System.out.printf("errors: %d;  contest_answer rows %,d = distinct (attempt, question) pairs saved %,d: %s%n",
        measured.stream().mapToLong(Run::errors).sum(), rows, saved.size(), rows == saved.size() ? "OK" : "MISMATCH");
    System.out.println("=======================================================================");
  }

  /** Sends {@code rate} saves a second for {@code seconds}, open loop, and waits for every reply. */
  private static Run run(List<HttpClient> clients, int[] ports, Setup setup, int rate, int seconds, AtomicLong counter,
                         Set<Long> saved) throws InterruptedException {
    long total = (long) rate * seconds;
    long interval = 1_000_000_000L / rate;
    Recorder recorder = new Recorder(3);
    AtomicLong errors = new AtomicLong();
    String[] firstError = {""};
    CountDownLatch finished = new CountDownLatch((int) total);
    long begin = System.nanoTime() + 10_000_000L;
    for (long i = 0; i < total; i++) {
      long due = begin + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      long n = counter.getAndIncrement();
      int c = (int) (n % CONTESTANTS);
      int position = (int) ((n / CONTESTANTS) % QUESTIONS);
      int choice = (int) ((n / ((long) CONTESTANTS * QUESTIONS)) % 2);
      int server = c % clients.size();
      save(clients.get(server), "http://127.0.0.1:" + ports[server], setup.cookies()[c], setup.attempts()[c], position,
          choice).onComplete(r -> {
            recorder.recordValue(Math.max(0, System.nanoTime() - due));
            if (r.succeeded() && r.result() == 200) {
              saved.add(setup.attempts()[c] * 100 + position);
            } else if (errors.getAndIncrement() == 0) {
              firstError[0] = r.succeeded() ? "HTTP " + r.result() : r.cause().toString();
            }
            finished.countDown();
          });
    }
    boolean allBack = finished.await(120, TimeUnit.SECONDS);
    double took = (System.nanoTime() - begin) / 1e9;
    return new Run(total, errors.get() + (allBack ? 0 : finished.getCount()), took, recorder.getIntervalHistogram(),
        firstError[0]);
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

  private record Setup(long contestId, String[] cookies, long[] attempts) {
  }

  /** An organiser, a set, a published contest with units; contestants registered, each with an attempt started. */
  private static Setup setUp(int[] ports) throws Exception {
    int port = ports[0];
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
    long setId = Http.json(check(organiser.post("/api/question-sets", new JsonObject().put("title", "Đề thi đo tải")
        .put("shared", false).put("items", items)), 201)).getJsonObject("set").getLong("id");
    Instant now = Instant.now();
    long contestId = Http.json(check(organiser.post("/api/contests", new JsonObject()
        .put("title", "Tuổi trẻ với pháp luật").put("organiser", "Sở Tư pháp")
        .put("settings", new JsonObject().put("questionsPerAttempt", QUESTIONS).put("timeLimitSeconds", 3600)
            .put("pool", new JsonObject().put("setIds", new JsonArray().add(setId))))
        .put("rounds", new JsonArray().add(new JsonObject().put("number", 1).put("title", "Đợt 1")
            .put("opensAt", now.minusSeconds(60).toString()).put("closesAt", now.plus(Duration.ofHours(4)).toString())))),
        201)).getLong("id");
    JsonArray units = new JsonArray();
    for (int i = 1; i <= 20; i++) {
      units.add(new JsonObject().put("code", "T" + i).put("name", "Trường THCS số " + i).put("members", 500));
    }
    check(organiser.put("/api/contests/" + contestId + "/units", new JsonObject().put("units", units)), 200);
    JsonArray unitViews = new JsonArray(check(organiser.get("/api/contests/" + contestId + "/units"), 200).body());
    check(organiser.post("/api/contests/" + contestId + "/publish", new JsonObject().put("publicQuestions", "KEEP")), 200);

    long start = System.nanoTime();
    java.net.http.HttpClient plain = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    String[] cookies = new String[CONTESTANTS];
    long[] attempts = new long[CONTESTANTS];
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<java.util.concurrent.Future<?>> work = new ArrayList<>();
    for (int i = 0; i < CONTESTANTS; i++) {
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
    System.out.printf("Set up through the API: contest of %d questions an attempt, %d units; %,d contestants registered "
        + "and started an attempt in %.1f s%n", QUESTIONS, units.size(), CONTESTANTS, (System.nanoTime() - start) / 1e9);
    return new Setup(contestId, cookies, attempts);
  }

  private static String joined(double[] values) {
    StringBuilder b = new StringBuilder();
    for (double v : values) {
      b.append(b.length() == 0 ? "" : ", ").append(String.format("%.1f", v));
    }
    return b.toString();
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
}
