package vn.luatvui.server.game.live;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import vn.luatvui.bank.question.QuestionType;
import vn.luatvui.server.game.room.RoomEvent;
import vn.luatvui.server.json.Jsons;

/**
 * The wire format of the live game: every event as a JSON object whose {@code type}, first, is the
 * event's name, followed by the event's fields in the order its record declares them; an event's own
 * {@code type} (a question type) is written as {@code questionType}. Each frame is written straight
 * from the record, with no tree in between: a room writes one per player at every reveal, and one per
 * screen seated again after a takeover.
 */
public final class Frames {
  static final int PROTOCOL_VERSION = 1;
  private static final ObjectWriter WRITER = Jsons.MAPPER.copy()
      .addMixIn(RoomEvent.QuestionIntro.class, QuestionTypeNamed.class)
      .addMixIn(RoomEvent.Reveal.class, QuestionTypeNamed.class)
      .writer();

  /** An event's {@code type} component, the question's type, goes out as {@code questionType}. */
  private interface QuestionTypeNamed {
    @JsonProperty("questionType")
    QuestionType type();
  }

  /** The frame of an event: its name, then its fields. */
  private record Typed(String type, @JsonUnwrapped Object body) {
  }

  /** A player's welcome, with the reconnect token only they hold. */
  private record TypedWelcome(String type, @JsonUnwrapped RoomEvent.Welcome body, String token) {
  }

  /** A reveal, with the names of the cited documents. */
  private record TypedReveal(String type, @JsonUnwrapped RoomEvent.Reveal body, Map<String, String> documentNames) {
  }

  private record Error(String type, String code, String message) {
  }

  private Frames() {
  }

  public static String event(RoomEvent event) {
    return write(new Typed(event.getClass().getSimpleName(), event));
  }

  /** The reveal with the names of the cited documents, so screens can show "Luật … (36/2024/QH15)". */
  public static String reveal(RoomEvent.Reveal reveal, Map<String, String> documentNames) {
    return write(new TypedReveal("Reveal", reveal, documentNames));
  }

  /** A player's welcome, with the reconnect token only they hold. */
  public static String welcome(RoomEvent.Welcome welcome, String token) {
    return write(new TypedWelcome("Welcome", welcome, token));
  }

  static String error(String code, String message) {
    return write(new Error("Error", code, message));
  }

  /**
   * A frame of the server's own, not a room's event: {@code type}, then the fields of {@code body}
   * (a record or a map).
   */
  static String of(String type, Object body) {
    ObjectNode node = Jsons.MAPPER.createObjectNode().put("type", type);
    node.setAll((ObjectNode) Jsons.MAPPER.valueToTree(body));
    return write(node);
  }

  private static String write(Object frame) {
    try {
      return WRITER.writeValueAsString(frame);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
