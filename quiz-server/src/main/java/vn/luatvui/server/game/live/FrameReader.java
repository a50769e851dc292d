package vn.luatvui.server.game.live;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.luatvui.server.judging.AnswerPayload;
import vn.luatvui.server.json.Jsons;

/**
 * Reads a client's text frame into its {@link ClientFrame}, strictly: one JSON object, a known
 * {@code type}, every field the frame needs with its exact JSON type ({@code "7"} is not a number,
 * {@code 2.4} not a whole one, {@code null} not a value), and no other field. Anything else is a
 * {@link Refused} naming what is wrong and where.
 */
final class FrameReader {
  private static final ObjectReader JSON = Jsons.MAPPER.reader()
      .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final Map<String, Function<Fields, ClientFrame>> READERS = Map.ofEntries(
      Map.entry("host", f -> new ClientFrame.Host(f.version(), f.wholeNumber("gameId"))),
      Map.entry("join", f -> new ClientFrame.Join(f.version(), f.text("pin"), f.text("nickname"),
          f.optionalWholeNumber("unitId"))),
      Map.entry("reconnect", f -> new ClientFrame.Reconnect(f.version(), f.text("pin"), f.text("token"))),
      Map.entry("check", f -> new ClientFrame.Check(f.version(), f.text("pin"))),
      Map.entry("ping", f -> new ClientFrame.Ping()),
      Map.entry("answer", f -> new ClientFrame.Answer(f.integer("q"), f.answer("answer"))),
      Map.entry("leave", f -> new ClientFrame.Leave()),
      Map.entry("start", f -> new ClientFrame.Start()),
      Map.entry("next", f -> new ClientFrame.Next()),
      Map.entry("skip", f -> new ClientFrame.Skip()),
      Map.entry("pause", f -> new ClientFrame.Pause()),
      Map.entry("resume", f -> new ClientFrame.Resume()),
      Map.entry("end", f -> new ClientFrame.End()),
      Map.entry("leaderboard", f -> new ClientFrame.Leaderboard(f.bool("shown"))),
      Map.entry("lock", f -> new ClientFrame.Lock(f.bool("locked"))),
      Map.entry("lateJoin", f -> new ClientFrame.LateJoin(f.bool("allowed"))),
      Map.entry("kick", f -> new ClientFrame.Kick(f.integer("playerId"), f.bool("ban", false))));

  /** A frame that cannot be accepted: the {@code Error} code ({@code BAD_FRAME} or {@code VERSION}) and why. */
  static final class Refused extends Exception {
    private final String code;

    Refused(String code, String message) {
      super(message, null, false, false);
      this.code = code;
    }

    String code() {
      return code;
    }
  }

  private FrameReader() {
  }

