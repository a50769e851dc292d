package vn.luatvui.server.http;

import io.vertx.core.Handler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.openapi.validation.ValidatorException;
import io.vertx.pgclient.PgException;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.luatvui.bank.review.ReviewRefused;
import vn.luatvui.server.auth.AccountRefused;
import vn.luatvui.server.bank.BankRefused;
import vn.luatvui.server.bank.ValidationFailed;
import vn.luatvui.server.contest.domain.ContestRefused;
import vn.luatvui.server.course.domain.CourseRefused;
import vn.luatvui.server.json.BodyUnreadable;
import vn.luatvui.server.org.domain.OrgRefused;

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
    JsonObject body = new JsonObject().put("code", error.code()).put("message", error.getMessage());
    if (failure instanceof ValidationFailed invalid) {
      JsonArray violations = new JsonArray();
      invalid.violations().forEach(v -> violations.add(new JsonObject().put("field", v.field()).put("message", v.message())));
      body.put("violations", violations);
    }
    // Refused before its body was read (too large, not signed in): answer, then close rather than
    // read the rest of the body.
    boolean unread = !ctx.request().isEnded();
    if (unread) {
      ctx.response().putHeader("Connection", "close");
    }
    ctx.response()
        .setStatusCode(error.status())
        .putHeader("Content-Type", "application/json; charset=utf-8")
        .end(new JsonObject().put("error", body).encode())
        .onComplete(sent -> {
          if (unread) {
            ctx.request().connection().close();
          }
        });
  }

  static ApiException map(Throwable failure, int status) {
    if (failure instanceof HttpException http && http.getCause() instanceof ValidatorException invalid) {
      failure = invalid;
    }
    if (failure instanceof ApiException api) {
      return api;
    }
    if (failure instanceof vn.luatvui.server.law.LawNotFound missing) {
      return new ApiException(404, "not_found", missing.getMessage());
    }
    if (failure instanceof ValidationFailed invalid) {
      return new ApiException(422, "invalid", invalid.getMessage() + " " + invalid.violations().stream()
          .map(v -> v.message()).reduce((a, b) -> a + " " + b).orElse(""));
    }
    if (failure instanceof AccountRefused refused) {
      return new ApiException(refused.reason().status(), refused.reason().code(), refused.getMessage());
    }
    if (failure instanceof ReviewRefused refused) {
      int code = switch (refused.reason()) {
        case FORBIDDEN -> 403;
        case CONFLICT -> 409;
        case INVALID -> 422;
      };
      return new ApiException(code, refused.reason().name().toLowerCase(java.util.Locale.ROOT), refused.getMessage());
    }
    if (failure instanceof ContestRefused refused) {
      return new ApiException(status(refused.reason()), code(refused.reason()), refused.getMessage());
    }
    if (failure instanceof CourseRefused refused) {
      return new ApiException(status(refused.reason()), refused.reason().name().toLowerCase(java.util.Locale.ROOT),
          refused.getMessage());
    }
    if (failure instanceof BankRefused refused) {
      return switch (refused.reason()) {
        case NOT_FOUND -> new ApiException(404, "not_found", refused.getMessage());
        case CONFLICT -> new ApiException(409, "conflict", refused.getMessage());
      };
    }
    if (failure instanceof BodyUnreadable unreadable) {
      return new ApiException(400, "bad_request", unreadable.getMessage());
    }
    if (failure instanceof OrgRefused refused) {
      return switch (refused.reason()) {
        case NOT_FOUND -> new ApiException(404, "not_found", refused.getMessage());
        case FORBIDDEN -> new ApiException(403, "forbidden", refused.getMessage());
        case CONFLICT -> new ApiException(409, "conflict", refused.getMessage());
        case INVALID -> new ApiException(422, "invalid", refused.getMessage());
      };
    }
    if (failure instanceof ValidatorException invalid) {
      return new ApiException(400, "bad_request", "Yêu cầu không đúng đặc tả API: " + invalid.getMessage());
    }
    if (failure instanceof PgException pg && "23505".equals(pg.getSqlState())) {
      return new ApiException(409, "conflict", "Dữ liệu này đã có (trùng lặp).");
    }
    if (failure instanceof HttpException http) {
      return forStatus(http.getStatusCode(), http.getPayload());
    }
    if (failure == null && status > 0) {
      return forStatus(status, null);
    }
    return new ApiException(500, "internal", "Máy chủ gặp lỗi; lỗi đã được ghi lại.");
  }

  private static int status(ContestRefused.Reason reason) {
    return switch (reason) {
      case NOT_REGISTERED, WRONG_CODE -> 401;
      case FORBIDDEN, SET_NOT_AVAILABLE -> 403;
      case NOT_FOUND -> 404;
      case POOL_HAS_PUBLIC, DUPLICATE_REGISTRATION, NOT_PUBLISHED, NO_PRACTICE, ROUND_NOT_OPEN, ROUND_OPEN,
           ROUND_STARTED, ROUND_CLOSED, NO_ATTEMPTS_LEFT, POOL_TOO_SMALL_TO_DRAW, UNIT_IN_USE, SUBMITTED,
           TIME_UP -> 409;
      case INVALID, POOL_TOO_SMALL_TO_PUBLISH -> 422;
    };
  }

  private static String code(ContestRefused.Reason reason) {
    return switch (reason) {
      case POOL_TOO_SMALL_TO_PUBLISH, POOL_TOO_SMALL_TO_DRAW -> "pool_too_small";
      default -> reason.name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static ApiException forStatus(int status, String detail) {
    return switch (status) {
      case 400 -> new ApiException(400, "bad_request", detail != null ? detail : "Yêu cầu không hợp lệ.");
      case 401 -> new ApiException(401, "unauthenticated", "Hãy đăng nhập trước.");
      case 403 -> new ApiException(403, "forbidden", "Vai trò của bạn không được phép làm việc này.");
      case 404 -> new ApiException(404, "not_found", "Không có gì ở địa chỉ này.");
      case 405 -> new ApiException(405, "method_not_allowed", "Địa chỉ này không nhận phương thức đó.");
      case 413 -> new ApiException(413, "too_large", "Nội dung gửi lên lớn quá mức cho phép.");
      case 415 -> new ApiException(415, "unsupported_media_type", "Kiểu nội dung gửi lên không được hỗ trợ.");
      case 429 -> new ApiException(429, "rate_limited", "Quá nhiều yêu cầu; hãy đợi một lát rồi thử lại.");
      default -> status >= 400 && status < 500
          ? new ApiException(status, "client_error", detail != null ? detail : "Không phục vụ được yêu cầu này.")
          : new ApiException(500, "internal", "Máy chủ gặp lỗi; lỗi đã được ghi lại.");
    };
  }

  private static int status(CourseRefused.Reason reason) {
    return switch (reason) {
      case NOT_FOUND -> 404;
      case FORBIDDEN, OWN_COURSE -> 403;
      case INVALID -> 422;
      case NOT_LEARNER -> 401;
      case NOT_EDITABLE, NOT_DRAFT, NOT_IN_REVIEW, NOT_PUBLISHED, POOL_TOO_SMALL, LOCKED, LESSONS_FIRST, NO_QUIZ,
           COMPLETED -> 409;
    };
  }
}
