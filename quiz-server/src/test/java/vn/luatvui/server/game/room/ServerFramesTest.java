package vn.luatvui.server.game.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.luatvui.server.game.live.Frames;
import vn.luatvui.server.json.Jsons;
import vn.luatvui.server.judging.AnswerPayload;

/**
 * The server's real frames, one of each kind the web client's unit tests build by hand
 * ({@code web-client/src/test/frames.ts}), kept in {@code web-client/src/test/server-frames.json};
 * the web client's {@code frames.test.ts} checks its fixtures have the same fields of the same types.
 * When an event changes, this test fails until the file is written again:
 * {@code mvn -pl quiz-server test -Dtest=ServerFramesTest -Dframes.write=true}.
 */
class ServerFramesTest {
  private static final Path FILE = Path.of("..", "web-client", "src", "test", "server-frames.json");

  @Test
  void the_web_clients_copy_of_the_server_frames_is_current() throws Exception {
    String frames = Jsons.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(framesOfAGame()) + "\n";
    if (Boolean.getBoolean("frames.write") || !Files.exists(FILE)) {
      Files.writeString(FILE, frames, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
        .as("%s is stale: write it again with -Dframes.write=true", FILE).isEqualTo(frames);
  }

  /** A game of two questions played to the end; the first frame of each kind, as the server encodes it. */
  private static Map<String, Object> framesOfAGame() {
    List<RoomEvent> events = new ArrayList<>();
    Play play = new Play(Fixtures.inBankOrder(GameOptions.defaults(), Fixtures.single(), Fixtures.trueFalse()));
    int lan = play.join("Lan Anh");
    events.addAll(play.last.stream().map(Delivery::event).toList());
    int bao = play.join("Bảo");
    for (int q = 0; q < 2; q++) {
      keep(events, q == 0 ? play.start() : play.next());
      keep(events, play.after(3_000).tick());
      keep(events, play.after(1_000).answer(lan, AnswerPayload.ofChoice(0)));
      keep(events, play.after(1_000).answer(bao, AnswerPayload.ofChoice(1)));
      keep(events, play.next());
    }
    keep(events, play.next());
    keep(events, play.next());
    Map<String, Object> frames = new LinkedHashMap<>();
    for (RoomEvent event : events) {
      String type = event.getClass().getSimpleName();
      if (frames.containsKey(type)) {
        continue;
      }
      String frame = event instanceof RoomEvent.Welcome w ? Frames.welcome(w, "tok-7")
          : event instanceof RoomEvent.Reveal r ? Frames.reveal(r, Map.of("102/2016/QH13", "Luật Trẻ em"))
          : Frames.event(event);
      frames.put(type, Jsons.read(frame, ObjectNode.class));
    }
    return frames;
  }

  private static void keep(List<RoomEvent> events, Play play) {
    events.addAll(play.last.stream().map(Delivery::event).toList());
  }
}
