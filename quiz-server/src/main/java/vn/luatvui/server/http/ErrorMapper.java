package vn.luatvui.server.http;

import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP responses: JSON {@code {"error":{"code","message"}}}
 * with a status that fits. Unexpected failures are logged once, here, and answered without detail.
 */
public final class ErrorMapper implements Handler<RoutingContext> {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

  @Override
  public void handle(RoutingContext ctx) {
    Throwable failure = ctx.failure();
    ApiException error = map(failure, ctx.statusCode());
    if (error.status() >= 500) {
      LOG.error("{} {} failed", ctx.request().method(), ctx.request().path(), failure);
    }
    if (ctx.response().headWritten()) {
      ctx.response().reset();
      return;
    }
    ctx.response()
        .setStatusCode(error.status())
        .putHeader("Content-Type", "application/json; charset=utf-8")
        .end(new JsonObject().put("error", new JsonObject()
            .put("code", error.code())
            .put("message", error.getMessage())).encode());
  }

  static ApiException map(Throwable failure, int status) {
    if (failure instanceof ApiException api) {
      return api;
    }
    if (failure instanceof HttpException http) {
      return forStatus(http.getStatusCode(), http.getPayload());
    }
    if (failure == null && status > 0) {
      return forStatus(status, null);
    }
    return new ApiException(500, "internal", "Something went wrong on the server; it has been logged.");
  }

  private static ApiException forStatus(int status, String detail) {
    return switch (status) {
      case 400 -> new ApiException(400, "bad_request", detail != null ? detail : "The request is not valid.");
      case 401 -> new ApiException(401, "unauthenticated", "Please sign in first.");
      case 403 -> new ApiException(403, "forbidden", "Your role does not allow this.");
      case 404 -> new ApiException(404, "not_found", "There is nothing at this address.");
      case 405 -> new ApiException(405, "method_not_allowed", "This address does not accept that method.");
      case 413 -> new ApiException(413, "too_large", "The request body is larger than allowed.");
      case 415 -> new ApiException(415, "unsupported_media_type", "Send this request as JSON.");
      case 429 -> new ApiException(429, "rate_limited", "Too many requests; wait a moment and try again.");
      default -> status >= 400 && status < 500
          ? new ApiException(status, "client_error", detail != null ? detail : "The request cannot be served.")
          : new ApiException(500, "internal", "Something went wrong on the server; it has been logged.");
    };
  }
}
