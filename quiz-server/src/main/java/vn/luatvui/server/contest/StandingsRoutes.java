package vn.luatvui.server.contest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.luatvui.bank.account.Role;
import vn.luatvui.server.auth.Authentication;
import vn.luatvui.server.auth.CurrentUser;
import vn.luatvui.server.bank.BankClock;
import vn.luatvui.server.contest.domain.ShortName;
import vn.luatvui.server.contest.domain.Unit;
import vn.luatvui.server.contest.domain.UnitOrder;
import vn.luatvui.server.contest.domain.UnitStanding;
import vn.luatvui.server.contest.domain.UnitStandings;
import vn.luatvui.server.files.TableFiles;
import vn.luatvui.server.json.Jsons;

/** Rankings of people and of units, live participation, and the organiser's result files. */
public final class StandingsRoutes {
  private static final int NEIGHBOURS = 2;
  /** The name shown for a contestant whose personal data has been erased. */
  static final String ERASED = "(đã ẩn danh)";

  public record LeaderRow(long rank, long contestantId, String fullName, String unit, int score, long durationMs,
                          Long prediction, Long distance) {
    /** The row as the viewer may see it: the full name for the contest's organiser, the shortened one for others. */
    static LeaderRow of(ContestBoards.Placed p, boolean organiser) {
      ContestBoards.Row r = p.row();
      String name = r.fullName() == null || r.fullName().isEmpty() ? ERASED
          : organiser ? r.fullName() : ShortName.of(r.fullName());
      return new LeaderRow(p.rank(), r.contestantId(), name, r.unit(), r.score(), r.durationMs(), r.prediction(),
          r.distance());
    }
  }

  public record Mine(long rank, List<LeaderRow> neighbours) {
  }

  /** A board; {@code resultsPending}: closed, but its final ranking not yet published by the organiser. */
  public record Leaderboard(Integer round, @JsonProperty("final") boolean isFinal, Long actualFigure, long total,
                            List<LeaderRow> top, Mine me, boolean resultsPending) {
  }

  public record Participation(Integer round, long registered, long participants, long attemptsInProgress,
                              List<UnitStanding> units) {
  }

  private final Vertx vertx;
  private final ContestService contests;
  private final ContestStore contestStore;
  private final ContestantStore contestants;
  private final UnitStore units;
  private final StandingStore standings;
  private final ContestBoards boards;
  private final Cache<FiguresKey, List<UnitStanding>> figures = Caffeine.newBuilder()
      .expireAfterWrite(Duration.ofSeconds(10)).maximumSize(1_000).build();

  public StandingsRoutes(Vertx vertx, ContestService contests, ContestStore contestStore, ContestantStore contestants,
                         UnitStore units, StandingStore standings, ContestBoards boards) {
    this.vertx = vertx;
    this.contests = contests;
    this.contestStore = contestStore;
    this.contestants = contestants;
    this.units = units;
    this.standings = standings;
    this.boards = boards;
  }

  public void leaderboard(RoutingContext ctx) {
    long id = ContestRoutes.id(ctx);
    Integer round = intParam(ctx, "round");
    int top = intParam(ctx, "top") == null ? 10 : intParam(ctx, "top");
    CurrentUser user = Authentication.user(ctx);
    contests.visible(id, user).compose(contest -> contestStore.rounds(contestStore.pool(), id).compose(rounds -> {
      boolean closed = round == null ? !rounds.isEmpty() && rounds.stream().allMatch(Round::closed)
          : rounds.stream().anyMatch(r -> r.number() == round && r.closed());
      if (closed && !ContestService.canManage(contest, user) && !published(rounds, round)) {
        return Future.succeededFuture(new Leaderboard(round, true, null, 0, List.of(), null, true));
      }
      Long actual = round == null ? null : rounds.stream().filter(r -> r.number() == round)
          .findFirst().map(Round::actualFigure).orElse(null);
      boolean organiser = ContestService.canManage(contest, user);
      return contestants.byCode(id, AccessCodes.presented(ctx, id)).compose(me -> boards
          .view(id, round, top, me == null ? null : me.id(), NEIGHBOURS).map(view -> {
            Mine mine = view.rank() == null ? null
                : new Mine(view.rank(), view.around().stream().map(p -> LeaderRow.of(p, organiser)).toList());
            return new Leaderboard(round, closed, actual, view.total(),
                view.top().stream().map(p -> LeaderRow.of(p, organiser)).toList(), mine, false);
          }));
    }))
        .onSuccess(board -> Jsons.send(ctx, 200, board))
        .onFailure(ctx::fail);
  }

