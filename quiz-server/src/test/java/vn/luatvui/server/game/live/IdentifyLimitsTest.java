package vn.luatvui.server.game.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.AppConfig;
import vn.luatvui.server.support.RawSocket;
import vn.luatvui.server.support.RunningServer;

/**
 * PIN guessing over the live-game socket: every join, reconnect and host frame counts against the
 * client's address (this machine's included), a socket must name its game within a few seconds, and
 * one address holds only so many sockets that have not. Limits turned down here through configuration.
 */
class IdentifyLimitsTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer(Map.of(
      AppConfig.GAME_IDENTIFY_PER_MINUTE, "4",
      AppConfig.GAME_UNIDENTIFIED_PER_ADDRESS, "3",
      AppConfig.GAME_IDENTIFY_SECONDS, "2",
      AppConfig.TRUSTED_PROXIES, "127.0.0.1"));

  private static int port() {
    return running.server().config().httpPort();
  }

  private static String hello(String type, String pin) {
    JsonObject frame = new JsonObject().put("type", type).put("v", 1).put("pin", pin);
    return (type.equals("join") ? frame.put("nickname", "Khách") : frame.put("token", "đoán")).encode();
  }

  private static String answer(RawSocket socket) throws IOException {
    RawSocket.Frame frame = socket.read();
    assertThat(frame).as("an answer from the server").isNotNull();
    JsonObject json = new JsonObject(frame.text());
    return json.getString("type").equals("Error") ? json.getString("code") : json.getString("reason");
  }

  @Test
  void guesses_from_this_machine_and_from_a_proxy_forwarding_127_0_0_1_share_one_limit() throws Exception {
    List<String> answers = new ArrayList<>();
    try (RawSocket direct = RawSocket.open(port());
         RawSocket forwarded = RawSocket.open(port(), "X-Forwarded-For: 127.0.0.1\r\n")) {
      answers.add(answer(direct.sendText(hello("join", "123456"))));
      answers.add(answer(direct.sendText(hello("reconnect", "123457"))));
      answers.add(answer(forwarded.sendText(hello("join", "123458"))));
      answers.add(answer(forwarded.sendText(hello("reconnect", "123459"))));
      answers.add(answer(forwarded.sendText(hello("join", "123460"))));
      answers.add(answer(direct.sendText(hello("reconnect", "123461"))));
    }
    assertThat(answers).containsExactly("GAME_NOT_FOUND", "UNKNOWN_SESSION", "GAME_NOT_FOUND", "UNKNOWN_SESSION",
        "RATE_LIMITED", "RATE_LIMITED");
  }

  @Test
  void checking_a_pin_before_the_nickname_counts_as_a_guess() throws Exception {
    List<String> answers = new ArrayList<>();
    try (RawSocket phone = RawSocket.open(port(), "X-Forwarded-For: 10.0.0.9\r\n")) {
      for (int i = 0; i < 5; i++) {
        String check = new JsonObject().put("type", "check").put("v", 1).put("pin", "65432" + i).encode();
        answers.add(answer(phone.sendText(check)));
      }
    }
    assertThat(answers).containsExactly("GAME_NOT_FOUND", "GAME_NOT_FOUND", "GAME_NOT_FOUND", "GAME_NOT_FOUND",
        "RATE_LIMITED");
  }

  @Test
  void a_socket_that_names_no_game_is_closed_after_the_identify_time() throws Exception {
    try (RawSocket idle = RawSocket.open(port(), "X-Forwarded-For: 10.0.0.6\r\n")) {
      long start = System.nanoTime();
      RawSocket.Frame close = idle.awaitClose();
      assertThat(close).isNotNull();
      assertThat(close.closeCode()).isEqualTo(1008);
      assertThat(close.closeReason()).contains("no game");
      assertThat((System.nanoTime() - start) / 1_000_000).isBetween(1500L, 6000L);
    }
  }

  @Test
  void one_address_holds_only_so_many_sockets_without_a_game() throws Exception {
    String from = "X-Forwarded-For: 10.0.0.5\r\n";
    List<RawSocket> open = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        open.add(RawSocket.open(port(), from));
      }
      assertThatThrownBy(() -> RawSocket.open(port(), from)).hasMessageContaining("429");
      try (RawSocket elsewhere = RawSocket.open(port(), "X-Forwarded-For: 10.0.0.7\r\n")) {
        assertThat(elsewhere).as("another address is not affected").isNotNull();
      }
      open.remove(0).close();
      RawSocket again = null;
      for (int i = 0; i < 50 && again == null; i++) {
        try {
          again = RawSocket.open(port(), from);
        } catch (IOException refused) {
          Thread.sleep(50);
        }
      }
      assertThat(again).as("a place freed by a closed socket").isNotNull();
      open.add(again);
    } finally {
      for (RawSocket s : open) {
        s.close();
      }
    }
  }
}
