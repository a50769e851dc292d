package vn.luatvui.server.contest;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.luatvui.bank.account.Role;
import vn.luatvui.server.auth.CurrentUser;
import vn.luatvui.server.bank.BankClock;
import vn.luatvui.server.contest.domain.Candidate;
import vn.luatvui.server.contest.domain.ContestRefused;
import vn.luatvui.server.contest.domain.ContestSettings;
import vn.luatvui.server.contest.domain.CsvProblem;
import vn.luatvui.server.contest.domain.QuestionPool;
import vn.luatvui.server.contest.domain.Unit;
import vn.luatvui.server.contest.domain.UnitCsv;
import vn.luatvui.server.contest.domain.UnitLevels;
import vn.luatvui.server.contest.domain.UnitRow;

/** Setting contests up: what an organiser may do, checked before anything is written. */
public final class ContestService {
  /**
   * Units as rows or as the text of a CSV file, and/or the names of the tree's levels (top first); a
   * body with levels only renames the levels and keeps the units.
   */
  public record UnitsBody(String csv, List<UnitRow> units, List<String> levels) {
    public UnitsBody(String csv, List<UnitRow> units) {
      this(csv, units, null);
    }
  }

  /** A unit as listed: with its depth in the tree. */
  public record UnitView(long id, String code, String name, Long parentId, int depth, Integer members) {
  }

  /** Units that cannot be taken as they are: every problem by row and column. */
  public static final class UnitProblems extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<CsvProblem> problems;

    UnitProblems(List<CsvProblem> problems) {
      super("Danh sách đơn vị có " + problems.size() + " lỗi; chưa có gì được lưu.", null, false, false);
      this.problems = List.copyOf(problems);
    }

