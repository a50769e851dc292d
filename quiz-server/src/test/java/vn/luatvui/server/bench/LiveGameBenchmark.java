package vn.luatvui.server.bench;

import static vn.luatvui.server.bench.Latency.max;
import static vn.luatvui.server.bench.Latency.p;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.http.WebSocketFrame;
import io.vertx.core.http.WebSocketFrameType;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import vn.luatvui.server.infra.NetworkTransport;
import vn.luatvui.server.support.Http;

/**
 * The live game's load benchmark: N simulated players on real WebSockets against a running server,
 * host and players in this one process (one clock), open-loop answers. Prints the figures; run it
 * with {@code scripts/bench-game.sh}.
 *
 * <p>Arguments: port, admin email, admin password, JDBC URL of the server's database, server pid, players.
 * With {@code -Dbench.histogram=PREFIX} it also writes the server's class histogram before and after
 * the joins (PREFIX-before.txt, PREFIX-after.txt), to see what each connection is made of.
 */
public final class LiveGameBenchmark {
  /**
   * The first questions warm the two JVMs up: the JIT compilers are busy through about five of them,
   * and a class plays ten to twenty. The next five are measured.
   */
  private static final int WARM_UP_QUESTIONS = 5;
  private static final int QUESTIONS = WARM_UP_QUESTIONS + 5;
  /** How long the host leaves the reveal on screen before "next". */
  private static final long READING_MILLIS = 2_000;
  private static final int CONNECT_BATCH = 250;

  private final int port;
  private final int players;
  private final long serverPid;
  /** One event loop reads every phone, on the same transport as the server. */
  private final Vertx vertx = Vertx.builder().with(new VertxOptions().setEventLoopPoolSize(1))
      .withTransport(NetworkTransport.best()).build();
  private final WebSocketClient client = vertx.createWebSocketClient(new WebSocketClientOptions()
      .setMaxConnections(100_000).setConnectTimeout(30_000)
      // Browsers offer permessage-deflate on every WebSocket; a server that accepted it would keep
      // a deflater and an inflater per player.
      .setTryUsePerMessageCompression(true));
  private final List<Player> all = new ArrayList<>();
  private final Recorder opened = new Recorder(3);
  private final Recorder acks = new Recorder(3);
  private volatile long questionSentAt;
  private volatile CountDownLatch openedLatch;
  private volatile CountDownLatch ackLatch;
  private volatile CountDownLatch revealLatch;
  /** Every frame the phones have received. */
  private final AtomicLong delivered = new AtomicLong();

