package vn.luatvui.server.bench;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import vn.luatvui.server.infra.NetworkTransport;

/**
 * One load-generator process of {@link ClusterBenchmark}: a share of the players, each on a real
 * WebSocket to one of the servers (player k to server k mod n). It takes commands on its standard
 * input, one a line, and answers each on its standard output with a line starting with {@code @}.
 *
 * <p>The clock: every time here and in the coordinator is the machine's wall clock in microseconds
 * ({@link #micros()}), which all processes on one machine share. The coordinator says when it sent
 * the host's command; each phone's arrival is stamped when its frame is read, and the latency is the
 * difference, recorded in an HdrHistogram (nanoseconds) that goes back base64-encoded.
 *
 * <p>Commands: {@code open Q SENT} (reply when every live phone has question Q), {@code answer Q
 * SPREAD_MS} (each phone answers at its own moment spread over SPREAD_MS, open loop; reply when every
 * answer sent on a live socket is acknowledged), {@code killed PORT AT} (that server was killed at
 * AT; taken at once, while another command runs), {@code gaps} (reply when every phone on a surviving server has its room back), {@code frames},
 * {@code quit}.
 *
 * <p>Arguments: PIN, index of the first player, players, server ports.
 */
public final class ClusterPlayers {
  private static final int CONNECT_BATCH = 250;
  private static final long WAIT_MILLIS = 90_000;
  private static final long JOIN_MILLIS = 60_000;

  private final Vertx vertx = Vertx.builder().with(new VertxOptions().setEventLoopPoolSize(1))
      .withTransport(NetworkTransport.best()).build();
  private final WebSocketClient client = vertx.createWebSocketClient(new WebSocketClientOptions()
      .setMaxConnections(100_000).setConnectTimeout(30_000).setTryUsePerMessageCompression(true));
  private final int[] ports;
  private final List<Phone> phones = new ArrayList<>();
  private final AtomicLong frames = new AtomicLong();
  private final AtomicInteger rejections = new AtomicInteger();
  private final PrintStream out;
  private volatile long killedAt = Long.MAX_VALUE;
  private volatile int killedPort = -1;

  private ClusterPlayers(int[] ports, PrintStream out) {
    this.ports = ports;
    this.out = out;
  }

