package vn.luatvui.server.game.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.support.GameClient;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.LiveGames;
import vn.luatvui.server.support.RawSocket;
import vn.luatvui.server.support.RunningServer;

/** What a client can send that is not a frame of the protocol: each refused with its error or close code, nothing else. */
class FrameStrictnessTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();
  private static final Vertx vertx = Vertx.vertx();
  private static Http host;
  private static int port;

  @BeforeAll
  static void hostAccount() {
    port = running.server().config().httpPort();
    host = LiveGames.hostAccount(port);
  }

  @AfterAll
  static void closeClients() {
    vertx.close().await();
  }

  @Test
  void a_null_frame_is_a_bad_frame_and_five_of_them_close_the_connection_with_1008() throws Exception {
    try (RawSocket socket = RawSocket.open(port)) {
      for (int i = 0; i < 5; i++) {
        socket.sendText("null");
        RawSocket.Frame error = socket.read();
        assertThat(new JsonObject(error.text()).getString("code")).isEqualTo("BAD_FRAME");
      }
      RawSocket.Frame close = socket.awaitClose();
      assertThat(close.closeCode()).isEqualTo(1008);
      assertThat(close.closeReason()).isNotBlank();
    }
  }

  @Test
  void a_message_over_8_kb_closes_the_connection_with_1009_and_a_reason_in_one_frame_or_in_several()
      throws Exception {
    try (RawSocket socket = RawSocket.open(port)) {
      socket.sendText("{\"type\":\"ping\",\"x\":\"" + "x".repeat(9000) + "\"}");
      RawSocket.Frame close = socket.awaitClose();
      assertThat(close).as("a close frame, not a dropped connection").isNotNull();
      assertThat(close.closeCode()).isEqualTo(1009);
      assertThat(close.closeReason()).isNotBlank();
    }
    try (RawSocket socket = RawSocket.open(port)) {
      byte[] half = "x".repeat(5000).getBytes(StandardCharsets.US_ASCII);
      socket.sendFragment(RawSocket.TEXT, half, false).sendFragment(0, half, true);
      RawSocket.Frame close = socket.awaitClose();
      assertThat(close).isNotNull();
      assertThat(close.closeCode()).isEqualTo(1009);
    }
  }

  @Test
  void text_that_is_not_utf8_closes_the_connection_with_1007() throws Exception {
    try (RawSocket socket = RawSocket.open(port)) {
      socket.send(RawSocket.TEXT, new byte[] {'{', '"', (byte) 0xc3, (byte) 0x28, '"', ':', '1', '}'});
      RawSocket.Frame close = socket.awaitClose();
      assertThat(close).isNotNull();
      assertThat(close.closeCode()).isEqualTo(1007);
    }
  }

  @Test
  void a_kick_whose_player_id_is_a_string_or_a_fraction_is_refused_and_kicks_nobody() {
    JsonObject game = LiveGames.createGame(host, LiveGames.singleChoice(host));
    try (GameClient screen = LiveGames.hostScreen(vertx, port, host, game.getLong("gameId"));
         GameClient phone = GameClient.connect(vertx, port, null)) {
      int playerId = LiveGames.join(phone, game.getString("pin"), "Lan").getInteger("playerId");
      assertThat(playerId).isEqualTo(1);
      screen.sendRaw("{\"type\":\"kick\",\"playerId\":\"1\"}");
      assertThat(screen.await("Error").getString("code")).isEqualTo("BAD_FRAME");
      screen.sendRaw("{\"type\":\"kick\",\"playerId\":1.4}");
      JsonObject error = screen.await("Error");
      assertThat(error.getString("code")).isEqualTo("BAD_FRAME");
      assertThat(error.getString("message")).contains("playerId");
      screen.sendRaw("{\"type\":\"kick\",\"playerId\":1,\"ban\":\"true\"}");
      assertThat(screen.await("Error").getString("code")).isEqualTo("BAD_FRAME");
      screen.sendRaw("{\"type\":\"lock\",\"locked\":true,\"extra\":1}");
      assertThat(screen.await("Error").getString("message")).contains("extra");

      phone.send(new JsonObject().put("type", "ping"));
      phone.await("pong");
      assertThat(phone.closed()).isFalse();
      assertThat(phone.seen()).noneMatch(f -> f.contains("\"Kicked\""));
    }
  }

  @Test
  void a_reconnect_to_an_unknown_pin_is_answered_as_one_with_an_unknown_token() {
    JsonObject game = LiveGames.createGame(host, LiveGames.singleChoice(host));
    String unknownPin = game.getString("pin").equals("000001") ? "000002" : "000001";
    try (GameClient real = GameClient.connect(vertx, port, null);
         GameClient guess = GameClient.connect(vertx, port, null)) {
      real.send(LiveGames.reconnect(game.getString("pin"), "no-such-token"));
      guess.send(LiveGames.reconnect(unknownPin, "no-such-token"));
      JsonObject fromReal = real.await("CommandRejected");
      JsonObject fromGuess = guess.await("CommandRejected");
      assertThat(fromGuess).isEqualTo(fromReal);
      assertThat(fromGuess.getString("reason")).isEqualTo("UNKNOWN_SESSION");
    }
  }
}
