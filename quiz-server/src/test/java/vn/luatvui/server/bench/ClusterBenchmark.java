package vn.luatvui.server.bench;

import static vn.luatvui.server.bench.Latency.max;
import static vn.luatvui.server.bench.Latency.p;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import vn.luatvui.server.support.Http;

/**
 * One live room spread over several quiz-server processes (one database, one Redis): the room is
 * owned by the first server, the players are spread over all of them (player k on server k mod n),
 * the host's screen is on another server, and the players come from load-generator processes of
 * their own ({@link ClusterPlayers}). Run it with {@code scripts/bench-cluster.sh}.
 *
 * <p>Every time is the machine's wall clock in microseconds, shared by all the processes: this
 * process stamps the host's {@code start}/{@code next} as it sends it and tells the generators the
 * stamp; they stamp each phone's {@code QuestionOpened} as it is read. Delivery is the difference
 * (host command → last phone). Answers are open loop, spread over one second; each is timed from its
 * sending to its {@code AnswerAccepted}.
 *
 * <p>Then the owner is killed ({@code kill -9}) in the middle of a question's answers, and the
 * benchmark prints the gap on the surviving servers' screens, whether they kept their sockets, and
 * the answers that were acknowledged or sent to a living server but are missing from PostgreSQL.
 *
 * <p>Arguments: players, generators, host's server (1 = the owner), milliseconds into the answers
 * at which the owner is killed, JDBC URL, admin email, admin password, then each server as
 * {@code port:pid}, the owner first.
 */
public final class ClusterBenchmark {
  private static final int WARM_UP_QUESTIONS = 3;
  private static final int MEASURED_QUESTIONS = 3;
  /** The questions played before the kill; the kill comes in the next one. */
  private static final int PLAYED = WARM_UP_QUESTIONS + MEASURED_QUESTIONS;
  private static final long READING_MILLIS = 2_000;
  private static final long ANSWER_SPREAD_MILLIS = 1_000;

  private record Server(int port, long pid) {
  }

  private final int players;
  private final List<Server> servers = new ArrayList<>();
  private final List<Generator> generators = new ArrayList<>();
  private final Vertx vertx = Vertx.vertx();

  private ClusterBenchmark(int players) {
    this.players = players;
  }

  public static void main(String[] args) throws Exception {
    ClusterBenchmark bench = new ClusterBenchmark(Integer.parseInt(args[0]));
    for (int i = 7; i < args.length; i++) {
      String[] s = args[i].split(":");
      bench.servers.add(new Server(Integer.parseInt(s[0]), Long.parseLong(s[1])));
    }
    int hostServer = Integer.parseInt(args[2]);
    try {
      bench.run(Integer.parseInt(args[1]), hostServer - 1, Long.parseLong(args[3]), args[4], args[5], args[6]);
    } finally {
      for (Generator g : bench.generators) {
        g.close();
      }
      bench.vertx.close().await();
    }
  }