    Map<String, Object> body() {
      return Map.of("error", Map.of("code", "invalid", "message", getMessage()), "problems", problems);
    }
  }

  private final Pool pool;
  private final ContestStore store;
  private final UnitStore units;
  private final QuestionSource questions;
  private final Clock clock;
  private final ContestCounts counts;
  private final PoolChecks checks;

  public ContestService(Pool pool, ContestStore store, UnitStore units, QuestionSource questions, Clock clock) {
    this.pool = pool;
    this.store = store;
    this.units = units;
    this.questions = questions;
    this.clock = clock;
    this.counts = new ContestCounts(store);
    this.checks = new PoolChecks(questions);
  }

  public Future<List<ContestViews.ContestSummary>> list(Long ownerId, boolean everything, Instant now) {
    return store.list(ownerId, everything).compose(contests -> Future.all(contests.stream()
            .map(c -> store.rounds(pool, c.id()).compose(rounds -> counts.of(c.id(), ownerId != null || everything).map(n -> {
              Round current = ContestViews.current(rounds, now);
              return new ContestViews.ContestSummary(c.id(), c.title(), c.organiser(), c.status(), n.contestants(),
                  current == null ? null : ContestViews.RoundView.of(current, n, now),
                  ownerId != null && ownerId == c.ownerId());
            }))).toList())
        .map(all -> all.<ContestViews.ContestSummary>list()));
  }

  public Future<Long> create(CurrentUser user, ContestForms.ContestBody body) {
    ContestForms.Checked checked = ContestForms.check(body, ContestSettings.defaults());
    return setsAvailable(user, checked.contest().settings(), null).compose(ok -> pool.withTransaction(tx -> store.create(tx, user.id(), checked.contest())
        .compose(id -> Future.all(checked.rounds().stream().map(r -> store.upsertRound(tx, id, r)).toList()).map(id))));
  }

  /**
   * An organiser draws a contest only from their own question sets and those shared with everyone, with
   * them or with this contest (an admin from any): another organiser's private set is refused, named.
   */
  private Future<Void> setsAvailable(CurrentUser user, ContestSettings settings, Long contestId) {
    return store.unavailableSets(settings.allSetIds(), user.id(), user.has(Role.ADMIN), contestId).compose(refused -> refused.isEmpty()
        ? Future.succeededFuture()
        : Future.failedFuture(new ContestRefused(ContestRefused.Reason.SET_NOT_AVAILABLE, "Không dùng được bộ câu hỏi "
            + refused.stream().map(n -> "#" + n).collect(Collectors.joining(", "))
            + ": bộ câu hỏi phải là của bạn hoặc đã được chia sẻ.")));
  }

  /** The contest as its landing page shows it; a draft exists only for its organiser. */
  public Future<ContestViews.ContestView> view(long id, CurrentUser user) {
    return visible(id, user).compose(contest -> store.rounds(pool, id).compose(rounds -> counts.of(id, canManage(contest, user))
        .compose(n -> units.levels(pool, id)
            .map(levels -> ContestViews.of(contest, rounds, n, canManage(contest, user), clock.instant(), levels)))));
  }

  public Future<ContestViews.RoundView> roundView(long id, int number) {
    counts.forget(id);
    return store.round(pool, id, number, "").compose(r -> counts.of(id)
        .map(n -> ContestViews.RoundView.of(r, n, clock.instant())));
  }

  public Future<Void> update(CurrentUser user, long id, ContestForms.ContestBody body) {
    return managed(user, id).compose(contest -> {
      ContestForms.Checked checked = ContestForms.check(body, contest.settings());
      Instant now = clock.instant();
      return setsAvailable(user, checked.contest().settings(), id).compose(ok -> pool.withTransaction(tx -> store.rounds(tx, id).compose(existing -> {
        Map<Integer, Round> byNumber = existing.stream().collect(Collectors.toMap(Round::number, r -> r));
        Set<Integer> kept = checked.rounds().stream().map(RoundDraft::number).collect(Collectors.toSet());
        for (RoundDraft draft : checked.rounds()) {
          Round old = byNumber.get(draft.number());
          if (old != null && old.closed() && (!old.opensAt().equals(draft.opensAt()) || !old.closesAt().equals(draft.closesAt()))) {
            return Future.failedFuture(new ContestRefused(ContestRefused.Reason.ROUND_CLOSED,
                "Đợt " + draft.number() + " đã kết thúc; không đổi được thời gian của nó."));
          }
          if (old != null && !now.isBefore(old.opensAt()) && !old.opensAt().equals(draft.opensAt())) {
            return Future.failedFuture(new ContestRefused(ContestRefused.Reason.ROUND_STARTED,
                "Đợt " + draft.number() + " đã bắt đầu; không đổi được giờ mở của nó."));
          }
        }
        List<Integer> removed = existing.stream().map(Round::number).filter(n -> !kept.contains(n)).toList();
        for (Round r : existing) {
          if (removed.contains(r.number()) && !now.isBefore(r.opensAt())) {
            return Future.failedFuture(new ContestRefused(ContestRefused.Reason.ROUND_STARTED,
                "Đợt " + r.number() + " đã bắt đầu; không xoá được."));
          }
        }
        return store.update(tx, id, checked.contest())
            .compose(x -> store.deleteRounds(tx, id, removed))
            .compose(x -> Future.all(checked.rounds().stream().map(r -> store.upsertRound(tx, id, r)).toList()))
            .compose(x -> contest.published() ? withhold(tx, id, checked.contest().settings().pool()) : Future.succeededFuture())
            .mapEmpty();
      })));
    });
  }

  /** The ranked pool's questions leave the public lookup until the contest's last round has closed. */
  private Future<Void> withhold(io.vertx.sqlclient.SqlClient tx, long id, QuestionPool ranked) {
    return questions.candidates(ranked, BankClock.today())
        .compose(list -> WithheldQuestions.withhold(tx, id, list.stream().map(Candidate::questionId).toList()));
  }

  /**
   * Opens registration once the contest has rounds, units and a pool that can fill every attempt (and a
   * practice pool that can, when practice has one). A ranked pool holding questions that are public in
   * the lookup is refused, with their number, until the organiser decides: {@code EXCLUDE} draws only the
   * pool's other questions, {@code KEEP} keeps them. Either way the pool leaves the lookup until the
   * last round closes.
   */
  public Future<Void> publish(CurrentUser user, long id, PoolChecks.PublicQuestions decision) {
    return managed(user, id).compose(contest -> store.rounds(pool, id).compose(rounds -> units.list(pool, id)
        .compose(unitList -> {
          if (rounds.isEmpty()) {
            return Future.failedFuture(new ContestRefused(ContestRefused.Reason.INVALID, "Cuộc thi cần ít nhất một đợt thi."));
          }
          if (unitList.isEmpty()) {
            return Future.failedFuture(new ContestRefused(ContestRefused.Reason.INVALID,
                "Cuộc thi cần danh sách đơn vị dự thi để thí sinh chọn khi đăng ký."));
          }
          return setsAvailable(user, contest.settings(), id)
              .compose(ok -> checks.decide(contest.settings(), decision))
              .compose(settings -> pool.withTransaction(tx -> store.saveSettings(tx, id, settings)
                  .compose(x -> withhold(tx, id, settings.pool()))
                  .compose(x -> store.publish(tx, id))));
        })));
  }

  /** What the organiser is told about the pool before publishing. */
  public Future<PoolChecks.Report> poolReport(CurrentUser user, long id) {
    return managed(user, id).compose(contest -> checks.report(contest.settings()));
  }

  public Future<List<UnitView>> units(long id, CurrentUser user) {
    return visible(id, user).compose(contest -> units.list(pool, id)).map(ContestService::tree);
  }

  public Future<List<UnitView>> replaceUnits(CurrentUser user, long id, UnitsBody body) {
    List<String> levels = body.levels() == null ? null : UnitLevels.clean(body.levels());
    if (levels != null && !UnitLevels.check(levels).isEmpty()) {
      return Future.failedFuture(new ContestRefused(ContestRefused.Reason.INVALID, UnitLevels.check(levels).get(0).message()));
    }
    if (levels != null && body.csv() == null && body.units() == null) {
      return managed(user, id).compose(contest -> pool.withTransaction(tx -> units.saveLevels(tx, id, levels)))
          .compose(x -> units.list(pool, id)).map(ContestService::tree);
    }
    List<CsvProblem> problems;
    List<UnitRow> rows;
    if (body.csv() != null) {
      UnitCsv.Parsed parsed = UnitCsv.parse(body.csv());
      rows = parsed.rows();
      problems = parsed.problems();
    } else {
      rows = body.units() == null ? List.of() : body.units();
      problems = UnitCsv.check(rows);
    }
    if (!problems.isEmpty()) {
      return Future.failedFuture(new UnitProblems(problems));
    }
    if (rows.isEmpty()) {
      return Future.failedFuture(new ContestRefused(ContestRefused.Reason.INVALID, "Danh sách đơn vị trống."));
    }
    return managed(user, id)
        .compose(contest -> pool.withTransaction(tx -> units.replace(tx, id, rows)
            .compose(x -> levels == null ? Future.succeededFuture() : units.saveLevels(tx, id, levels))))
        .recover(e -> e instanceof io.vertx.pgclient.PgException pg && "23503".equals(pg.getSqlState())
            ? Future.failedFuture(new ContestRefused(ContestRefused.Reason.UNIT_IN_USE,
                "Có đơn vị đã có thí sinh đăng ký nên không xoá được; hãy giữ lại mã của đơn vị đó."))
            : Future.failedFuture(e))
        .compose(x -> units.list(pool, id)).map(ContestService::tree);
  }

  public Future<Void> publishResults(Contest contest, int number) {
    return store.round(pool, contest.id(), number, "").compose(round -> {
      if (round == null) {
        return Future.failedFuture(new ContestRefused(ContestRefused.Reason.NOT_FOUND, "Không có đợt thi này."));
      }
      if (!round.closed()) {
        return Future.failedFuture(new ContestRefused(ContestRefused.Reason.ROUND_OPEN,
            "Đợt " + number + " chưa kết thúc; hãy kết thúc đợt trước khi công bố kết quả."));
      }
      return store.markPublished(contest.id(), number);
    });
  }

  /** The contest if the user organises it (an admin organises every contest), else 404/403. */
  public Future<Contest> managed(CurrentUser user, long id) {
    return store.find(pool, id).compose(contest -> {
      if (contest == null || contest.course()) {
        return Future.failedFuture(new ContestRefused(ContestRefused.Reason.NOT_FOUND, "Không có cuộc thi này."));
      }
      if (!canManage(contest, user)) {
        return Future.failedFuture(new ContestRefused(ContestRefused.Reason.FORBIDDEN, "Bạn không phải ban tổ chức của cuộc thi này."));
      }
      return Future.succeededFuture(contest);
    });
  }

  /** A published contest, or any contest its organiser asks for; else 404. */
  public Future<Contest> visible(long id, CurrentUser user) {
    return store.find(pool, id).compose(contest -> contest != null && !contest.course()
        && (contest.published() || canManage(contest, user))
        ? Future.succeededFuture(contest)
        : Future.failedFuture(new ContestRefused(ContestRefused.Reason.NOT_FOUND, "Không có cuộc thi này.")));
  }

  static boolean canManage(Contest contest, CurrentUser user) {
    return user != null && (user.has(Role.ADMIN) || (user.has(Role.ORGANISER) && contest.ownerId() == user.id()));
  }

  /** Parents before children, with depth. */
  static List<UnitView> tree(List<Unit> list) {
    Map<Long, List<Unit>> children = new HashMap<>();
    for (Unit u : list) {
      children.computeIfAbsent(u.parentId() == null ? 0L : u.parentId(), k -> new java.util.ArrayList<>()).add(u);
    }
    List<UnitView> out = new java.util.ArrayList<>(list.size());
    walk(children, 0L, 0, out);
    return out;
  }

  private static void walk(Map<Long, List<Unit>> children, long parent, int depth, List<UnitView> out) {
    for (Unit u : children.getOrDefault(parent, List.of())) {
      out.add(new UnitView(u.id(), u.code(), u.name(), u.parentId(), depth, u.members()));
      walk(children, u.id(), depth + 1, out);
    }
  }
}
