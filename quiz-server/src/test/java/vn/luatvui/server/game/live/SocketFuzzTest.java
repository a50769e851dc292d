package vn.luatvui.server.game.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import vn.luatvui.server.AppConfig;
import vn.luatvui.server.QuizServer;
import vn.luatvui.server.support.GameClient;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.LiveGames;
import vn.luatvui.server.support.RawSocket;
import vn.luatvui.server.support.TestDatabase;
import vn.luatvui.server.support.TestRedis;
import vn.luatvui.server.support.TestServer;

/**
 * Random messages on real sockets of a running server, a real game open: whatever a client sends,
 * every answer is a documented frame ({@code Error} with a documented code, {@code pong}, a refusal
 * or a welcome) or a documented close code, and a real player can still join afterwards.
 */
class SocketFuzzTest {
  private static final Set<String> ERRORS = Set.of("GAME_NOT_FOUND", "UNAVAILABLE", "NOT_SAVED", "RATE_LIMITED",
      "TOO_FAST", "TOO_LARGE", "BAD_FRAME", "BINARY", "BUSY", "VERSION", "NOT_ALLOWED", "FORBIDDEN", "UNAUTHENTICATED",
      "INVALID");
  private static final Set<String> ANSWERS = Set.of("Error", "pong", "CommandRejected", "Welcome", "PlayerList",
      "LobbyChanged", "AnswerRejected", "AnswerAccepted", "PlayerLeft");
  private static final Set<Integer> CLOSES = Set.of(1007, 1008, 1009, 1013);

  private static TestDatabase database;
  private static TestRedis redis;
  private static QuizServer server;
  private static String pin;
  private static int sockets;
  private static final io.vertx.core.Vertx VERTX = io.vertx.core.Vertx.vertx();

  @BeforeContainer
  static void startServer() throws Exception {
    database = TestDatabase.named();
    redis = new TestRedis();
    Map<String, String> env = TestServer.environment(database.uri(), TestRedis.URI, redis.prefix());
    env.put(AppConfig.TRUSTED_PROXIES, "127.0.0.1");
    server = TestServer.start(env);
    Http host = LiveGames.hostAccount(server.config().httpPort());
    pin = LiveGames.createGame(host, LiveGames.singleChoice(host)).getString("pin");
  }

  @AfterContainer
  static void stopServer() throws Exception {
    try {
      if (server != null) {
        server.close();
      }
    } finally {
      VERTX.close().await();
      database.close();
      redis.close();
    }
  }

  /** One message: text (frame-shaped or not, sometimes naming the real game), bytes, binary, fragments, too big. */
  @Provide
  Arbitrary<byte[][]> messages() {
    Arbitrary<String> texts = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, FrameFuzz.text()),
        net.jqwik.api.Tuple.of(2, Arbitraries.of("join", "reconnect", "host").map(type ->
            "{\"type\":\"" + type + "\",\"v\":1,\"pin\":\"" + pin + "\",\"nickname\":\"Khách\",\"token\":\"x\"}")));
    Arbitrary<byte[][]> text = texts.map(t -> new byte[][] {{RawSocket.TEXT}, t.getBytes(StandardCharsets.UTF_8)});
    Arbitrary<byte[][]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(40)
        .map(b -> new byte[][] {{RawSocket.TEXT}, b});
    Arbitrary<byte[][]> binary = Arbitraries.bytes().array(byte[].class).ofMaxSize(40)
        .map(b -> new byte[][] {{RawSocket.BINARY}, b});
    Arbitrary<byte[][]> fragments = texts.map(t -> {
      byte[] all = t.getBytes(StandardCharsets.UTF_8);
      int cut = all.length / 2;
      return new byte[][] {{RawSocket.TEXT}, java.util.Arrays.copyOf(all, cut),
          java.util.Arrays.copyOfRange(all, cut, all.length)};
    });
    Arbitrary<byte[][]> big = Arbitraries.integers().between(4_000, 12_000)
        .map(n -> new byte[][] {{RawSocket.TEXT}, ("\"" + "x".repeat(n) + "\"").getBytes(StandardCharsets.US_ASCII)});
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(10, text), net.jqwik.api.Tuple.of(2, bytes),
        net.jqwik.api.Tuple.of(1, binary), net.jqwik.api.Tuple.of(2, fragments), net.jqwik.api.Tuple.of(1, big));
  }

  @Property
  void every_answer_to_random_messages_is_documented(@ForAll("messages") byte[][] message) throws Exception {
    int port = server.config().httpPort();
    // Each case from an address of its own (through the trusted proxy), so the limits per address stay out of the way.
    int n = ++sockets;
    try (RawSocket socket = RawSocket.open(port, "X-Forwarded-For: 10.2." + (n / 250) + "." + (n % 250 + 1) + "\r\n")) {
      if (message.length == 2) {
        socket.send(message[0][0], message[1]);
      } else {
        socket.sendFragment(message[0][0], message[1], false).sendFragment(0, message[2], true);
      }
      socket.sendText("{\"type\":\"ping\"}");
      List<RawSocket.Frame> answers = new ArrayList<>();
      for (RawSocket.Frame f = socket.read(); f != null; f = socket.read()) {
        answers.add(f);
        if (f.opcode() == RawSocket.CLOSE || f.text().contains("\"pong\"")) {
          break;
        }
      }
      assertThat(answers).as("the server answers: a pong or a close").isNotEmpty();
      for (RawSocket.Frame f : answers) {
        if (f.opcode() == RawSocket.CLOSE) {
          assertThat(CLOSES).as("close code").contains(f.closeCode());
        } else {
          JsonObject frame = new JsonObject(f.text());
          assertThat(ANSWERS).as(f.text()).contains(frame.getString("type"));
          if ("Error".equals(frame.getString("type"))) {
            assertThat(ERRORS).as(f.text()).contains(frame.getString("code"));
            assertThat(frame.getString("message")).isNotBlank();
          }
        }
      }
    }
    if (n % 50 == 0) {
      try (GameClient player = GameClient.connect(VERTX, port, null)) {
        assertThat(LiveGames.join(player, pin, "Người chơi " + n).getString("token")).isNotBlank();
      }
    }
  }
}
