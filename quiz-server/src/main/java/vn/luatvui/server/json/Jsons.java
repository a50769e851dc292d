package vn.luatvui.server.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import io.vertx.ext.web.RoutingContext;

/** The one JSON mapper of the server: records in and out, ISO dates, no nulls written. */
public final class Jsons {
  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .build();

  private Jsons() {
  }

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  public static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored JSON does not read as " + type.getSimpleName(), e);
    }
  }

  /** Reads a request body; a body that does not fit the type is the client's error, said plainly. */
  public static <T> T body(RoutingContext ctx, Class<T> type) {
    Buffer body = ctx.body().buffer();
    if (body == null || body.length() == 0) {
      throw new BodyUnreadable("Thiếu nội dung yêu cầu (JSON).");
    }
    try {
      return MAPPER.readValue(body.getBytes(), type);
    } catch (JsonMappingException e) {
      String field = e.getPath().stream()
          .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
      throw new BodyUnreadable("Nội dung JSON không hợp lệ"
          + (field.isEmpty() ? "" : " ở trường " + field) + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new BodyUnreadable("Nội dung JSON không đọc được: " + e.getMessage());
    }
  }

  /** Sends a value as a JSON response. */
  public static void send(RoutingContext ctx, int status, Object value) {
    ctx.response().setStatusCode(status)
        .putHeader("Content-Type", "application/json; charset=utf-8")
        .end(write(value));
  }
}
