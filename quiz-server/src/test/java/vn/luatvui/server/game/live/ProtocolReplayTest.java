package vn.luatvui.server.game.live;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luatvui.server.support.LiveGames.approved;
import static vn.luatvui.server.support.LiveGames.createGame;
import static vn.luatvui.server.support.LiveGames.hostAccount;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.support.GameClient;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.RunningServer;

/**
 * docs/protocol.md's "A whole game, frame by frame", played against a real server from the
 * document itself: every frame it shows a screen sending is sent, and every frame it shows a screen
 * receiving arrives with the values shown (those that do not differ from game to game).
 */
class ProtocolReplayTest {
  @RegisterExtension
  static final RunningServer server = new RunningServer();
  private static final Vertx vertx = Vertx.vertx();
  private static final String HEADING = "## A whole game, frame by frame";
  private static final String ANY = "…";

  @AfterAll
  static void closeClients() {
    vertx.close().await();
  }

  @Test
  void the_documented_game_plays_as_documented() throws Exception {
    List<String> lines = transcript();
    assertThat(lines).as("the document's game").hasSizeGreaterThan(20);
    int port = server.server().config().httpPort();
    Http host = hostAccount(port);
    JsonObject game = createGame(host, List.of(approved(host, "POLL")), 120, new JsonObject());
    String gameId = Long.toString(game.getLong("gameId"));
    String pin = game.getString("pin");
    Map<String, GameClient> screens = new HashMap<>();
    String token = null;
    try {
      for (String line : lines) {
        String[] parts = line.split(" ", 3);
        String who = parts[0];
        String arrow = parts[1];
        GameClient screen = screens.computeIfAbsent(who,
            w -> GameClient.connect(vertx, port, w.equals("host") ? host.cookieHeader() : null));
        switch (arrow) {
          case "→" -> {
            JsonObject frame = new JsonObject(withGame(parts[2], gameId, pin));
            if (token != null && frame.getString("token") != null) {
              frame.put("token", token);
            }
            screen.send(frame);
          }
          case "←" -> {
            JsonObject expected = new JsonObject(withGame(parts[2], gameId, pin));
            JsonObject actual = screen.await(expected.getString("type"));
            for (String field : expected.fieldNames()) {
              Object value = expected.getValue(field);
              assertThat(actual.containsKey(field)).as(line + ": has " + field).isTrue();
              if (!String.valueOf(value).contains(ANY) && !field.equals("gameId")) {
                assertThat(actual.getValue(field)).as(line + ": " + field).isEqualTo(value);
              }
            }
            if (actual.getString("token") != null) {
              token = actual.getString("token");
            }
          }
          case "✕" -> assertThat(screen.awaitClosed()).as(line).isEqualTo(Integer.parseInt(parts[2].trim()));
          default -> throw new AssertionError("A line of the document's game that does not read: " + line);
        }
      }
    } finally {
      screens.values().forEach(GameClient::close);
    }
  }

  /** The game's id and PIN in place of the document's 42 and 482913. */
  private static String withGame(String frame, String gameId, String pin) {
    return frame.replace("\"gameId\":42", "\"gameId\":" + gameId).replace("\"482913\"", "\"" + pin + "\"");
  }

  /** The lines of the fenced block under the heading. */
  private static List<String> transcript() throws Exception {
    Path doc = Path.of("..", "docs", "protocol.md");
    List<String> all = Files.readAllLines(doc);
    List<String> lines = new ArrayList<>();
    int i = all.indexOf(HEADING);
    assertThat(i).as("the heading in " + doc).isNotNegative();
    while (!all.get(i).startsWith("```")) {
      i++;
    }
    for (i++; !all.get(i).startsWith("```"); i++) {
      if (!all.get(i).isBlank()) {
        lines.add(all.get(i).trim());
      }
    }
    return lines;
  }
}
