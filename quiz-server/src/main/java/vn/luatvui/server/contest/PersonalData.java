package vn.luatvui.server.contest;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.luatvui.server.contest.domain.ContestRefused;
import vn.luatvui.server.contest.domain.ContestSettings;
import vn.luatvui.server.contest.domain.Retention;
import vn.luatvui.server.json.Jsons;

/**
 * Contestants' personal data (dữ liệu cá nhân, Luật 91/2025/QH15): what a contestant downloads of
 * themselves, their erasure on request (with their access code), and the erasure of a whole contest's
 * personal fields once its retention period has passed (every hour, on every replica alike: the erasure
 * is one idempotent UPDATE). Erasure keeps the results, anonymised, and rewrites the boards.
 */
public final class PersonalData {
  private static final Logger LOG = LoggerFactory.getLogger(PersonalData.class);
  private static final Duration EVERY = Duration.ofHours(1);

  private final Vertx vertx;
  private final Pool pool;
  private final ContestantStore contestants;
  private final BoardRebuild rebuild;
  private final Clock clock;

  public PersonalData(Vertx vertx, Pool pool, ContestantStore contestants, BoardRebuild rebuild, Clock clock) {
    this.vertx = vertx;
    this.pool = pool;
    this.contestants = contestants;
    this.rebuild = rebuild;
    this.clock = clock;
  }

  /** Everything kept about the contestant, as JSON text. */
  public Future<String> download(Contestant who) {
    return contestants.personalData(who.contestId(), who.id());
  }

  /** Erases the contestant's personal fields; the code must be theirs (typed again, to confirm). */
  public Future<Void> eraseOnRequest(Contestant who, String accessCode) {
    return contestants.byCode(who.contestId(), List.of(AccessCodes.hash(accessCode == null ? "" : accessCode)))
        .compose(holder -> holder == null || holder.id() != who.id()
            ? Future.failedFuture(new ContestRefused(ContestRefused.Reason.WRONG_CODE,
                "Mã dự thi không đúng; dữ liệu chưa bị xoá."))
            : contestants.erase(pool, "id = $1", Tuple.of(who.id())))
        .compose(ids -> rebuild.contest(who.contestId()))
        .onSuccess(n -> LOG.info("Erased the personal data of contestant {} of contest {} at their request", who.id(),
            who.contestId()))
        .mapEmpty();
  }

  public void schedule() {
    vertx.setPeriodic(EVERY.toMillis(), id -> sweep()
        .onFailure(e -> LOG.warn("Erasing personal data past its retention period failed", e)));
  }

  /** One pass: every contest past its retention period has its contestants' personal fields erased. */
  public Future<Integer> sweep() {
    return pool.preparedQuery("SELECT c.id, c.settings::text, (SELECT max(r.closed_at) FROM contest_round r "
            + "WHERE r.contest_id = c.id) FROM contest c WHERE EXISTS (SELECT 1 FROM contest_round r WHERE r.contest_id = c.id) "
            + "AND NOT EXISTS (SELECT 1 FROM contest_round r WHERE r.contest_id = c.id AND r.closed_at IS NULL) "
            + "AND EXISTS (SELECT 1 FROM contestant p WHERE p.contest_id = c.id AND p.erased_at IS NULL)")
        .execute().compose(rows -> {
          List<Long> due = new ArrayList<>();
          rows.forEach(r -> {
            ContestSettings s = Jsons.read(r.getString(1), ContestSettings.class);
            if (Retention.due(ContestStore.instant(r, 2), s.retentionDays(), clock.instant())) {
              due.add(r.getLong(0));
            }
          });
          Future<Integer> chain = Future.succeededFuture(0);
          for (long contestId : due) {
            chain = chain.compose(n -> contestants.erase(pool, "contest_id = $1", Tuple.of(contestId))
                .compose(ids -> rebuild.contest(contestId).map(x -> {
                  LOG.info("Retention period of contest {} over: erased the personal data of {} contestants", contestId,
                      ids.size());
                  return n + ids.size();
                })));
          }
          return chain;
        });
  }
}
