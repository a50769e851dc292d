package vn.luatvui.server.contest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import vn.luatvui.server.contest.domain.AttemptScorer;
import vn.luatvui.server.contest.domain.DrawnQuestion;
import vn.luatvui.server.judging.AnswerPayload;
import vn.luatvui.server.contest.domain.ContestRefused;
import vn.luatvui.server.metrics.Meters;

/** Answering during an attempt: each answer saved as it is given, and the prediction. */
public final class AnswerTaking {
  private final Pool pool;
  private final AttemptStore attempts;
  private final AttemptAccess access;
  private final QuestionSource questions;
  private final AnswerSaves saves;
  private final Meters meters;
  private final Clock clock;
  private final Cache<Long, Drawn> drawnCache = Caffeine.newBuilder().maximumSize(200_000)
      .expireAfterAccess(Duration.ofHours(3)).build();

  AnswerTaking(Pool pool, AttemptStore attempts, AttemptAccess access, QuestionSource questions, AnswerSaves saves,
               Meters meters, Clock clock) {
    this.pool = pool;
    this.attempts = attempts;
    this.access = access;
    this.questions = questions;
    this.saves = saves;
    this.meters = meters;
    this.clock = clock;
  }

  /** A save's reply: questions answered now and the time left. */
  public record SaveReply(int answered, long remainingMs) {
  }

  /**
   * Saves one answer (written with the saves arriving at the same moment, see {@link AnswerSaves}); the
   * statement itself checks the code and the clock. What an attempt drew never changes, so it is cached
   * to check the answer's shape; anything unusual (not the owner, submitted, out of time, a shape that
   * does not fit) is sorted out only on the failure path.
   */
  public Future<SaveReply> saveAnswer(long attemptId, Map<Long, Buffer> codes, int position, AnswerPayload answer) {
    List<Buffer> presented = List.copyOf(codes.values());
    return drawn(attemptId).compose(drawn -> {
      Buffer code = drawn == null ? null : codes.get(drawn.contestId());
      if (code == null) {
        return access.owned(attemptId, presented).compose(a -> Future.failedFuture(AttemptAccess.notFound()));
      }
      if (position >= drawn.questions().size()) {
        return access.owned(attemptId, presented).compose(a -> Future.failedFuture(
            new ContestRefused(ContestRefused.Reason.INVALID, "Bài thi không có câu " + (position + 1) + ".")));
      }
      DrawnQuestion question = drawn.questions().get(position);
      return questions.contents(List.of(question)).compose(contents -> {
        if (!AttemptScorer.fits(question, contents.get(0), answer)) {
          return access.owned(attemptId, presented).compose(a -> Future.failedFuture(new ContestRefused(ContestRefused.Reason.INVALID,
              "Câu trả lời cho câu " + (position + 1) + " không hợp với loại câu hỏi.")));
        }
        return saves.save(attemptId, code, position, answer).compose(saved -> {
          if (!saved.written()) {
            return access.owned(attemptId, presented).compose(access::refusal);
          }
          meters.contestAnswers().increment();
          return Future.succeededFuture(new SaveReply(saved.answered(),
              Math.max(0, saved.deadline().toEpochMilli() - clock.millis())));
        });
      });
    });
  }

  /** What an attempt drew and for which contest (null if there is no such attempt), cached: it never changes. */
  private Future<Drawn> drawn(long attemptId) {
    Drawn cached = drawnCache.getIfPresent(attemptId);
    if (cached != null) {
      return Future.succeededFuture(cached);
    }
    return attempts.find(pool, attemptId).map(a -> {
      if (a == null) {
        return null;
      }
      Drawn drawn = new Drawn(a.contestId(), a.questions());
      drawnCache.put(attemptId, drawn);
      return drawn;
    });
  }

  private record Drawn(long contestId, List<DrawnQuestion> questions) {
  }

  public Future<SaveReply> savePrediction(long attemptId, List<Buffer> codes, long value) {
    return access.owned(attemptId, codes).compose(a -> attempts.savePrediction(attemptId, codes, value, clock.instant())
        .compose(saved -> saved
            ? Future.succeededFuture(new SaveReply(-1, a.window().remainingMs(clock.instant())))
            : access.<SaveReply>refusal(a)));
  }
}
