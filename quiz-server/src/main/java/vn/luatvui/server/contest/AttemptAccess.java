package vn.luatvui.server.contest;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import java.util.List;
import vn.luatvui.server.contest.domain.ContestRefused;

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
        ? new ContestRefused(ContestRefused.Reason.SUBMITTED, "Bài thi đã nộp; không thay đổi được nữa.")
        : new ContestRefused(ContestRefused.Reason.TIME_UP, "Đã hết giờ làm bài.")));
  }

  static ContestRefused notRegistered() {
    return new ContestRefused(ContestRefused.Reason.NOT_REGISTERED, "Hãy đăng ký hoặc nhập mã dự thi trước.");
  }

  static ContestRefused notFound() {
    return new ContestRefused(ContestRefused.Reason.NOT_FOUND, "Không có bài thi này.");
  }
}
