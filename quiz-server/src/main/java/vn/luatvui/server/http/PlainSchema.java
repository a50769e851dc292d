package vn.luatvui.server.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.JsonSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON schema made only of plain keywords (type, bounds, lengths, enum, properties, required,
 * additionalProperties: false, items), checked directly. The schema library's validator builds a tree
 * of results and JSON pointers for every value it looks at, even a valid one: on the busiest route, a
 * contestant's answer save, that was most of the request's work and of its garbage. A schema with any
 * other keyword (a pattern, a format, a combination, a reference) is left to the library.
 */
final class PlainSchema {
  private static final Set<String> IGNORED = Set.of("description", "title", "example", "examples", "default",
      "deprecated", "readOnly", "writeOnly", "$schema", "$id", "__absolute_uri__");
  private static final Set<String> SUPPORTED = Set.of("type", "minimum", "maximum", "minLength", "maxLength", "enum",
      "properties", "required", "additionalProperties", "minProperties", "maxProperties", "items", "minItems", "maxItems");

  /** What is wrong with a value: where (a JSON pointer, empty at the top) and what. */
  record Problem(String location, String message) {
  }

  private final Set<Object> types;
  private final Number minimum;
  private final Number maximum;
  private final Integer minLength;
  private final Integer maxLength;
  private final List<Object> allowed;
  private final Map<String, PlainSchema> properties;
  private final List<String> required;
  private final boolean closed;
  private final Integer minProperties;
  private final Integer maxProperties;
  private final PlainSchema items;
  private final Integer minItems;
  private final Integer maxItems;

  private PlainSchema(JsonObject s, Map<String, PlainSchema> properties, PlainSchema items) {
    Object type = s.getValue("type");
    this.types = type == null ? null : type instanceof JsonArray a ? Set.<Object>copyOf(a.getList()) : Set.of(type);
    this.minimum = (Number) s.getValue("minimum");
    this.maximum = (Number) s.getValue("maximum");
    this.minLength = s.getInteger("minLength");
    this.maxLength = s.getInteger("maxLength");
    this.allowed = s.containsKey("enum") ? s.getJsonArray("enum").getList() : null;
    this.properties = properties;
    this.required = s.containsKey("required") ? s.getJsonArray("required").stream().map(String::valueOf).toList()
        : List.of();
    this.closed = Boolean.FALSE.equals(s.getValue("additionalProperties"));
    this.minProperties = s.getInteger("minProperties");
    this.maxProperties = s.getInteger("maxProperties");
    this.items = items;
    this.minItems = s.getInteger("minItems");
    this.maxItems = s.getInteger("maxItems");
  }

  /** The plain form of the schema, or empty when it uses a keyword checked only by the library. */
  static Optional<PlainSchema> of(JsonSchema schema) {
    JsonObject json = new JsonObject();
    for (String field : schema.fieldNames()) {
      json.put(field, schema.get(field));
    }
    return of(json);
  }

  static Optional<PlainSchema> of(JsonObject s) {
    for (String field : s.fieldNames()) {
      if (!SUPPORTED.contains(field) && !IGNORED.contains(field)) {
        return Optional.empty();
      }
    }
    Object type = s.getValue("type");
    if (type != null && !(type instanceof String) && !(type instanceof JsonArray)) {
      return Optional.empty();
    }
    Object additional = s.getValue("additionalProperties");
    if (additional != null && !Boolean.FALSE.equals(additional) && !Boolean.TRUE.equals(additional)) {
      return Optional.empty();
    }
    if ((s.containsKey("minimum") && !(s.getValue("minimum") instanceof Number))
        || (s.containsKey("maximum") && !(s.getValue("maximum") instanceof Number))
        || (s.containsKey("enum") && !(s.getValue("enum") instanceof JsonArray))
        || (s.containsKey("required") && !(s.getValue("required") instanceof JsonArray))) {
      return Optional.empty();
    }
    Map<String, PlainSchema> properties = new HashMap<>();
    if (s.containsKey("properties")) {
      if (!(s.getValue("properties") instanceof JsonObject props)) {
        return Optional.empty();
      }
      for (String name : props.fieldNames()) {
        if (!(props.getValue(name) instanceof JsonObject p)) {
          return Optional.empty();
        }
        Optional<PlainSchema> property = of(p);
        if (property.isEmpty()) {
          return Optional.empty();
        }
        properties.put(name, property.get());
      }
    }
    PlainSchema items = null;
    if (s.containsKey("items")) {
      if (!(s.getValue("items") instanceof JsonObject i)) {
        return Optional.empty();
      }
      Optional<PlainSchema> item = of(i);
      if (item.isEmpty()) {
        return Optional.empty();
      }
      items = item.get();
    }
    return Optional.of(new PlainSchema(s, Map.copyOf(properties), items));
  }

