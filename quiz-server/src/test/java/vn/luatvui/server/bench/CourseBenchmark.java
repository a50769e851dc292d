package vn.luatvui.server.bench;

import static vn.luatvui.server.bench.BenchRequests.check;
import static vn.luatvui.server.bench.BenchRequests.send;
import static vn.luatvui.server.bench.Latency.max;
import static vn.luatvui.server.bench.Latency.p;

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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import vn.luatvui.server.QuizServer;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.TestDatabase;
import vn.luatvui.server.support.TestRedis;
import vn.luatvui.server.support.TestServer;

/**
 * A course's final test taken by many people at once: members join their wards through the API, open
 * the course, have its lesson passed (SQL), then all start the final test together (one burst of
 * {@code POST /api/my/courses/{id}/final}) and save answers through {@code PUT /api/attempts/{id}/answers},
 * open loop at a fixed rate, latency counted from the intended send time.
 */
public final class CourseBenchmark {
  private static final int SAVE_RATE = 2_000;
  private static final int SAVE_SECONDS = 30;
  private static final int WARM_UP_SECONDS = 10;
  private static final int QUESTIONS = 10;
  private static final int WARDS = 50;
  private static final int MAX_CONNECTIONS = 400;
  private static final int KEEP_ALIVE_SECONDS = 5;

