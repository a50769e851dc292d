package vn.luatvui.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.SchemaRepository;
import io.vertx.openapi.contract.MediaType;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.contract.Parameter;
import io.vertx.openapi.contract.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain check of a schema says yes and no exactly where the schema library does, over the whole contract. */
class PlainSchemaTest {

  @Test
  void agrees_with_the_schema_library_on_every_plain_schema_of_the_contract() throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      OpenAPIContract contract = OpenAPIContract.from(vertx, ApiRouter.CONTRACT).toCompletionStage().toCompletableFuture().get();
      SchemaRepository schemas = contract.getSchemaRepository();
      int plain = 0;
      int compared = 0;
      for (Path path : contract.getPaths()) {
        for (Operation operation : path.getOperations()) {
          List<JsonSchema> checked = new ArrayList<>();
          operation.getParameters().stream().map(Parameter::getSchema).forEach(checked::add);
          if (operation.getRequestBody() != null) {
            MediaType json = operation.getRequestBody().getContent().get("application/json");
            if (json != null) {
              checked.add(json.getSchema());
            }
          }
          for (JsonSchema schema : checked) {
            var fast = PlainSchema.of(schema);
            if (fast.isEmpty()) {
              continue;
            }
            plain++;
            var library = schemas.validator(schema);
            for (Object value : samples(schema)) {
              boolean libraryValid = library.validate(value).getValid();
              boolean fastValid = fast.get().check(value) == null;
              assertThat(fastValid).as("%s %s: %s", operation.getOperationId(), schema, value).isEqualTo(libraryValid);
              compared++;
            }
          }
        }
      }
      assertThat(plain).as("plain schemas in the contract").isGreaterThan(50);
      assertThat(compared).isGreaterThan(1000);
    } finally {
      vertx.close().await();
    }
  }

  @Test
  void an_answer_save_body_is_checked_without_the_library() throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      OpenAPIContract contract = OpenAPIContract.from(vertx, ApiRouter.CONTRACT).toCompletionStage().toCompletableFuture().get();
      JsonSchema body = contract.operation("saveAnswer").getRequestBody().getContent().get("application/json").getSchema();
      PlainSchema plain = PlainSchema.of(body).orElseThrow();
      assertThat(plain.check(new JsonObject().put("choice", 3))).isNull();
      assertThat(plain.check(new JsonObject().put("choice", 12))).isEqualTo(new PlainSchema.Problem("/choice", "phải không quá 9"));
      assertThat(plain.check(new JsonObject().put("colour", 1)).location()).isEqualTo("/colour");
      assertThat(plain.check(new JsonObject().put("choice", 1).put("text", "a")).message()).contains("không quá 1");
    } finally {
      vertx.close().await();
    }
  }

  private static List<Object> samples(JsonSchema schema) {
    List<Object> values = new ArrayList<>(List.of(true, "", "x", "a".repeat(300), 0, -1, 1, 9, 10, 100, 1000, 1001,
        9007199254740991L, 1.5, 2.0, new JsonObject(), new JsonArray(), new JsonArray().add(1).add(2),
        new JsonArray().add("a"), new JsonArray().add(1).add(1).add(1).add(1).add(1).add(1).add(1).add(1).add(1).add(1).add(1)));
    values.add(null);
    Object props = schema.get("properties");
    if (props instanceof JsonObject properties) {
      List<Object> leaves = List.of(0, 1, 9, 10, -1, "x", "", true, new JsonArray().add(1).add(2), new JsonArray(), 1.5);
      for (String name : properties.fieldNames()) {
        for (Object leaf : leaves) {
          values.add(new JsonObject().put(name, leaf));
        }
      }
      values.add(new JsonObject().put("noSuchField", 1));
      JsonObject all = new JsonObject();
      properties.fieldNames().forEach(n -> all.put(n, 1));
      values.add(all);
    }
    for (Object enumValue : schema.get("enum") instanceof JsonArray e ? e : new JsonArray()) {
      values.add(enumValue);
    }
    return values;
  }
}