  private void run(int generatorCount, int hostIndex, long killAfterMillis, String jdbcUrl, String email,
                   String password) throws Exception {
    Server owner = servers.get(0);
    System.out.printf("Cluster benchmark: %,d players in one room over %d servers, from %d load-generator processes;"
            + " room owned by server 1 (port %d), host's screen on server %d; %d questions (%d to warm up, %d measured),"
            + " then the owner killed %d ms into a question's answers; %d cores, %s%n", players, servers.size(),
        generatorCount, owner.port(), hostIndex + 1, PLAYED + 1, WARM_UP_QUESTIONS, MEASURED_QUESTIONS, killAfterMillis,
        Runtime.getRuntime().availableProcessors(), ServerJvm.loadAverage());
    Http admin = new Http(owner.port()).login(email, password);
    JsonObject game = createGame(admin);
    long gameId = game.getLong("gameId");
    HostScreen host = new HostScreen(admin.cookieHeader(), gameId);
    host.open(servers.get(hostIndex).port());

    long[] heapBefore = heaps();
    int perGenerator = (players + generatorCount - 1) / generatorCount;
    for (int first = 0; first < players; first += perGenerator) {
      generators.add(Generator.start(game.getString("pin"), first, Math.min(perGenerator, players - first), servers));
    }
    long joinBegan = Long.MAX_VALUE;
    long joinEnded = 0;
    int failed = 0;
    for (Generator g : generators) {
      String[] r = g.reply("joined");
      failed += Integer.parseInt(r[2]);
      joinBegan = Math.min(joinBegan, Long.parseLong(r[3]));
      joinEnded = Math.max(joinEnded, Long.parseLong(r[4]));
    }
    if (failed > 0) {
      throw new IllegalStateException(failed + " players could not join");
    }
    long[] heapAfter = heaps();
    StringBuilder heap = new StringBuilder();
    for (int s = 0; s < servers.size(); s++) {
      int here = playersOn(s);
      heap.append(String.format("%s server %d: %,d players, %,d KB → %,d KB, %.1f KB per player", s == 0 ? "" : ";", s + 1,
          here, heapBefore[s] >> 10, heapAfter[s] >> 10, (heapAfter[s] - heapBefore[s]) / 1024.0 / here));
    }
    System.out.printf("All joined: %,d players in %.1f s (first connection → last Welcome, generators in parallel)%n",
        players, (joinEnded - joinBegan) / 1e6);
    System.out.println("Heap after GC per server:" + heap);

    Histogram measuredOpen = new Histogram(3);
    Histogram measuredAcks = new Histogram(3);
    long cpuBefore = 0;
    long framesBefore = 0;
    for (int q = 0; q < PLAYED; q++) {
      if (q == WARM_UP_QUESTIONS) {
        cpuBefore = serversCpu();
        framesBefore = frames();
      }
      Histogram open = open(host, q);
      Acks acks = answers(q);
      host.await("Reveal", 60);
      Thread.sleep(READING_MILLIS);
      if (q >= WARM_UP_QUESTIONS) {
        measuredOpen.add(open);
        measuredAcks.add(acks.latency);
      }
      System.out.printf("Question %d%s: host → question on every phone p50 %.1f ms, p99 %.1f ms, last %.1f ms;"
              + " %,d answers in 1 s acknowledged %,d (%d rejected): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", q + 1,
          q < WARM_UP_QUESTIONS ? " (warm-up)" : "", p(open, 50), p(open, 99), max(open), acks.sent(), acks.acked(), acks.rejected(),
          p(acks.latency, 50), p(acks.latency, 99), max(acks.latency));
    }
    long cpu = serversCpu() - cpuBefore;
    long delivered = frames() - framesBefore;

    KillResult kill = killTheOwner(host, owner, killAfterMillis);
    host.send(new JsonObject().put("type", "next")); // closes the question: the dead server's phones did not all answer
    host.await("Reveal", 60);
    host.send(new JsonObject().put("type", "end"));
    host.send(new JsonObject().put("type", "next"));
    host.await("GameEnded", 60);
    Saved saved = saved(jdbcUrl, gameId, kill.acks().mustCount());

    System.out.println();
    System.out.println("==================== One live room over " + servers.size() + " servers: summary ====================");
    System.out.printf("%,d players, %d servers, %d generators, host on server %d; %s%n", players, servers.size(),
        generators.size(), hostIndex + 1, ServerJvm.loadAverage());
    System.out.printf("All joined in %.1f s%n", (joinEnded - joinBegan) / 1e6);
    System.out.printf("Questions %d–%d: delivery (host command → last phone has QuestionOpened) p99 %.1f ms (max %.1f ms);"
            + " answers acknowledged p99 %.1f ms (max %.1f ms)%n", WARM_UP_QUESTIONS + 1, PLAYED,
        p(measuredOpen, 99), max(measuredOpen), p(measuredAcks, 99), max(measuredAcks));
    System.out.printf("Answers in PostgreSQL for questions 1–%d: %,d of %,d acknowledged: %s%n", PLAYED, saved.played(),
        (long) players * PLAYED, saved.played() == (long) players * PLAYED ? "OK" : "MISMATCH");
    System.out.printf("Server CPU per delivered message (questions %d–%d, every server): %.1f µs (%.2f s CPU, %,d frames"
        + " to phones)%n", WARM_UP_QUESTIONS + 1, PLAYED, cpu / 1e3 / Math.max(1, delivered), cpu / 1e9, delivered);
    System.out.println("Heap after GC per server:" + heap);
    System.out.printf("Owner killed (kill -9) %d ms into question %d's answers: gap on the other servers' screens"
            + " (kill → room back, Welcome) p50 %.0f ms, p99 %.0f ms, max %.0f ms; host's screen %s;"
            + " told to wait after p50 %.0f ms%n", killAfterMillis, PLAYED + 1, p(kill.back(), 50), p(kill.back(), 99),
        max(kill.back()), kill.hostGap(), p(kill.told(), 50));
    System.out.printf("Screens on surviving servers: %,d, sockets lost %d, not back %d: %s%n", kill.survivors(),
        kill.lost(), kill.notBack(), kill.lost() == 0 && kill.notBack() == 0 ? "undisturbed" : "DISTURBED");
    Acks a = kill.acks();
    System.out.printf("In-time answers: %,d acknowledged or sent to a living server, %,d in PostgreSQL, lost %d: %s"
            + " (on the surviving servers %,d sent, %,d acknowledged, %d of them rejected; on the killed server %,d sent,"
            + " %,d acknowledged before the kill)%n", a.mustCount().size(), saved.killQuestion(), saved.lost(),
        saved.lost() == 0 ? "OK" : "LOST", a.sent() - a.sentKilled(), a.acked() - a.ackedKilled(), a.rejected(),
        a.sentKilled(), a.ackedKilled());
    System.out.println("===================================================================================");
  }

