package vn.luatvui.server.contest;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.luatvui.server.contest.domain.ContestSettings;
import vn.luatvui.server.contest.domain.Ranked;
import vn.luatvui.server.contest.domain.RoundRanking;
import vn.luatvui.server.contest.domain.ContestRefused;

/**
 * The end of attempts and rounds. Every few seconds: attempts whose time is up are submitted with what
 * was answered, and rounds past their closing time are closed. Closing a round submits what is still
 * open, counts the real figure of the prediction question, fixes the final ranking (score, prediction
 * distance, duration, submission time) in PostgreSQL and rewrites the boards from it. Safe to run on
 * every replica: each step re-checks under a row lock.
 */
public final class RoundClosing {
  private static final Logger LOG = LoggerFactory.getLogger(RoundClosing.class);
  private static final Duration EVERY = Duration.ofSeconds(5);

  private final Vertx vertx;
  private final Pool pool;
  private final ContestStore contests;
  private final AttemptStore attempts;
  private final EntryStore entries;
  private final Attempts taking;
  private final BoardRebuild rebuild;
  private final Clock clock;
  private boolean sweeping;

  public RoundClosing(Vertx vertx, Pool pool, ContestStore contests, AttemptStore attempts, EntryStore entries,
                      Attempts taking, BoardRebuild rebuild, Clock clock) {
    this.vertx = vertx;
    this.pool = pool;
    this.contests = contests;
    this.attempts = attempts;
    this.entries = entries;
    this.taking = taking;
    this.rebuild = rebuild;
    this.clock = clock;
  }

  public void schedule() {
    vertx.setPeriodic(EVERY.toMillis(), id -> {
      if (!sweeping) {
        sweeping = true;
        sweep().onComplete(x -> sweeping = false)
            .onFailure(e -> LOG.warn("Submitting expired attempts or closing rounds failed", e));
      }
    });
  }

  /** One pass: expired attempts submitted, due rounds closed. */
  public Future<Void> sweep() {
    return attempts.expired(clock.instant(), 500)
        .compose(ids -> each(ids, id -> taking.submit(id, null, true).mapEmpty()))
        .compose(x -> contests.dueForClosing(clock.instant()))
        .compose(rounds -> each(rounds, r -> contests.find(pool, r.contestId())
            .compose(contest -> close(contest, r.number(), false))));
  }

  /**
   * Closes the round. By the organiser ({@code early}) a round still running ends now; a round already
   * closed is a 409 for the organiser and nothing for the sweep.
   */
  public Future<Void> close(Contest contest, int number, boolean byOrganiser) {
    Instant now = clock.instant();
    return pool.withTransaction(tx -> contests.round(tx, contest.id(), number, "FOR UPDATE").compose(round -> {
      if (round == null) {
        return Future.failedFuture(new ContestRefused(ContestRefused.Reason.NOT_FOUND, "Không có đợt thi " + number + "."));
      }
      if (round.closed()) {
        return byOrganiser ? Future.failedFuture(new ContestRefused(ContestRefused.Reason.ROUND_CLOSED, "Đợt " + number + " đã kết thúc."))
            : Future.succeededFuture(false);
      }
      if (now.isBefore(round.opensAt())) {
        return Future.failedFuture(new ContestRefused(ContestRefused.Reason.ROUND_NOT_OPEN, "Đợt " + number + " chưa mở."));
      }
      return contests.endNow(tx, contest.id(), number, now).map(true);
    })).compose(go -> !go ? Future.succeededFuture() : attempts.openInRound(pool, contest.id(), number)
        .compose(open -> each(open, id -> taking.submit(id, null, true).mapEmpty()))
        .compose(x -> fix(contest, number))
        .compose(x -> contests.rounds(pool, contest.id()))
        .compose(rounds -> {
          Round closed = rounds.stream().filter(r -> r.number() == number).findFirst().orElseThrow();
          return rebuild.round(closed).compose(n -> rebuild.overall(contest.id(), rounds));
        })
        .onSuccess(n -> LOG.info("Closed round {} of contest {}", number, contest.id()))
        .mapEmpty());
  }

  /** The real figure and the final ranks, written with the round's closing in one transaction. */
  private Future<Void> fix(Contest contest, int number) {
    ContestSettings s = contest.settings();
    return pool.withTransaction(tx -> contests.round(tx, contest.id(), number, "FOR UPDATE").compose(round -> {
      if (round.closed()) {
        return Future.succeededFuture();
      }
      return entries.standings(tx, contest.id(), number).compose(standings -> {
        Long actual = s.predictionTarget() == null ? null : s.predictionTarget().actualFigure(standings, s.maxScore());
        List<Ranked> ranked = RoundRanking.rank(standings, actual);
        return entries.saveFinalRanks(tx, contest.id(), number, ranked)
            .compose(x -> contests.markClosed(tx, contest.id(), number, actual, clock.instant()));
      });
    }));
  }

  private static <T> Future<Void> each(List<T> items, java.util.function.Function<T, Future<Void>> step) {
    Future<Void> chain = Future.succeededFuture();
    for (T item : items) {
      chain = chain.compose(x -> step.apply(item).recover(e -> {
        LOG.warn("Contest housekeeping step failed for {}", item, e);
        return Future.succeededFuture();
      }));
    }
    return chain;
  }
}
