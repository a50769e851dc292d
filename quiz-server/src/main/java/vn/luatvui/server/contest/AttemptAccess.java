package vn.luatvui.server.contest;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import java.util.List;
import vn.luatvui.server.http.ApiException;

/** Who may touch an attempt (the holder of its contestant's code), and why a change was refused. */
final class AttemptAccess {
  private final Pool pool;
  private final AttemptStore attempts;

  AttemptAccess(Pool pool, AttemptStore attempts) {
    this.pool = pool;
    this.attempts = attempts;
  }

  /** The attempt, if the holder of one of the codes owns it; else 401 (no code) or 404. */
  Future<Attempt> owned(long attemptId, List<Buffer> codes) {
    if (codes.isEmpty()) {
      return Future.failedFuture(notRegistered());
    }
    return attempts.owns(attemptId, codes).compose(owns -> owns ? attempts.find(pool, attemptId)
        : Future.failedFuture(notFound()));
  }

  /** Why a change to the attempt was not written: it has been submitted, or its time is up. */
  <T> Future<T> refusal(Attempt a) {
    return attempts.find(pool, a.id()).compose(now -> Future.failedFuture(now.submitted()
        ? new ApiException(409, "submitted", "Bài thi đã nộp; không thay đổi được nữa.")
        : new ApiException(409, "time_up", "Đã hết giờ làm bài.")));
  }

  static ApiException notRegistered() {
    return new ApiException(401, "not_registered", "Hãy đăng ký hoặc nhập mã dự thi trước.");
  }

  static ApiException notFound() {
    return new ApiException(404, "not_found", "Không có bài thi này.");
  }
}
