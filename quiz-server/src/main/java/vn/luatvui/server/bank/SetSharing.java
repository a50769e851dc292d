package vn.luatvui.server.bank;

import io.vertx.core.Future;
import java.util.List;
import vn.luatvui.bank.account.Role;
import vn.luatvui.bank.question.Violation;
import vn.luatvui.server.auth.CurrentUser;
import vn.luatvui.server.bank.QuestionSetStore.SetBody;
import vn.luatvui.server.bank.QuestionSetStore.SetSummary;
import vn.luatvui.server.bank.QuestionSetStore.Sharing;

/**
 * Who may use a question set besides its owner: every host ({@code shared}), one contest (the pool of
 * that contest draws from it, and it stays off every host's list so its questions are not played in
 * class while the contest runs), or one person (found by the email address of their account).
 */
final class SetSharing {
  private final QuestionSetStore sets;

  SetSharing(QuestionSetStore sets) {
    this.sets = sets;
  }

  /** The body's sharing with its contest checked and its person found; a violation names what is unknown. */
  Future<Sharing> resolve(SetBody body) {
    Future<Long> contest = body.sharedContestId() == null ? Future.succeededFuture(null)
        : sets.contestExists(body.sharedContestId()).compose(found -> found ? Future.succeededFuture(body.sharedContestId())
            : Future.failedFuture(new ValidationFailed(List.of(new Violation("sharedContestId",
                "Không có cuộc thi số " + body.sharedContestId() + " để chia sẻ bộ câu hỏi.")))));
    String email = body.sharedWith() == null || body.sharedWith().isBlank() ? null : body.sharedWith().strip();
    return contest.compose(contestId -> email == null ? Future.succeededFuture(new Sharing(body.shared(), contestId, null))
        : sets.userByEmail(email).compose(userId -> userId != null
            ? Future.succeededFuture(new Sharing(body.shared(), contestId, userId))
            : Future.failedFuture(new ValidationFailed(List.of(new Violation("sharedWith",
                "Không có tài khoản nào với địa chỉ " + email + " để chia sẻ bộ câu hỏi."))))));
  }

  /**
   * Whether the user may open the set: its owner and admins always; to read (and play) it, also everyone
   * when shared with every host, and the one person it is shared with. A set shared only with a contest
   * is read through that contest's pool, never opened here.
   */
  static boolean mayOpen(CurrentUser user, SetSummary set, boolean toChange) {
    boolean owner = set.ownerId() == user.id() || user.has(Role.ADMIN);
    if (owner || toChange) {
      return owner;
    }
    return set.shared() || (set.sharedUserId() != null && set.sharedUserId() == user.id());
  }
}
