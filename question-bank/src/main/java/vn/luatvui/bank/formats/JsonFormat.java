package vn.luatvui.bank.formats;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.luatvui.bank.question.Audience;
import vn.luatvui.bank.question.Choice;
import vn.luatvui.bank.question.Citation;
import vn.luatvui.bank.question.MultiSelectScoring;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.question.QuestionType;
import vn.luatvui.bank.question.Visibility;

/**
 * LuậtVui's JSON: {@code {"format": "luatvui-questions", "version": 1, "questions": [...]}}, or a
 * bare array of the same items (the starter bank files). Lossless. Strict about types (a number in
 * quotes is an error, not a number) and about fields (an unknown field is an error naming it).
 * Rows are text lines: the line where an item begins.
 */
final class JsonFormat {
  static final String FORMAT = "luatvui-questions";
  static final int VERSION = 1;

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .withCoercionConfig(LogicalType.Textual, c -> c
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
      .build();

  private static final Set<String> ITEM_FIELDS = Set.of("key", "type", "text", "choices", "accepted", "explanation",
      "citations", "tags", "difficulty", "audience", "visibility", "scoring", "imageUrl", "imageAlt", "timeLimitSeconds", "points");
  private static final Set<String> CHOICE_FIELDS = Set.of("text", "correct");
  private static final Set<String> CITATION_FIELDS = Set.of("document", "article", "clause", "point", "quote");

  private JsonFormat() {
  }

  /** One question as the file holds it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"key", "type", "text", "choices", "accepted", "explanation", "citations", "tags", "difficulty",
      "audience", "visibility", "scoring", "imageUrl", "imageAlt", "timeLimitSeconds", "points"})
  record Item(String key, QuestionType type, String text, List<ChoiceItem> choices, List<String> accepted,
              String explanation, List<CitationItem> citations, List<String> tags, Integer difficulty,
              Audience audience, Visibility visibility, MultiSelectScoring scoring, String imageUrl,
              String imageAlt, Integer timeLimitSeconds, Integer points) {
  }

  @JsonPropertyOrder({"text", "correct"})
  record ChoiceItem(String text, Boolean correct) {
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonPropertyOrder({"document", "article", "clause", "point", "quote"})
  record CitationItem(String document, Integer article, Integer clause, String point, String quote) {
  }

  @JsonPropertyOrder({"format", "version", "questions"})
  record File(String format, int version, List<Item> questions) {
  }

  static ImportResult read(InputStream in, ImportOptions options) throws IOException {
    Collector out = new Collector(options, "JSON", true);
    try (JsonParser p = MAPPER.createParser(Inputs.utf8(in))) {
      JsonToken first = p.nextToken();
      if (first == JsonToken.START_ARRAY) {
        items(p, "", out);
      } else if (first == JsonToken.START_OBJECT) {
        wrapped(p, out);
      } else {
        out.fileError("Tệp JSON phải là một mảng câu hỏi [ … ] hoặc một đối tượng {\"format\": \"" + FORMAT
            + "\", \"version\": 1, \"questions\": [ … ]}.");
      }
      if (!out.hasFileErrors() && p.nextToken() != null) {
        out.error(line(p.currentTokenLocation()), null, "Sau phần JSON chính còn nội dung thừa.");
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      out.error(line(at), null, "JSON không hợp lệ" + (at == null ? "" : " ở dòng " + at.getLineNr() + ", ký tự "
          + at.getColumnNr()) + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
    return out.result();
  }

  private static void wrapped(JsonParser p, Collector out) throws IOException {
    String format = null;
    int version = VERSION;
    boolean questions = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      int line = line(p.currentTokenLocation());
      JsonToken value = p.nextToken();
      switch (name) {
        case "format" -> {
          format = value == JsonToken.VALUE_STRING ? p.getText() : null;
          p.skipChildren();
        }
        case "version" -> {
          version = value == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : -1;
          p.skipChildren();
        }
        case "questions" -> {
          questions = true;
          if (value == JsonToken.START_ARRAY) {
            items(p, "questions", out);
          } else {
            out.error(line, "questions", "“questions” phải là một mảng câu hỏi [ … ].");
            p.skipChildren();
          }
        }
        default -> {
          out.error(line, name, "Trường " + Values.quote(name) + " không có trong định dạng tệp câu hỏi LuậtVui.");
          p.skipChildren();
        }
      }
    }
    if (!FORMAT.equals(format)) {
      out.fileError("Tệp JSON không phải tệp câu hỏi LuậtVui: cần \"format\": \"" + FORMAT + "\".");
    } else if (version != VERSION) {
      out.fileError("Phiên bản tệp (\"version\") phải là " + VERSION + ".");
    } else if (!questions) {
      out.fileError("Tệp JSON thiếu danh sách câu hỏi \"questions\".");
    }
  }

  private static void items(JsonParser p, String prefix, Collector out) throws IOException {
    Map<String, Integer> keys = new HashMap<>();
    int index = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      int line = line(p.currentTokenLocation());
      JsonNode node = MAPPER.readTree(p);
      String path = prefix + "[" + index++ + "]";
      if (index > Inputs.MAX_ROWS) {
        throw new Inputs.Unreadable(Inputs.TOO_MANY_ROWS);
      }
      if (node == null || !node.isObject()) {
        out.error(line, path, "Mỗi câu hỏi phải là một đối tượng { … }.");
        continue;
      }
      Item item = item((ObjectNode) node, line, path, out);
      if (item == null) {
        continue;
      }
      if (item.key() != null) {
        Integer earlier = keys.putIfAbsent(item.key(), line);
        if (earlier != null) {
          out.error(line, path + ".key", "Mã " + Values.quote(item.key()) + " đã dùng cho câu hỏi ở dòng " + earlier + ".");
        }
      }
      out.accept(line, draft(item, line, path, out), field -> path + "." + field);
    }
  }

  /** The item, or null when a field has the wrong type (reported with its path). Unknown fields are reported too. */
  private static Item item(ObjectNode node, int line, String path, Collector out) {
    ObjectNode known = node.deepCopy();
    unknown(known, ITEM_FIELDS, line, path, out);
    eachObject(known.get("choices"), (o, i) -> unknown(o, CHOICE_FIELDS, line, path + ".choices[" + i + "]", out));
    eachObject(known.get("citations"), (o, i) -> unknown(o, CITATION_FIELDS, line, path + ".citations[" + i + "]", out));
    try {
      return MAPPER.treeToValue(known, Item.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      JsonMappingException m = Inputs.cause(e, JsonMappingException.class);
      String where = m == null ? "" : where(m.getPath());
      out.error(line, path + where, m == null ? "Sai kiểu dữ liệu." : typeProblem(m));
      return null;
    }
  }

  private static Draft draft(Item item, int line, String path, Collector out) {
    Draft d = new Draft();
    d.key = item.key();
    d.type = item.type();
    d.text = item.text();
    if (item.choices() != null) {
      for (int i = 0; i < item.choices().size(); i++) {
        ChoiceItem c = item.choices().get(i);
        if (c == null || c.correct() == null) {
          out.error(line, path + ".choices[" + i + "]", "Mỗi phương án cần \"text\" và \"correct\" (true/false).");
        } else {
          d.choices.add(new Choice(c.text(), c.correct()));
        }
      }
    }
    d.accepted = present(item.accepted());
    d.explanation = item.explanation();
    if (item.citations() != null) {
      for (int i = 0; i < item.citations().size(); i++) {
        CitationItem c = item.citations().get(i);
        if (c == null || c.article() == null) {
          out.error(line, path + ".citations[" + i + "].article", "Mỗi trích dẫn cần số Điều (\"article\").");
        } else {
          d.citations.add(new Citation(c.document(), c.article(), c.clause(), c.point(), c.quote()));
        }
      }
    }
    d.tags = present(item.tags());
    d.difficulty = item.difficulty();
    d.audience = item.audience();
    d.visibility = item.visibility();
    d.scoring = item.scoring();
    d.imageUrl = item.imageUrl();
    d.imageAlt = item.imageAlt();
    d.timeLimitSeconds = item.timeLimitSeconds();
    d.points = item.points();
    if (d.timeLimitSeconds != null && Values.timeLimitProblem(d.timeLimitSeconds) != null) {
      out.error(line, path + ".timeLimitSeconds", Values.timeLimitProblem(d.timeLimitSeconds));
    }
    if (d.points != null && Values.pointsProblem(d.points) != null) {
      out.error(line, path + ".points", Values.pointsProblem(d.points));
    }
    return d;
  }

  /** Writes the file object item by item, as the questions come (the same text as writing a {@code File} whole). */
  static int write(Iterable<ExportedQuestion> questions, OutputStream out) throws IOException {
    int written = 0;
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeNumberField("version", VERSION);
      g.writeArrayFieldStart("questions");
      var writer = MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
      for (ExportedQuestion q : questions) {
        writer.writeValue(g, item(q));
        written++;
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.flush();
    return written;
  }

  private static Item item(ExportedQuestion q) {
    QuestionContent c = q.content();
    boolean typed = c.type() == QuestionType.TYPE_ANSWER;
    return new Item(q.key(), c.type(), c.text(),
        typed && c.choices().isEmpty() ? null
            : c.choices().stream().map(ch -> new ChoiceItem(ch.text(), ch.correct())).toList(),
        typed || !c.accepted().isEmpty() ? c.accepted() : null,
        c.explanation(),
        c.citations().stream().map(x -> new CitationItem(x.document(), x.article(), x.clause(), x.point(), x.quote()))
            .toList(),
        c.tags(), c.difficulty(), c.audience(), c.visibility(), c.scoring(), c.imageUrl(), c.imageAlt(), q.timeLimitSeconds(),
        q.points());
  }

  private static List<String> present(List<String> values) {
    return values == null ? new ArrayList<>() : values.stream().filter(Objects::nonNull).collect(Collectors.toList());
  }

  private static void unknown(ObjectNode node, Set<String> known, int line, String path, Collector out) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        out.error(line, path + "." + name, "Trường " + Values.quote(name) + " không có trong định dạng câu hỏi LuậtVui.");
        names.remove();
      }
    }
  }

