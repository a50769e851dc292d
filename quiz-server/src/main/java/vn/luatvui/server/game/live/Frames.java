package vn.luatvui.server.game.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import vn.luatvui.server.game.room.RoomEvent;
import vn.luatvui.server.json.Jsons;

/** The wire format of the live game: every event as a JSON object whose {@code type} is the event's name. */
public final class Frames {
  static final int PROTOCOL_VERSION = 1;

  private Frames() {
  }

  public static String event(RoomEvent event) {
    return encode(node(event));
  }

  /** The reveal with the names of the cited documents, so screens can show "Luật … (36/2024/QH15)". */
  public static String reveal(RoomEvent.Reveal reveal, Map<String, String> documentNames) {
    ObjectNode node = node(reveal);
    node.set("documentNames", Jsons.MAPPER.valueToTree(documentNames));
    return encode(node);
  }

  /** A player's welcome, with the reconnect token only they hold. */
  public static String welcome(RoomEvent.Welcome welcome, String token) {
    return encode(node(welcome).put("token", token));
  }

  static String error(String code, String message) {
    return encode(Jsons.MAPPER.createObjectNode().put("type", "Error").put("code", code).put("message", message));
  }

  static String of(String type, Object body) {
    ObjectNode node = Jsons.MAPPER.createObjectNode().put("type", type);
    node.setAll((ObjectNode) Jsons.MAPPER.valueToTree(body));
    return encode(node);
  }

  /** The event's fields under its name as {@code type}; an event's own {@code type} (a question type) becomes {@code questionType}. */
  private static ObjectNode node(RoomEvent event) {
    ObjectNode fields = Jsons.MAPPER.valueToTree(event);
    ObjectNode node = Jsons.MAPPER.createObjectNode().put("type", event.getClass().getSimpleName());
    if (fields.has("type")) {
      node.set("questionType", fields.remove("type"));
    }
    node.setAll(fields);
    return node;
  }

  private static String encode(ObjectNode node) {
    try {
      return Jsons.MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
