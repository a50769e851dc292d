package vn.luatvui.server.reach;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.support.GameClient;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.LiveGames;
import vn.luatvui.server.support.RunningServer;

/**
 * A ward official hosts a live game: the phone that checks the PIN is offered the ward and its residential
 * groups; a player who names their group is counted as a person reached for it once the game is over, while
 * a player who names none, or a unit the game does not offer, still plays and is not counted anywhere.
 */
class GamePlayerReachTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();
  static final String TREE = "ma,ten,loai,ma_cap_tren,thanh_thi_nong_thon,so_dan\n"
      + "TP,Thành phố,Thành phố,,,\n"
      + "P-A,Phường A,Phường,TP,Thành thị,100\n"
      + "TO-1,Tổ dân phố 1,Khác,P-A,,\n"
      + "TO-2,Tổ dân phố 2,Khác,P-A,,\n"
      + "X-B,Xã B,Xã,TP,Nông thôn,50\n";
  private static Vertx vertx;
  private static Http admin;
  private static Http host;
  private static JsonArray nodes;

  @BeforeAll
  static void tree() {
    vertx = Vertx.vertx();
    admin = running.admin();
    assertThat(admin.post("/api/orgs/import", new JsonObject().put("csv", TREE)).statusCode()).isEqualTo(200);
    nodes = new JsonArray(admin.get("/api/orgs").body());
    host = LiveGames.hostAccount(running.server().config().httpPort());
    HttpResponse<String> staff = admin.put("/api/orgs/" + id("P-A") + "/staff",
        new JsonObject().put("email", "thay.nam@truong.edu.vn"));
    assertThat(staff.statusCode()).as(staff.body()).isEqualTo(200);
  }

  @AfterAll
  static void close() {
    vertx.close();
  }

  private static long id(String code) {
    return nodes.stream().map(JsonObject.class::cast).filter(n -> code.equals(n.getString("code"))).findFirst()
        .orElseThrow().getLong("id");
  }

  @Test
  void a_player_who_names_their_group_is_reached_for_it_and_the_others_play_uncounted() throws Exception {
    JsonObject game = LiveGames.createGame(host, LiveGames.singleChoice(host));
    String pin = game.getString("pin");
    long gameId = game.getLong("gameId");
    int port = running.server().config().httpPort();
    try (GameClient screen = LiveGames.hostScreen(vertx, port, host, gameId);
         GameClient lan = GameClient.connect(vertx, port, null);
         GameClient minh = GameClient.connect(vertx, port, null);
         GameClient hoa = GameClient.connect(vertx, port, null)) {
      lan.send(new JsonObject().put("type", "check").put("v", 1).put("pin", pin));
      JsonArray offered = lan.await("PinFound").getJsonArray("units");
      assertThat(offered.stream().map(JsonObject.class::cast).map(u -> u.getString("name")))
          .as("the host's ward first, then its groups; nothing outside it")
          .containsExactly("Phường A", "Tổ dân phố 1", "Tổ dân phố 2");
      lan.send(LiveGames.joinFrame(pin, "Lan").put("unitId", id("TO-1")));
      assertThat(lan.await("Welcome").getString("nickname")).isEqualTo("Lan");
      minh.send(LiveGames.joinFrame(pin, "Minh").put("unitId", id("X-B")));
      assertThat(minh.await("Welcome").getString("nickname")).as("a unit not offered never blocks the join")
          .isEqualTo("Minh");
      hoa.send(LiveGames.joinFrame(pin, "Hoa"));
      assertThat(hoa.await("Welcome").getString("nickname")).isEqualTo("Hoa");
      hoa.send(LiveGames.joinFrame(pin, "Hoa 2").put("unitId", "TO-1"));
      assertThat(hoa.await("Error").getString("code")).as("the unit is a number").isEqualTo("BAD_FRAME");

      screen.send(new JsonObject().put("type", "start"));
      lan.await("QuestionOpened");
      screen.send(new JsonObject().put("type", "end"));
      screen.await("Podium");
      screen.send(new JsonObject().put("type", "next"));
      screen.await("GameEnded");
    }
    awaitFinished(gameId);
    assertThat(count("SELECT count(*) FROM game_player_unit WHERE game_id = " + gameId))
        .as("only the unit the game offered is kept").isEqualTo(1);

    HttpResponse<String> refreshed = admin.post("/api/reach/refresh", new JsonObject());
    assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
    JsonObject city = admin.json("/api/reach/orgs/" + id("TP"));
    assertThat(city.getJsonObject("node").getLong("people")).isEqualTo(1);
    assertThat(city.getJsonArray("children").stream().map(JsonObject.class::cast)
        .map(c -> c.getString("code") + "=" + c.getLong("people"))).containsExactlyInAnyOrder("P-A=1", "X-B=0");
    JsonObject ward = admin.json("/api/reach/orgs/" + id("P-A"));
    assertThat(ward.getJsonArray("children").stream().map(JsonObject.class::cast)
        .map(c -> c.getString("code") + "=" + c.getLong("people"))).containsExactlyInAnyOrder("TO-1=1", "TO-2=0");
  }

  private static void awaitFinished(long gameId) throws Exception {
    long deadline = System.currentTimeMillis() + 10_000;
    while (count("SELECT count(*) FROM game WHERE status = 'FINISHED' AND id = " + gameId) == 0) {
      assertThat(System.currentTimeMillis()).as("game saved in time").isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  private static int count(String sql) throws Exception {
    try (Connection c = running.database().connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