  /** The host opens question {@code q}; returns host command → each phone's QuestionOpened. */
  private Histogram open(HostScreen host, int q) throws Exception {
    long sentAt = ClusterPlayers.micros();
    host.send(new JsonObject().put("type", q == 0 ? "start" : "next"));
    Histogram open = new Histogram(3);
    int missing = 0;
    for (Generator g : generators) {
      g.send("open " + q + " " + sentAt);
    }
    for (Generator g : generators) {
      String[] r = g.reply("opened");
      missing += Integer.parseInt(r[1]);
      open.add(ClusterPlayers.decode(r[2]));
    }
    if (missing > 0) {
      throw new IllegalStateException(missing + " phones did not get question " + (q + 1));
    }
    return open;
  }

  private record Acks(long sent, long acked, long sentKilled, long ackedKilled, long rejected, Histogram latency,
                      Set<Integer> mustCount) {
  }

  private Acks answers(int q) throws Exception {
    for (Generator g : generators) {
      g.send("answer " + q + " " + ANSWER_SPREAD_MILLIS);
    }
    return collectAcks();
  }

  private Acks collectAcks() throws Exception {
    Histogram h = new Histogram(3);
    long sent = 0;
    long acked = 0;
    long sentKilled = 0;
    long ackedKilled = 0;
    long rejected = 0;
    Set<Integer> must = new HashSet<>();
    for (Generator g : generators) {
      String[] r = g.reply("acked");
      sent += Long.parseLong(r[1]);
      acked += Long.parseLong(r[2]);
      sentKilled += Long.parseLong(r[3]);
      ackedKilled += Long.parseLong(r[4]);
      rejected += Long.parseLong(r[5]);
      h.add(ClusterPlayers.decode(r[6]));
      if (!r[7].equals("-")) {
        for (String n : r[7].split(",")) {
          must.add(Integer.parseInt(n));
        }
      }
    }
    return new Acks(sent + sentKilled, acked + ackedKilled, sentKilled, ackedKilled, rejected, h, must);
  }

  private record KillResult(Histogram told, Histogram back, int survivors, int lost, int notBack, String hostGap,
                            Acks acks) {
  }