  private LiveGameBenchmark(int port, int players, long serverPid) {
    this.port = port;
    this.players = players;
    this.serverPid = serverPid;
  }

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    LiveGameBenchmark bench = new LiveGameBenchmark(port, Integer.parseInt(args[5]), Long.parseLong(args[4]));
    try {
      bench.run(new Http(port).login(args[1], args[2]), args[3]);
    } finally {
      bench.vertx.close().await();
    }
  }

  private void run(Http admin, String jdbcUrl) throws Exception {
    System.out.printf("Live game benchmark: %,d players, %d questions (the first %d to warm up); %d cores; server pid %d%n",
        players, QUESTIONS, WARM_UP_QUESTIONS,
        Runtime.getRuntime().availableProcessors(), serverPid);
    JsonObject game = createGame(admin);
    WebSocket host = connect(admin.cookieHeader()).await();
    CountDownLatch hostReady = new CountDownLatch(1);
    host.textMessageHandler(text -> {
      if (text.contains("\"HostWelcome\"")) {
        hostReady.countDown();
      }
    });
    host.writeTextMessage(new JsonObject().put("type", "host").put("v", 1).put("gameId", game.getLong("gameId")).encode());
    hostReady.await(10, TimeUnit.SECONDS);

    long heapBefore = usedHeapAfterGc();
    histogram("before");
    long joinStart = System.nanoTime();
    joinAll(game.getString("pin"));
    double joinSeconds = (System.nanoTime() - joinStart) / 1e9;
    long heapAfter = usedHeapAfterGc();
    histogram("after");
    System.out.printf("Joined: %,d players in %.1f s; server heap after GC %,d KB → %,d KB: %.1f KB per player%n",
        players, joinSeconds, heapBefore >> 10, heapAfter >> 10, (heapAfter - heapBefore) / 1024.0 / players);

    Histogram measuredOpen = new Histogram(3);
    Histogram measuredAcks = new Histogram(3);
    double closedSoFar = closeSecondsSum(admin);
    double slowestClose = 0;
    double slowestWrite = 0;
    ProcessCpu cpuBefore = null;
    long deliveredBefore = 0;
    for (int q = 0; q < QUESTIONS; q++) {
      if (q == WARM_UP_QUESTIONS) {
        cpuBefore = ProcessCpu.of(serverPid);
        deliveredBefore = delivered.get();
      }
      openedLatch = new CountDownLatch(players);
      ackLatch = new CountDownLatch(players);
      revealLatch = new CountDownLatch(players);
      opened.reset();
      acks.reset();
      // The leaderboard is hidden, so "next" after a reveal opens the next question (the lead-in is 0).
      double[] broadcastBefore = broadcastSums(admin);
      ProcessCpu cpuBeforeOpening = ProcessCpu.of(serverPid);
      questionSentAt = System.nanoTime();
      host.writeTextMessage(new JsonObject().put("type", q == 0 ? "start" : "next").encode());
      if (!openedLatch.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("Not every player got question " + (q + 1) + ": " + openedLatch.getCount() + " missing");
      }
      Histogram open = opened.getIntervalHistogram();
      ProcessCpu openingCpu = ProcessCpu.of(serverPid).minus(cpuBeforeOpening);
      double[] broadcastAfter = broadcastSums(admin);
      // NaN when another broadcast fell in the same moments (then the sum is not the question's alone).
      double written = broadcastAfter[1] - broadcastBefore[1] == 1 ? (broadcastAfter[0] - broadcastBefore[0]) * 1000 : Double.NaN;
      if (q >= WARM_UP_QUESTIONS && !Double.isNaN(written)) {
        slowestWrite = Math.max(slowestWrite, written);
      }
      answerWithinOneSecond(q);
      if (!ackLatch.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("Answers not all acknowledged: " + ackLatch.getCount() + " missing");
      }
      Histogram ack = acks.getIntervalHistogram();
      if (q >= WARM_UP_QUESTIONS) {
        measuredOpen.add(open);
        measuredAcks.add(ack);
      }
      revealLatch.await(60, TimeUnit.SECONDS);
      // The class reads the answer and the article of law before the host moves on; the server
      // meanwhile saves the room's snapshot and the leaderboard.
      Thread.sleep(READING_MILLIS);
      // The room times each closing (scoring and ranking every player); read between questions.
      double closed = closeSecondsSum(admin);
      double closeMs = (closed - closedSoFar) * 1000;
      closedSoFar = closed;
      if (q >= WARM_UP_QUESTIONS) {
        slowestClose = Math.max(slowestClose, closeMs);
      }
      System.out.printf("Question %d%s: host next → question on every phone: first %.1f ms, p50 %.1f ms, p99 %.1f ms, last %.1f ms"
              + " (the server wrote it to every socket in %.1f ms, using %s);"
              + " %,d answers in 1 s acknowledged: p50 %.1f ms, p99 %.1f ms, max %.1f ms; closing %.1f ms%n", q + 1,
          q < WARM_UP_QUESTIONS ? " (warm-up)" : "",
          open.getMinValue() / 1e6, p(open, 50), p(open, 99), max(open), written, openingCpu.perMessage(players),
          ack.getTotalCount(), p(ack, 50), p(ack, 99), max(ack),
          closeMs);
    }
    System.out.printf("Measured questions %d–%d together: host next → question on every phone p99 %.1f ms (max %.1f ms);"
            + " answers acknowledged p99 %.1f ms (max %.1f ms); closing a question (score and rank every player)"
            + " at most %.1f ms; the server writing a question to every socket at most %.1f ms%n",
        WARM_UP_QUESTIONS + 1, QUESTIONS,
        p(measuredOpen, 99), max(measuredOpen),
        p(measuredAcks, 99), max(measuredAcks), slowestClose, slowestWrite);
    ProcessCpu cpu = ProcessCpu.of(serverPid).minus(cpuBefore);
    long messages = delivered.get() - deliveredBefore;
    System.out.printf("Server CPU over the measured questions: %,d ms for %,d messages delivered to phones: %s%n",
        cpu.totalNanos() / 1_000_000, messages, cpu.perMessage(messages));
    host.writeTextMessage(new JsonObject().put("type", "end").encode());
    host.writeTextMessage(new JsonObject().put("type", "next").encode());
    long deadline = System.currentTimeMillis() + 60_000;
    long saved = 0;
    while (System.currentTimeMillis() < deadline && saved < (long) players * QUESTIONS) {
      Thread.sleep(500);
      saved = count(jdbcUrl, "SELECT count(*) FROM game_answer WHERE game_id = " + game.getLong("gameId"));
    }
    System.out.printf("Answers in PostgreSQL after the game: %,d of %,d%n", saved, (long) players * QUESTIONS);
  }

  /**
   * The server's broadcasts so far: the time from each room event to the last of its sockets written
   * ({@code luatvui_broadcast_latency_seconds_sum}) and how many ({@code _count}). Read around a
   * question's opening, which is one broadcast: the server's own share of the delivery.
   */
  private static double[] broadcastSums(Http admin) {
    double[] sums = new double[2];
    metrics(admin).lines().forEach(l -> {
      if (l.startsWith("luatvui_broadcast_latency_seconds_sum")) {
        sums[0] = Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1));
      } else if (l.startsWith("luatvui_broadcast_latency_seconds_count")) {
        sums[1] = Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1));
      }
    });
    return sums;
  }

  /** The total time the server spent closing questions so far ({@code luatvui_question_close_seconds_sum}). */
  private static double closeSecondsSum(Http admin) {
    return metrics(admin).lines().filter(l -> l.startsWith("luatvui_question_close_seconds_sum"))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(0);
  }

  private JsonObject createGame(Http admin) {
    JsonArray items = new JsonArray();
    JsonArray approved = admin.json("/api/questions?status=APPROVED&needsReview=false&type=SINGLE_CHOICE&size="
        + QUESTIONS).getJsonArray("items");
    approved.forEach(q -> items.add(new JsonObject().put("questionId", ((JsonObject) q).getLong("id"))
        .put("timeLimitSeconds", 60).put("points", 1000)));
    JsonObject set = Http.json(admin.post("/api/question-sets", new JsonObject().put("title", "Benchmark")
        .put("shared", false).put("items", items)));
    HttpResponse<String> created = admin.post("/api/games", new JsonObject()
        .put("setId", set.getJsonObject("set").getLong("id")).put("leadInSeconds", 0).put("leaderboardShown", false)
        .put("maxPlayers", players));
    return Http.json(created);
  }

  private void joinAll(String pin) throws InterruptedException {
    CountDownLatch joined = new CountDownLatch(players);
    AtomicInteger failures = new AtomicInteger();
    for (int start = 0; start < players; start += CONNECT_BATCH) {
      int end = Math.min(players, start + CONNECT_BATCH);
      List<Future<?>> batch = new ArrayList<>();
      for (int i = start; i < end; i++) {
        Player p = new Player(i);
        all.add(p);
        batch.add(p.join(pin, joined, failures));
      }
      Future.join(batch).await();
    }
    if (!joined.await(120, TimeUnit.SECONDS) || failures.get() > 0) {
      throw new IllegalStateException("Joins incomplete: " + joined.getCount() + " missing, " + failures + " failed");
    }
  }

  /** Open loop: each player answers at its own moment spread evenly over one second, whatever the server does. */
  private void answerWithinOneSecond(int question) {
    long spacingNanos = TimeUnit.SECONDS.toNanos(1) / players;
    for (int i = 0; i < all.size(); i++) {
      Player p = all.get(i);
      long delayMs = Math.max(1, (i * spacingNanos) / 1_000_000);
      vertx.setTimer(delayMs, t -> p.answer(question));
    }
  }

  private Future<WebSocket> connect(String cookie) {
    WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port).setURI("/ws")
        .addHeader("Origin", "http://127.0.0.1:" + port);
    if (cookie != null) {
      options.addHeader("Cookie", cookie);
    }
    return client.connect(options);
  }

  /** One simulated phone. */
  private final class Player {
    private final int n;
    private WebSocket socket;
    private int choices;
    private long answerSentAt;

    Player(int n) {
      this.n = n;
    }

    Future<?> join(String pin, CountDownLatch joined, AtomicInteger failures) {
      Promise<Void> welcomed = Promise.promise();
      return connect(null).compose(ws -> {
        socket = ws;
        ws.frameHandler(frame -> onFrame(frame, joined, welcomed));
        ws.writeTextMessage(new JsonObject().put("type", "join").put("v", 1).put("pin", pin)
            .put("nickname", "Người chơi " + n).encode());
        return welcomed.future();
      }).onFailure(e -> {
        failures.incrementAndGet();
        joined.countDown();
      });
    }

    /**
     * Reads only the head of each message: a phone decodes its frames on its own processor, while
     * here one thread reads ten thousand sockets, and decoding every frame to text would time the
     * generator rather than the server.
     */
    private void onFrame(WebSocketFrame frame, CountDownLatch joined, Promise<Void> welcomed) {
      long now = System.nanoTime();
      if (frame.type() == WebSocketFrameType.CONTINUATION) {
        return; // the rest of a message already counted by its first frame
      }
      delivered.incrementAndGet();
      Buffer data = frame.binaryData();
      if (startsWith(data, QUESTION_OPENED)) {
        opened.recordValue(now - questionSentAt);
        choices = choiceCount(frame);
        openedLatch.countDown();
      } else if (startsWith(data, ANSWER_ACCEPTED) || startsWith(data, ANSWER_REJECTED)) {
        acks.recordValue(now - answerSentAt);
        ackLatch.countDown();
      } else if (startsWith(data, PLAYER_RESULT)) {
        revealLatch.countDown();
      } else if (startsWith(data, WELCOME)) {
        joined.countDown();
        welcomed.tryComplete();
      } else if (startsWith(data, ERROR) || startsWith(data, COMMAND_REJECTED)) {
        welcomed.tryFail(data.toString(StandardCharsets.UTF_8));
      }
    }

    void answer(int question) {
      answerSentAt = System.nanoTime();
      socket.writeTextMessage("{\"type\":\"answer\",\"q\":" + question + ",\"answer\":{\"choice\":" + (n % choices) + "}}");
    }
  }

  private static final byte[] QUESTION_OPENED = head("QuestionOpened");
  private static final byte[] ANSWER_ACCEPTED = head("AnswerAccepted");
  private static final byte[] ANSWER_REJECTED = head("AnswerRejected");
  private static final byte[] PLAYER_RESULT = head("PlayerResult");
  private static final byte[] WELCOME = head("Welcome");
  private static final byte[] ERROR = head("Error");
  private static final byte[] COMMAND_REJECTED = head("CommandRejected");

  /** How a frame of that type begins on the wire: the server writes {@code type} first. */
  private static byte[] head(String type) {
    return ("{\"type\":\"" + type + "\"").getBytes(StandardCharsets.UTF_8);
  }

  private static boolean startsWith(Buffer data, byte[] head) {
    if (data.length() < head.length) {
      return false;
    }
    for (int i = 0; i < head.length; i++) {
      if (data.getByte(i) != head[i]) {
        return false;
      }
    }
    return true;
  }

  private volatile Buffer lastQuestion;
  private volatile int lastChoices;

  /** Every phone gets the same frame: read it once, not ten thousand times, to keep the client's cost down. */
  private int choiceCount(WebSocketFrame frame) {
    Buffer data = frame.binaryData();
    if (!data.equals(lastQuestion)) {
      if (!frame.isFinal()) {
        throw new IllegalStateException("A question in more than one frame: the benchmark's questions are short");
      }
      lastChoices = new JsonObject(data).getJsonObject("question").getJsonArray("choices").size();
      lastQuestion = data.copy();
    }
    return lastChoices;
  }

  private long usedHeapAfterGc() throws Exception {
    jcmd("GC.run");
    String info = jcmd("GC.heap_info");
    // e.g. " garbage-first heap   total 262144K, used 53123K [..."
    for (String line : info.split("\n")) {
      int used = line.indexOf("used ");
      if (line.contains("heap") && used >= 0) {
        String value = line.substring(used + 5).split("[ ,]")[0];
        return Long.parseLong(value.replace("K", "")) * 1024;
      }
    }
    throw new IllegalStateException("No heap figure in: " + info);
  }

  /** The server's live class histogram, when asked for with {@code -Dbench.histogram}. */
  private void histogram(String when) throws Exception {
    String prefix = System.getProperty("bench.histogram");
    if (prefix != null) {
      Files.writeString(Path.of(prefix + "-" + when + ".txt"), jcmd("GC.class_histogram"));
    }
  }

  private String jcmd(String command) throws Exception {
    Process p = new ProcessBuilder("jcmd", Long.toString(serverPid), command).redirectErrorStream(true).start();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      StringBuilder sb = new StringBuilder();
      r.lines().forEach(l -> sb.append(l).append('\n'));
      p.waitFor(60, TimeUnit.SECONDS);
      return sb.toString();
    }
  }

  private static String metrics(Http http) {
    return http.get("/metrics").body();
  }

  private static long count(String jdbcUrl, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", null); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
