package vn.luatvui.server.game.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.luatvui.server.json.Jsons;

/**
 * The web client's example of every frame it may send ({@code web-client/src/test/client-frames.json},
 * checked there against the client's own frame types) is taken by the server's strict reader as the
 * frame of that type, and every frame the server takes has an example: when either side changes a
 * frame, this fails until both agree again.
 */
class ClientFramesContractTest {
  private static final Path FILE = Path.of("..", "web-client", "src", "test", "client-frames.json");

  @Test
  void every_frame_the_web_client_sends_is_read_by_the_server_as_its_own_type() throws Exception {
    JsonNode file = Jsons.MAPPER.readTree(Files.readString(FILE));
    TreeSet<String> sent = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = file.get("frames").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> example = it.next();
      ClientFrame frame = FrameReader.read(example.getValue().toString());
      assertThat(wireType(frame.getClass())).as(example.getValue().toString()).isEqualTo(example.getKey());
      sent.add(example.getKey());
    }
    assertThat(sent).isEqualTo(new TreeSet<>(wireTypes(ClientFrame.class)));
  }

  @Test
  void every_answer_shape_the_web_client_sends_is_read_back_the_same() throws Exception {
    JsonNode file = Jsons.MAPPER.readTree(Files.readString(FILE));
    assertThat(file.get("answers")).hasSize(4);
    for (JsonNode answer : file.get("answers")) {
      String text = "{\"type\":\"answer\",\"q\":0,\"answer\":" + answer + "}";
      ClientFrame.Answer frame = (ClientFrame.Answer) FrameReader.read(text);
      assertThat(Jsons.MAPPER.readTree(FrameReader.write(frame)).get("answer")).as(text).isEqualTo(answer);
    }
  }

  /** The type on the wire: the record's name with a small first letter. */
  private static String wireType(Class<?> record) {
    String name = record.getSimpleName();
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static List<String> wireTypes(Class<?> sealed) {
    List<String> out = new ArrayList<>();
    for (Class<?> c : sealed.getPermittedSubclasses()) {
      if (c.isSealed()) {
        out.addAll(wireTypes(c));
      } else {
        out.add(wireType(c));
      }
    }
    return out;
  }
}