  private interface IndexedObject {
    void accept(ObjectNode node, int index);
  }

  private static void eachObject(JsonNode array, IndexedObject action) {
    if (array != null && array.isArray()) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isObject()) {
          action.accept((ObjectNode) array.get(i), i);
        }
      }
    }
  }

  private static String where(List<JsonMappingException.Reference> path) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : path) {
      if (r.getFieldName() != null) {
        sb.append('.').append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String typeProblem(JsonMappingException e) {
    Class<?> target = null;
    if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException) {
      target = ((com.fasterxml.jackson.databind.exc.MismatchedInputException) e).getTargetType();
    }
    if (target != null && target.isEnum()) {
      String value = e instanceof InvalidFormatException ? String.valueOf(((InvalidFormatException) e).getValue()) : "?";
      return "Giá trị " + Values.quote(value) + " không hợp lệ; dùng một trong: " + Arrays.stream(target.getEnumConstants())
          .map(Object::toString).collect(Collectors.joining(", ")) + ".";
    }
    if (target == Integer.class || target == int.class) {
      return "Phải là một số nguyên (không đặt trong dấu ngoặc kép).";
    }
    if (target == Boolean.class || target == boolean.class) {
      return "Phải là true hoặc false.";
    }
    if (target == String.class) {
      return "Phải là một chuỗi văn bản trong dấu ngoặc kép.";
    }
    if (target != null && Collection.class.isAssignableFrom(target)) {
      return "Phải là một mảng [ … ].";
    }
    if (target != null && target.isRecord()) {
      return "Phải là một đối tượng { … }.";
    }
    return "Sai kiểu dữ liệu.";
  }

  private static int line(JsonLocation at) {
    return at == null || at.getLineNr() < 1 ? 0 : at.getLineNr();
  }
}