  /** Opens the next question, and kills the owner {@code afterMillis} into its answers. */
  private KillResult killTheOwner(HostScreen host, Server owner, long afterMillis) throws Exception {
    open(host, PLAYED);
    for (Generator g : generators) {
      g.send("answer " + PLAYED + " " + ANSWER_SPREAD_MILLIS);
    }
    Thread.sleep(afterMillis);
    long killedAt = ClusterPlayers.micros();
    ProcessHandle.of(owner.pid()).ifPresent(ProcessHandle::destroyForcibly);
    for (Generator g : generators) {
      g.send("killed " + owner.port() + " " + killedAt);
    }
    Acks acks = collectAcks();
    Histogram told = new Histogram(3);
    Histogram back = new Histogram(3);
    int survivors = 0;
    int lost = 0;
    int notBack = 0;
    for (Generator g : generators) {
      g.send("gaps");
    }
    for (Generator g : generators) {
      String[] r = g.reply("gaps");
      survivors += Integer.parseInt(r[1]);
      lost += Integer.parseInt(r[2]);
      notBack += Integer.parseInt(r[3]);
      told.add(ClusterPlayers.decode(r[4]));
      back.add(ClusterPlayers.decode(r[5]));
    }
    String hostGap;
    if (host.port == owner.port()) {
      // The host's screen was on the killed server: it comes back through the next one, as a browser would.
      host.open(servers.get(1).port());
      hostGap = String.format("on the killed server, seated again on server 2 %.0f ms after the kill",
          (host.welcomedAt - killedAt) / 1e3);
    } else {
      host.await("HostWelcome", 60);
      hostGap = host.closed ? "LOST ITS SOCKET" : String.format("%.0f ms, kept its socket", (host.welcomedAt - killedAt) / 1e3);
    }
    return new KillResult(told, back, survivors, lost, notBack, hostGap, acks);
  }

  private record Saved(long played, long killQuestion, long lost) {
  }