  private CourseBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int learners = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
    TestDatabase database = TestDatabase.named();
    TestRedis redis = new TestRedis();
    var env = TestServer.environment(database.uri(), TestRedis.URI, redis.prefix());
    env.put(vn.luatvui.server.AppConfig.TRUSTED_PROXIES, "127.0.0.1");
    try (QuizServer server = TestServer.start(env)) {
      run(server, database, learners);
    } finally {
      database.close();
      redis.close();
    }
  }

  private static void run(QuizServer server, TestDatabase database, int learners) throws Exception {
    int port = server.config().httpPort();
    String origin = "http://127.0.0.1:" + port;
    Http admin = new Http(port).login(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD);
    for (String[] u : new String[][] {{"tacgia@sotp.vn", "AUTHOR"}, {"duyet@sotp.vn", "REVIEWER"}}) {
      check(admin.post("/api/users", new JsonObject().put("email", u[0]).put("displayName", "Cán bộ").put("password",
          "mat-khau-du-dai").put("roles", new JsonArray().add(u[1]))), 201);
    }
    StringBuilder csv = new StringBuilder("ma,ten,loai,ma_cap_tren\nTP,Thành phố,Thành phố,\n");
    for (int i = 1; i <= WARDS; i++) {
      csv.append("P").append(i).append(",Phường ").append(i).append(",Phường,TP\n");
    }
    check(admin.post("/api/orgs/import", new JsonObject().put("csv", csv.toString())), 200);
    List<String> invites = new ArrayList<>();
    new JsonArray(admin.get("/api/orgs").body()).forEach(n -> {
      if (((JsonObject) n).getString("code").startsWith("P")) {
        invites.add(((JsonObject) n).getString("inviteCode"));
      }
    });

    Http author = new Http(port).login("tacgia@sotp.vn", "mat-khau-du-dai");
    Http reviewer = new Http(port).login("duyet@sotp.vn", "mat-khau-du-dai");
    long courseId = Http.json(check(author.post("/api/courses", new JsonObject().put("title", "Quy tắc giao thông")
        .put("lessons", new JsonArray().add(new JsonObject().put("title", "Quy tắc chung").put("body", "Đọc bài.")
            .put("quiz", new JsonObject().put("questions", 1).put("passPercent", 100))))
        .put("finalTest", new JsonObject().put("questions", QUESTIONS).put("timeLimitSeconds", 3600).put("attempts", 1)
            .put("passPercent", 50))), 201)).getLong("id");
    check(author.post("/api/courses/" + courseId + "/submit", new JsonObject()), 204);
    check(reviewer.post("/api/courses/" + courseId + "/review", new JsonObject().put("decision", "PUBLISH")), 204);
    long contestId = author.json("/api/courses/" + courseId).getLong("contestId");

    // Members join their wards and open the course (which enrols them), a few at a time.
    long setup = System.nanoTime();
    java.net.http.HttpClient plain = java.net.http.HttpClient.newBuilder()
        .version(java.net.http.HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    String[] members = new String[learners];
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<java.util.concurrent.Future<?>> work = new ArrayList<>();
    for (int i = 0; i < learners; i++) {
      int k = i;
      work.add(pool.submit(() -> {
        HttpResponse<String> joined = send(plain, HttpRequest.newBuilder(URI.create(origin + "/api/org-invites/"
                + invites.get(k % invites.size()) + "/join")).header("Origin", origin).header("Content-Type", "application/json")
            .header("X-Forwarded-For", "10.2." + (k / 50) + "." + (k % 50 + 1))
            .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("name", "Học viên " + k).encode())).build());
        check(joined, 201);
        members[k] = cookie(joined, "lv_member");
        check(send(plain, HttpRequest.newBuilder(URI.create(origin + "/api/my/courses/" + courseId + "/lessons/1"))
            .header("Cookie", members[k]).GET().build()), 200);
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
    try (Connection c = database.connect(); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO course_progress (learner_id, position, best_percent, passed_at) "
          + "SELECT id, 1, 100, now() FROM course_learner WHERE course_id = " + courseId);
    }
    System.out.printf("Set up: %,d members joined %d wards and opened the course in %.1f s; lesson marked passed%n",
        learners, WARDS, (System.nanoTime() - setup) / 1e9);

    Vertx clientVertx = Vertx.vertx();
    // The server closes a kept-alive connection that sends no request for its header timeout (10 s); dropping
    // idle ones sooner keeps a save from being written onto a connection as it closes.
    HttpClient client = clientVertx.createHttpClient(new HttpClientOptions().setDefaultHost("127.0.0.1")
            .setDefaultPort(port).setKeepAlive(true).setKeepAliveTimeout(KEEP_ALIVE_SECONDS), new PoolOptions().setHttp1MaxSize(MAX_CONNECTIONS).setMaxWaitQueueSize(-1));

    // Everyone starts the final test at once.
    String[] tests = new String[learners];
    long[] attempts = new long[learners];
    // Each learner's drawn questions as shown: the kind and how many choices, to send an answer the kind accepts.
    JsonArray[] shown = new JsonArray[learners];
    Recorder startRecorder = new Recorder(3);
    CountDownLatch started = new CountDownLatch(learners);
    AtomicLong startErrors = new AtomicLong();
    long burst = System.nanoTime();
    for (int i = 0; i < learners; i++) {
      int k = i;
      client.request(HttpMethod.POST, "/api/my/courses/" + courseId + "/final").compose(req -> {
        req.putHeader("Content-Type", "application/json").putHeader("Origin", origin).putHeader("Cookie", members[k]);
        return req.send(Buffer.buffer("{}")).compose(resp -> resp.body().map(body -> {
          if (resp.statusCode() == 200) {
            JsonObject attempt = new JsonObject(body.toString()).getJsonObject("attempt");
            attempts[k] = attempt.getLong("id");
            shown[k] = attempt.getJsonArray("questions");
            resp.cookies().stream().filter(c -> c.startsWith("lv_c" + contestId + "=")).findFirst()
                .ifPresent(c -> tests[k] = c.substring(0, c.indexOf(';')));
          }
          return resp.statusCode();
        }));
      }).onComplete(r -> {
        startRecorder.recordValue(System.nanoTime() - burst);
        if (r.failed() || r.result() != 200 || tests[k] == null) {
          startErrors.incrementAndGet();
        }
        started.countDown();
      });
    }
    started.await(300, TimeUnit.SECONDS);
    Histogram starts = startRecorder.getIntervalHistogram();
    System.out.printf("Final test started by %,d at once: all answered after %.1f s; p50 %.0f ms, p99 %.0f ms from the burst; "
        + "%,d errors%n", learners, max(starts) / 1000, p(starts, 50),
        p(starts, 99), startErrors.get());
    if (startErrors.get() > 0) {
      throw new IllegalStateException("Some final tests did not start");
    }

    Set<Long> saved = ConcurrentHashMap.newKeySet();
    long warmTotal = (long) SAVE_RATE * WARM_UP_SECONDS;
    CountDownLatch warm = new CountDownLatch((int) warmTotal);
    long warmBegin = System.nanoTime();
    for (long i = 0; i < warmTotal; i++) {
      pace(warmBegin + i * (1_000_000_000L / SAVE_RATE));
      int c = (int) (i % learners);
      int position = (int) ((i / learners) % QUESTIONS);
      save(client, origin, tests[c], attempts[c], position, answer(shown[c], position, 1)).onComplete(r -> {
        if (r.succeeded() && r.result().status() == 200) {
          saved.add(attempts[c] * 100 + position);
        }
        warm.countDown();
      });
    }
    warm.await(120, TimeUnit.SECONDS);

    long total = (long) SAVE_RATE * SAVE_SECONDS;
    Recorder recorder = new Recorder(3);
    AtomicLong errors = new AtomicLong();
    Map<String, AtomicLong> failures = new ConcurrentSkipListMap<>();
    java.util.concurrent.atomic.AtomicReference<String> firstFailure = new java.util.concurrent.atomic.AtomicReference<>();
    CountDownLatch finished = new CountDownLatch((int) total);
    long begin = System.nanoTime() + 10_000_000L;
    for (long i = 0; i < total; i++) {
      long due = begin + i * (1_000_000_000L / SAVE_RATE);
      pace(due);
      int c = (int) ((i * 7) % learners);
      int position = (int) ((i / learners) % QUESTIONS);
      save(client, origin, tests[c], attempts[c], position, answer(shown[c], position, (int) (i % 2))).onComplete(r -> {
        recorder.recordValue(Math.max(0, System.nanoTime() - due));
        if (r.succeeded() && r.result().status() == 200) {
          saved.add(attempts[c] * 100 + position);
        } else {
          errors.incrementAndGet();
          String what = r.failed() ? r.cause().getClass().getSimpleName() : String.valueOf(r.result().status());
          failures.computeIfAbsent(what, x -> new AtomicLong()).incrementAndGet();
          firstFailure.compareAndSet(null, r.failed() ? String.valueOf(r.cause()) : what + " " + r.result().body());
        }
        finished.countDown();
      });
    }
    boolean allBack = finished.await(120, TimeUnit.SECONDS);
    Histogram h = recorder.getIntervalHistogram();
    client.close().await();
    clientVertx.close().await();
    long rows;
    try (Connection c = database.connect(); Statement s = c.createStatement();
         ResultSet r = s.executeQuery("SELECT count(*) FROM contest_answer a JOIN contest_attempt t ON t.id = a.attempt_id "
             + "WHERE t.contest_id = " + contestId)) {
      r.next();
      rows = r.getLong(1);
    }
    System.out.printf("Answer saves of %,d final tests, open loop at %,d/s for %d s after %d s of warm-up: %,d saves, %,d errors%s%n",
        learners, SAVE_RATE, SAVE_SECONDS, WARM_UP_SECONDS, total, errors.get() + (allBack ? 0 : finished.getCount()),
        allBack ? "" : " (not all back)");
    System.out.printf("  from the intended send time: %s (target p99 ≤ 50 ms)%n", Latency.summary(h));
    if (!failures.isEmpty()) {
      System.out.printf("  failed saves by status: %s; the first: %s%n", failures, firstFailure.get());
    }
    System.out.printf("  contest_answer rows %,d; distinct (attempt, position) pairs saved %,d: %s%n", rows, saved.size(),
        rows == saved.size() ? "match" : "MISMATCH");
  }

  private static void pace(long due) {
    long wait = due - System.nanoTime();
    if (wait > 0) {
      LockSupport.parkNanos(wait);
    }
  }

  /** A save's answer: its status and body. */
  private record Saved(int status, String body) {
  }

  private static Future<Saved> save(HttpClient client, String origin, String cookie, long attempt, int position, String answer) {
    return client.request(HttpMethod.PUT, "/api/attempts/" + attempt + "/answers/" + position).compose(req -> {
      req.putHeader("Content-Type", "application/json").putHeader("Origin", origin).putHeader("Cookie", cookie);
      return req.send(Buffer.buffer(answer)).compose(resp -> resp.body().map(b -> new Saved(resp.statusCode(), b.toString())));
    });
  }

  /**
   * A valid answer to the question shown at {@code position}, for its kind: a choice, some choices, an order of
   * all the items, or a typed text. {@code variant} (0 or 1) changes the answer, as a learner changing their mind.
   */
  static String answer(JsonArray questions, int position, int variant) {
    JsonObject q = questions.getJsonObject(position);
    int n = q.getJsonArray("choices") == null ? 0 : q.getJsonArray("choices").size();
    return switch (q.getString("type")) {
      case "MULTIPLE_SELECT" -> new JsonObject().put("choices", new JsonArray().add(variant % n)).encode();
      case "ORDERING" -> {
        JsonArray order = new JsonArray();
        for (int i = 0; i < n; i++) {
          order.add(variant == 0 ? i : n - 1 - i);
        }
        yield new JsonObject().put("order", order).encode();
      }
      case "TYPE_ANSWER" -> new JsonObject().put("text", variant == 0 ? "Nghị định" : "Luật").encode();
      default -> new JsonObject().put("choice", variant % n).encode();
    };
  }

  private static String cookie(HttpResponse<String> r, String name) {
    return r.headers().allValues("set-cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
        .map(c -> c.substring(0, c.indexOf(';'))).orElseThrow(() -> new IllegalStateException("no " + name + " cookie"));
  }
}