  /** The machine's wall clock in microseconds: the one clock every process of the benchmark reads. */
  static long micros() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
  }

  static String encode(Histogram h) {
    ByteBuffer buffer = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
    int length = h.encodeIntoCompressedByteBuffer(buffer);
    return Base64.getEncoder().encodeToString(Arrays.copyOf(buffer.array(), length));
  }

  static Histogram decode(String text) throws Exception {
    return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(Base64.getDecoder().decode(text)), 0);
  }

  public static void main(String[] args) throws Exception {
    // Replies go to the real standard output; anything else printed goes to standard error.
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
        StandardCharsets.UTF_8);
    System.setOut(System.err);
    int first = Integer.parseInt(args[1]);
    int count = Integer.parseInt(args[2]);
    int[] ports = Arrays.stream(args, 3, args.length).mapToInt(Integer::parseInt).toArray();
    ClusterPlayers players = new ClusterPlayers(ports, out);
    try {
      players.joinAll(args[0], first, count);
      // The kill is told at once, even while a command (waiting for the answers) is still running.
      ExecutorService commands = Executors.newSingleThreadExecutor();
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
        String[] c = line.split(" ");
        if (c[0].equals("killed")) {
          players.killedPort = Integer.parseInt(c[1]);
          players.killedAt = Long.parseLong(c[2]);
        } else {
          commands.submit(() -> {
            players.command(c);
            return null;
          });
        }
      }
      commands.shutdownNow();
    } finally {
      players.vertx.close().await();
    }
  }

  private void command(String[] c) throws Exception {
    switch (c[0]) {
      case "open" -> opened(Integer.parseInt(c[1]), Long.parseLong(c[2]));
      case "answer" -> answered(Integer.parseInt(c[1]), Long.parseLong(c[2]));
      case "gaps" -> gaps();
      case "frames" -> reply(Long.toString(frames.get()));
      default -> throw new IllegalArgumentException("unknown command " + c[0]);
    }
  }

  private void reply(String text) {
    out.println("@" + text);
  }

  private void joinAll(String pin, int first, int count) throws Exception {
    long began = micros();
    AtomicInteger failures = new AtomicInteger();
    for (int start = 0; start < count; start += CONNECT_BATCH) {
      List<Future<?>> batch = new ArrayList<>();
      for (int i = start; i < Math.min(count, start + CONNECT_BATCH); i++) {
        int n = first + i;
        Phone p = new Phone(n, ports[n % ports.length]);
        phones.add(p);
        batch.add(p.join(pin).onFailure(e -> {
          if (failures.incrementAndGet() <= 3) {
            System.err.println("Player " + n + " could not join: " + e.getMessage());
          }
        }).otherwiseEmpty());
      }
      Future.join(batch).await();
    }
    reply("joined " + (count - failures.get()) + " " + failures.get() + " " + began + " " + micros());
  }

  /** Waits until every phone still connected has question {@code q}; replies with the delivery histogram. */
  private void opened(int q, long sentAt) throws InterruptedException {
    awaitAll(p -> p.closed || p.openedAt(q) != 0);
    Histogram h = new Histogram(3);
    int missing = 0;
    for (Phone p : phones) {
      long at = p.openedAt(q);
      if (at == 0) {
        missing++;
      } else {
        h.recordValue(Math.max(0, at - sentAt) * 1_000);
      }
    }
    reply("opened " + missing + " " + encode(h));
  }

  /** Open loop: phone i of n answers at i/n of the spread, whatever the servers do. */
  private void answered(int q, long spreadMillis) throws InterruptedException {
    long spreadNanos = TimeUnit.MILLISECONDS.toNanos(spreadMillis);
    CountDownLatch scheduled = new CountDownLatch(phones.size());
    for (int i = 0; i < phones.size(); i++) {
      Phone p = phones.get(i);
      p.resetAnswer();
      long delayMs = Math.max(1, (i * spreadNanos / phones.size()) / 1_000_000);
      vertx.setTimer(delayMs, t -> {
        p.answer(q);
        scheduled.countDown();
      });
    }
    scheduled.await(WAIT_MILLIS, TimeUnit.MILLISECONDS);
    awaitAll(p -> p.ackedAt != 0 || p.closed || p.answerSentAt == 0);
    Histogram h = new Histogram(3);
    long sentLive = 0;
    long ackedLive = 0;
    long sentKilled = 0;
    long ackedKilled = 0;
    long rejected = 0;
    StringBuilder mustCount = new StringBuilder();
    for (Phone p : phones) {
      boolean onKilled = p.port == killedPort;
      // Counted in PostgreSQL it must be: acknowledged, or sent on a socket of a server that lives.
      if (p.ackedAt != 0 || (p.answerSentAt != 0 && !onKilled)) {
        mustCount.append(mustCount.length() == 0 ? "" : ",").append(p.n);
      }
      if (p.answerSentAt != 0) {
        sentLive += onKilled ? 0 : 1;
        sentKilled += onKilled ? 1 : 0;
      }
      rejected += p.rejected ? 1 : 0;
      if (p.ackedAt != 0) {
        h.recordValue(Math.max(0, p.ackedAt - p.answerSentAt) * 1_000);
        ackedLive += onKilled ? 0 : 1;
        ackedKilled += onKilled ? 1 : 0;
      }
    }
    reply("acked " + sentLive + " " + ackedLive + " " + sentKilled + " " + ackedKilled + " " + rejected + " " + encode(h) + " "
        + (mustCount.length() == 0 ? "-" : mustCount));
  }

  /**
   * Waits until every phone on a surviving server has its room back; replies with the histograms of
   * kill → first frame (told to wait) and kill → room back ({@code Welcome}), and the sockets lost.
   */
  private void gaps() throws InterruptedException {
    awaitAll(p -> p.port == killedPort || p.closed || p.backAt != 0);
    Histogram told = new Histogram(3);
    Histogram back = new Histogram(3);
    int survivors = 0;
    int lost = 0;
    int notBack = 0;
    for (Phone p : phones) {
      if (p.port == killedPort) {
        continue;
      }
      survivors++;
      lost += p.closed ? 1 : 0;
      if (p.firstAfterKill != 0) {
        told.recordValue(Math.max(0, p.firstAfterKill - killedAt) * 1_000);
      }
      if (p.backAt != 0) {
        back.recordValue(Math.max(0, p.backAt - killedAt) * 1_000);
      } else {
        notBack++;
      }
    }
    printBackByServer();
    reply("gaps " + survivors + " " + lost + " " + notBack + " " + encode(told) + " " + encode(back));
  }

  /**
   * On this process's error stream: kill → room back (ms) for the phones of each surviving server, and
   * the kill's wall-clock time. The stamps are in microseconds.
   */
  private void printBackByServer() {
    Map<Integer, Histogram> byPort = new TreeMap<>();
    for (Phone p : phones) {
      if (p.port != killedPort && p.backAt != 0) {
        byPort.computeIfAbsent(p.port, k -> new Histogram(3)).recordValue(Math.max(0, p.backAt - killedAt) / 1_000);
      }
    }
    StringBuilder line = new StringBuilder("Killed at " + Instant.EPOCH.plus(killedAt, ChronoUnit.MICROS)
        + "; room back by server (kill → Welcome):");
    byPort.forEach((port, h) -> line.append(String.format(" port %d: %,d phones, min %d, p50 %d, p99 %d, max %d ms;", port,
        h.getTotalCount(), h.getMinValue(), h.getValueAtPercentile(50), h.getValueAtPercentile(99), h.getMaxValue())));
    System.err.println(line);
  }

  private void awaitAll(java.util.function.Predicate<Phone> done) throws InterruptedException {
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    while (System.currentTimeMillis() < deadline && !phones.stream().allMatch(done)) {
      Thread.sleep(20);
    }
  }

  private Future<WebSocket> connect(int port) {
    return client.connect(new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port).setURI("/ws")
        .addHeader("Origin", "http://127.0.0.1:" + port));
  }

  /** One simulated phone; its fields are written on the event loop and read by the command thread. */
  private final class Phone {
    private final int n;
    final int port;
    private WebSocket socket;
    private volatile int choices = 2;
    private final long[] openedAt = new long[64];
    volatile boolean closed;
    volatile long answerSentAt;
    volatile long ackedAt;
    volatile boolean rejected;
    volatile int answeredQuestion = -1;
    volatile long firstAfterKill;
    volatile long backAt;
    private boolean welcomed;

    Phone(int n, int port) {
      this.n = n;
      this.port = port;
    }

    long openedAt(int q) {
      synchronized (openedAt) {
        return openedAt[q];
      }
    }

    Future<?> join(String pin) {
      Promise<Void> welcome = Promise.promise();
      return connect(port).compose(ws -> {
        socket = ws;
        ws.closeHandler(v -> {
          closed = true;
          welcome.tryFail("closed by the server (" + ws.closeStatusCode() + " " + ws.closeReason() + ")");
        });
        vertx.setTimer(JOIN_MILLIS, t -> welcome.tryFail("no Welcome within " + JOIN_MILLIS + " ms"));
        ws.textMessageHandler(text -> onFrame(text, welcome));
        ws.writeTextMessage(new JsonObject().put("type", "join").put("v", 1).put("pin", pin)
            .put("nickname", "Người chơi " + n).encode());
        return welcome.future();
      });
    }

    private void onFrame(String text, Promise<Void> welcome) {
      long now = micros();
      frames.incrementAndGet();
      if (now >= killedAt && firstAfterKill == 0) {
        firstAfterKill = now;
      }
      if (text.startsWith("{\"type\":\"QuestionOpened\"")) {
        int q = index(text);
        synchronized (openedAt) {
          if (openedAt[q] == 0) {
            openedAt[q] = now;
          }
        }
        choices = choiceCount(text);
      } else if (text.startsWith("{\"type\":\"AnswerAccepted\"") || text.startsWith("{\"type\":\"AnswerRejected\"")) {
        // Only the acknowledgement of this question's answer (an older one may be judged again after a takeover).
        if (answerSentAt != 0 && ackedAt == 0 && number(text, "\"questionIndex\":") == answeredQuestion) {
          ackedAt = now;
          rejected = text.startsWith("{\"type\":\"AnswerRejected\"");
          if (rejected && rejections.incrementAndGet() <= 3) {
            System.err.println("Player " + n + ": " + text);
          }
        }
      } else if (text.startsWith("{\"type\":\"Welcome\"")) {
        if (!welcomed) {
          welcomed = true;
          welcome.tryComplete();
        } else if (now >= killedAt && backAt == 0) {
          backAt = now;
        }
      } else if (!welcomed && (text.startsWith("{\"type\":\"CommandRejected\"") || text.startsWith("{\"type\":\"Error\""))) {
        welcome.tryFail(text);
      }
    }

    void resetAnswer() {
      answerSentAt = 0;
      ackedAt = 0;
      rejected = false;
    }

    void answer(int q) {
      if (closed) {
        return;
      }
      answeredQuestion = q;
      answerSentAt = micros();
      socket.writeTextMessage("{\"type\":\"answer\",\"q\":" + q + ",\"answer\":{\"choice\":" + (n % choices) + "}}");
    }
  }

  /** The question's index, read from the frame's head without parsing the rest. */
  private static int index(String frame) {
    return number(frame, "\"index\":");
  }

  /** The whole number after the first {@code field} in the frame (-1 if none), without parsing the rest. */
  private static int number(String frame, String field) {
    int found = frame.indexOf(field);
    if (found < 0) {
      return -1;
    }
    int at = found + field.length();
    int end = at;
    while (Character.isDigit(frame.charAt(end))) {
      end++;
    }
    return Integer.parseInt(frame, at, end, 10);
  }

  private volatile String lastQuestion;
  private volatile int lastChoices;

  /** Every phone gets the same frame: read it once, not once per phone. */
  private int choiceCount(String frame) {
    if (!frame.equals(lastQuestion)) {
      lastChoices = new JsonObject(frame).getJsonObject("question").getJsonArray("choices").size();
      lastQuestion = frame;
    }
    return lastChoices;
  }
}