  static ClientFrame read(String text) throws Refused {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw bad("Khung tin không phải JSON hợp lệ.");
    }
    if (node == null || !node.isObject()) {
      throw bad("Khung tin phải là một đối tượng JSON {…}.");
    }
    JsonNode type = node.get("type");
    if (type == null || !type.isTextual()) {
      throw bad("Khung tin thiếu trường type (chuỗi).");
    }
    Function<Fields, ClientFrame> reader = READERS.get(type.textValue());
    if (reader == null) {
      throw bad("Không có loại khung tin '" + clip(type.textValue()) + "'.");
    }
    Fields fields = new Fields(type.textValue(), (ObjectNode) node);
    try {
      ClientFrame frame = reader.apply(fields);
      fields.noOthers();
      return frame;
    } catch (Wrong e) {
      throw e.refused;
    }
  }

  /** The frame's {@code type} on the wire. */
  static String typeOf(ClientFrame frame) {
    String name = frame.getClass().getSimpleName();
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /** The frame as its client would send it (for relaying to the server playing the room). */
  static String write(ClientFrame frame) {
    ObjectNode node = Jsons.MAPPER.createObjectNode().put("type", typeOf(frame));
    if (frame.getClass().getRecordComponents().length > 0) {
      node.setAll((ObjectNode) Jsons.MAPPER.valueToTree(frame));
    }
    return node.toString();
  }

  private static Refused bad(String message) {
    return new Refused("BAD_FRAME", message);
  }

  private static String clip(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  /** Carries a refusal out of a reader function. */
  private static final class Wrong extends RuntimeException {
    private final Refused refused;

    Wrong(Refused refused) {
      super(null, null, false, false);
      this.refused = refused;
    }
  }

  /** The fields of one frame, each taken once with the type it must have. */
  private static final class Fields {
    private final String type;
    private final ObjectNode node;
    private final Set<String> taken = new HashSet<>(Set.of("type"));

    Fields(String type, ObjectNode node) {
      this.type = type;
      this.node = node;
    }

    int version() {
      JsonNode v = node.get("v");
      if (v == null || (v.isIntegralNumber() && v.canConvertToInt() && v.intValue() != Frames.PROTOCOL_VERSION)) {
        throw new Wrong(new Refused("VERSION", "Phiên bản giao thức không được hỗ trợ; hãy tải lại trang."));
      }
      return integer("v");
    }

    int integer(String name) {
      JsonNode value = required(name);
      if (!value.isIntegralNumber() || !value.canConvertToInt()) {
        throw wrong(name, "một số nguyên");
      }
      return value.intValue();
    }

    long wholeNumber(String name) {
      JsonNode value = required(name);
      if (!value.isIntegralNumber() || !value.canConvertToLong()) {
        throw wrong(name, "một số nguyên");
      }
      return value.longValue();
    }

    /** A whole number that may be left out (but, when given, not {@code null}). */
    Long optionalWholeNumber(String name) {
      return node.has(name) ? wholeNumber(name) : null;
    }

    boolean bool(String name) {
      JsonNode value = required(name);
      if (!value.isBoolean()) {
        throw wrong(name, "true hoặc false");
      }
      return value.booleanValue();
    }

    boolean bool(String name, boolean absent) {
      return node.has(name) ? bool(name) : absent;
    }

    String text(String name) {
      JsonNode value = required(name);
      if (!value.isTextual()) {
        throw wrong(name, "một chuỗi");
      }
      return value.textValue();
    }

    /** Exactly one of choice, choices, text, order, each of its type; which one fits the question, the room decides. */
    AnswerPayload answer(String name) {
      JsonNode value = required(name);
      if (!value.isObject()) {
        throw wrong(name, "một đối tượng {choice | choices | text | order}");
      }
      Integer choice = null;
      List<Integer> choices = null;
      String text = null;
      List<Integer> order = null;
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> part = it.next();
        String where = name + "." + part.getKey();
        switch (part.getKey()) {
          case "choice" -> choice = index(where, part.getValue());
          case "choices" -> choices = indices(where, part.getValue());
          case "text" -> {
            if (!part.getValue().isTextual()) {
              throw wrong(where, "một chuỗi");
            }
            text = part.getValue().textValue();
          }
          case "order" -> order = indices(where, part.getValue());
          default -> throw unknown(where);
        }
      }
      return new AnswerPayload(choice, choices, text, order);
    }

    private Integer index(String where, JsonNode value) {
      if (!value.isIntegralNumber() || !value.canConvertToInt()) {
        throw wrong(where, "một số nguyên");
      }
      return value.intValue();
    }

    private List<Integer> indices(String where, JsonNode value) {
      if (!value.isArray()) {
        throw wrong(where, "một mảng số nguyên");
      }
      List<Integer> list = new ArrayList<>(value.size());
      for (int i = 0; i < value.size(); i++) {
        list.add(index(where + "[" + i + "]", value.get(i)));
      }
      return list;
    }

    void noOthers() {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!taken.contains(name)) {
          throw unknown(name);
        }
      }
    }

    private JsonNode required(String name) {
      taken.add(name);
      JsonNode value = node.get(name);
      if (value == null) {
        throw new Wrong(bad("Khung tin '" + type + "' thiếu trường " + name + "."));
      }
      return value;
    }

    private Wrong wrong(String where, String what) {
      return new Wrong(bad("Trường " + where + " của khung tin '" + type + "' phải là " + what + "."));
    }

    private Wrong unknown(String where) {
      return new Wrong(bad("Khung tin '" + type + "' không có trường " + clip(where) + "."));
    }
  }
}
