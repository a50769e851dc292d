package vn.luatvui.server.contest;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.luatvui.server.auth.Authentication;
import vn.luatvui.server.auth.CurrentUser;
import vn.luatvui.server.contest.domain.RoundBadges;
import vn.luatvui.server.org.MemberIdentity;

/**
 * Contestants who are people of the organisation model: a contestant who registers or starts a round while
 * signed in (an official's account) or holding a member code (a member who joined a unit) is linked to that
 * person, and their rounds then earn badges on the person's page. Without either, a contestant stays anonymous:
 * nothing more is kept than the registration asks.
 */
public final class ContestPeople {
  /** A person: an account or a member, never both. */
  public record Who(Long userId, Long memberId) {
    public boolean anonymous() {
      return userId == null && memberId == null;
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger(ContestPeople.class);
  private static final Who NOBODY = new Who(null, null);
  private static final String RESULTS = "SELECT e.contest_id, k.title, e.round_number, r.title, e.final_rank, "
      + "(SELECT count(*) FROM contest_entry x WHERE x.contest_id = e.contest_id AND x.round_number = e.round_number), "
      + "r.published_at IS NOT NULL, (SELECT count(*)::int FROM contest_round n WHERE n.contest_id = e.contest_id) "
      + "FROM contestant c JOIN contest_entry e ON e.contestant_id = c.id JOIN contest k ON k.id = c.contest_id "
      + "JOIN contest_round r ON r.contest_id = e.contest_id AND r.number = e.round_number "
      + "WHERE NOT c.course_taker AND (c.user_id = $1::bigint OR c.member_id = $2::bigint) "
      + "ORDER BY e.submitted_at, e.contest_id, e.round_number";

  private final Pool pool;
  private final MemberIdentity members;

  public ContestPeople(Pool pool) {
    this.pool = pool;
    this.members = new MemberIdentity(pool);
  }

  /** The person this request comes from: the signed-in account, else the member whose code the browser holds. */
  public Future<Who> of(RoutingContext ctx) {
    CurrentUser user = Authentication.user(ctx);
    if (user != null) {
      return Future.succeededFuture(new Who(user.id(), null));
    }
    return members.of(ctx).map(m -> m == null ? NOBODY : new Who(null, m.id()));
  }

  /**
   * Links the contestant to the person this request comes from, if any. It never fails the registration or the
   * start it follows: without the link, only the badges are missing, and the next start links again.
   */
  public Future<Void> linkFrom(RoutingContext ctx, long contestantId) {
    return of(ctx).compose(who -> link(contestantId, who)).recover(e -> {
      LOG.warn("Contestant {}: not linked to the person registering or starting", contestantId, e);
      return Future.succeededFuture();
    });
  }

  /** Links the contestant to the person, unless it is linked already (the first person stays) or erased. */
  public Future<Void> link(long contestantId, Who who) {
    if (who.anonymous()) {
      return Future.succeededFuture();
    }
    return pool.preparedQuery("UPDATE contestant SET user_id = $2, member_id = $3 WHERE id = $1 AND user_id IS NULL "
            + "AND member_id IS NULL AND erased_at IS NULL AND NOT course_taker")
        .execute(Tuple.tuple(Arrays.asList(contestantId, who.userId(), who.memberId()))).mapEmpty();
  }

  /** The badges the person's contest rounds earned (none for an anonymous person). */
  public Future<List<RoundBadges.Badge>> badges(Long userId, Long memberId) {
    if (userId == null && memberId == null) {
      return Future.succeededFuture(List.of());
    }
    return pool.preparedQuery(RESULTS).execute(Tuple.tuple(Arrays.asList(userId, memberId))).map(rows -> {
      List<RoundBadges.RoundResult> results = new ArrayList<>();
      for (Row r : rows) {
        results.add(new RoundBadges.RoundResult(r.getLong(0), r.getString(1), r.getInteger(2), r.getString(3),
            r.getInteger(4), r.getLong(5), r.getBoolean(6), r.getInteger(7)));
      }
      return RoundBadges.earned(results);
    });
  }
}