  /** Waits until the game's answers are written, then counts them and the in-time answers missing. */
  private Saved saved(String jdbcUrl, long gameId, Set<Integer> mustCount) throws Exception {
    long deadline = System.currentTimeMillis() + 60_000;
    try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", null)) {
      while (System.currentTimeMillis() < deadline) {
        try (ResultSet r = c.createStatement().executeQuery("SELECT status FROM game WHERE id = " + gameId)) {
          if (r.next() && r.getString(1).equals("FINISHED")) {
            break;
          }
        }
        Thread.sleep(500);
      }
      long played;
      try (ResultSet r = c.createStatement().executeQuery(
          "SELECT count(*) FROM game_answer WHERE game_id = " + gameId + " AND position < " + PLAYED)) {
        r.next();
        played = r.getLong(1);
      }
      Set<Integer> counted = new HashSet<>();
      String prefix = "Người chơi ";
      try (ResultSet r = c.createStatement().executeQuery("SELECT p.nickname FROM game_answer a JOIN game_player p"
          + " ON p.game_id = a.game_id AND p.player_id = a.player_id WHERE a.game_id = " + gameId
          + " AND a.position = " + PLAYED)) {
        while (r.next()) {
          counted.add(Integer.parseInt(r.getString(1).substring(prefix.length())));
        }
      }
      Set<Integer> missing = new HashSet<>(mustCount);
      missing.removeAll(counted);
      return new Saved(played, counted.size(), missing.size());
    }
  }

  private int playersOn(int server) {
    int n = 0;
    for (int k = 0; k < players; k++) {
      n += k % servers.size() == server ? 1 : 0;
    }
    return n;
  }

  private long[] heaps() throws Exception {
    long[] heaps = new long[servers.size()];
    for (int s = 0; s < heaps.length; s++) {
      heaps[s] = ServerJvm.usedHeapAfterGc(servers.get(s).pid());
    }
    return heaps;
  }

  private long serversCpu() throws Exception {
    long sum = 0;
    for (Server s : servers) {
      sum += ServerJvm.cpuNanos(s.pid());
    }
    return sum;
  }

  private long frames() throws Exception {
    long sum = 0;
    for (Generator g : generators) {
      g.send("frames");
    }
    for (Generator g : generators) {
      sum += Long.parseLong(g.reply("")[0]);
    }
    return sum;
  }

  private JsonObject createGame(Http admin) {
    JsonArray items = new JsonArray();
    JsonArray approved = admin.json("/api/questions?status=APPROVED&needsReview=false&type=SINGLE_CHOICE&size="
        + (PLAYED + 1)).getJsonArray("items");
    if (approved.size() < PLAYED + 1) {
      throw new IllegalStateException("The bank has " + approved.size() + " approved single-choice questions; "
          + (PLAYED + 1) + " are needed");
    }
    approved.forEach(q -> items.add(new JsonObject().put("questionId", ((JsonObject) q).getLong("id"))
        .put("timeLimitSeconds", 60).put("points", 1000)));
    JsonObject set = Http.json(admin.post("/api/question-sets", new JsonObject().put("title", "Benchmark")
        .put("shared", false).put("items", items)));
    JsonObject request = new JsonObject().put("setId", set.getJsonObject("set").getLong("id")).put("leadInSeconds", 0)
        .put("leaderboardShown", false).put("maxPlayers", players);
    for (int attempt = 1; ; attempt++) {
      // On a loaded machine another server may take a room whose creator was slow to show it is alive.
      var created = admin.post("/api/games", request);
      if (created.statusCode() == 201 || created.statusCode() == 200 || attempt == 3) {
        return Http.json(created);
      }
      System.out.println("Creating the game failed (" + created.statusCode() + "); trying again");
    }
  }

  /** The host's screen: frames arrive in a queue with their wall-clock stamps. */
  private final class HostScreen {
    private final String cookie;
    private final long gameId;
    private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    private final WebSocketClient client = vertx.createWebSocketClient(new WebSocketClientOptions()
        .setConnectTimeout(30_000));
    private WebSocket socket;
    int port;
    volatile boolean closed;
    volatile long welcomedAt;

    HostScreen(String cookie, long gameId) {
      this.cookie = cookie;
      this.gameId = gameId;
    }

    void open(int port) throws Exception {
      this.port = port;
      closed = false;
      WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port)
          .setURI("/ws").addHeader("Origin", "http://127.0.0.1:" + port).addHeader("Cookie", cookie);
      for (int attempt = 1; ; attempt++) {
        try {
          socket = client.connect(options).await();
          break;
        } catch (RuntimeException e) {
          // A loaded machine may drop a handshake: a browser would try again.
          if (attempt == 3) {
            throw new IllegalStateException("The host's screen could not connect to port " + port, e);
          }
          System.out.println("The host's screen could not connect (" + e.getMessage() + "); trying again");
        }
      }
      socket.closeHandler(v -> closed = true);
      socket.textMessageHandler(text -> {
        if (text.startsWith("{\"type\":\"HostWelcome\"")) {
          welcomedAt = ClusterPlayers.micros();
        }
        frames.add(text);
      });
      send(new JsonObject().put("type", "host").put("v", 1).put("gameId", gameId));
      await("HostWelcome", 30);
    }

    void send(JsonObject frame) {
      socket.writeTextMessage(frame.encode());
    }

    /** Waits for a frame of this type, dropping the others. */
    void await(String type, int seconds) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      String head = "{\"type\":\"" + type + "\"";
      while (System.nanoTime() < deadline) {
        String f = frames.poll(100, TimeUnit.MILLISECONDS);
        if (f != null && f.startsWith(head)) {
          return;
        }
      }
      throw new IllegalStateException("The host's screen saw no " + type + " within " + seconds + " s");
    }
  }

  /** A load-generator process, driven through its standard input and output. */
  private static final class Generator {
    private final Process process;
    private final PrintStream in;
    private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();

    private Generator(Process process) {
      this.process = process;
      this.in = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
      Thread reader = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
          r.lines().filter(l -> l.startsWith("@")).forEach(l -> replies.add(l.substring(1)));
        } catch (Exception e) {
          // the process ended
        }
      });
      reader.setDaemon(true);
      reader.start();
    }

    static Generator start(String pin, int first, int count, List<Server> servers) throws Exception {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-XX:+UseG1GC", "-cp",
          System.getProperty("java.class.path"), ClusterPlayers.class.getName(), pin, Integer.toString(first),
          Integer.toString(count)));
      servers.forEach(s -> command.add(Integer.toString(s.port())));
      return new Generator(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
    }

    void send(String command) {
      in.println(command);
    }

    /** The next reply, which must be of this kind ("" for any). */
    String[] reply(String kind) throws InterruptedException {
      String r = replies.poll(180, TimeUnit.SECONDS);
      if (r == null) {
        throw new IllegalStateException("A load generator did not reply (" + kind + ")"
            + (process.isAlive() ? "" : "; it ended with " + process.exitValue()));
      }
      String[] parts = r.split(" ");
      if (!kind.isEmpty() && !parts[0].equals(kind)) {
        throw new IllegalStateException("A load generator replied " + parts[0] + " instead of " + kind);
      }
      return parts;
    }

    void close() throws InterruptedException {
      send("quit");
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }
}
