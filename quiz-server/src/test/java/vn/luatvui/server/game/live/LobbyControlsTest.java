package vn.luatvui.server.game.live;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luatvui.server.support.LiveGames.createGame;
import static vn.luatvui.server.support.LiveGames.hostScreen;
import static vn.luatvui.server.support.LiveGames.join;
import static vn.luatvui.server.support.LiveGames.joinFrame;
import static vn.luatvui.server.support.LiveGames.reconnect;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.support.GameClient;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.LiveGames;
import vn.luatvui.server.support.RunningServer;

/** The host's hold on who plays, over real WebSockets: kicking and banning, locking the room, late joining. */
class LobbyControlsTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();
  private static final Vertx vertx = Vertx.vertx();
  private static Http host;
  private static JsonObject question;
  private static int port;

  @BeforeAll
  static void createHost() {
    port = running.server().config().httpPort();
    host = LiveGames.hostAccount(port);
    question = LiveGames.singleChoice(host);
  }

  @AfterAll
  static void closeClients() {
    vertx.close().await();
  }

  @Test
  void a_room_takes_as_many_players_as_its_host_set_and_says_so_to_the_next() {
    JsonObject game = createGame(host, List.of(question), 60, new JsonObject().put("maxPlayers", 2));
    String pin = game.getString("pin");
    try (GameClient screen = GameClient.connect(vertx, port, host.cookieHeader());
         GameClient an = GameClient.connect(vertx, port, null);
         GameClient binh = GameClient.connect(vertx, port, null);
         GameClient chi = GameClient.connect(vertx, port, null)) {
      screen.send(LiveGames.hostFrame(game.getLong("gameId")));
      assertThat(screen.await("LobbyChanged").getInteger("maxPlayers")).as("shown on the host screen").isEqualTo(2);
      join(an, pin, "An");
      join(binh, pin, "Bình");
      chi.send(joinFrame(pin, "Chi"));
      JsonObject refused = chi.await("CommandRejected");
      assertThat(refused.getString("reason")).isEqualTo("ROOM_FULL");
      assertThat(refused.getString("message")).isNotBlank();
    }
    JsonObject tooMany = new JsonObject().put("setId", 1).put("maxPlayers", 1_000_000);
    assertThat(host.post("/api/games", tooMany).statusCode()).isEqualTo(422);
  }

  @Test
  void a_kicked_player_is_told_and_disconnected_with_4001_and_cannot_come_back_with_the_token() {
    JsonObject game = createGame(host, question);
    String pin = game.getString("pin");
    try (GameClient screen = hostScreen(vertx, port, host, game.getLong("gameId"));
         GameClient lan = GameClient.connect(vertx, port, null);
         GameClient minh = GameClient.connect(vertx, port, null)) {
      JsonObject lanWelcome = join(lan, pin, "Lan Anh");
      join(minh, pin, "Minh");
      int lanId = lanWelcome.getInteger("playerId");

      screen.send(kick(lanId, false));
      JsonObject kicked = lan.await("Kicked");
      assertThat(kicked.getBoolean("banned")).isFalse();
      assertThat(kicked.getString("message")).isNotBlank();
      assertThat(lan.awaitClosed()).as("close code for a kicked player").isEqualTo(4001);

      JsonObject left = screen.await("PlayerLeft");
      assertThat(left.getInteger("playerId")).isEqualTo(lanId);
      assertThat(left.getString("nickname")).isEqualTo("Lan Anh");
      assertThat(left.getBoolean("kicked")).isTrue();
      assertThat(left.getBoolean("banned")).isFalse();
      assertThat(left.getInteger("playerCount")).isEqualTo(1);

      try (GameClient lanAgain = GameClient.connect(vertx, port, null)) {
        lanAgain.send(reconnect(pin, lanWelcome.getString("token")));
        assertThat(lanAgain.await("CommandRejected").getString("reason")).isEqualTo("KICKED");

        lanAgain.send(joinFrame(pin, "Lan Anh"));
        JsonObject rejoined = lanAgain.await("Welcome");
        assertThat(rejoined.getInteger("playerId")).as("a kick without a ban frees the nickname for a new seat")
            .isNotEqualTo(lanId);
        assertThat(screen.await("PlayerJoined").getString("nickname")).isEqualTo("Lan Anh");
      }
      assertThat(minh.closed()).as("the other player stays connected").isFalse();
      assertThat(minh.seen()).noneMatch(f -> f.contains("\"Kicked\""));
    }
  }

  @Test
  void a_banned_nickname_cannot_join_the_game_again_in_any_spelling() {
    JsonObject game = createGame(host, question);
    String pin = game.getString("pin");
    try (GameClient screen = hostScreen(vertx, port, host, game.getLong("gameId"));
         GameClient duc = GameClient.connect(vertx, port, null);
         GameClient ha = GameClient.connect(vertx, port, null)) {
      int ducId = join(duc, pin, "Đức Anh").getInteger("playerId");
      join(ha, pin, "Hà");

      screen.send(kick(ducId, true));
      assertThat(duc.await("Kicked").getBoolean("banned")).isTrue();
      assertThat(duc.awaitClosed()).isEqualTo(4001);
      JsonObject left = screen.await("PlayerLeft");
      assertThat(left.getInteger("playerId")).isEqualTo(ducId);
      assertThat(left.getBoolean("kicked")).isTrue();
      assertThat(left.getBoolean("banned")).isTrue();
      assertThat(left.getInteger("playerCount")).isEqualTo(1);

      screen.send(kick(ducId, true));
      assertThat(screen.await("CommandRejected").getString("reason")).as("kicking the same player twice")
          .isEqualTo("NOT_A_PLAYER");

      try (GameClient again = GameClient.connect(vertx, port, null)) {
        for (String nickname : List.of("Đức Anh", "duc anh", "  ĐỨC   ANH ")) {
          again.send(joinFrame(pin, nickname));
          JsonObject refused = again.await("CommandRejected");
          assertThat(refused.getString("reason")).as(nickname).isEqualTo("NICKNAME_BANNED");
          assertThat(refused.getString("message")).isNotBlank();
        }
        again.send(joinFrame(pin, "Đức Minh"));
        assertThat(again.await("Welcome").getString("nickname")).isEqualTo("Đức Minh");
      }
    }
  }

  @Test
  void a_locked_room_refuses_new_players_but_not_returning_ones_until_the_host_unlocks_it() {
    JsonObject game = createGame(host, question);
    String pin = game.getString("pin");
    try (GameClient screen = hostScreen(vertx, port, host, game.getLong("gameId"));
         GameClient newcomer = GameClient.connect(vertx, port, null)) {
      String token;
      try (GameClient lan = GameClient.connect(vertx, port, null)) {
        token = join(lan, pin, "Lan").getString("token");
      }
      screen.await("PresenceChanged");

      screen.send(new JsonObject().put("type", "lock").put("locked", true));
      assertThat(screen.await("LobbyChanged").getBoolean("locked")).isTrue();

      newcomer.send(joinFrame(pin, "Minh"));
      JsonObject refused = newcomer.await("CommandRejected");
      assertThat(refused.getString("reason")).isEqualTo("ROOM_LOCKED");
      assertThat(refused.getString("message")).isEqualTo("Phòng đã khóa.");

      try (GameClient lanBack = GameClient.connect(vertx, port, null)) {
        lanBack.send(reconnect(pin, token));
        assertThat(lanBack.await("Welcome").getBoolean("reconnected")).as("a locked room still lets its players back")
            .isTrue();
      }

      screen.send(new JsonObject().put("type", "lock").put("locked", false));
      assertThat(screen.await("LobbyChanged").getBoolean("locked")).isFalse();
      newcomer.send(joinFrame(pin, "Minh"));
      assertThat(newcomer.await("Welcome").getString("nickname")).isEqualTo("Minh");
      JsonObject joined = screen.await("PlayerJoined");
      assertThat(joined.getString("nickname")).isEqualTo("Minh");
      assertThat(joined.getInteger("playerCount")).isEqualTo(2);
    }
  }

  @Test
  void late_joining_is_refused_when_the_game_forbids_it_and_follows_the_host_switch() {
    JsonObject game = createGame(host, List.of(question), 120, new JsonObject().put("lateJoinAllowed", false));
    String pin = game.getString("pin");
    try (GameClient screen = hostScreen(vertx, port, host, game.getLong("gameId"));
         GameClient lan = GameClient.connect(vertx, port, null);
         GameClient late = GameClient.connect(vertx, port, null);
         GameClient later = GameClient.connect(vertx, port, null)) {
      join(lan, pin, "Lan");
      screen.send(new JsonObject().put("type", "start"));
      lan.await("QuestionOpened");

      late.send(joinFrame(pin, "Minh"));
      JsonObject refused = late.await("CommandRejected");
      assertThat(refused.getString("reason")).isEqualTo("GAME_STARTED");
      assertThat(refused.getString("message")).isNotBlank();

      screen.send(new JsonObject().put("type", "lateJoin").put("allowed", true));
      assertThat(screen.await("LobbyChanged").getBoolean("lateJoinAllowed")).isTrue();
      late.send(joinFrame(pin, "Minh"));
      JsonObject welcome = late.await("Welcome");
      assertThat(welcome.getString("phase")).isEqualTo("QUESTION_OPEN");
      assertThat(late.await("QuestionOpened").getJsonObject("question").getInteger("index")).isZero();
      late.send(LiveGames.answer(0));
      assertThat(late.await("AnswerAccepted").getBoolean("alreadyAnswered")).isFalse();

      screen.send(new JsonObject().put("type", "lateJoin").put("allowed", false));
      assertThat(screen.await("LobbyChanged").getBoolean("lateJoinAllowed")).isFalse();
      later.send(joinFrame(pin, "Hà"));
      assertThat(later.await("CommandRejected").getString("reason")).isEqualTo("GAME_STARTED");
    }
  }

  @Test
  void late_joining_is_allowed_by_default_except_while_the_room_is_locked() {
    JsonObject game = createGame(host, question);
    String pin = game.getString("pin");
    try (GameClient screen = hostScreen(vertx, port, host, game.getLong("gameId"));
         GameClient lan = GameClient.connect(vertx, port, null);
         GameClient late = GameClient.connect(vertx, port, null)) {
      join(lan, pin, "Lan");
      screen.send(new JsonObject().put("type", "start"));
      lan.await("QuestionOpened");

      screen.send(new JsonObject().put("type", "lock").put("locked", true));
      JsonObject settings = screen.await("LobbyChanged");
      assertThat(settings.getBoolean("locked")).isTrue();
      assertThat(settings.getBoolean("lateJoinAllowed")).isTrue();
      late.send(joinFrame(pin, "Minh"));
      assertThat(late.await("CommandRejected").getString("reason")).isEqualTo("ROOM_LOCKED");

      screen.send(new JsonObject().put("type", "lock").put("locked", false));
      assertThat(screen.await("LobbyChanged").getBoolean("locked")).isFalse();
      late.send(joinFrame(pin, "Minh"));
      assertThat(late.await("Welcome").getString("phase")).isEqualTo("QUESTION_OPEN");
      assertThat(late.await("QuestionOpened").getJsonObject("question").getString("text"))
          .isEqualTo(question.getJsonObject("content").getString("text"));
      assertThat(screen.await("PlayerJoined").getInteger("playerCount")).isEqualTo(2);
    }
  }

  private static JsonObject kick(int playerId, boolean ban) {
    return new JsonObject().put("type", "kick").put("playerId", playerId).put("ban", ban);
  }
}
