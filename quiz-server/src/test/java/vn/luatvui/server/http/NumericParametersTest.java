package vn.luatvui.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.common.dsl.SchemaType;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.contract.Parameter;
import io.vertx.openapi.contract.Path;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.RunningServer;

/** Numbers in the address that do not fit (too large, past a page bound) get a 400, never a 500. */
class NumericParametersTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();
  private static Http admin;

  @BeforeAll
  static void signIn() {
    admin = running.admin();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/api/public/questions?page=2147483648",
      "/api/public/questions?article=99999999999",
      "/api/public/questions?page=2147483647&size=100",
      "/api/public/questions?page=10001",
      "/api/public/questions?difficulty=9223372036854775808",
      "/api/questions?page=2147483648",
      "/api/questions?article=2147483648",
      "/api/questions/99999999999999999999",
      "/api/questions/9007199254740992",
      "/api/questions/9223372036854775808/history",
      "/api/questions/1/versions/2147483648",
      "/api/legal-documents/99999999999/questions?page=2147483648",
      "/api/legal-documents/1/questions?page=2147483647&size=100",
      "/api/exports?format=CSV&set=99999999999999999999",
      "/api/games/99999999999999999999/report",
      "/api/contests/9223372036854775808",
      "/api/contests/1/leaderboard?round=2147483648",
      "/api/contests/1/participation?round=99999999999",
      "/api/contests/1/unit-ranking?depth=2147483648",
      "/api/attempts/99999999999999999999",
  })
  void a_number_out_of_range_in_the_address_is_a_400(String path) {
    HttpResponse<String> response = admin.get(path);

    assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(400);
    assertThat(new JsonObject(response.body()).getJsonObject("error").getString("code")).isEqualTo("bad_request");
  }

  @Test
  void the_last_page_allowed_is_answered() {
    HttpResponse<String> response = admin.get("/api/public/questions?page=10000&size=100");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(new JsonObject(response.body()).getJsonArray("items")).isEmpty();
  }

  @Test
  void every_number_in_every_address_of_the_contract_has_bounds_that_fit() throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      OpenAPIContract contract = OpenAPIContract.from(vertx, ApiRouter.CONTRACT).toCompletionStage()
          .toCompletableFuture().get(20, TimeUnit.SECONDS);
      List<String> unbounded = new ArrayList<>();
      for (Path path : contract.getPaths()) {
        for (Operation operation : path.getOperations()) {
          for (Parameter p : operation.getParameters()) {
            if (p.getSchemaType() == SchemaType.INTEGER || p.getSchemaType() == SchemaType.NUMBER) {
              Number min = p.getSchema().get("minimum");
              Number max = p.getSchema().get("maximum");
              if (min == null || max == null || max.doubleValue() > 9007199254740991d) {
                unbounded.add(operation.getOperationId() + " " + p.getName());
              }
            }
          }
        }
      }
      assertThat(unbounded).as("integer parameters without minimum and maximum (≤ 2^53 − 1)").isEmpty();
    } finally {
      vertx.close();
    }
  }
}
