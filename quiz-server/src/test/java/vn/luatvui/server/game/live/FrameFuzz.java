package vn.luatvui.server.game.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random client frames for the property tests: near-valid ones most of the time, so the strict checks are reached. */
final class FrameFuzz {
  static final List<String> TYPES = List.of("host", "join", "reconnect", "ping", "answer", "leave", "start", "next",
      "skip", "pause", "resume", "end", "leaderboard", "lock", "lateJoin", "kick", "Kick", "", "welcome");
  static final List<String> FIELDS = List.of("type", "v", "gameId", "pin", "nickname", "token", "q", "answer", "shown",
      "locked", "allowed", "playerId", "ban", "choice", "choices", "text", "order", "x", "__proto__");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private FrameFuzz() {
  }

  /** Any JSON value, up to a small depth. */
  static Arbitrary<JsonNode> value(int depth) {
    Arbitrary<JsonNode> scalar = Arbitraries.oneOf(
        Arbitraries.integers().between(-3, 3).map(i -> (JsonNode) NODES.numberNode(i)),
        Arbitraries.integers().map(i -> (JsonNode) NODES.numberNode(i)),
        Arbitraries.longs().map(l -> (JsonNode) NODES.numberNode(l)),
        Arbitraries.doubles().map(d -> (JsonNode) NODES.numberNode(d)),
        Arbitraries.bigIntegers().between(java.math.BigInteger.ONE.shiftLeft(70), java.math.BigInteger.ONE.shiftLeft(80))
            .map(b -> (JsonNode) NODES.numberNode(b)),
        Arbitraries.of(true, false).map(b -> (JsonNode) NODES.booleanNode(b)),
        Arbitraries.just((JsonNode) NODES.nullNode()),
        Arbitraries.strings().ofMaxLength(12).map(s -> (JsonNode) NODES.textNode(s)),
        Arbitraries.of("1", "482913", "true", "2.4", "").map(s -> (JsonNode) NODES.textNode(s)));
    if (depth <= 0) {
      return scalar;
    }
    Arbitrary<JsonNode> array = value(depth - 1).list().ofMaxSize(4).map(items -> {
      var a = NODES.arrayNode();
      items.forEach(a::add);
      return (JsonNode) a;
    });
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, scalar),
        net.jqwik.api.Tuple.of(2, array),
        net.jqwik.api.Tuple.of(2, object(depth - 1).map(o -> (JsonNode) o)));
  }

  /** An object of protocol field names (and a few others) with values of any type. */
  static Arbitrary<ObjectNode> object(int depth) {
    return Arbitraries.maps(Arbitraries.of(FIELDS), value(depth)).ofMaxSize(5).map(fields -> {
      ObjectNode o = NODES.objectNode();
      fields.forEach(o::set);
      return o;
    });
  }

  /** A frame object: a protocol type most of the time, and fields of any type. */
  static Arbitrary<String> frameObject() {
    return Combinators.combine(Arbitraries.of(TYPES), object(2), Arbitraries.integers().between(0, 9))
        .as((type, fields, mode) -> {
          if (mode > 0) {
            fields.put("type", type);
          }
          if (mode > 3) {
            fields.put("v", 1);
          }
          return fields.toString();
        });
  }

  /** Any text a client might send: frame-shaped JSON, other JSON, or characters at random. */
  static Arbitrary<String> text() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, frameObject()),
        net.jqwik.api.Tuple.of(2, value(3).map(JsonNode::toString)),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(60)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("null", "[]", "{}", "{\"type\":\"ping\"} {}", "{\"type\":\"ping\",\"type\":\"ping\"}",
            "[".repeat(3000), "{\"type\":\"kick\",\"playerId\":1e2}", "{\"type\":\"answer\",\"q\":0,\"answer\":{\"choice\":1,\"choice\":2}}")));
  }
}