  /** The first problem with the value (as decoded from JSON, or a parameter's number, string or boolean), or null. */
  Problem check(Object value) {
    return check(value, "");
  }

  private Problem check(Object value, String at) {
    if (types != null && types.stream().noneMatch(t -> is(value, t))) {
      return new Problem(at, "phải thuộc kiểu " + types.stream().map(String::valueOf).sorted()
          .collect(java.util.stream.Collectors.joining(" hoặc ")));
    }
    if (allowed != null && allowed.stream().noneMatch(a -> same(a, value))) {
      return new Problem(at, "phải là một trong " + allowed);
    }
    if (value instanceof Number n) {
      if (minimum != null && compare(n, minimum) < 0) {
        return new Problem(at, "phải từ " + minimum + " trở lên");
      }
      if (maximum != null && compare(n, maximum) > 0) {
        return new Problem(at, "phải không quá " + maximum);
      }
    } else if (value instanceof String text) {
      int length = text.codePointCount(0, text.length());
      if (minLength != null && length < minLength) {
        return new Problem(at, "phải dài ít nhất " + minLength + " ký tự");
      }
      if (maxLength != null && length > maxLength) {
        return new Problem(at, "phải dài không quá " + maxLength + " ký tự");
      }
    } else if (value instanceof JsonObject object) {
      return checkObject(object, at);
    } else if (value instanceof JsonArray array) {
      if (minItems != null && array.size() < minItems) {
        return new Problem(at, "phải có ít nhất " + minItems + " phần tử");
      }
      if (maxItems != null && array.size() > maxItems) {
        return new Problem(at, "phải có không quá " + maxItems + " phần tử");
      }
      if (items != null) {
        for (int i = 0; i < array.size(); i++) {
          Problem p = items.check(array.getValue(i), at + "/" + i);
          if (p != null) {
            return p;
          }
        }
      }
    }
    return null;
  }

  private Problem checkObject(JsonObject object, String at) {
    if (minProperties != null && object.size() < minProperties) {
      return new Problem(at, "phải có ít nhất " + minProperties + " trường");
    }
    if (maxProperties != null && object.size() > maxProperties) {
      return new Problem(at, "phải có không quá " + maxProperties + " trường");
    }
    for (String name : required) {
      if (!object.containsKey(name)) {
        return new Problem(at, "thiếu trường " + name);
      }
    }
    List<String> names = new ArrayList<>(object.fieldNames());
    for (String name : names) {
      PlainSchema property = properties.get(name);
      if (property == null) {
        if (closed) {
          return new Problem(at + "/" + name, "trường không có trong đặc tả");
        }
        continue;
      }
      Problem p = property.check(object.getValue(name), at + "/" + name);
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  private static boolean is(Object value, Object type) {
    return switch (String.valueOf(type)) {
      case "integer" -> value instanceof Integer || value instanceof Long || value instanceof Short
          || value instanceof Byte || (value instanceof Number n && !(n instanceof Float) && isWhole(n))
          || (value instanceof Float f && f == Math.rint(f) && !Float.isInfinite(f));
      case "number" -> value instanceof Number;
      case "string" -> value instanceof String;
      case "boolean" -> value instanceof Boolean;
      case "object" -> value instanceof JsonObject;
      case "array" -> value instanceof JsonArray;
      case "null" -> value == null;
      default -> false;
    };
  }

  private static boolean isWhole(Number n) {
    if (n instanceof java.math.BigInteger) {
      return true;
    }
    if (n instanceof java.math.BigDecimal d) {
      return d.stripTrailingZeros().scale() <= 0;
    }
    double d = n.doubleValue();
    return d == Math.rint(d) && !Double.isInfinite(d);
  }

  private static int compare(Number a, Number b) {
    if (isIntegral(a) && isIntegral(b)) {
      return Long.compare(a.longValue(), b.longValue());
    }
    return new java.math.BigDecimal(a.toString()).compareTo(new java.math.BigDecimal(b.toString()));
  }

  private static boolean isIntegral(Number n) {
    return n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte;
  }

  private static boolean same(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return compare(x, y) == 0;
    }
    return a == null ? b == null : a.equals(b);
  }
}