  /** A closed round's final ranking is public once the organiser publishes it (every round's, for the contest's). */
  private static boolean published(List<Round> rounds, Integer round) {
    return rounds.stream().filter(r -> round == null || r.number() == round).allMatch(Round::resultsPublished);
  }

  public void unitRanking(RoutingContext ctx) {
    long id = ContestRoutes.id(ctx);
    Integer round = intParam(ctx, "round");
    Integer depth = intParam(ctx, "depth");
    String by = ctx.queryParams().get("by");
    UnitOrder order = by == null ? UnitOrder.PARTICIPANTS : UnitOrder.valueOf(by);
    contests.visible(id, Authentication.user(ctx))
        .compose(contest -> publicFigures(contest, round))
        .onSuccess(list -> Jsons.send(ctx, 200, UnitStandings.rank(list, order, depth)))
        .onFailure(ctx::fail);
  }

  public void participation(RoutingContext ctx) {
    long id = ContestRoutes.id(ctx);
    Integer round = intParam(ctx, "round");
    contests.managed(Authentication.require(ctx, Role.ORGANISER), id)
        .compose(contest -> figures(contest, round).compose(list -> standings.inProgress(id, round).map(open -> {
          long registered = list.stream().filter(f -> f.depth() == 0).mapToLong(UnitStanding::registered).sum();
          long participants = list.stream().filter(f -> f.depth() == 0).mapToLong(UnitStanding::participants).sum();
          return new Participation(round, registered, participants, open, list);
        })))
        .onSuccess(p -> Jsons.send(ctx, 200, p)).onFailure(ctx::fail);
  }

  public void export(RoutingContext ctx) {
    long id = ContestRoutes.id(ctx);
    Integer round = intParam(ctx, "round");
    String by = ctx.queryParams().get("by") == null ? "contestants" : ctx.queryParams().get("by");
    String format = ctx.queryParams().get("format") == null ? "json" : ctx.queryParams().get("format");
    contests.managed(Authentication.require(ctx, Role.ORGANISER), id).compose(contest -> {
      int winners = contest.settings().winnersPerRound();
      Future<TableFiles.Table> table = units.levels(contestStore.pool(), id).compose(levels -> "units".equals(by)
          ? figures(contest, round).map(list -> ResultTables.units(list, levels))
          : units.list(contestStore.pool(), id).compose(unitList -> (round == null
              ? standings.overallResults(id, winners) : standings.roundResults(id, round, winners))
              .map(lines -> ResultTables.contestants(lines, unitList, levels, winners > 0))));
      return table.compose(t -> {
        if ("json".equals(format)) {
          Jsons.send(ctx, 200, Map.of("columns", t.header(), "rows", t.rows()));
          return Future.succeededFuture();
        }
        String name = "ket-qua-cuoc-thi-" + id + (round == null ? "" : "-dot-" + round) + "-" + by;
        return vertx.executeBlocking(() -> "xlsx".equals(format) ? TableFiles.xlsx(List.of(t))
            : TableFiles.csv(t.header(), t.rows()), false).map(bytes -> {
              ctx.response().putHeader("Content-Type", "xlsx".equals(format) ? TableFiles.XLSX_TYPE : TableFiles.CSV_TYPE)
                  .putHeader("Content-Disposition", "attachment; filename=\"" + name + "." + format + "\"")
                  .end(Buffer.buffer(bytes));
              return null;
            });
      });
    }).onFailure(ctx::fail);
  }

  /**
   * Every unit's figures for the round (the whole contest when null) as the public sees them: counted
   * over all entries and so kept for a few seconds, since a page view must not cost a pass over a
   * provincial contest's rows. The organiser's participation page counts afresh.
   */
  private Future<List<UnitStanding>> publicFigures(Contest contest, Integer round) {
    FiguresKey key = new FiguresKey(contest.id(), round);
    List<UnitStanding> cached = figures.getIfPresent(key);
    if (cached != null) {
      return Future.succeededFuture(cached);
    }
    return figures(contest, round).onSuccess(list -> figures.put(key, list));
  }

  private Future<List<UnitStanding>> figures(Contest contest, Integer round) {
    return units.list(contestStore.pool(), contest.id()).compose(unitList -> standings
        .tallies(contest.id(), round, contest.settings().winnersPerRound())
        .map(tallies -> UnitStandings.compute(unitList, tallies)));
  }

  private record FiguresKey(long contestId, Integer round) {
  }

  private static Integer intParam(RoutingContext ctx, String name) {
    String value = ctx.queryParams().get(name);
    return value == null || value.isBlank() ? null : Integer.valueOf(value);
  }
}
