package vn.luatvui.server.http;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import io.vertx.json.schema.JsonSchemaValidationException;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.SchemaRepository;
import io.vertx.json.schema.Validator;
import io.vertx.json.schema.common.dsl.SchemaType;
import io.vertx.openapi.contract.Location;
import io.vertx.openapi.contract.MediaType;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.contract.Parameter;
import io.vertx.openapi.contract.RequestBody;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a request against its operation in the contract (path and query parameters, JSON body) with
 * schema validators built once, when the router is built. The library's own request validation builds a
 * new validator for every request and every parameter, copying the whole contract's schema lookup each
 * time — more work than the rest of a contestant's answer save. Same schemas, same checks, built once.
 * A file body ({@code application/octet-stream}) is not read here: it is streamed to disk before, and
 * its handler reads it. Operations with other kinds of input (headers, array parameters) are refused
 * when the router is built.
 * A router is used by one event loop, so its validators are never shared between threads. Schemas made
 * of plain keywords only (most of the contract) are checked by {@link PlainSchema}, without the
 * library's result tree.
 */
final class ContractValidation implements Handler<RoutingContext> {
  private static final String JSON = "application/json";
  private static final String FILE = "application/octet-stream";

  private record Checked(Parameter parameter, Check check) {
  }

  /** A schema's check: the plain one when the schema allows it, else the library's validator. */
  private record Check(PlainSchema plain, Validator validator) {
    static Check of(SchemaRepository schemas, io.vertx.json.schema.JsonSchema schema) {
      return new Check(PlainSchema.of(schema).orElse(null), schemas.validator(schema));
    }
  }

  private final List<Checked> parameters;
  private final Check body;
  private final boolean bodyRequired;

  private ContractValidation(List<Checked> parameters, Check body, boolean bodyRequired) {
    this.parameters = parameters;
    this.body = body;
    this.bodyRequired = bodyRequired;
  }

  /** The validation of the operation, or empty when it has input this class does not read. */
  static Optional<ContractValidation> of(OpenAPIContract contract, Operation operation) {
    SchemaRepository schemas = contract.getSchemaRepository();
    List<Checked> parameters = new ArrayList<>();
    for (Parameter p : operation.getParameters()) {
      boolean simple = p.getSchemaType() != SchemaType.ARRAY && p.getSchemaType() != SchemaType.OBJECT;
      if (!simple || (p.getIn() != Location.PATH && p.getIn() != Location.QUERY)) {
        return Optional.empty();
      }
      parameters.add(new Checked(p, Check.of(schemas, p.getSchema())));
    }
    RequestBody requestBody = operation.getRequestBody();
    if (requestBody == null) {
      return Optional.of(new ContractValidation(parameters, null, false));
    }
    if (requestBody.getContent().size() == 1 && requestBody.getContent().get(FILE) != null) {
      return Optional.of(new ContractValidation(parameters, null, false));
    }
    MediaType json = requestBody.getContent().get(JSON);
    if (json == null || requestBody.getContent().size() != 1) {
      return Optional.empty();
    }
    return Optional.of(new ContractValidation(parameters, Check.of(schemas, json.getSchema()), requestBody.isRequired()));
  }

  @Override
  public void handle(RoutingContext ctx) {
    for (Checked c : parameters) {
      Parameter p = c.parameter();
      String raw = p.getIn() == Location.PATH ? ctx.pathParam(p.getName()) : ctx.queryParams().get(p.getName());
      if (raw == null) {
        if (p.isRequired()) {
          throw invalid("thiếu tham số " + p.getName() + ".");
        }
        continue;
      }
      check(c.check(), value(p, raw), "tham số " + p.getName());
    }
    if (body != null) {
      Buffer buffer = ctx.body().buffer();
      if (buffer == null || buffer.length() == 0) {
        if (bodyRequired) {
          throw invalid("thiếu nội dung (JSON).");
        }
      } else {
        try {
          check(body, Json.decodeValue(buffer), "nội dung");
        } catch (DecodeException e) {
          throw invalid("nội dung không phải JSON hợp lệ.");
        }
      }
    }
    ctx.next();
  }

  private static Object value(Parameter p, String raw) {
    try {
      if (p.getSchemaType() == SchemaType.INTEGER) {
        return Long.parseLong(raw);
      }
      if (p.getSchemaType() == SchemaType.NUMBER) {
        return Double.parseDouble(raw);
      }
    } catch (NumberFormatException e) {
      throw invalid("tham số " + p.getName() + " phải là số.");
    }
    if (p.getSchemaType() == SchemaType.BOOLEAN) {
      if (!"true".equals(raw) && !"false".equals(raw)) {
        throw invalid("tham số " + p.getName() + " phải là true hoặc false.");
      }
      return Boolean.parseBoolean(raw);
    }
    return raw;
  }

  private static void check(Check check, Object value, String what) {
    if (check.plain() != null) {
      PlainSchema.Problem problem = check.plain().check(value);
      if (problem != null) {
        String where = problem.location().isEmpty() ? "" : " (" + problem.location() + ")";
        throw invalid(what + " không hợp lệ" + where + ": " + problem.message());
      }
      return;
    }
    OutputUnit result = check.validator().validate(value);
    try {
      result.checkValidity();
    } catch (JsonSchemaValidationException e) {
      String where = e.location() == null || e.location().isEmpty() ? "" : " (" + e.location() + ")";
      throw invalid(what + " không hợp lệ" + where + ": " + e.getMessage());
    }
  }

  private static ApiException invalid(String detail) {
    return new ApiException(400, "bad_request", "Yêu cầu không đúng đặc tả API: " + detail);
  }
}
