package vn.luatvui.server.contest;

import io.vertx.core.Future;
import java.util.List;
import vn.luatvui.server.bank.BankClock;
import vn.luatvui.server.contest.domain.Candidate;
import vn.luatvui.server.contest.domain.ContestRefused;
import vn.luatvui.server.contest.domain.ContestSettings;
import vn.luatvui.server.contest.domain.Draw;
import vn.luatvui.server.contest.domain.PracticeRule;
import vn.luatvui.server.contest.domain.QuestionPool;

/**
 * What an organiser learns about a contest's pools before publishing: how many questions each can draw,
 * how many of the ranked pool are public in the lookup (and so may have been read with their answers),
 * whether the pool still fills an attempt without them, and how practice is kept from the ranked pool.
 */
final class PoolChecks {
  /** What to do with public questions of the ranked pool (câu hỏi đã công khai). */
  enum PublicQuestions { KEEP, EXCLUDE }

  /**
   * The pools as the set-up screen shows them.
   *
   * @param problem              why the ranked pool cannot fill an attempt, or null
   * @param publicQuestions      ranked-pool questions public in the lookup (0 once they are excluded)
   * @param problemWithoutPublic why the pool could not fill an attempt without them, or null
   * @param practiceQuestions    what practice draws from (the practice pool less the ranked one), null without practice
   */
  record Report(int candidates, String problem, boolean excludePublic, int publicQuestions, int withoutPublic,
                String problemWithoutPublic, PracticeRule practiceRule, Integer practiceQuestions, String practiceProblem) {
  }

  private final QuestionSource questions;

  PoolChecks(QuestionSource questions) {
    this.questions = questions;
  }

  Future<Report> report(ContestSettings s) {
    QuestionPool ranked = s.pool();
    int n = s.questionsPerAttempt();
    return questions.candidates(ranked, BankClock.today()).compose(all -> questions.candidates(ranked.withoutPublic(),
        BankClock.today()).compose(hidden -> practice(s).map(practice -> new Report(all.size(),
        Draw.problem(all, ranked, n).orElse(null), ranked.excludePublic(), all.size() - hidden.size(), hidden.size(),
        Draw.problem(hidden, ranked.withoutPublic(), n).orElse(null), PracticeRule.of(s),
        practice == null ? null : practice.size(),
        practice == null ? null : Draw.problem(practice, s.practicePool(), n).orElse(null)))));
  }

  /** The settings to publish with once the organiser's decision about public questions is applied; else why not. */
  Future<ContestSettings> decide(ContestSettings s, PublicQuestions decision) {
    return report(s).compose(r -> {
      ContestSettings chosen = s;
      String problem = r.problem();
      if (r.publicQuestions() > 0 && decision == null) {
        return Future.failedFuture(new ContestRefused(ContestRefused.Reason.POOL_HAS_PUBLIC, r.publicQuestions()
            + " câu hỏi của ngân hàng đề đang công khai ở trang tra cứu (cùng đáp án), nên có thể đã có người đọc trước. "
            + "Hãy chọn: chỉ rút các câu không công khai, hoặc vẫn giữ chúng (chúng sẽ bị ẩn khỏi tra cứu đến khi "
            + "đợt cuối kết thúc)."));
      }
      if (r.publicQuestions() > 0 && decision == PublicQuestions.EXCLUDE) {
        chosen = s.withPool(s.pool().withoutPublic());
        problem = r.problemWithoutPublic();
      }
      if (problem != null) {
        return Future.failedFuture(new ContestRefused(ContestRefused.Reason.POOL_TOO_SMALL_TO_PUBLISH, problem));
      }
      if (r.practiceProblem() != null) {
        return Future.failedFuture(new ContestRefused(ContestRefused.Reason.POOL_TOO_SMALL_TO_PUBLISH,
            "Bộ đề thi thử (không tính các câu của ngân hàng đề thi chính thức): " + r.practiceProblem()));
      }
      return Future.succeededFuture(chosen);
    });
  }

  private Future<List<Candidate>> practice(ContestSettings s) {
    return s.practiceEnabled() ? questions.practiceCandidates(s, BankClock.today()) : Future.succeededFuture(null);
  }
}
